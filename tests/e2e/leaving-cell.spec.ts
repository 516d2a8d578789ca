// Text typed in a cell is kept however the cell is left — another plan, a reload, a dialog, a shortcut, the find
// bar — as in Excel and WPS; only Esc drops it. Each test finds the text again after the host is restarted.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { AppPage } from './support/app-page';

const PEIDANG = /百日攻坚行动.*配档表/;
const OTHER = /重点工作清单/;

/** Starts an edit in a cell and types, without Enter. */
async function typeWithoutEnter(app: AppPage, page: Page, row: number, text: string): Promise<void> {
  await app.selectCell(row, 'measure');
  await page.keyboard.press('F2');
  await app.editor.press('Control+A');
  await app.editor.pressSequentially(text);
  await expect(app.editor).toHaveValue(text);
}

/** After a restart of the host, the plan opened again shows the text in the cell. */
async function foundAfterRestart(
  app: AppPage,
  restartHost: () => Promise<void>,
  row: number,
  text: string,
): Promise<void> {
  await restartHost();
  await app.openPlan(PEIDANG);
  await expect(app.cell(row, 'measure')).toHaveText(text);
}

test('keeps the text when another plan is opened before Enter', async ({ app, page, restartHost }) => {
  await app.openPlan(PEIDANG);
  await typeWithoutEnter(app, page, 1, '换方案前打的字');
  await app.planItem(OTHER).click();
  await expect(page.locator('.pd-plan-title')).toHaveText(OTHER);
  await app.expectSaved();
  await app.openPlan(PEIDANG);
  await expect(app.cell(1, 'measure')).toHaveText('换方案前打的字');
  await foundAfterRestart(app, restartHost, 1, '换方案前打的字');
});

test('keeps the text when the page is reloaded before Enter', async ({ app, page, restartHost }) => {
  await app.openPlan(PEIDANG);
  await typeWithoutEnter(app, page, 2, '刷新前打的字');
  await page.reload();
  // The app comes back to the plan the clerk was in.
  await expect(page.locator('.pd-plan-title')).toHaveText(PEIDANG);
  await expect(app.cell(2, 'measure')).toHaveText('刷新前打的字');
  await foundAfterRestart(app, restartHost, 2, '刷新前打的字');
});

test('keeps the text when a dialog is opened before Enter', async ({ app, page, restartHost }) => {
  await app.openPlan(PEIDANG);
  await typeWithoutEnter(app, page, 3, '开对话框前打的字');
  await page.getByRole('button', { name: '单位名录' }).click();
  const dialog = page.getByRole('dialog', { name: '单位名录' });
  await expect(dialog).toBeVisible();
  await expect(app.cell(3, 'measure')).toHaveText('开对话框前打的字');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await app.expectSaved();
  await foundAfterRestart(app, restartHost, 3, '开对话框前打的字');
});

test('keeps the text when a shortcut (Ctrl+S) is pressed before Enter, and says so truthfully', async ({
  app,
  page,
  restartHost,
}) => {
  await app.openPlan(PEIDANG);
  await typeWithoutEnter(app, page, 4, '按快捷键前打的字');
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status').filter({ hasText: '所有修改都已自动保存' })).toBeVisible();
  await expect(app.editor).toHaveCount(0);
  await expect(app.cell(4, 'measure')).toHaveText('按快捷键前打的字');
  await app.expectSaved();
  await foundAfterRestart(app, restartHost, 4, '按快捷键前打的字');
});

test('keeps the text when the find bar is opened (Ctrl+F) before Enter', async ({ app, page, restartHost }) => {
  await app.openPlan(PEIDANG);
  await typeWithoutEnter(app, page, 5, '查找前打的字');
  await page.keyboard.press('Control+F');
  await expect(page.getByRole('search')).toBeVisible();
  await expect(app.cell(5, 'measure')).toHaveText('查找前打的字');
  await app.expectSaved();
  await foundAfterRestart(app, restartHost, 5, '查找前打的字');
});

test('drops the text on Esc, and only then', async ({ app, page }) => {
  await app.openPlan(PEIDANG);
  const before = await app.cellText(6, 'measure');
  await typeWithoutEnter(app, page, 6, '按了 Esc 的字');
  await page.keyboard.press('Escape');
  await expect(app.cell(6, 'measure')).toHaveText(before);
});

test('keeps the text when the desktop window is closed before Enter', async ({ app, page, restartHost }) => {
  await app.openPlan(PEIDANG);
  await typeWithoutEnter(app, page, 2, '关窗前打的字');
  // What electron/main calls on the window's close, then again until no write is on its way.
  const ask = () =>
    page.evaluate(() => (globalThis as unknown as { peidangBeforeClose: () => number }).peidangBeforeClose());
  await ask();
  await expect.poll(ask).toBe(0);
  await foundAfterRestart(app, restartHost, 2, '关窗前打的字');
});

test('keeps the text when a toolbar command (下方插入行) is clicked before Enter', async ({
  app,
  page,
  restartHost,
}) => {
  await app.openPlan(PEIDANG);
  const below = await app.cellText(8, 'measure');
  await typeWithoutEnter(app, page, 7, '插入行前打的字');
  await app.button('下方插入行').click();
  // The command ran on the row being typed in, and the text stayed in it.
  await expect(app.summary).toHaveText('共 51 项，5 个分组');
  await expect(app.cell(7, 'measure')).toHaveText('插入行前打的字');
  await expect(app.cell(8, 'measure')).toHaveText('');
  await expect(app.cell(9, 'measure')).toHaveText(below);
  await page.keyboard.press('Escape');
  await app.expectSaved();
  await foundAfterRestart(app, restartHost, 7, '插入行前打的字');
  await expect(app.summary).toHaveText('共 51 项，5 个分组');
});

test('keeps the text when 打印 is clicked before Enter, and prints it', async ({ app, page, restartHost }) => {
  // The print dialog cannot be driven; what the page hands the printer is read the moment print() is called.
  await page.addInitScript(() => {
    const w = window as unknown as { printed: string[] };
    w.printed = [];
    window.print = () => {
      w.printed.push(document.querySelector<HTMLElement>('.pd-print-plan')?.innerText ?? '');
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await page.reload();
  await app.openPlan(PEIDANG);
  await typeWithoutEnter(app, page, 8, '打印前打的字');
  await app.button('打印').click();
  const printed = () => page.evaluate(() => (window as unknown as { printed: string[] }).printed);
  await expect.poll(async () => (await printed()).length).toBe(1);
  expect((await printed())[0]).toContain('打印前打的字');
  await expect(app.cell(8, 'measure')).toHaveText('打印前打的字');
  await app.expectSaved();
  await foundAfterRestart(app, restartHost, 8, '打印前打的字');
});
