// One unit, one name in the grid: Enter takes the highlighted suggestion, and a name the 单位名录 lacks is marked.
import { expect, test } from './support/fixtures';

test('Enter takes the highlighted unit suggestion, not the half-typed name', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.selectCell(2, 'lead');
  await page.keyboard.press('F2');
  await app.editor.press('Control+A');
  await app.editor.pressSequentially('医政');
  const list = page.getByRole('listbox', { name: '单位名录中的单位' });
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  const first = await list.getByRole('option').first().innerText();
  await app.editor.press('Enter');
  await app.editor.press('Enter');
  await expect(app.cell(2, 'lead')).toHaveText(first.split('\n')[0]!);
  await app.expectSaved();
});

test('marks a name that is not in the 单位名录, and says so', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.selectCell(3, 'lead');
  await page.keyboard.press('F2');
  await app.editor.press('Control+A');
  await app.editor.pressSequentially('某某新设处');
  await expect(page.getByRole('listbox', { name: '单位名录中的单位' })).toHaveCount(0);
  await app.editor.press('Enter');
  await expect(app.cell(3, 'lead')).toHaveText('某某新设处');
  await expect(app.cell(3, 'lead')).toHaveClass(/pd-unit-unknown/);
  await expect(app.cell(4, 'lead')).not.toHaveClass(/pd-unit-unknown/);
});

test('adds a marked name to the 单位名录 in one click, and Ctrl+Z marks it again', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.selectCell(3, 'lead');
  await page.keyboard.press('F2');
  await app.editor.press('Control+A');
  await app.editor.pressSequentially('某某新设处');
  await app.editor.press('Enter');
  await expect(app.cell(3, 'lead')).toHaveClass(/pd-unit-unknown/);
  await app.cell(3, 'lead').hover();
  await expect(page.locator('.ag-tooltip')).toContainText('右键单击可一键加入单位名录');
  await page.screenshot({ path: test.info().outputPath('unit-unknown-1366.png') });

  await app.cell(3, 'lead').click({ button: 'right' });
  await page.screenshot({ path: test.info().outputPath('unit-menu-1366.png') });
  await page.getByRole('menuitem', { name: '加入单位名录：某某新设处' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已把「某某新设处」加入单位名录' })).toBeVisible();
  await expect(app.cell(3, 'lead')).not.toHaveClass(/pd-unit-unknown/);
  // A name the directory knows has nothing to add.
  await app.cell(3, 'lead').click({ button: 'right' });
  await expect(page.getByRole('menuitem', { name: /加入单位名录/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Z');
  await expect(app.cell(3, 'lead')).toHaveClass(/pd-unit-unknown/);
  await expect(app.cell(3, 'lead')).toHaveText('某某新设处');
  await page.getByRole('button', { name: '单位名录' }).click();
  await expect(page.getByRole('dialog', { name: '单位名录' }).getByText('某某新设处')).toHaveCount(0);
});

test('suggests the 单位名录’s units first, then names this plan uses, never another plan’s', async ({ app, page }) => {
  const type = async (index: number, text: string, colId = 'lead') => {
    await app.selectCell(index, colId);
    await page.keyboard.press('F2');
    await app.editor.press('Control+A');
    await app.editor.pressSequentially(text);
  };
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.openPlan('全县卫生健康系统2026年度重点工作清单');
  await type(2, '妇幼外方案办', 'units');
  await app.editor.press('Enter');
  await expect(app.cell(2, 'units')).toHaveText('妇幼外方案办');
  await app.openPlan(/百日攻坚行动.*配档表/);
  await type(3, '妇幼新设办');
  await app.editor.press('Enter');
  await expect(app.cell(3, 'lead')).toHaveText('妇幼新设办');
  await app.expectSaved();

  await type(4, '妇幼');
  const list = page.getByRole('listbox', { name: '单位名录中的单位' });
  await expect(list.getByRole('option')).toHaveText([
    '妇幼健康处',
    '妇幼处',
    '县妇幼保健院',
    '妇幼新设办本方案用过，不在名录',
  ]);
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: test.info().outputPath('unit-suggest-1366.png') });
  // ↓ moves the highlight down to the plan's own name; Enter takes it.
  for (let i = 0; i < 3; i++) await app.editor.press('ArrowDown');
  await expect(list.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await app.editor.press('Enter');
  await expect(app.editor).toHaveValue('妇幼新设办');
  await app.editor.press('Enter');
  await expect(app.cell(4, 'lead')).toHaveText('妇幼新设办');
});
