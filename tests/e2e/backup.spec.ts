// 备份与恢复: a backup made now, an edit after it, and the backup restored after confirmation.
import { expect, test } from './support/fixtures';

test('restores a backup made before an edit, after confirmation', async ({ app, page }) => {
  await page.getByRole('button', { name: '备份与恢复' }).click();
  const dialog = page.getByRole('dialog', { name: '备份与恢复' });
  const rows = dialog.getByRole('table', { name: '备份' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('每日自动');
  await dialog.getByRole('button', { name: '立即备份' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('手动');
  await dialog.getByRole('button', { name: '关闭' }).click();

  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.selectCell(1, 'measure');
  await app.button('删除行').click();
  await expect(app.summary).toHaveText('共 49 项，5 个分组');
  await app.expectSaved();

  await page.getByRole('button', { name: '备份与恢复' }).click();
  const picked = await rows.first().locator('td').first().innerText();
  await rows.first().getByRole('button', { name: '恢复' }).click();
  const confirm = page.getByRole('dialog', { name: '恢复备份' });
  await expect(confirm).toContainText(`用「${picked}」的备份替换现在的全部数据吗？`);
  await expect(confirm).toContainText('恢复前会先把现在的数据另做一份备份');
  await confirm.getByRole('button', { name: '恢复' }).click();
  // The app says what was done, naming the backup as the list showed it, and the clerk is still in the plan they
  // were in (not the list's first plan).
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `已从「${picked}」的备份恢复数据。恢复前的数据已另存为备份，可随时恢复回来。` }),
  ).toBeVisible();
  await expect(page.locator('.pd-plan-title')).toHaveText(/百日攻坚行动.*配档表/);
  await expect(app.planItem(/百日攻坚行动.*配档表/)).toHaveAttribute('aria-selected', 'true');
  await expect(app.summary).toHaveText('共 50 项，5 个分组');
  await page.getByRole('button', { name: '备份与恢复' }).click();
  await expect(rows.first()).toContainText('恢复前');
});
