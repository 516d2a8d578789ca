// Progress through the year: report a quarter, mark an item done (销号) and reopen it, the overview counts.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test } from './support/fixtures';
import { readSheets } from '../../shared/xlsx/read-file';

test('records progress for a quarter, marks an overdue item done, and the overview counts match the rows', async ({
  app,
  page,
}, info) => {
  await page.clock.setFixedTime(new Date('2023-08-25T09:00:00'));
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  await expect(page.getByLabel('进展期间')).toHaveValue('2023-Q3');
  await expect(page.locator('.pd-status-alert')).toHaveText('逾期 50 项');

  await app.selectCell(1, 'measure');
  await app.button('填报进展').click();
  const panel = page.getByRole('complementary', { name: '填报进展' });
  await expect(panel).toContainText('推进诊疗精准预约');
  await panel.getByLabel('进展情况').fill('三级公立医院全部推广诊间预约；\n二级以上公立综合医院门诊预约全覆盖。');
  await panel.getByLabel('填报人').fill('医政处 李明');
  await panel.getByRole('button', { name: '销号（已完成）' }).click();
  await expect(panel.getByRole('list', { name: '进展记录' })).toContainText('已完成');
  await expect(panel.getByRole('list', { name: '进展记录' })).toContainText('医政处 李明');
  await app.expectSaved();
  await expect(page.locator('.pd-status-alert')).toHaveText('逾期 49 项');
  await expect(app.cell(1, 'deadline')).not.toHaveClass(/pd-overdue/);
  await expect(app.cell(1, '_progress')).toHaveText('已完成');
  await expect(app.cell(2, '_progress')).toHaveText('未填报');

  await app.selectCell(2, 'measure');
  // The panel shows the row picked before the clerk fills it in (it empties its form for another row).
  await expect(panel).toContainText('推广磁共振、CT等大型设备检查预约');
  await panel.getByLabel('进展状态').selectOption('behind');
  await panel.getByLabel('存在问题').fill('部分医院系统改造未完成');
  await panel.getByRole('button', { name: '保存进展' }).click();
  await expect(app.cell(2, '_progress')).toHaveText('滞后');

  await app.button('进度总览').click();
  const overview = page.getByRole('dialog', { name: '进度总览' });
  const counts = overview.getByRole('table', { name: '按状态统计' });
  await expect(counts.locator('[data-status="done"]')).toHaveText('1');
  await expect(counts.locator('[data-status="behind"]')).toHaveText('1');
  await expect(counts.locator('[data-status="unreported"]')).toHaveText('48');
  await expect(overview.getByRole('heading', { name: '逾期未完成（49 项）' })).toBeVisible();
  await overview.getByLabel('全年（按各项最近一次填报）').check();
  await expect(overview.getByRole('heading', { name: /2023年全年/ })).toBeVisible();
  await expect(counts.locator('[data-status="done"]')).toHaveText('1');
  await overview.getByLabel(/^本期/).check();
  await expect(
    overview.getByRole('table', { name: '按牵头单位统计' }).getByRole('row', { name: /^药政处 1/ }),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    overview.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  const file = info.outputPath('overview.xlsx');
  await download.saveAs(file);
  const sheet = (await readSheets(new Uint8Array(readFileSync(file)), 'overview.xlsx'))[0]!;
  expect(sheet.cells[0]![0]).toContain('进度总览（2023年第三季度）');
  expect(sheet.cells[2]).toEqual(['全部', '50', '1', '0', '1', '0', '48']);
  // The same period written out as the report for the leaders, in Word.
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    overview.getByRole('button', { name: '进展报告（Word）' }).click(),
  ]);
  expect(report.suggestedFilename()).toMatch(/2023年第三季度进展情况-\d{8}\.docx$/);
  const reportFile = info.outputPath('report.docx');
  await report.saveAs(reportFile);
  const xml = await (await JSZip.loadAsync(readFileSync(reportFile))).file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  expect(text).toContain(
    '1. 推进诊疗精准预约（牵头：医政处、规划处；完成时限：8月20日前）【已完成】进展情况：三级公立医院全部推广诊间预约；二级以上公立综合医院门诊预约全覆盖。',
  );
  expect(text).toContain('【滞后】存在问题：部分医院系统改造未完成');
  await overview.getByRole('button', { name: '关闭' }).click();

  // 销号 keeps the history: reopening is one more report, and undo takes it back.
  await app.selectCell(1, 'measure');
  await panel.getByRole('button', { name: '重新打开' }).click();
  await expect(app.cell(1, '_progress')).toHaveText('推进中');
  await expect(page.locator('.pd-status-alert')).toHaveText('逾期 50 项');
  await page.keyboard.press('Control+Z');
  await expect(app.cell(1, '_progress')).toHaveText('已完成');
});

test('shows the quarter’s target beside its report in a 重点工作清单', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-05-10T09:00:00'));
  await page.reload();
  await app.openPlan(/2026年度重点工作清单/);
  await expect(page.getByLabel('进展期间')).toHaveValue('2026-Q2');
  await app.selectCell(1, 'name');
  await app.button('填报进展').click();
  const panel = page.getByRole('complementary', { name: '填报进展' });
  await expect(panel.locator('.pd-progress-target')).toContainText('完成80-90周岁老人首次上门服务全覆盖');
  await page.getByLabel('进展期间').selectOption('2026-Q4');
  await expect(panel.locator('.pd-progress-target')).toContainText('全面完成年度分级上门服务任务');
});

test('starts 填报进展 of an item nobody reported with no status, and saves only once one is chosen', async ({
  app,
  page,
}) => {
  await page.clock.setFixedTime(new Date('2023-08-25T09:00:00'));
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  await expect(app.cell(3, '_progress')).toHaveText('未填报');
  await app.selectCell(3, 'measure');
  await app.button('填报进展').click();
  const panel = page.getByRole('complementary', { name: '填报进展' });
  const status = panel.getByLabel('进展状态');
  const save = panel.getByRole('button', { name: '保存进展' });
  // Nothing is chosen for the clerk: a click on 保存进展 cannot record a status nobody gave.
  await expect(status).toHaveValue('');
  await expect(status.locator('option:checked')).toHaveText('（请选择）');
  await expect(save).toBeDisabled();
  await expect(panel.getByText('请先选择状态')).toBeVisible();
  await panel.getByLabel('进展情况').fill('已完成方案起草');
  await expect(save).toBeDisabled();
  await expect(app.cell(3, '_progress')).toHaveText('未填报');

  await status.selectOption('in_progress');
  await expect(save).toBeEnabled();
  await expect(panel.getByText('请先选择状态')).toHaveCount(0);
  await save.click();
  await expect(app.cell(3, '_progress')).toHaveText('推进中');
  await expect(panel.getByRole('list', { name: '进展记录' })).toContainText('已完成方案起草');
  await app.expectSaved();

  // Another item nobody reported starts empty again, not with the status just given.
  await app.selectCell(4, 'measure');
  await expect(status).toHaveValue('');
  await expect(save).toBeDisabled();
});

test('keeps the period chosen in the toolbar after a reload, and the 进展 column follows it', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2023-08-25T09:00:00'));
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  const period = page.getByLabel('进展期间');
  await expect(period).toHaveValue('2023-Q3');
  await app.selectCell(1, 'measure');
  await app.button('填报进展').click();
  const panel = page.getByRole('complementary', { name: '填报进展' });
  await panel.getByLabel('进展状态').selectOption('behind');
  await panel.getByRole('button', { name: '保存进展' }).click();
  await expect(app.cell(1, '_progress')).toHaveText('滞后');
  const header = page.locator('.pd-grid .ag-header-cell[col-id="_progress"]');
  await expect(header).toContainText('进展（第三季度）');

  // The second quarter, before the report: the column says nobody had reported then.
  await period.selectOption('2023-Q2');
  await expect(header).toContainText('进展（第二季度）');
  await expect(app.cell(1, '_progress')).toHaveText('未填报');
  await app.expectSaved();

  await page.reload();
  await expect(page.locator('.pd-plan-title')).toHaveText(/百日攻坚行动.*配档表/);
  await expect(period).toHaveValue('2023-Q2');
  await expect(header).toContainText('进展（第二季度）');
  await expect(app.cell(1, '_progress')).toHaveText('未填报');
  // Another plan opened and this one again: the choice is still there.
  await app.openPlan(/重点工作清单/);
  await app.openPlan(/百日攻坚行动.*配档表/);
  await expect(period).toHaveValue('2023-Q2');
  await period.selectOption('2023-Q3');
  await expect(app.cell(1, '_progress')).toHaveText('滞后');
});
