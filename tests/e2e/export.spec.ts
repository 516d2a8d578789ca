// 导出 Excel from the app: the file downloaded is an official table that reads back as the same plan.
import { expect, test } from './support/fixtures';
import { importFile } from '../../shared/xlsx/read-file';
import { readFileSync } from 'node:fs';

test('exports the filtered rows of the sample 配档表 and the file reads back as those rows', async ({ app, page }, info) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await page.getByLabel('按牵头/配合单位筛选').selectOption('药政处');
  await app.button('导出 Excel').click();
  const dialog = page.getByRole('dialog', { name: '导出 Excel' });
  await expect(dialog.getByText('仅筛选出的行（1 项）')).toBeVisible();
  await dialog.getByLabel('附件标注').fill('附件2');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”配档表-\d{8}\.xlsx$/);
  const file = info.outputPath('export.xlsx');
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: '共 1 项' })).toBeVisible();

  const back = await importFile(new Uint8Array(readFileSync(file)), 'export.xlsx');
  expect(back.kind).toBe('peidang');
  expect(back.meta.attachmentLabel).toBe('附件2');
  const items = back.rows.filter((r) => r.kind === 'item');
  expect(items.map((r) => r.cells)).toEqual([{ seq: '8', measure: '加强中心药房建设', goal: expect.stringContaining('中心药房模式'), deadline: '8月20日前', lead: '药政处', support: '基层处' }]);
  expect(back.rows.filter((r) => r.kind === 'section').map((r) => r.section)).toEqual(['（一）优化健康服务流程']);
});
