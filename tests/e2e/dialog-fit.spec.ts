// Every dialog fits a 1366×768 window: its buttons lie inside the window, its content scrolls.
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { SAMPLES_DIR } from '../support/fixtures';
import { DIALOGS } from './support/dialogs';

test.use({ viewport: { width: 1366, height: 768 } });

/**
 * Each button of the dialog's button row lies whole inside the viewport; a dialog without one (a list, as 填报任务)
 * has its 关闭 button checked.
 */
async function buttonsInside(page: Page, dialog: Locator, name: string): Promise<void> {
  await expect(dialog).toBeVisible();
  const row = dialog.locator('.pd-dialog-buttons');
  const buttons =
    (await row.count()) > 0 ? row.last().getByRole('button') : dialog.getByRole('button', { name: /^(关闭|取消)$/ });
  const n = await buttons.count();
  expect(n, name).toBeGreaterThan(0);
  const view = page.viewportSize()!;
  for (let i = 0; i < n; i++) {
    const box = (await buttons.nth(i).boundingBox())!;
    expect(box.y, `${name}：按钮「${await buttons.nth(i).innerText()}」`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${name}：按钮「${await buttons.nth(i).innerText()}」`).toBeLessThanOrEqual(view.height);
    expect(box.x + box.width, name).toBeLessThanOrEqual(view.width);
  }
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('every dialog keeps its buttons inside a 1366×768 window', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  const toolbar = page.getByRole('toolbar', { name: '编辑' });

  await toolbar.getByRole('button', { name: '填报任务' }).click();
  const rounds = page.getByRole('dialog', { name: '填报任务' });
  await rounds.getByRole('button', { name: '新建填报任务' }).click();
  await buttonsInside(page, rounds, '新建填报任务');
  await rounds.getByRole('button', { name: '取消' }).click();
  await page.keyboard.press('Escape');
  await expect(rounds).toBeHidden();

  await page.getByRole('button', { name: '单位名录' }).click();
  const units = page.getByRole('dialog', { name: '单位名录' });
  await buttonsInside(page, units, '单位名录');
  await units.getByRole('button', { name: '关闭' }).click();

  await page.getByLabel('选择要导入的文件').setInputFiles(join(SAMPLES_DIR, '民生实事-2025.xlsx'));
  const imp = page.getByRole('dialog', { name: '导入 Excel' });
  await expect(imp.getByText('共 20 项、3 个分组')).toBeVisible();
  await buttonsInside(page, imp, '导入');
  await imp.getByRole('button', { name: '取消' }).click();

  await page.getByRole('button', { name: '重命名/信息' }).click();
  const info = page.getByRole('dialog', { name: '方案信息' });
  await buttonsInside(page, info, '方案信息');
  await page.keyboard.press('Escape');
});

test('every dialog of the main screen keeps its buttons inside a 1366×768 window', async ({ app, page }) => {
  test.slow();
  await app.openPlan(/百日攻坚行动.*配档表/);
  for (const { name, open } of DIALOGS) {
    await open(app);
    const dialog = page.getByRole('dialog', { name });
    await buttonsInside(page, dialog, name);
    await dialog.focus();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('修改记录 keeps its 关闭 button inside a 1366×768 window', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.cell(1, 'measure').click({ button: 'right' });
  await page.getByRole('menu', { name: '单元格操作' }).getByRole('menuitem', { name: '本行修改记录…' }).click();
  const record = page.getByRole('dialog', { name: '修改记录' });
  await expect(record.getByText('没有修改记录')).toBeVisible();
  await buttonsInside(page, record, '修改记录');
  await record.getByRole('button', { name: '关闭' }).click();
  await expect(record).toBeHidden();
});
