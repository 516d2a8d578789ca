// Between a block of grid cells and clipboard text: what a copy writes, and which cells a paste sets.
import type { CellEdit } from '../../shared/api';
import type { Row, RowDraft } from '../../shared/domain/plan';
import { formatTsv } from '../../shared/text/tsv';
import type { Bounds } from './cell-range';
import type { PastedRow } from './paste-block';
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
  const sections: boolean[] = [];
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
    sections.push(row.kind === 'section');
  }
  return { text: formatTsv(matrix), html: htmlTable(matrix, sections) };
}

/**
 * Every cell is text to Excel and WPS (mso-number-format:"\@", x:str) and to LibreOffice (sdnum …;@): nothing is
 * read as a number, a date or a formula (0012, 18-digit IDs, =A1, 6.30 stay as written).
 */
const TEXT_CELL = `style='mso-number-format:"\\@";white-space:normal' x:str sdnum="2052;0;@"`;

/** The block as an HTML table, as spreadsheets read it: UTF-8 declared, a section row one cell across the block. */
function htmlTable(matrix: string[][], sections: boolean[]): string {
  const esc = (s: string) =>
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\n/g, '<br style="mso-data-placement:same-cell;">');
  const width = matrix[0]?.length ?? 0;
  const body = matrix
    .map((r, i) =>
      sections[i] && width > 1
        ? `<tr><td colspan="${width}" ${TEXT_CELL}>${esc(r[0] ?? '')}</td></tr>`
        : `<tr>${r.map((c) => `<td ${TEXT_CELL}>${esc(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">' +
    '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="ProgId" content="Excel.Sheet"></head>' +
    `<body><table>${body}</table></body></html>`
  );
}

export interface PastePlan {
  edits: CellEdit[];
  append: RowDraft[];
  /** How many of the grid's rows the paste covers, section rows gone around included. */
  height: number;
  /** The pasted row (from 1) that would overwrite a section row or put a section on an item: nothing is pasted. */
  refusedAt?: number;
}

/**
 * Lays the pasted rows over the grid from the top-left of the selection. A single value pasted on a larger selection
 * fills it, as in Excel. A section row's title is never overwritten: pasted items go around it, a pasted section row
 * lands only on a section of the same title or past the end, else the paste is refused (as Excel refuses a paste
 * into a merged row). Rows past the end become new rows, sections too, unless a filter hides rows.
 */
export function pasteEdits(view: GridView, b: Bounds, pasted: readonly PastedRow[]): PastePlan {
  const only = pasted.length === 1 ? pasted[0] : undefined;
  if (only?.kind === 'item' && only.cells.length === 1) return fillEdits(view, b, only.cells[0]!);
  const edits: CellEdit[] = [];
  const append: RowDraft[] = [];
  let at = b.top;
  for (const [i, p] of pasted.entries()) {
    if (p.kind === 'item') while (view.rowAt(at)?.kind === 'section') at++;
    const row = view.rowAt(at);
    if (!row) {
      if (view.filtered) break;
      append.push(
        p.kind === 'section'
          ? { kind: 'section', title: p.title, cells: {} }
          : { kind: 'item', title: '', cells: cellsFor(view, b.left, p.cells) },
      );
      at++;
      continue;
    }
    if (p.kind === 'section') {
      if (row.kind !== 'section' || row.title.trim() !== p.title)
        return { edits: [], append: [], height: 0, refusedAt: i + 1 };
    } else {
      p.cells.forEach((value, j) => {
        const colId = view.colIds[b.left + j];
        if (colId && isDataCol(colId) && (row.cells[colId] ?? '') !== value)
          edits.push({ rowId: row.id, key: colId, value });
      });
    }
    at++;
  }
  return { edits, append, height: at - b.top };
}

/** One value over the whole selection; section rows in it keep their titles. */
function fillEdits(view: GridView, b: Bounds, value: string): PastePlan {
  const edits: CellEdit[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row = view.rowAt(r);
    if (row?.kind !== 'item') continue;
    for (let c = b.left; c <= b.right; c++) {
      const colId = view.colIds[c];
      if (colId && isDataCol(colId)) edits.push({ rowId: row.id, key: colId, value });
    }
  }
  const refusedAt = edits.length === 0 && view.rowAt(b.top)?.kind === 'section' ? 1 : undefined;
  return { edits, append: [], height: b.bottom - b.top + 1, ...(refusedAt ? { refusedAt } : {}) };
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
      if (colId && isDataCol(colId) && (row.cells[colId] ?? '') !== '')
        edits.push({ rowId: row.id, key: colId, value: '' });
    }
  }
  return edits;
}
