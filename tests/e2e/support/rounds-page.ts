// The page object of 填报任务: the dialog, the form, the board of units and the review of a returned file.
import { expect, type Locator, type Page } from '@playwright/test';

export class RoundsPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '填报任务' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('toolbar', { name: '编辑' }).getByRole('button', { name: '填报任务' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Fills in 新建填报任务 and creates it; `fields` are the labels of the fields asked, beyond the defaults. */
  async create(o: {
    units: string[];
    dueDate: string;
    title: string;
    mode?: 'progress' | 'table';
    addFields?: string[];
  }): Promise<void> {
    await this.dialog.getByRole('button', { name: '新建填报任务' }).click();
    const form = this.dialog.getByRole('form', { name: '新建填报任务' });
    if (o.mode === 'table') await form.getByLabel('各单位按本表样式填报新表（如突破事项）').check();
    for (const f of o.addFields ?? []) await form.getByLabel(f, { exact: true }).check();
    for (const u of o.units) {
      const box = form.getByLabel(u, { exact: true });
      if ((await box.count()) > 0) await box.check();
      else
        await form
          .getByLabel('其他单位')
          .fill([await form.getByLabel('其他单位').inputValue(), u].filter(Boolean).join('、'));
    }
    await form.getByLabel('任务名称').fill(o.title);
    await form.getByLabel('报送截止日期').fill(o.dueDate);
    await form.getByRole('button', { name: '创建填报任务' }).click();
    await expect(this.dialog.getByRole('heading', { name: o.title, exact: true })).toBeVisible();
  }

  get board(): Locator {
    return this.dialog.getByRole('table', { name: '各单位报送情况' });
  }

  unitRow(unit: string): Locator {
    return this.board.locator(`tr[data-unit="${unit}"]`);
  }

  async expectStatus(unit: string, status: string): Promise<void> {
    await expect(this.unitRow(unit).locator('.pd-tag')).toHaveText(status);
  }

  async generate(folder: string): Promise<void> {
    await this.dialog.getByLabel('填报表保存到').fill(folder);
    await this.dialog.getByRole('button', { name: '生成填报表' }).click();
  }

  async receive(files: string[]): Promise<void> {
    await this.dialog.getByLabel('选择回执文件', { exact: true }).setInputFiles(files);
    await expect(this.dialog.getByRole('progressbar')).toHaveCount(0);
  }

  /** Drops files on the board, as a clerk drags them from the mail or a folder. */
  async drop(files: { name: string; base64: string }[]): Promise<void> {
    const dt = await this.page.evaluateHandle((list) => {
      const t = new DataTransfer();
      for (const f of list) t.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      return t;
    }, files);
    await this.page.dispatchEvent('.pd-round-board', 'dragenter', { dataTransfer: dt });
    await this.page.dispatchEvent('.pd-round-board', 'dragover', { dataTransfer: dt });
    await expect(this.page.locator('.pd-round-board.pd-dropping')).toBeVisible();
    await expect(this.page.getByText('松开鼠标，导入这个文件')).toHaveCount(0);
    await this.page.dispatchEvent('.pd-round-board', 'drop', { dataTransfer: dt });
    await expect(this.dialog.getByRole('progressbar')).toHaveCount(0);
  }

  get received(): Locator {
    return this.dialog.getByRole('table', { name: '收到的回执' });
  }

  fileRow(fileName: string): Locator {
    return this.received.locator(`tr[data-file="${fileName}"]`);
  }

  /** Opens the review of a received file. */
  async review(fileName: string): Promise<Locator> {
    await this.fileRow(fileName).getByRole('button', { name: '审核' }).click();
    const panel = this.dialog.getByRole('region', { name: `审核：${fileName}` });
    await expect(panel).toBeVisible();
    return panel;
  }

  async accept(fileName: string): Promise<void> {
    const panel = await this.review(fileName);
    await panel.getByRole('button', { name: '采用', exact: true }).click();
    await expect(panel.locator('.pd-tag')).toHaveText('已采用');
  }

  async sendBack(fileName: string, reason: string): Promise<void> {
    const panel = await this.review(fileName);
    await panel.getByRole('button', { name: '退回…' }).click();
    await panel.getByLabel('退回原因').fill(reason);
    await panel.getByRole('button', { name: '确认退回' }).click();
    await expect(panel.locator('.pd-tag')).toHaveText('已退回');
  }
}
