// 列设置: rename, hide, add and reorder the plan's columns; a column with content cannot be deleted; undo.
import { expect, test } from './support/fixtures';

test('renames, hides, adds and moves columns, and undoes it all at once', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.button('列设置').click();
  const dialog = page.getByRole('dialog', { name: '列设置' });
  await dialog.getByLabel('第 4 列的名称').fill('牵头科室');
  await dialog.getByLabel('显示「配合处室」').uncheck();
  await dialog.getByRole('button', { name: '＋ 添加列' }).click();
  await dialog.getByLabel('第 7 列的名称').fill('责任人');
  await dialog.getByLabel('「责任人」的类型').selectOption('person');
  await dialog.getByRole('button', { name: '「责任人」上移' }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const headers = page.locator('.pd-grid .ag-header-cell-text');
  await expect(headers).toHaveText(['序号', '行动措施', '任务目标', '完成时限', '牵头科室', '责任人', /^进展（/]);
  await expect(app.cell(1, 'lead')).toHaveText('医政处\n规划处', { useInnerText: true });
  await app.cell(1, 'c1').dblclick();
  await app.editor.pressSequentially('张三');
  await app.editor.press('Enter');
  await expect(app.cell(1, 'c1')).toHaveText('张三');
  await app.expectSaved();

  await page.keyboard.press('Control+Z');
  await expect(app.cell(1, 'c1')).toHaveText('');
  await page.keyboard.press('Control+Z');
  await expect(headers).toHaveText(['序号', '行动措施', '任务目标', '完成时限', '牵头处室', '配合处室', /^进展（/]);
});

test('refuses to delete a column that has content, saying to hide it instead', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.button('列设置').click();
  const dialog = page.getByRole('dialog', { name: '列设置' });
  await dialog.getByRole('button', { name: '删除「配合处室」' }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('alert')).toContainText('「配合处室」列中有内容，只能隐藏，不能删除');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(app.cell(1, 'support')).toHaveText('妇幼健康处\n中西医结合指导处', { useInnerText: true });
});

test('keeps a column width dragged in the header after reopening, and takes it back with one undo', async ({
  app,
  page,
}) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  const header = page.locator('.ag-header-cell[col-id="measure"]');
  const width = async () => (await header.boundingBox())!.width;
  const before = await width();
  const handle = (await header.locator('.ag-header-cell-resize').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 160, handle.y + handle.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(width).toBeGreaterThan(before + 100);
  await expect(app.button('↶ 撤销')).toHaveAttribute('title', /调整列宽/);
  await app.expectSaved();

  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  await expect.poll(width).toBeGreaterThan(before + 100);
  await app.button('↶ 撤销').click();
  await expect.poll(width).toBeLessThan(before + 10);
});

test('counts 进度总览 by the column the clerk marks 牵头单位 in 列设置', async ({ app, page }, info) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.openPlan(/百日攻坚行动.*配档表/);
  const byLead = () => page.getByRole('dialog', { name: '进度总览' }).getByRole('table', { name: '按牵头单位统计' });
  await app.button('进度总览').click();
  await expect(byLead().getByRole('row', { name: /^医政处 / })).toBeVisible();
  await expect(byLead().getByRole('row', { name: /^妇幼健康处 / })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '进度总览' })).toHaveCount(0);

  await app.button('列设置').click();
  const dialog = page.getByRole('dialog', { name: '列设置' });
  const lead = dialog.getByLabel('「牵头处室」的类型');
  const support = dialog.getByLabel('「配合处室」的类型');
  await expect(lead.locator('option:checked')).toHaveText('牵头单位');
  await expect(support.locator('option:checked')).toHaveText('配合单位');
  await support.selectOption({ label: '牵头单位' });
  await lead.selectOption({ label: '配合单位' });
  await page.screenshot({ path: info.outputPath('column-roles.png') });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  await app.button('进度总览').click();
  await expect(byLead().getByRole('row', { name: /^妇幼健康处 / })).toBeVisible();
  await page.keyboard.press('Escape');
  // One Ctrl+Z and 牵头处室 leads again.
  await page.keyboard.press('Control+Z');
  await app.expectSaved();
  await app.button('进度总览').click();
  await expect(byLead().getByRole('row', { name: /^妇幼健康处 / })).toHaveCount(0);
});
