// 单位名录: completion in unit columns, other names counted as one unit, unknown names offered after an import.
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { RoundsPage } from './support/rounds-page';
import { RETURNS_DIR } from '../support/fixtures';

test('completes a unit from the directory while typing in 配合处室', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.cell(1, 'support').dblclick();
  await app.editor.press('Control+End');
  await app.editor.press('Alt+Enter');
  await app.editor.pressSequentially('财务');
  const list = page.getByRole('listbox', { name: '单位名录中的单位' });
  await expect(list.getByRole('option')).toHaveText(['财务管理处']);
  await app.editor.press('ArrowDown');
  await app.editor.press('Enter');
  await expect(app.editor).toHaveValue('妇幼健康处\n中西医结合指导处\n财务管理处');
  await app.editor.press('Enter');
  await expect(app.cell(1, 'support')).toHaveText('妇幼健康处\n中西医结合指导处\n财务管理处', { useInnerText: true });
  await app.expectSaved();
});

test('counts 医政医管处 as 医政处 in the unit filter, and adds a new unit to the directory', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  const filter = page.getByLabel('按牵头/配合单位筛选');
  await expect(filter.locator('option', { hasText: '医政医管处' })).toHaveCount(0);
  await filter.selectOption('医政处');
  await expect(app.cell(0, 'seq')).toHaveText('（一）优化健康服务流程');

  await page.getByRole('button', { name: '单位名录' }).click();
  const dialog = page.getByRole('dialog', { name: '单位名录' });
  await expect(dialog.getByRole('row', { name: /医政处.*医政医管处/ })).toBeVisible();
  await dialog.getByRole('button', { name: '＋ 新增单位' }).click();
  await dialog.getByLabel('单位名称').fill('县第二人民医院');
  await dialog.getByLabel('简称').fill('县二院');
  await dialog.getByLabel('单位类型').selectOption('subordinate');
  await dialog.getByLabel('分管领导').fill('徐庆');
  await dialog.getByRole('button', { name: '确定' }).click();
  // The form's row closes once the host has kept the unit; only then is the saved row the one cell of that name.
  await expect(dialog.getByLabel('单位名称')).toHaveCount(0);
  await expect(dialog.getByRole('cell', { name: '县第二人民医院', exact: true })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: '徐庆', exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: '＋ 新增单位' }).click();
  await dialog.getByLabel('单位名称').fill('县二院');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('alert')).toContainText('「县二院」已经是名录中「县第二人民医院」的名称或别名');
});

test('offers to add the units an imported table names that the directory lacks', async ({ page, app }) => {
  await expect(app.summary).toBeVisible();
  await page.getByLabel('选择要导入的文件').setInputFiles(join(RETURNS_DIR, '突破事项-区人民医院.xlsx'));
  await page.getByRole('dialog', { name: '导入 Excel' }).getByRole('button', { name: '导入为新方案' }).click();
  const offer = page.getByRole('dialog', { name: '名录中没有的单位' });
  await expect(offer).toContainText('医政医管与疾控监督科');
  await expect(offer).toContainText('规划信息与财务审计科');
  await offer.getByLabel('加入为').selectOption('office');
  await offer.getByRole('button', { name: '加入名录（2）' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已把 2 个单位加入单位名录' })).toBeVisible();
});

test('keeps a unit’s 联系人 and 电话, and shows them on a round’s board while its return is missing', async ({
  app,
  page,
}) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await page.getByRole('button', { name: '单位名录' }).click();
  const dialog = page.getByRole('dialog', { name: '单位名录' });
  await dialog.getByRole('button', { name: '修改「医政处」' }).click();
  await dialog.getByLabel('联系人').fill('李红');
  await dialog.getByLabel('电话').fill('0531-67890123');
  await dialog.getByLabel('电话').press('Enter');
  // Saved: the form's row is gone (a row's name would also be read from the inputs' values) and the row shows it.
  await expect(dialog.getByLabel('电话')).toHaveCount(0);
  await expect(dialog.getByRole('row', { name: /^医政处.*李红 0531-67890123/ })).toBeVisible();
  // The control that had the focus is gone with the form's row: Esc still closes the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const rounds = new RoundsPage(page);
  await rounds.open();
  await rounds.create({ units: ['医政处', '规划处'], dueDate: '2026-03-12', title: '第一季度进展' });
  await expect(rounds.unitRow('医政处').locator('td').last()).toHaveText('李红 0531-67890123');
  await expect(rounds.unitRow('规划处').locator('td').last()).toHaveText('');
});
