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
  await rows.first().getByRole('button', { name: '恢复' }).click();
  const confirm = page.getByRole('dialog', { name: '恢复备份' });
  await expect(confirm).toContainText('恢复前会先把现在的数据另做一份备份');
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('listbox', { name: '方案' })).toBeVisible();
  await app.openPlan(/百日攻坚行动.*配档表/);
  await expect(app.summary).toHaveText('共 50 项，5 个分组');
  await page.getByRole('button', { name: '备份与恢复' }).click();
  await expect(rows.first()).toContainText('恢复前');
});
