// 修改记录 from the context menu: a cell's and a row's history, each entry saying when, before → after and where it
// came from — typed, pasted, imported from which file, 采用 from which unit's return, undone.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { RoundsPage } from './support/rounds-page';
import { fillSheet } from './support/unit-returns';
import { SAMPLES_DIR } from '../support/fixtures';

/** Pastes plain text on the focused cell, as Ctrl+V from Excel does. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function openRecord(page: Page, cell: ReturnType<Page['locator']>, which: '本格修改记录…' | '本行修改记录…') {
  await cell.click({ button: 'right' });
  await page.getByRole('menu', { name: '单元格操作' }).getByRole('menuitem', { name: which }).click();
  const dialog = page.getByRole('dialog', { name: '修改记录' });
  await expect(dialog.getByRole('table', { name: '修改记录' })).toBeVisible();
  return dialog;
}

test('修改记录 of a cell and of a row: typed, pasted, imported from a file, 采用 of a unit’s return', async ({
  app,
  page,
  dataDir,
}) => {
  test.slow();
  await app.openPlan(/百日攻坚行动.*配档表/);
  const rounds = new RoundsPage(page);
  await rounds.open();
  await rounds.create({ units: ['医政处'], dueDate: '2026-12-31', title: '医政处进展' });
  const out = join(dataDir, '下发');
  await rounds.generate(out);
  await expect(page.locator('.pd-notice-info').filter({ hasText: '生成 1 份填报表' })).toBeVisible();
  const back = join(dataDir, '医政处回执.xlsx');
  await fillSheet(join(out, '医政处-医政处进展.xlsx'), back, '推进中');
  await rounds.receive([back]);
  await rounds.accept('医政处回执.xlsx');
  await page.keyboard.press('Escape');
  await expect(rounds.dialog).toBeHidden();

  // A row 医政处 leads: its progress came from the return.
  const led = page.locator('.pd-grid .ag-row').filter({ has: page.locator('[col-id="lead"]', { hasText: '医政处' }) });
  const index = Number(await led.first().getAttribute('row-index'));
  await app.selectCell(index, 'measure');
  await page.keyboard.press('F2');
  await app.editor.press('Control+A');
  await app.editor.pressSequentially('手工改写的措施');
  await app.editor.press('Enter');
  await expect(app.cell(index, 'measure')).toHaveText('手工改写的措施');
  await app.selectCell(index, 'measure');
  await pasteText(page, '从表格粘贴的措施');
  await expect(app.cell(index, 'measure')).toHaveText('从表格粘贴的措施');
  await app.expectSaved();

  const cellRecord = await openRecord(page, app.cell(index, 'measure'), '本格修改记录…');
  await expect(cellRecord.getByRole('heading')).toHaveText('修改记录（行动措施）');
  const lines = cellRecord.locator('tbody tr');
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText('粘贴');
  await expect(lines.nth(0).locator('td').nth(2)).toHaveText('手工改写的措施');
  await expect(lines.nth(0).locator('td').nth(3)).toHaveText('从表格粘贴的措施');
  await expect(lines.nth(1)).toContainText('输入');
  await expect(lines.nth(1).locator('td').nth(3)).toHaveText('手工改写的措施');
  await page.screenshot({ path: test.info().outputPath('本格修改记录.png') });
  await cellRecord.getByRole('button', { name: '关闭' }).click();

  // The row's record has the 采用 too, with the unit and its file.
  const rowRecord = await openRecord(page, app.cell(index, 'goal'), '本行修改记录…');
  const accepted = rowRecord.locator('tbody tr').filter({ hasText: '采用医政处的回执「医政处回执.xlsx」' });
  await expect(accepted).toHaveCount(1);
  await expect(accepted).toContainText('进展（');
  await expect(accepted).toContainText('状态：推进中');
  await page.screenshot({ path: test.info().outputPath('本行修改记录.png') });
  await rowRecord.getByRole('button', { name: '关闭' }).click();

  // Undone: the entry says so, and the undo is an entry of its own.
  await app.button(/撤销/).click();
  await expect(app.cell(index, 'measure')).toHaveText('手工改写的措施');
  const afterUndo = await openRecord(page, app.cell(index, 'measure'), '本格修改记录…');
  await expect(afterUndo.locator('tbody tr').first()).toContainText('撤销');
  await expect(afterUndo.locator('tbody tr').nth(1)).toContainText('（已撤销）');
  await afterUndo.getByRole('button', { name: '关闭' }).click();

  // Rows imported into the plan name their file.
  await page.getByLabel('选择要导入的文件').setInputFiles(join(SAMPLES_DIR, '民生实事-2025.xlsx'));
  const imp = page.getByRole('dialog', { name: '导入 Excel' });
  await imp.getByRole('button', { name: '添加到当前方案' }).click();
  await expect(imp).toBeHidden();
  await page.getByRole('dialog', { name: '名录中没有的单位' }).getByRole('button', { name: '取消' }).click();
  await app.expectSaved();
  // Ctrl+End goes to the last row, as in Excel: the last imported one.
  await page.locator('.pd-grid .ag-cell[col-id="measure"]').first().click();
  await page.keyboard.press('Control+End');
  const lastCell = page.locator('.pd-grid .ag-cell-focus');
  await expect(lastCell).toBeVisible();
  const imported = await openRecord(page, lastCell, '本行修改记录…');
  await expect(imported.locator('tbody tr').first()).toContainText('导入「民生实事-2025.xlsx」');
});
