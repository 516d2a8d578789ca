// 完成时限 in the grid: rows past their date stand out, rows due soon are marked, the status bar counts them.
import { expect, test } from './support/fixtures';

test('highlights overdue rows when the clock is past their 完成时限', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2023-08-10T09:00:00'));
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  // 8月20日前 is ten days away: due soon, not overdue.
  await expect(app.cell(1, 'deadline')).toHaveClass(/pd-due-soon/);
  await expect(app.cell(1, 'deadline')).not.toHaveClass(/pd-overdue/);
  // 6月底前 and 7月底前 have passed: three rows each.
  await expect(page.locator('.pd-status-alert')).toHaveText('逾期 6 项');
  await page.keyboard.press('Control+F');
  await page.getByLabel('查找内容').fill('6月底前');
  await page.getByLabel('查找内容').press('Enter');
  await expect(page.locator('.ag-cell-focus')).toHaveClass(/pd-overdue/);
  await page.locator('.ag-cell-focus').hover();
  await expect(page.locator('.ag-tooltip')).toHaveText('到期日：2023-06-30（已逾期 41 天）');
  await page.getByLabel('查找内容').press('Escape');

  // A 完成时限 the reader cannot read is marked, and says so, rather than guessed.
  await app.cell(1, 'deadline').dblclick();
  await app.editor.press('Control+A');
  await app.editor.pressSequentially('视情况而定');
  await app.editor.press('Enter');
  await expect(app.cell(1, 'deadline')).toHaveClass(/pd-due-unreadable/);
  await expect(page.locator('.pd-status-alert')).toHaveText('逾期 6 项');

  await page.clock.setFixedTime(new Date('2023-08-25T09:00:00'));
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  await expect(app.cell(2, 'deadline')).toHaveClass(/pd-overdue/);
  await expect(page.locator('.pd-status-alert')).toHaveText('逾期 49 项');
});

test('shows only the overdue items from the status bar, or those due within 14 days, with a unit as well', async ({
  app,
  page,
}) => {
  await page.clock.setFixedTime(new Date('2023-08-10T09:00:00'));
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  const due = page.getByLabel('按完成时限筛选');
  await expect(due.locator('option')).toHaveText(['全部时限', '逾期未完成（6）', '14 天内到期（44）']);
  await page.locator('.pd-status-alert').click();
  await expect(due).toHaveValue('overdue');
  await expect(app.summary).toHaveText('筛选出 6 项 / 共 50 项（筛选：逾期未完成）');
  // The six overdue items under their sections, and nothing else.
  const deadlines = await page.locator('.pd-grid .ag-row .ag-cell[col-id="deadline"]').allInnerTexts();
  expect(deadlines.filter((t) => t !== '').sort()).toEqual([
    '6月底前',
    '6月底前',
    '6月底前',
    '7月底前',
    '7月底前',
    '7月底前',
  ]);
  await page.getByLabel('按牵头/配合单位筛选').selectOption('医政处');
  await expect(app.summary).toHaveText(/^筛选出 [1-5] 项 \/ 共 50 项（筛选：医政处、逾期未完成）$/);
  const leads = await page.locator('.pd-grid .ag-row .ag-cell[col-id="lead"]').allInnerTexts();
  expect(leads.filter((t) => t !== '').every((t) => t.includes('医政处'))).toBe(true);
  await app.button('导出…').click();
  await expect(page.getByRole('dialog', { name: '导出' }).getByText(/仅筛选出的行（[1-6] 项）/)).toBeVisible();
});
