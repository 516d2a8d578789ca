// The grid at the keyboard and on the clipboard, as in Excel and WPS: what LibreOffice Calc really puts on the
// clipboard pasted whole, copies that spreadsheets keep as text, row moves that follow the rows, keys that go on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CLIPBOARD_DIR } from '../support/fixtures';
import { expect, test } from './support/fixtures';
import type { AppPage } from './support/app-page';

const PEIDANG = /百日攻坚行动.*配档表/;

/** A paste event with both formats, as Chromium delivers Ctrl+V of a spreadsheet's copy, on the focused element. */
async function pasteClipboard(page: Page, text: string, html: string): Promise<void> {
  await page.evaluate(
    ({ html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

const calc = (ext: string) => readFileSync(join(CLIPBOARD_DIR, 'libreoffice', `calc-sample.${ext}`), 'utf8');

async function newEmptyPlan(app: AppPage, title: string): Promise<void> {
  const page = app.page;
  await page.getByRole('button', { name: '＋ 新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建方案' });
  await dialog.getByLabel('标题').fill(title);
  await dialog.getByRole('button', { name: '新建' }).click();
  await expect(page.getByText('这个方案还没有内容')).toBeVisible();
}

test('Ctrl+V in an empty plan makes its rows from Calc’s clipboard: sections, line breaks, merged-down cells, text kept as written', async ({
  app,
  page,
}) => {
  await newEmptyPlan(app, '粘贴测试配档表');
  await pasteClipboard(page, calc('txt'), calc('html'));
  await expect(app.summary).toHaveText('共 3 项，2 个分组');
  await expect(app.cell(0, 'seq')).toHaveText('（一）优化健康服务流程');
  await expect(app.cell(1, 'goal')).toHaveText(
    '①在三级公立医院推广诊间预约；\n②二级以上公立综合医院全部实现门诊预约就诊。',
    { useInnerText: true },
  );
  await expect(app.cell(1, 'lead')).toHaveText('医政处\n规划处', { useInnerText: true });
  // 医政处/规划处 was merged down over two rows in Calc: it holds for both.
  await expect(app.cell(2, 'lead')).toHaveText('医政处\n规划处', { useInnerText: true });
  await expect(app.cell(2, 'measure')).toHaveText('=SUM(A4:A5)');
  await expect(app.cell(2, 'goal')).toHaveText('0012');
  await expect(app.cell(3, 'seq')).toHaveText('二、加强公共卫生服务');
  await expect(app.cell(4, 'measure')).toHaveText('370102199001011234');
  await expect(app.cell(4, 'goal')).toHaveText('+86 531 1234');
  await app.expectSaved();
});

test('a paste across a section row goes around it and never overwrites its title', async ({ app, page }) => {
  await app.openPlan(PEIDANG);
  await app.selectCell(11, 'measure');
  await pasteClipboard(page, '新措施甲\t目标甲\r\n新措施乙\t目标乙\r\n', '');
  await expect(app.cell(11, 'measure')).toHaveText('新措施甲');
  await expect(app.cell(12, 'seq')).toHaveText('（二）提升健康服务质量');
  await expect(app.cell(13, 'measure')).toHaveText('新措施乙');
  await expect(app.cell(13, 'goal')).toHaveText('目标乙');
  // A section row pasted onto an item is refused, with the reason, and nothing changes.
  await page.keyboard.press('Control+Home');
  await app.selectCell(1, 'measure');
  await pasteClipboard(page, calc('txt'), calc('html'));
  await expect(page.getByText(/没有粘贴：粘贴内容的第 1 行会落在分组行上/)).toBeVisible();
  await expect(app.cell(1, 'measure')).toHaveText('推进诊疗精准预约');
  await app.expectSaved();
});

test('Ctrl+C writes text/html with a charset and every cell marked as text for Excel, WPS and LibreOffice', async ({
  app,
  page,
}) => {
  await app.openPlan(PEIDANG);
  await app.selectBlock([0, 'seq'], [2, 'deadline']);
  await page.keyboard.press('Control+C');
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item ? await (await item.getType('text/html')).text() : '';
  });
  expect(html).toContain('charset=utf-8');
  expect(html).toContain('>（一）优化健康服务流程</td>');
  expect(html).toMatch(/<td colspan="4" [^>]*>（一）优化健康服务流程/);
  const cells = html.match(/<td [^>]*>/g) ?? [];
  expect(cells).toHaveLength(1 + 2 * 4);
  // (Read back through the browser's clipboard API, the HTML comes re-serialized: quotes as &quot;, x:str="".)
  for (const td of cells) {
    expect(td).toMatch(/mso-number-format:(&quot;|")\\@(&quot;|")/);
    expect(td).toMatch(/ x:str[ =>]/);
    expect(td).toContain('sdnum="2052;0;@"');
  }
  expect(html).toContain('①在三级公立医院推广诊间预约、跨科预约、复诊预约、知名团队预约、医联体内预约等模式；<br');
});

test('moves a row up again and again with Alt+↑ and 上移: the same row each time, the order checked after each', async ({
  app,
  page,
}) => {
  await app.openPlan(PEIDANG);
  const measures = async () => Promise.all([1, 2, 3, 4].map((i) => app.cellText(i, 'measure')));
  const [a, b, c, d] = await measures();
  await app.selectCell(4, 'measure');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(measures).toEqual([a, b, d, c]);
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(measures).toEqual([a, d, b, c]);
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(measures).toEqual([d, a, b, c]);
  await expect(page.locator('.pd-status-selection')).toHaveText('已选 1 行 × 1 列');
  // Down with the toolbar, three clicks in a row: the same row goes back down.
  for (const order of [
    [a, d, b, c],
    [a, b, d, c],
    [a, b, c, d],
  ]) {
    await app.button('下移').click();
    await expect.poll(measures).toEqual(order);
  }
  await app.expectSaved();
});

test('a right-click inside the selected block keeps it; Ctrl+A then Ctrl+C copies the grid’s cells', async ({
  app,
  page,
}) => {
  await app.openPlan(PEIDANG);
  await app.selectBlock([1, 'measure'], [2, 'deadline']);
  await app.cell(2, 'goal').click({ button: 'right' });
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.locator('.pd-status-selection')).toHaveText('已选 2 行 × 3 列');
  // The menu works from the keyboard: ↓ to 复制, Enter.
  await expect(page.getByRole('menuitem', { name: /剪切/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /复制/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^推进诊疗精准预约\t"①/);

  await app.selectCell(1, 'measure');
  await page.keyboard.press('Control+A');
  await expect(page.locator('.pd-status-selection')).toHaveText(/^已选 55 行 × \d+ 列$/);
  await page.keyboard.press('Control+C');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.startsWith('（一）优化健康服务流程\t')).toBe(true);
  expect(text).not.toContain('搜索方案');
});

test('Enter on the last row and Tab on its last cell go on into a new row; a new section’s title is selected for typing', async ({
  app,
  page,
}) => {
  await app.openPlan(PEIDANG);
  await app.selectCell(1, 'measure');
  await page.keyboard.press('Control+End');
  await app.selectCell(54, 'measure');
  await page.keyboard.press('Enter');
  await expect(app.summary).toHaveText('共 51 项，5 个分组');
  await expect(app.cell(55, 'seq')).toHaveText('51');
  await expect(app.cell(55, 'measure')).toBeFocused();
  await page.keyboard.press('F2');
  await app.editor.pressSequentially('新事项');
  // Enter ends the edit and, on the last row, goes on into the next new row.
  await app.editor.press('Enter');
  await expect(app.cell(55, 'measure')).toHaveText('新事项');
  await expect(app.summary).toHaveText('共 52 项，5 个分组');
  await expect(app.cell(56, 'measure')).toBeFocused();
  // Tab on the last cell of the last row: one more.
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  await expect(app.summary).toHaveText('共 53 项，5 个分组');
  await app.expectSaved();

  await app.button('插入分组行').click();
  await expect(app.editor).toBeVisible();
  await page.keyboard.type('（六）妇幼健康');
  await page.keyboard.press('Enter');
  await expect(page.locator('.pd-grid .ag-row .pd-section-cell').filter({ hasText: '（六）妇幼健康' })).toHaveText(
    '（六）妇幼健康',
  );
  await app.expectSaved();
});
