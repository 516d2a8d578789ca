// A plan of each of the five kinds starts with its own columns.
import { expect, test } from './support/fixtures';

const KINDS: [string, string, string[]][] = [
  ['peidang', '配档表', ['序号', '行动措施', '任务目标', '完成时限', '牵头处室', '配合处室', '进展（第一季度）']],
  [
    'quarterly',
    '重点工作清单',
    [
      '序号',
      '项目名称',
      '具体内容',
      '年度目标',
      '一季度目标',
      '二季度目标',
      '三季度目标',
      '四季度目标',
      '推进措施',
      '责任领导',
      '责任科室/单位',
      '备注',
      '进展（第一季度）',
    ],
  ],
  ['minsheng', '民生实事', ['序号', '项目名称', '推进措施', '牵头科室', '联系人', '完成时限', '进展（第一季度）']],
  [
    'breakthrough',
    '突破事项汇总表',
    ['序号', '突破事项名称', '具体内容', '措施', '完成时限', '分管责任人', '责任科室', '进展（第一季度）'],
  ],
  [
    'rectification',
    '整改台账',
    ['序号', '督导发现问题', '责任单位', '整改措施', '整改时限', '整改进展', '销号情况', '进展（第一季度）'],
  ],
];

for (const [kind, name, headers] of KINDS) {
  test(`creates a ${name} with its columns`, async ({ app, page }) => {
    await page.clock.setFixedTime(new Date('2027-02-01T09:00:00'));
    await page.reload();
    await page.getByRole('button', { name: '＋ 新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建方案' });
    await dialog.getByLabel('标题').fill(`测试${name}`);
    await dialog.getByLabel('表格类型').selectOption(kind);
    await dialog.getByLabel('年度').fill('2027');
    await dialog.getByRole('button', { name: '新建' }).click();
    await expect(page.locator('.pd-plan-title')).toHaveText(`测试${name}`);
    await expect(page.locator('.pd-grid .ag-header-cell-text')).toHaveText(headers);
    if (kind === 'quarterly') await expect(page.getByRole('columnheader', { name: '责任分工' })).toBeVisible();
    await app.button('下方插入行').click();
    await expect(app.cell(0, 'seq')).toHaveText('1');
  });
}
