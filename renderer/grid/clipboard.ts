// Between a block of grid cells and clipboard text: what a copy writes, and which cells a paste sets.
import type { CellEdit } from '../../shared/api';
import type { Row, RowDraft } from '../../shared/domain/plan';
import { formatTsv } from '../../shared/text/tsv';
import type { Bounds } from './cell-range';
import { isDataCol } from './grid-ids';

/** What the grid shows, seen as a table: rows in display order and the displayed column ids. */
export interface GridView {
  rowAt: (index: number) => Row | undefined;
  rowCount: number;
  colIds: string[];
  /** The text a cell shows (序号 included), for copying. */
  textOf: (row: Row, colId: string) => string;
  /** True when rows are hidden by a filter: a paste then never adds rows. */
  filtered: boolean;
}

export function copyText(view: GridView, b: Bounds): { text: string; html: string } {
  const matrix: string[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row = view.rowAt(r);
    if (!row) continue;
    const line: string[] = [];
    for (let c = b.left; c <= b.right; c++) {
      const colId = view.colIds[c];
      // A section row shows its title across the table: copy it once, in its first cell.
      if (row.kind === 'section') line.push(c === b.left ? row.title : '');
      else line.push(colId ? view.textOf(row, colId) : '');
    }
    matrix.push(line);
  }
  return { text: formatTsv(matrix), html: htmlTable(matrix) };
}

function htmlTable(matrix: string[][]): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '<br style="mso-data-placement:same-cell;">');
  const body = matrix.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<table>${body}</table>`;
}

export interface PastePlan {
  edits: CellEdit[];
  append: RowDraft[];
}

/**
 * Lays a pasted block over the grid from the top-left of the selection. A single value pasted on a larger
 * selection fills it, as in Excel. Rows past the end become new rows unless a filter hides rows.
 */
export function pasteEdits(view: GridView, b: Bounds, block: string[][]): PastePlan {
  const edits: CellEdit[] = [];
  const append: RowDraft[] = [];
  const fill = block.length === 1 && block[0]!.length === 1;
  const height = fill ? b.bottom - b.top + 1 : block.length;
  const width = fill ? b.right - b.left + 1 : Math.max(...block.map((r) => r.length));
  for (let i = 0; i < height; i++) {
    const values = fill ? Array<string>(width).fill(block[0]![0]!) : block[i]!;
    const row = view.rowAt(b.top + i);
    if (!row) {
      if (view.filtered) break;
      append.push({ kind: 'item', title: '', cells: cellsFor(view, b.left, values) });
      continue;
    }
    if (row.kind === 'section') {
      edits.push({ rowId: row.id, key: 'title', value: values[0] ?? '' });
      continue;
    }
    values.forEach((value, j) => {
      const colId = view.colIds[b.left + j];
      if (colId && isDataCol(colId)) edits.push({ rowId: row.id, key: colId, value });
    });
  }
  return { edits, append };
}

function cellsFor(view: GridView, left: number, values: string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  values.forEach((value, j) => {
    const colId = view.colIds[left + j];
    if (colId && isDataCol(colId) && value !== '') cells[colId] = value;
  });
  return cells;
}

/**
 * 向下填充 (Ctrl+D), as in Excel: the block's first row copied into the rows below it in the block; a block of one
 * row takes the row above it. Section rows are passed over, in the block and as the row copied.
 */
export function fillDownEdits(view: GridView, b: Bounds): CellEdit[] {
  const isItem = (i: number) => view.rowAt(i)?.kind === 'item';
  let from = b.top;
  if (b.top === b.bottom) {
    from = b.top - 1;
    while (from >= 0 && !isItem(from)) from--;
  } else {
    while (from <= b.bottom && !isItem(from)) from++;
  }
  const source = from >= 0 ? view.rowAt(from) : undefined;
  if (!source || source.kind !== 'item') return [];
  const edits: CellEdit[] = [];
  for (let r = Math.max(from + 1, b.top); r <= b.bottom; r++) {
    const row = view.rowAt(r);
    if (!row || row.kind !== 'item') continue;
    for (let c = b.left; c <= b.right; c++) {
      const colId = view.colIds[c];
      if (!colId || !isDataCol(colId)) continue;
      const value = source.cells[colId] ?? '';
      if ((row.cells[colId] ?? '') !== value) edits.push({ rowId: row.id, key: colId, value });
    }
  }
  return edits;
}

/** The edits that empty every editable cell of the block (the Delete key). */
export function clearEdits(view: GridView, b: Bounds): CellEdit[] {
  const edits: CellEdit[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row = view.rowAt(r);
    if (!row) continue;
    if (row.kind === 'section') {
      if (b.left === 0) edits.push({ rowId: row.id, key: 'title', value: '' });
      continue;
    }
    for (let c = b.left; c <= b.right; c++) {
      const colId = view.colIds[c];
      if (colId && isDataCol(colId) && (row.cells[colId] ?? '') !== '') edits.push({ rowId: row.id, key: colId, value: '' });
    }
  }
  return edits;
}
