// What the main window looks like with the sample 配档表: Chinese text rendered, wrapped rows that fit their text.
import { expect, test } from './support/fixtures';

test('shows the sample 配档表 with wrapped rows of fitting height', async ({ app, page }, info) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await expect(app.cell(1, 'goal')).toBeVisible();
  const shot = info.outputPath('main-window.png');
  await page.screenshot({ path: shot });
  await info.attach('main-window', { path: shot, contentType: 'image/png' });

  // Every rendered cell shows all its text: no row is shorter than the text it wraps.
  const clipped = await page
    .locator('.pd-grid .ag-row .ag-cell')
    .evaluateAll((cells) => cells.filter((c) => c.scrollHeight > c.clientHeight + 1).map((c) => c.textContent ?? ''));
  expect(clipped).toEqual([]);
  // Nor taller than it: the row's height is its tallest text plus the cell's padding, within half a line (Chromium
  // squeezing ”。 side by side while the heights count them one em each made row 1 a line too tall).
  const spare = await page.locator('.pd-grid .ag-row').evaluateAll((rows) =>
    rows.map((row) => {
      let text = 0;
      for (const cell of row.querySelectorAll('.ag-cell')) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        text = Math.max(text, range.getBoundingClientRect().height);
      }
      const lineHeight = parseFloat(getComputedStyle(row.querySelector('.ag-cell')!).lineHeight);
      return { row: row.getAttribute('row-index'), lines: (row.getBoundingClientRect().height - text) / lineHeight };
    }),
  );
  expect(spare.filter((r) => r.lines > 1.2)).toEqual([]);
  // Rows grow with their text: a three-line 任务目标 makes a taller row than a one-line one.
  const tall = await app.row(1).boundingBox();
  const short = await app.row(8).boundingBox();
  expect(tall!.height).toBeGreaterThan(short!.height * 1.5);

  // Chinese glyphs are drawn with a real font, not as the empty boxes of a missing one: a CJK character
  // and a code point no font has (drawn as the box) must not come out as the same pixels.
  const sameAsMissing = await page.evaluate(() => {
    const draw = (ch: string) => {
      const c = document.createElement('canvas');
      c.width = 40;
      c.height = 40;
      const g = c.getContext('2d')!;
      g.font = `28px ${getComputedStyle(document.body).fontFamily}`;
      g.fillText(ch, 4, 32);
      return Array.from(g.getImageData(0, 0, 40, 40).data).join(',');
    };
    return ['配', '档', '表'].map((ch) => draw(ch) === draw('\u{E0FFF}'));
  });
  expect(sameAsMissing).toEqual([false, false, false]);
});
