// Every dialog fits a 1366×768 window: its buttons lie inside the window, its content scrolls.
import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { SAMPLES_DIR } from '../support/fixtures';
import { DIALOGS } from './support/dialogs';
import { RoundsPage } from './support/rounds-page';
import { fillSheet } from './support/unit-returns';

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

/**
 * A part of a long dialog (a board, a review) is reached by scrolling the dialog's content: brought into view, it lies
 * whole inside the window and inside the dialog's box, not cut off by its edge.
 */
async function reachable(page: Page, dialog: Locator, part: Locator, name: string): Promise<void> {
  await part.scrollIntoViewIfNeeded();
  const view = page.viewportSize()!;
  const outer = (await dialog.boundingBox())!;
  const box = (await part.boundingBox())!;
  expect(box.y, name).toBeGreaterThanOrEqual(Math.max(0, outer.y));
  expect(box.y + box.height, name).toBeLessThanOrEqual(Math.min(view.height, outer.y + outer.height));
  expect(box.x + box.width, name).toBeLessThanOrEqual(Math.min(view.width, outer.x + outer.width));
  // Nothing that stays in place (a title, a row of buttons) lies over it.
  const seen = await part.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return top !== null && el.contains(top);
  });
  expect(seen, `${name}：没有被遮住`).toBe(true);
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

test('新建填报任务 keeps its buttons inside a 1366×768 window in each of its states', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  const rounds = new RoundsPage(page);
  await rounds.open();
  await rounds.dialog.getByRole('button', { name: '新建填报任务' }).click();
  const form = rounds.dialog.getByRole('form', { name: '新建填报任务' });
  const mode = (label: string) => form.getByLabel(label, { exact: true }).check();
  const repeat = (label: string) => form.getByRole('radio', { name: label, exact: true }).check();

  // A progress round repeats by the plan's cadence (每季度 for this 配档表): 第一期 is the period above.
  await repeat('每季度');
  await expect(form.getByLabel('每期报送日')).toBeVisible();
  await buttonsInside(page, rounds.dialog, '新建填报任务-每季度');
  await repeat('一次性');

  await mode('各单位按本表样式填报新表（如突破事项）');
  await expect(form.getByLabel('填报期间')).toHaveCount(0);
  await buttonsInside(page, rounds.dialog, '新建填报任务-突破事项');
  await repeat('每月');
  await expect(form.getByLabel('第一期')).toBeVisible();
  await buttonsInside(page, rounds.dialog, '新建填报任务-突破事项-每月');

  await mode('各单位报送文件（备案，如实施方案、月度工作情况，Word、PDF 等均可）');
  await buttonsInside(page, rounds.dialog, '新建填报任务-备案-每月');
  await repeat('每季度');
  await buttonsInside(page, rounds.dialog, '新建填报任务-备案-每季度');
  await repeat('一次性');
  await expect(form.getByLabel('报送截止日期')).toBeVisible();
  await buttonsInside(page, rounds.dialog, '新建填报任务-备案');
  // Every unit of the plan ticked: the longest list of units the form shows.
  await form.getByRole('button', { name: '全选表中单位' }).click();
  await buttonsInside(page, rounds.dialog, '新建填报任务-备案-全部单位');
});

test('a round’s board with a return, the return’s review and its 退回 form fit a 1366×768 window', async ({
  app,
  page,
  dataDir,
}) => {
  test.slow();
  await app.openPlan(/百日攻坚行动.*配档表/);
  const rounds = new RoundsPage(page);
  await rounds.open();
  await rounds.create({ units: ['医政处', '规划处'], dueDate: '2026-03-12', title: '第一季度进展' });
  const out = join(dataDir, '下发');
  await rounds.generate(out);
  await expect(page.locator('.pd-notice-info').filter({ hasText: '生成 2 份填报表' })).toBeVisible();
  const back = join(dataDir, '收到');
  mkdirSync(back);
  await fillSheet(join(out, '医政处-第一季度进展.xlsx'), join(back, '医政处.xlsx'), '推进中');
  await rounds.receive([join(back, '医政处.xlsx')]);
  await rounds.expectStatus('医政处', '已报');

  // The board opens at its top, 关闭 in sight; each of its parts is a scroll away inside the dialog.
  const dialog = rounds.dialog;
  await dialog.evaluate((d) => d.scrollTo(0, 0));
  await buttonsInside(page, dialog, '填报任务-回执');
  const parts: [string, Locator][] = [
    ['生成填报表', dialog.getByRole('button', { name: '生成填报表' })],
    ['导入回执', dialog.getByRole('button', { name: '导入回执…' })],
    ['导出汇总表', dialog.getByRole('button', { name: '导出汇总表' })],
    ['各单位报送情况', rounds.unitRow('规划处')],
    ['收到的回执', rounds.fileRow('医政处.xlsx')],
    ['催报文字', dialog.getByLabel('催报文字')],
    ['删除这个填报任务', dialog.getByRole('button', { name: '删除这个填报任务…' })],
  ];
  const close = dialog.getByRole('button', { name: '关闭', exact: true });
  for (const [name, part] of parts) {
    await reachable(page, dialog, part, `填报任务-${name}`);
    // The title and its 关闭 stay at the top while the board scrolls under them.
    await expect(close, name).toBeInViewport({ ratio: 1 });
  }
  await expect(dialog.getByLabel('催报文字')).toHaveValue(/规划处/);

  // The review opens where the clerk is looking, its decision in sight below the 22 lines it changes.
  await rounds.fileRow('医政处.xlsx').getByRole('button', { name: '审核' }).click();
  const panel = dialog.getByRole('region', { name: '审核：医政处.xlsx' });
  await expect(panel.getByRole('heading', { name: /采用后的变化：22 项有新内容/ })).toBeVisible();
  await expect(panel.getByRole('heading', { name: /医政处 · 医政处\.xlsx/ })).toBeInViewport();
  await expect(panel.getByRole('button', { name: '采用', exact: true })).toBeInViewport({ ratio: 1 });
  await expect(panel.getByRole('button', { name: '退回…' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('审核.png') });
  // 退回… where the clerk is: the reason to type and its two buttons come into sight at once.
  await panel.getByRole('button', { name: '退回…' }).click();
  await expect(panel.getByLabel('退回原因')).toBeInViewport({ ratio: 1 });
  await expect(panel.getByRole('button', { name: '确认退回' })).toBeInViewport({ ratio: 1 });
  await expect(panel.getByRole('button', { name: '取消' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('审核-退回原因.png') });
  for (const name of ['关闭审核', '采用', '确认退回']) {
    await reachable(page, dialog, panel.getByRole('button', { name, exact: true }), `审核-${name}`);
  }
  await panel.getByLabel('退回原因').fill('请补充第一季度的进展情况');
  await panel.getByRole('button', { name: '确认退回' }).click();
  await expect(panel.locator('.pd-tag')).toHaveText('已退回');
  await reachable(page, dialog, dialog.getByLabel('催报文字'), '填报任务-退回后催报文字');
  await expect(close).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByLabel('催报文字')).toHaveValue(/医政处报送的材料已退回：请补充第一季度的进展情况。/);
});

test('名录中没有的单位, 恢复备份 and 删除单位 keep their buttons inside a 1366×768 window', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  // Every unit name of a table the 单位名录 does not know, offered after its import.
  await page.getByLabel('选择要导入的文件').setInputFiles(join(SAMPLES_DIR, '民生实事-2025.xlsx'));
  const imp = page.getByRole('dialog', { name: '导入 Excel' });
  await imp.getByRole('button', { name: '导入为新方案' }).click();
  const offer = page.getByRole('dialog', { name: '名录中没有的单位' });
  await expect(offer).toContainText('不在单位名录中');
  await buttonsInside(page, offer, '名录中没有的单位');
  await offer.getByRole('button', { name: '取消' }).click();
  await expect(offer).toBeHidden();

  await page.getByRole('button', { name: '备份与恢复' }).click();
  const backups = page.getByRole('dialog', { name: '备份与恢复' });
  await backups.getByRole('table', { name: '备份' }).getByRole('button', { name: '恢复' }).first().click();
  const restore = page.getByRole('dialog', { name: '恢复备份' });
  await expect(restore).toContainText('替换现在的全部数据');
  await buttonsInside(page, restore, '恢复备份');
  await restore.getByRole('button', { name: '取消' }).click();
  await expect(restore).toBeHidden();
  await backups.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('button', { name: '单位名录' }).click();
  const units = page.getByRole('dialog', { name: '单位名录' });
  await units.getByRole('button', { name: '删除「医政处」' }).click();
  const remove = page.getByRole('dialog', { name: '删除单位' });
  await expect(remove).toContainText('从名录中删除「医政处」吗？');
  await buttonsInside(page, remove, '删除单位');
  await remove.getByRole('button', { name: '取消' }).click();
  await expect(remove).toBeHidden();
});
