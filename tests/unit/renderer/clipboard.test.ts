// The grid's clipboard rules: what a copy writes, which cells a paste, Delete and 向下填充 change.
import { describe, expect, it } from 'vitest';
import { clearEdits, copyText, fillDownEdits, pasteEdits } from '../../../renderer/grid/clipboard';
import type { PastedRow } from '../../../renderer/grid/paste-block';
import { gridView, item, section } from './grid-view';

/** Pasted rows of item cells. */
const items = (...rows: string[][]): PastedRow[] => rows.map((cells) => ({ kind: 'item', cells }));

const COLS = ['measure', 'goal', 'deadline'];
const at = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

describe('pasteEdits', () => {
  it('lays a block over the cells from the top-left of the selection', () => {
    const view = gridView([item('a'), item('b')], COLS);
    const { edits, append } = pasteEdits(view, at(0, 1), items(['措施一', '目标一'], ['措施二', '目标二']));
    expect(edits).toEqual([
      { rowId: 'a', key: 'measure', value: '措施一' },
      { rowId: 'a', key: 'goal', value: '目标一' },
      { rowId: 'b', key: 'measure', value: '措施二' },
      { rowId: 'b', key: 'goal', value: '目标二' },
    ]);
    expect(append).toEqual([]);
  });

  it('fills a larger selection with a single value, as Excel does', () => {
    const view = gridView([item('a'), item('b')], COLS);
    const { edits } = pasteEdits(view, at(0, 3, 1, 3), items(['6月底前']));
    expect(edits).toEqual([
      { rowId: 'a', key: 'deadline', value: '6月底前' },
      { rowId: 'b', key: 'deadline', value: '6月底前' },
    ]);
  });

  it('adds rows for the part of the block below the last row, leaving empty cells out', () => {
    const view = gridView([item('a')], COLS);
    const { append } = pasteEdits(view, at(0, 1), items(['一'], ['二', ''], ['三', '目标']));
    expect(append).toEqual([
      { kind: 'item', title: '', cells: { measure: '二' } },
      { kind: 'item', title: '', cells: { measure: '三', goal: '目标' } },
    ]);
  });

  it('adds no rows while a filter hides rows', () => {
    const view = gridView([item('a')], COLS, true);
    expect(pasteEdits(view, at(0, 1), items(['一'], ['二'])).append).toEqual([]);
  });

  it('never writes into 序号 or columns past the last one', () => {
    const view = gridView([item('a')], COLS);
    const { edits } = pasteEdits(view, at(0, 0), items(['9', '措施', '目标', '6月', '多出的一列']));
    expect(edits.map((e) => e.key)).toEqual(['measure', 'goal', 'deadline']);
  });
});

describe('pasteEdits with section rows', () => {
  const rows = [item('a'), section('s', '（二）加强公共卫生服务'), item('b')];

  it('goes around a section row: its title is never overwritten, the rows after it take the rest', () => {
    const { edits, height } = pasteEdits(gridView(rows, COLS), at(0, 1), items(['一'], ['二']));
    expect(edits).toEqual([
      { rowId: 'a', key: 'measure', value: '一' },
      { rowId: 'b', key: 'measure', value: '二' },
    ]);
    expect(height).toBe(3);
  });

  it('lays a pasted section row on a section of the same title and appends new sections past the end', () => {
    const pasted: PastedRow[] = [
      { kind: 'item', cells: ['一'] },
      { kind: 'section', title: '（二）加强公共卫生服务' },
      { kind: 'item', cells: ['二'] },
      { kind: 'section', title: '（三）新分组' },
      { kind: 'item', cells: ['三'] },
    ];
    const { edits, append, refusedAt } = pasteEdits(gridView(rows, COLS), at(0, 1), pasted);
    expect(refusedAt).toBeUndefined();
    expect(edits.map((e) => e.rowId)).toEqual(['a', 'b']);
    expect(append).toEqual([
      { kind: 'section', title: '（三）新分组', cells: {} },
      { kind: 'item', title: '', cells: { measure: '三' } },
    ]);
  });

  it('refuses a pasted section row that would land on an item or on another section', () => {
    const onItem = pasteEdits(gridView(rows, COLS), at(0, 1), [
      { kind: 'section', title: '（一）别的' },
      { kind: 'item', cells: ['x'] },
    ]);
    expect(onItem).toMatchObject({ edits: [], append: [], refusedAt: 1 });
    const onOther = pasteEdits(gridView(rows, COLS), at(0, 1), [
      { kind: 'item', cells: ['x'] },
      { kind: 'section', title: '（三）别的' },
    ]);
    expect(onOther.refusedAt).toBe(2);
  });

  it('refuses one value pasted on a section row alone, and passes over section rows when it fills a block', () => {
    expect(pasteEdits(gridView(rows, COLS), at(1, 0), items(['新标题'])).refusedAt).toBe(1);
    expect(pasteEdits(gridView(rows, COLS), at(0, 1, 2, 1), items(['x'])).edits.map((e) => e.rowId)).toEqual([
      'a',
      'b',
    ]);
  });

  it('makes every row of an empty plan, sections included', () => {
    const { append } = pasteEdits(gridView([], COLS), at(0, 1), [
      { kind: 'section', title: '（一）甲' },
      { kind: 'item', cells: ['措施', '目标'] },
    ]);
    expect(append).toEqual([
      { kind: 'section', title: '（一）甲', cells: {} },
      { kind: 'item', title: '', cells: { measure: '措施', goal: '目标' } },
    ]);
  });
});

describe('copyText', () => {
  it('writes tab-separated text quoted as Excel quotes it (cells with line breaks) and an HTML table with line breaks kept in the cell', () => {
    const view = gridView([section('s', '（一）加强服务'), item('a', { measure: '一\n二', goal: '说"好"' })], COLS);
    const { text, html } = copyText(view, at(0, 0, 1, 2));
    expect(text).toBe('（一）加强服务\t\t\r\n1\t"一\n二"\t说"好"\r\n');
    expect(html).toContain('一<br');
    expect(html).toContain('说&quot;好&quot;');
    expect(html).toContain('charset=utf-8');
    // The section row is one cell across the block; every cell is text to Excel, WPS and LibreOffice.
    expect(html).toContain('colspan="3"');
    const cells = html.match(/<td [^>]*>/g)!;
    expect(cells).toHaveLength(4);
    for (const td of cells) expect(td).toMatch(/mso-number-format:"\\@".* x:str sdnum="2052;0;@"/);
  });
});

describe('fillDownEdits', () => {
  it('copies the block’s first item into the items below it, passing over section rows', () => {
    const view = gridView(
      [item('a', { deadline: '6月' }), section('s', '二'), item('b'), item('c', { deadline: '6月' })],
      COLS,
    );
    expect(fillDownEdits(view, at(0, 3, 3, 3))).toEqual([{ rowId: 'b', key: 'deadline', value: '6月' }]);
  });

  it('takes the item above for a block of one row', () => {
    const view = gridView([item('a', { goal: '目标' }), section('s', '二'), item('b')], COLS);
    expect(fillDownEdits(view, at(2, 2))).toEqual([{ rowId: 'b', key: 'goal', value: '目标' }]);
  });

  it('does nothing with no item above', () => {
    expect(fillDownEdits(gridView([item('a')], COLS), at(0, 1))).toEqual([]);
  });
});

describe('clearEdits', () => {
  it('empties the block’s filled cells, and a section title only when 序号 is in the block', () => {
    const view = gridView([section('s', '（一）'), item('a', { measure: 'x', goal: '' })], COLS);
    expect(clearEdits(view, at(0, 1, 1, 2))).toEqual([{ rowId: 'a', key: 'measure', value: '' }]);
    expect(clearEdits(view, at(0, 0, 0, 0))).toEqual([{ rowId: 's', key: 'title', value: '' }]);
  });
});
