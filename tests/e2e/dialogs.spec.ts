// Dialogs behave as in a desktop program: the keyboard is inside as soon as one opens, Tab stays inside, Esc closes
// it and the keyboard goes back to the button that opened it.
import { expect, test } from './support/fixtures';

const OPENERS: Array<{ button: string; dialog: string }> = [
  { button: '进度总览', dialog: '进度总览' },
  { button: '填报任务', dialog: '填报任务' },
  { button: '列设置', dialog: '列设置' },
  { button: '导出…', dialog: '导出' },
  { button: '单位名录', dialog: '单位名录' },
  { button: '备份与恢复', dialog: '备份与恢复' },
];

test('Esc closes each dialog opened from a button and gives the keyboard back to that button', async ({
  app,
  page,
}) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  for (const { button, dialog } of OPENERS) {
    const opener = page.getByRole('button', { name: button, exact: true }).first();
    await opener.click();
    const box = page.getByRole('dialog', { name: dialog });
    await expect(box).toBeVisible();
    // The keyboard is in the dialog, not left on the window behind it.
    await expect.poll(() => box.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(opener).toBeFocused();
  }
});

test('Tab and Shift+Tab go round the controls of a dialog without leaving it', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await page.getByRole('button', { name: '备份与恢复', exact: true }).click();
  const box = page.getByRole('dialog', { name: '备份与恢复' });
  await expect(box).toBeVisible();
  const inside = () => box.evaluate((el) => el.contains(document.activeElement));
  const names: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await inside()).toBe(true);
    names.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  // 从文件恢复… is a button the keyboard reaches; round and round, 关闭 comes again after the last control.
  expect(names).toContain('从文件恢复…');
  expect(names.filter((n) => n === '关闭').length).toBeGreaterThan(1);
  await page.keyboard.press('Shift+Tab');
  expect(await inside()).toBe(true);
  // A click beside a large dialog does not close it, and the keyboard stays in it: Esc still closes it.
  await page.mouse.click(5, 450);
  await expect(box).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
});

test('Esc in a question inside a dialog closes the question only', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await page.getByRole('button', { name: '单位名录', exact: true }).click();
  const units = page.getByRole('dialog', { name: '单位名录' });
  await units
    .getByRole('button', { name: /^删除「/ })
    .first()
    .click();
  const question = page.getByRole('dialog', { name: '删除单位' });
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(units).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(units).toBeHidden();
});

test('Esc in a row being edited in 单位名录 leaves the row as it was, and a second Esc closes the dialog', async ({
  app,
  page,
}) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await page.getByRole('button', { name: '单位名录', exact: true }).click();
  const units = page.getByRole('dialog', { name: '单位名录' });
  await units.getByRole('button', { name: '修改「规划处」' }).click();
  await units.getByLabel('联系人').fill('不要保存');
  await page.keyboard.press('Escape');
  await expect(units.getByLabel('联系人')).toHaveCount(0);
  await expect(units).toBeVisible();
  await expect(units.getByRole('row', { name: /^规划处/ })).not.toContainText('不要保存');
  await page.keyboard.press('Escape');
  await expect(units).toBeHidden();
});
