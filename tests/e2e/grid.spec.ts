// The sample 配档表 in the grid: opening, editing, clipboard with Excel, row moves with undo, and saving.
import { expect, test } from './support/fixtures';

const PEIDANG = /百日攻坚行动.*配档表/;

test('opens the sample 配档表 with its 50 rows under 5 sections', async ({ app }) => {
  await app.openPlan(PEIDANG);
  await expect(app.summary).toHaveText('共 50 项，5 个分组');
  await expect(app.cell(0, 'seq')).toHaveText('（一）优化健康服务流程');
  await expect(app.cell(1, 'seq')).toHaveText('1');
  await expect(app.cell(1, 'measure')).toHaveText('推进诊疗精准预约');
  const target = await app.cellText(1, 'target');
  expect(target.split('\n')).toHaveLength(3);
  expect(target).toMatch(/^①在三级公立医院/);
  await app.selectCell(1, 'measure');
  await app.page.keyboard.press('Control+End');
  await expect(app.cell(54, 'seq')).toHaveText('50');
  await expect(app.cell(54, 'measure')).toHaveText('推进各级各类医疗机构无障碍和适老化改造');
});
