// The app reopens where the clerk left: after a reload the grid is scrolled back to the rows they were reading.
import { expect, test } from './support/fixtures';

test('brings the rows the clerk had scrolled to back into view after a reload', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  // Ctrl+End and then up a few rows: deep in the plan, far below what the grid shows when it opens.
  await app.selectCell(1, 'measure');
  await page.keyboard.press('Control+End');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowUp');
  const focused = page.locator('.pd-grid .ag-row:has(.ag-cell-focus)').first();
  const index = Number(await focused.getAttribute('row-index'));
  expect(index).toBeGreaterThan(40);
  const text = await app.cellText(index, 'measure');
  await expect(app.row(1)).not.toBeInViewport();

  await page.reload();
  await expect(page.locator('.pd-plan-title')).toHaveText(/百日攻坚行动.*配档表/);
  await expect(app.cell(index, 'measure')).toBeInViewport();
  await expect(app.cell(index, 'measure')).toHaveText(text);
  await expect(app.row(1)).not.toBeInViewport();
});
