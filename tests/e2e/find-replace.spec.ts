// 查找和替换 as in Excel and WPS: Ctrl+H, 全部替换 as one action that one Ctrl+Z takes back, 替换 one at a time.
import { expect, test } from './support/fixtures';

test('replaces a unit’s name everywhere in one action, and one Ctrl+Z brings every cell back', async ({
  app,
  page,
}) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.selectCell(3, 'lead');
  await page.keyboard.press('Control+H');
  const query = page.getByLabel('查找内容');
  await expect(query).toBeFocused();
  await query.fill('规划处');
  const status = page.locator('.pd-findbar-status').first();
  await expect(status).toHaveText(/^第 - \/ \d+ 处$/);
  const found = Number(/\/ (\d+) 处/.exec((await status.textContent()) ?? '')![1]);
  expect(found).toBeGreaterThan(5);

  await page.getByLabel('替换为').fill('规划发展处');
  await page.getByRole('button', { name: '全部替换' }).click();
  await expect(page.getByRole('status').filter({ hasText: `已替换 ${found} 处` })).toBeVisible();
  await expect(status).toHaveText('未找到');
  await expect(app.cell(3, 'lead')).toHaveText('规划发展处');
  await app.expectSaved();

  await page.keyboard.press('Control+Z');
  await expect(status).toHaveText(`第 - / ${found} 处`);
  await expect(app.cell(3, 'lead')).toHaveText('规划处');
});

test('替换 finds the first match, then replaces one match at a time and moves on', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.selectCell(1, 'measure');
  await page.keyboard.press('Control+F');
  await page.getByLabel('查找内容').fill('预约');
  const status = page.locator('.pd-findbar-status').first();
  await expect(status).toHaveText(/^第 - \/ \d+ 处$/);
  const found = Number(/\/ (\d+) 处/.exec((await status.textContent()) ?? '')![1]);
  await page.getByRole('button', { name: '替换…' }).click();
  const replacement = page.getByLabel('替换为');
  await replacement.fill('预约挂号');
  // The first Enter only finds: the clerk sees what would be replaced.
  await replacement.press('Enter');
  await expect(status).toHaveText(`第 1 / ${found} 处`);
  await expect(page.locator('.ag-cell-focus')).toContainText('预约');
  // 预约挂号 still holds 预约: the replaced cell stays a match, and the next one becomes current.
  await replacement.press('Enter');
  await expect(status).toHaveText(`第 2 / ${found} 处`);
  await expect(app.cell(1, 'measure')).toContainText('推进诊疗精准预约挂号');
  await app.expectSaved();
});
