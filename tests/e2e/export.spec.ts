// 导出 from the app, as Excel or as Word: the file downloaded is an official table that reads back as the same plan.
import { expect, test } from './support/fixtures';
import { importFile } from '../../shared/xlsx/read-file';
import { readFileSync } from 'node:fs';

test('exports the filtered rows of the sample 配档表 and the file reads back as those rows', async ({
  app,
  page,
}, info) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await page.getByLabel('按牵头/配合单位筛选').selectOption('药政处');
  await app.button('导出…').click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog.getByText('仅筛选出的行（1 项）')).toBeVisible();
  await dialog.getByLabel('附件标注').fill('附件2');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '导出', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”配档表-\d{8}\.xlsx$/,
  );
  const file = info.outputPath('export.xlsx');
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: '共 1 项' })).toBeVisible();

  const back = await importFile(new Uint8Array(readFileSync(file)), 'export.xlsx');
  expect(back.kind).toBe('peidang');
  expect(back.meta.attachmentLabel).toBe('附件2');
  const items = back.rows.filter((r) => r.kind === 'item');
  expect(items.map((r) => r.cells)).toEqual([
    {
      seq: '8',
      measure: '加强中心药房建设',
      goal: expect.stringContaining('中心药房模式'),
      deadline: '8月20日前',
      lead: '药政处',
      support: '基层处',
    },
  ]);
  expect(back.rows.filter((r) => r.kind === 'section').map((r) => r.section)).toEqual(['（一）优化健康服务流程']);
});

test('exports the plan as a Word document for a notice: 附件, title, sections, and the header row repeated on every page', async ({
  app,
  page,
}, info) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.button('导出…').click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await dialog.getByLabel('Word 文档（.docx，作通知的附件）').check();
  await dialog.getByLabel('表下注释').fill('注：各牵头处室每月3日前报送进展。');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '导出', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”配档表-\d{8}\.docx$/,
  );
  const file = info.outputPath('export.docx');
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: /^已导出「.*\.docx」，共 50 项。/ })).toBeVisible();

  const back = await importFile(new Uint8Array(readFileSync(file)), 'export.docx');
  expect(back.kind).toBe('peidang');
  expect(back.meta.attachmentLabel).toBe('附件');
  expect(back.title).toBe('全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”配档表');
  expect(back.rows.filter((r) => r.kind === 'item')).toHaveLength(50);
  expect(back.rows.filter((r) => r.kind === 'section')).toHaveLength(5);
  expect(back.notes).toEqual(['注：各牵头处室每月3日前报送进展。']);
});
