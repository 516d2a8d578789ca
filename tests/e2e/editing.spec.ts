// Rows and sections: insert, delete, drag; find; the filter by unit.
import { expect, test } from './support/fixtures';
import type { AppPage } from './support/app-page';

const PEIDANG = /百日攻坚行动.*配档表/;

test('inserts and deletes rows, with 序号 renumbered and undo', async ({ app, page }) => {
  await app.openPlan(PEIDANG);
  await app.selectCell(2, 'measure');
  await app.button('上方插入行').click();
  await expect(app.cell(2, 'seq')).toHaveText('2');
  await expect(app.cell(2, 'measure')).toHaveText('');
  await expect(app.cell(3, 'seq')).toHaveText('3');
  await expect(app.cell(3, 'measure')).toHaveText('推广磁共振、CT等大型设备检查预约');
  await expect(app.summary).toHaveText('共 51 项，5 个分组');

  await app.selectBlock([2, 'measure'], [3, 'measure']);
  await app.button('删除行').click();
  await expect(page.getByRole('status').filter({ hasText: '已删除 2 行' })).toBeVisible();
  await expect(app.summary).toHaveText('共 49 项，5 个分组');
  await expect(app.cell(2, 'measure')).toHaveText('推动电子健康卡节点建设');
  await app.expectSaved();
  await page.keyboard.press('Control+Z');
  await expect(app.summary).toHaveText('共 51 项，5 个分组');
  await expect(app.cell(3, 'measure')).toHaveText('推广磁共振、CT等大型设备检查预约');
});

test('inserts a section row that spans the table and edits its title', async ({ app }) => {
  await app.openPlan(PEIDANG);
  await app.selectCell(4, 'measure');
  await app.button('插入分组行').click();
  await expect(app.editor).toBeVisible();
  await app.editor.press('Control+A');
  await app.editor.pressSequentially('（一之二）数字健康服务');
  await app.editor.press('Enter');
  await expect(app.cell(4, 'seq')).toHaveText('（一之二）数字健康服务');
  await expect(app.cell(5, 'seq')).toHaveText('4');
  const section = await app.cell(4, 'seq').boundingBox();
  const row = await app.row(4).boundingBox();
  expect(section!.width).toBeGreaterThan(row!.width * 0.9);
  await expect(app.summary).toHaveText('共 50 项，6 个分组');
});

/** Presses the handle drawn at the left of a row's 序号 cell. */
async function pressHandle(app: AppPage, index: number): Promise<void> {
  await app.cell(index, 'seq').hover({ position: { x: 12, y: 14 } });
  await app.page.mouse.down();
}

/** Moves the pressed mouse over a cell, to the lower part of it (the gap below its row). */
async function dragTo(app: AppPage, index: number, part: 'upper' | 'lower'): Promise<void> {
  const target = (await app.cell(index, 'measure').boundingBox())!;
  await app.page.mouse.move(target.x + 20, target.y + 10, { steps: 8 });
  const y = part === 'lower' ? target.y + target.height - 5 : target.y + 5;
  await app.page.mouse.move(target.x + 20, y, { steps: 4 });
}

test('moves a row by dragging its handle, a line showing where it lands', async ({ app, page }) => {
  await app.openPlan(PEIDANG);
  await pressHandle(app, 1);
  await dragTo(app, 3, 'lower');
  // The line lies along the foot of row 3, where the row will go; the label names the dragged item.
  const line = (await page.locator('.pd-row-drop-line').boundingBox())!;
  const below = (await app.row(3).boundingBox())!;
  expect(Math.abs(line.y + line.height / 2 - (below.y + below.height))).toBeLessThan(4);
  await expect(page.locator('.pd-row-drag-ghost')).toHaveText('1 推进诊疗精准预约');
  await page.mouse.up();
  await expect(page.locator('.pd-row-drop-line')).toHaveCount(0);
  await expect(app.cell(3, 'measure')).toHaveText('推进诊疗精准预约');
  await expect(app.cell(1, 'measure')).toHaveText('推广磁共振、CT等大型设备检查预约');
  await expect(app.cell(3, 'seq')).toHaveText('3');
  // The moved row is selected where it landed (nothing was selected before: its first plan column).
  await expect(page.locator('.pd-status-selection')).toHaveText('已选 1 行 × 1 列');
  await expect(app.cell(3, 'measure')).toHaveClass(/ag-cell-focus/);
  await app.expectSaved();
  await page.keyboard.press('Control+Z');
  await expect(app.cell(1, 'measure')).toHaveText('推进诊疗精准预约');
});

test('Esc takes a row drag back, and a press on the handle alone selects the cell', async ({ app, page }) => {
  await app.openPlan(PEIDANG);
  await pressHandle(app, 1);
  await dragTo(app, 4, 'upper');
  await expect(page.locator('.pd-row-drop-line')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.pd-row-drop-line')).toHaveCount(0);
  await expect(page.locator('.pd-row-drag-ghost')).toHaveCount(0);
  await page.mouse.up();
  await expect(app.cell(1, 'measure')).toHaveText('推进诊疗精准预约');
  await expect(app.button('撤销')).toBeDisabled();

  await pressHandle(app, 2);
  await page.mouse.up();
  await expect(app.cell(2, 'seq')).toHaveClass(/ag-cell-focus/);
  await expect(app.cell(2, 'measure')).toHaveText('推广磁共振、CT等大型设备检查预约');
  await expect(app.button('撤销')).toBeDisabled();
});

test("drags a selected block of rows by one handle, scrolling at the grid's foot, and one undo puts it back", async ({
  app,
  page,
}) => {
  await app.openPlan(PEIDANG);
  await app.selectBlock([1, 'measure'], [2, 'goal']);
  await pressHandle(app, 2);
  await dragTo(app, 4, 'upper');
  await expect(page.locator('.pd-row-drag-ghost')).toHaveText('移动 2 行');
  // Held below the grid's foot, the grid scrolls down under the rows.
  const grid = (await page.locator('.pd-grid').boundingBox())!;
  await page.mouse.move(grid.x + 200, grid.y + grid.height - 4, { steps: 4 });
  const viewport = page.locator('.pd-grid .ag-grid-viewport');
  await expect.poll(() => viewport.evaluate((v) => v.scrollTop)).toBeGreaterThan(400);
  // Back in the middle of the grid the scrolling stops; the rows go above the row there.
  await page.mouse.move(grid.x + 200, grid.y + grid.height / 2, { steps: 2 });
  const middle = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.ag-row')?.getAttribute('row-index'),
    [grid.x + 200, grid.y + grid.height / 2],
  );
  const target = Number(middle);
  expect(target).toBeGreaterThan(4);
  await dragTo(app, target, 'upper');
  const before = await app.cell(target, 'measure').innerText();
  await page.mouse.up();
  // The rows land above the row that was under the pointer (two rows up, now that they left the top), selected.
  const focusedRow = () =>
    page.evaluate(() =>
      Number(document.querySelector('.pd-grid .ag-cell-focus')?.closest('.ag-row')?.getAttribute('row-index') ?? -1),
    );
  await expect.poll(focusedRow).toBe(target - 2);
  await expect(app.cell(target - 2, 'measure')).toHaveText('推进诊疗精准预约');
  await expect(app.cell(target - 1, 'measure')).toHaveText('推广磁共振、CT等大型设备检查预约');
  await expect(app.cell(target, 'measure')).toHaveText(before);
  await expect(page.locator('.pd-status-selection')).toHaveText('已选 2 行 × 2 列');
  await app.expectSaved();
  // The top of the plan, scrolled back to (the grid draws only the rows near those in view).
  const atTop = (index: number) =>
    viewport.evaluate((v, i) => {
      v.scrollTop = 0;
      return document.querySelector(`.pd-grid .ag-row[row-index="${i}"] .ag-cell[col-id="measure"]`)?.textContent;
    }, index);
  await expect.poll(() => atTop(1)).toBe('推动电子健康卡节点建设');
  await page.keyboard.press('Control+Z');
  await expect.poll(() => atTop(1)).toBe('推进诊疗精准预约');
  await expect.poll(() => atTop(2)).toBe('推广磁共振、CT等大型设备检查预约');
  await expect.poll(() => atTop(3)).toBe('推动电子健康卡节点建设');
});

test('finds text across the plan with Ctrl+F', async ({ app, page }) => {
  await app.openPlan(PEIDANG);
  await app.selectCell(1, 'measure');
  await page.keyboard.press('Control+F');
  const box = page.getByLabel('查找内容');
  await expect(box).toBeFocused();
  await box.fill('鲁云急救');
  await expect(page.locator('.pd-findbar-status')).toHaveText('第 - / 2 处');
  await box.press('Enter');
  await expect(page.locator('.pd-findbar-status')).toHaveText('第 1 / 2 处');
  await expect(page.locator('.ag-cell-focus')).toContainText('鲁云急救');
  await expect(page.locator('.pd-find-current')).toHaveCount(1);
  await box.press('Enter');
  await expect(page.locator('.pd-findbar-status')).toHaveText('第 2 / 2 处');
  await box.press('Escape');
  await expect(box).toBeHidden();
});

test('filters the rows by 牵头/配合 unit, keeping their section rows', async ({ app, page }) => {
  await app.openPlan(PEIDANG);
  await page.getByLabel('按牵头/配合单位筛选').selectOption('药政处');
  await expect(app.summary).toContainText('（筛选：药政处）');
  await expect(app.cell(0, 'seq')).toHaveText('（一）优化健康服务流程');
  await expect(app.cell(1, 'measure')).toHaveText('加强中心药房建设');
  const shown = await page.locator('.pd-grid .ag-row').count();
  expect(shown).toBeLessThan(10);
  await page.getByLabel('按牵头/配合单位筛选').selectOption('');
  await expect(app.cell(1, 'measure')).toHaveText('推进诊疗精准预约');
});

test('sorts each section by the column of the selected cell, 序号 renumbered, and undoes it in one step', async ({
  app,
  page,
}) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.selectCell(1, 'lead');
  await app.button('排序…').click();
  const dialog = page.getByRole('dialog', { name: '排序' });
  await expect(dialog.getByLabel('排序依据')).toHaveValue('lead');
  await dialog.getByRole('button', { name: '排序', exact: true }).click();
  // 规划处 comes before 医政处 in pinyin order; the section row stays first, the items are numbered anew.
  await expect(app.cell(1, 'measure')).toHaveText('推动电子健康卡节点建设');
  await expect(app.cell(1, 'seq')).toHaveText('1');
  await expect(app.cell(0, 'seq')).toContainText('优化健康服务流程');
  await expect(page.getByRole('status').filter({ hasText: '已按「牵头处室」排序' })).toBeVisible();
  await expect(app.summary).toHaveText('共 50 项，5 个分组');
  await app.expectSaved();
  await app.button('↶ 撤销').click();
  await expect(app.cell(1, 'measure')).toHaveText('推进诊疗精准预约');
});
