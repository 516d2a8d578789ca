// The list of plans: create, rename, duplicate, delete with confirmation, restore from the trash.
import { expect, test } from './support/fixtures';

test('creates a blank 配档表 and fills its first row', async ({ app, page }) => {
  await page.getByRole('button', { name: '＋ 新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建方案' });
  await expect(dialog.getByRole('button', { name: '新建' })).toBeDisabled();
  await expect(dialog.getByText('请填写标题')).toBeVisible();
  await dialog.getByLabel('标题').fill('2026年卫生健康重点任务配档表');
  await dialog.getByLabel('发文单位').fill('某某县卫生健康局');
  await dialog.getByLabel('文号').fill('某卫发〔2026〕3号');
  await dialog.getByRole('button', { name: '新建' }).click();
  await expect(page.locator('.pd-plan-title')).toHaveText('2026年卫生健康重点任务配档表');
  await expect(page.getByText('这个方案还没有内容')).toBeVisible();
  await expect(app.summary).toHaveText('共 0 项');

  await app.button('下方插入行').click();
  await expect(app.cell(0, 'seq')).toHaveText('1');
  await page.keyboard.press('F2');
  await app.editor.pressSequentially('完善家庭医生签约服务');
  await app.editor.press('Enter');
  await expect(app.cell(0, 'measure')).toHaveText('完善家庭医生签约服务');
  await app.expectSaved();
  await expect(app.planItem('2026年卫生健康重点任务配档表')).toContainText('某卫发〔2026〕3号');
});

test('renames, duplicates, deletes with confirmation and restores a plan', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await page.getByRole('button', { name: '重命名/信息' }).click();
  const info = page.getByRole('dialog', { name: '方案信息' });
  await info.getByLabel('标题').fill('百日攻坚行动配档表（修订）');
  await info.getByLabel('标题').press('Enter');
  await expect(page.locator('.pd-plan-title')).toHaveText('百日攻坚行动配档表（修订）');

  await page.getByRole('button', { name: '复制', exact: true }).click();
  await expect(page.locator('.pd-plan-title')).toHaveText('百日攻坚行动配档表（修订）（副本）');
  await expect(app.summary).toHaveText('共 50 项，5 个分组');

  await page.getByRole('button', { name: '删除', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: '删除方案' });
  await expect(confirm).toContainText('确定删除「百日攻坚行动配档表（修订）（副本）」吗？');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(app.planItem(/（副本）/)).toHaveCount(1);

  await page.getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('dialog', { name: '删除方案' }).getByRole('button', { name: '删除' }).click();
  await expect(app.planItem(/（副本）/)).toHaveCount(0);
  await page.getByRole('button', { name: '回收站（1）' }).click();
  await page.getByRole('list', { name: '回收站' }).getByRole('button', { name: '恢复' }).click();
  await expect(app.planItem(/（副本）/)).toHaveCount(1);
  await expect(page.locator('.pd-plan-title')).toHaveText('百日攻坚行动配档表（修订）（副本）');

  // A rename is one more edit of the plan: Ctrl+Z takes it back too.
  await app.openPlan('百日攻坚行动配档表（修订）');
  await app.selectCell(1, 'measure');
  await page.keyboard.press('Control+Z');
  await expect(page.locator('.pd-plan-title')).toHaveText(/百日攻坚行动.*配档表/);
});

test('finds a plan by a word of its title, issuer, 文号 or year once the list is long', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  const search = page.getByLabel('搜索方案');
  const items = page.getByRole('listbox', { name: '方案' }).getByRole('option');
  await expect(search).toHaveCount(0);
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: '复制', exact: true }).click();
    await expect(items).toHaveCount(3 + i);
  }
  await expect(search).toBeVisible();
  await search.fill('2026');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('重点工作清单');
  await search.fill('鲁卫办字 副本');
  await expect(items).toHaveCount(4);
  await search.fill('不存在的方案');
  await expect(page.getByRole('navigation', { name: '方案列表' })).toContainText(
    '没有标题、发文单位、文号或年度含「不存在的方案」的方案。',
  );
  await search.fill('');
  await expect(items).toHaveCount(6);
});

test('works the plan list from the keyboard: one Tab stop, arrows move, Enter opens, F2 renames, Delete asks first', async ({
  app,
  page,
}) => {
  const options = page.getByRole('listbox', { name: '方案' }).getByRole('option');
  await expect(options).toHaveCount(2);
  const [first, second] = [options.nth(0), options.nth(1)];
  const secondTitle = await second.locator('.pd-plan-item-title').innerText();
  // The app opens on the first plan.
  await expect(first).toHaveAttribute('aria-selected', 'true');

  // The list is one Tab stop between ＋ 新建 and the buttons below it; nothing inside a plan takes the focus.
  await page.getByRole('button', { name: '＋ 新建' }).focus();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(first.locator('button, a, input, [tabindex]')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '重命名/信息' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();

  // ↓ moves without opening; Enter opens the plan the focus is on.
  await page.keyboard.press('ArrowDown');
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.pd-plan-title')).toHaveText(secondTitle);
  await expect(second).toHaveAttribute('aria-selected', 'true');

  // F2 on a plan renames it (its 方案信息), whichever plan is open.
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  const firstTitle = await first.locator('.pd-plan-item-title').innerText();
  await page.keyboard.press('F2');
  const info = page.getByRole('dialog', { name: '方案信息' });
  await expect(info.getByLabel('标题')).toHaveValue(firstTitle);
  await info.getByLabel('标题').fill(`${firstTitle}（改）`);
  await info.getByLabel('标题').press('Enter');
  await expect(info).toBeHidden();
  await expect(app.planItem(`${firstTitle}（改）`)).toHaveCount(1);
  await expect(page.locator('.pd-plan-title')).toHaveText(secondTitle);

  // Delete asks first; 取消 leaves the plan and the focus where they were.
  await app.planItem(`${firstTitle}（改）`).focus();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: '删除方案' });
  await expect(confirm).toContainText(`确定删除「${firstTitle}（改）」吗？`);
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(app.planItem(`${firstTitle}（改）`)).toBeFocused();
  // Deleted, the plan goes to the trash, the open plan stays open and the focus lands on the plan left.
  await page.keyboard.press('Delete');
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(options).toHaveCount(1);
  await expect(page.getByRole('button', { name: '回收站（1）' })).toBeVisible();
  await expect(page.locator('.pd-plan-title')).toHaveText(secondTitle);
  await expect(options.first()).toBeFocused();
});

test('the item count in the plan list follows inserts, deletes, undo and redo', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  const item = app.planItem(/百日攻坚行动.*配档表/);
  await expect(item).toContainText('· 50 项');

  await app.selectCell(2, 'measure');
  await app.button('上方插入行').click();
  await expect(app.summary).toHaveText('共 51 项，5 个分组');
  await expect(item).toContainText('· 51 项');
  await app.selectCell(5, 'measure');
  await page.keyboard.press('Control+Z');
  await expect(app.summary).toHaveText('共 50 项，5 个分组');
  await expect(item).toContainText('· 50 项');

  await app.selectBlock([2, 'measure'], [3, 'measure']);
  await app.button('删除行').click();
  await expect(app.summary).toHaveText('共 48 项，5 个分组');
  await expect(item).toContainText('· 48 项');
  await page.keyboard.press('Control+Z');
  await expect(item).toContainText('· 50 项');
  await page.keyboard.press('Control+Y');
  await expect(app.summary).toHaveText('共 48 项，5 个分组');
  await expect(item).toContainText('· 48 项');
  await app.expectSaved();
  // The other plan's count is its own.
  await expect(app.planItem(/重点工作清单/)).not.toContainText('· 48 项');
});
