// The page object of the main window: the locators a clerk's actions go through, in one place.
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('listbox', { name: '方案' })).toBeVisible();
  }

  /** A plan in the list, by its title (a string must match the whole title). */
  planItem(title: string | RegExp): Locator {
    const name = this.page.locator('.pd-plan-item-title').getByText(title, { exact: typeof title === 'string' });
    return this.page.getByRole('option').filter({ has: name });
  }

  async openPlan(title: string | RegExp): Promise<void> {
    await this.planItem(title).click();
    await expect(this.page.locator('.pd-plan-title')).toHaveText(title);
    await expect(this.row(0)).toBeVisible();
  }

  get summary(): Locator {
    return this.page.locator('.pd-status-summary');
  }

  get saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('已保存');
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('toolbar', { name: '编辑' }).getByRole('button', { name });
  }

  row(index: number): Locator {
    return this.page.locator(`.pd-grid .ag-row[row-index="${index}"]`);
  }

  cell(index: number, colId: string): Locator {
    return this.row(index).locator(`.ag-cell[col-id="${colId}"]`);
  }

  /** The text of a cell as shown, line breaks included. */
  async cellText(index: number, colId: string): Promise<string> {
    return this.cell(index, colId).innerText();
  }

  get editor(): Locator {
    return this.page.locator('textarea.pd-text-editor');
  }

  async selectCell(index: number, colId: string): Promise<void> {
    await this.cell(index, colId).click();
  }

  async selectBlock(from: [number, string], to: [number, string]): Promise<void> {
    await this.cell(from[0], from[1]).click();
    await this.cell(to[0], to[1]).click({ modifiers: ['Shift'] });
  }
}
