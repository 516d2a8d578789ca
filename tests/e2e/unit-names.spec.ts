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
