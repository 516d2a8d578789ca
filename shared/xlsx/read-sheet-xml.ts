// Reads one worksheet's XML into the cells of a SheetGrid: each cell's text as it is shown, merges, hidden rows and
// columns, every reference checked against Excel's bounds and the cells counted against the importer's limits.
import { numberText, shownText } from './cell-text';
import {
  addMerge,
  corrupt,
  countCell,
  countLine,
  countRow,
  emptySheetCells,
  finishSheet,
  sheetTooLarge,
  type SheetBudget,
  type SheetCells,
} from './sheet-cells';
import type { CellBox } from './sheet-grid';
import { CellScan } from './cell-scan';
import { END, numberAt, OPEN, textAt, XmlError, XmlScanner } from './xml-scan';
import { EXCEL_COLS, EXCEL_ROWS } from './zip-guard';
import { MAX_SHEET_ROWS } from '../file-limits';
import { columnIndex } from '../column-letters';

/** What reading the cells of every sheet needs. */
export interface SheetContext {
  file: string;
  strings: string[];
  /** Each shared string as shown (cleaned), made once however many cells show it. */
  shownStrings: Array<string | undefined>;
  /** The number format of each cell style (the s attribute of a cell). */
  numFmts: ReadonlyArray<string | undefined>;
  date1904: boolean;
  exact: boolean;
  budget: SheetBudget;
}

/**
 * The text of the element just opened that holds a string (a shared string, or a cell's inline string): its <t>,
 * or the <t> of each run joined; the phonetic guide (<rPh>) is not part of what the cell shows.
 */
export function richText(s: XmlScanner): string {
  const depth = s.depth;
  let out = '';
  for (let t = s.nextWithin(depth); t !== END; t = s.nextWithin(depth)) {
    if (t !== OPEN) continue;
    if (s.name === 't') out += s.textContent();
    else if (s.name === 'rPh' || s.name === 'rPr') s.skipElement();
  }
  return withoutOoxmlEscapes(out);
}

/** A string's text with the characters XML cannot hold, written _xHHHH_, put back. */
export function withoutOoxmlEscapes(text: string): string {
  return text.includes('_x') ? unescapeOoxml(text) : text;
}

/**
 * Characters XML cannot hold are written _xHHHH_ (_x000D_ for a carriage return). A carriage return written so and
 * followed by the line break itself is one line break, not two.
 */
function unescapeOoxml(text: string): string {
  return text
    .replace(/_x000[dD]_(?=\r?\n)/g, '')
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** One worksheet's cells, merges, and hidden rows and columns. */
export function readSheet(xml: string, ctx: SheetContext): SheetCells {
  const out = emptySheetCells();
  const hiddenColRanges: Array<[number, number]> = [];
  let widest = 0;
  const s = new XmlScanner(xml);
  const cell = new CellScan(xml);
  if (s.next() !== OPEN) throw new XmlError('no root element');
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name === 'sheetData') widest = readRows(s, cell, ctx, out);
    else if (s.name === 'col') {
      const min = Number(s.attr('min'));
      const max = Number(s.attr('max'));
      if (!(min >= 1 && min <= EXCEL_COLS && max >= 1 && max <= EXCEL_COLS)) throw corrupt(ctx.file);
      if (isTrue(s.attr('hidden'))) hiddenColRanges.push([min - 1, max - 1]);
    } else if (s.name === 'mergeCell') {
      const box = parseRange(s.attr('ref') ?? '');
      if (!box) throw corrupt(ctx.file);
      addMerge(out, box, ctx.budget, ctx.file);
    } else if (s.depth === 2 && s.name !== 'cols' && s.name !== 'mergeCells') s.skipElement();
  }
  return finishSheet(out, hiddenColRanges, widest);
}

/** The rows of <sheetData>, just opened; gives back the widest row's cell count, empty cells included. */
function readRows(s: XmlScanner, cell: CellScan, ctx: SheetContext, out: SheetCells): number {
  const depth = s.depth;
  let rowNumber = 0;
  let widest = 0;
  for (let t = s.nextWithin(depth); t !== END; t = s.nextWithin(depth)) {
    if (t !== OPEN || s.name !== 'row') continue;
    // Every row element counts, empty or not, over all sheets: a million of them is refused at the limit.
    countRow(ctx.budget, ctx.file);
    const ref = s.attrNumber('r');
    rowNumber = ref !== undefined ? ref : rowNumber + 1;
    if (!(Number.isInteger(rowNumber) && rowNumber >= 1 && rowNumber <= EXCEL_ROWS)) throw corrupt(ctx.file);
    const r = rowNumber - 1;
    const hidden = isTrue(s.attr('hidden'));
    const beyond = rowNumber > MAX_SHEET_ROWS;
    const span = readRow(s, cell, ctx, out, r, beyond);
    // A row past the importer's limit that holds something makes the sheet that long; styled empty rows at the
    // bottom (a format applied to whole columns) hold nothing and are passed over.
    if (beyond) continue;
    if (hidden) out.hiddenRows.add(r);
    widest = Math.max(widest, span);
  }
  return widest;
}

/** The cells of the <row> just opened, into line r of the grid; gives back how many columns it spans. */
function readRow(
  s: XmlScanner,
  cell: CellScan,
  ctx: SheetContext,
  out: SheetCells,
  r: number,
  beyond: boolean,
): number {
  const depth = s.depth;
  const xml = s.xml;
  // The row's texts go into `cell.line` (one array for every row), then into a line of their own, as long as they are.
  const texts = cell.line;
  let any = false;
  let length = 0;
  let col = -1;
  let span = 0;
  for (;;) {
    let text: string | null;
    // Most cells are plain <c …><v>…</v></c>: read off the text at once; any other shape token by token.
    if (cell.readCell(s.position)) {
      s.skipTo(cell.end);
      col = cell.rStart < 0 ? col + 1 : refColumnAt(xml, cell.rStart, cell.rEnd, ctx.file);
      span = Math.max(span, col + 1);
      countCell(ctx.budget, ctx.file);
      text = plainCellText(cell, ctx);
    } else {
      const t = s.nextWithin(depth);
      if (t === END) break;
      if (t !== OPEN || s.name !== 'c') continue;
      col = s.attrRange('r')
        ? refColumn(xml, s.valueStart, s.valueEnd, ctx.file)
        : cellColumn(s.attr('r'), col, ctx.file);
      span = Math.max(span, col + 1);
      countCell(ctx.budget, ctx.file);
      text = readCell(s, s.attr('t'), s.attrNumber('s'), ctx);
    }
    if (text === null || (beyond && text === '')) continue;
    if (beyond) throw sheetTooLarge(ctx.file, `超过 ${MAX_SHEET_ROWS} 行`, `${MAX_SHEET_ROWS} 行`);
    any = true;
    if (text === '') continue;
    texts[col] = text;
    length = Math.max(length, col + 1);
  }
  if (any) addLine(out, r, texts, length, ctx);
  return span;
}

/**
 * Line r of the grid from a row's texts (the first `length` of `texts`, '' where a row has none, which are then
 * cleared for the next row); a second <row> of the same number adds its cells to the line the first one made.
 */
function addLine(out: SheetCells, r: number, texts: string[], length: number, ctx: SheetContext): void {
  const before = out.cells[r];
  const line = before ?? texts.slice(0, length);
  for (let i = 0; i < length && before; i++) {
    const text = texts[i];
    if (text) before[i] = text;
  }
  for (let i = 0; i < length; i++) texts[i] = '';
  countLine(ctx.budget, line.length, ctx.file);
  for (let i = 0; i < line.length; i++) line[i] ??= '';
  out.cells[r] = line;
  out.colCount = Math.max(out.colCount, line.length);
}

/** The shown text of a cell `CellScan` read; null for one with no value (only a style). */
function plainCellText(cell: CellScan, ctx: SheetContext): string | null {
  const xml = cell.xml;
  const type = cell.tStart < 0 ? undefined : typeAt(xml, cell.tStart, cell.tEnd);
  const style = cell.sStart < 0 ? undefined : numberAt(xml, cell.sStart, cell.sEnd);
  if (cell.vStart < 0) return cellText(type, style, false, undefined, undefined, undefined, ctx);
  const first = xml.charCodeAt(cell.vStart) - 48;
  // A number (most cells that are not strings) read in place, as cellText would read its text.
  if ((type === undefined || type === 'n') && first >= 0 && first <= 9) {
    const numFmt = style !== undefined ? ctx.numFmts[style] : undefined;
    return numberText(numberAt(xml, cell.vStart, cell.vEnd), numFmt, ctx.date1904);
  }
  if (type !== 's') return cellText(type, style, false, textAt(xml, cell.vStart, cell.vEnd), undefined, undefined, ctx);
  // A shared string's index is read as a number in place, as the scanner's intContent reads it.
  const index = cell.vEnd === cell.vStart ? null : numberAt(xml, cell.vStart, cell.vEnd);
  return cellText(type, style, false, undefined, index, undefined, ctx);
}

/** A cell's type (its t), cut out only when it is not the shared string's 's'. */
function typeAt(xml: string, start: number, end: number): string {
  return end - start === 1 && xml.charCodeAt(start) === 115 /* s */ ? 's' : textAt(xml, start, end);
}

/** The column of a cell reference at [from, to) of the sheet's text, entities decoded where it holds any. */
function refColumnAt(xml: string, from: number, to: number, file: string): number {
  const col = columnOf(xml, from, to);
  if (col >= 0) return col;
  const ref = textAt(xml, from, to);
  return refColumn(ref, 0, ref.length, file);
}

/** The shown text of the <c> just opened; null for a cell with no value (only a style). */
function readCell(
  s: XmlScanner,
  type: string | undefined,
  style: number | undefined,
  ctx: SheetContext,
): string | null {
  const depth = s.depth;
  let formula = false;
  let value: string | undefined;
  let index: number | null | undefined;
  let inline: string | undefined;
  for (let t = s.nextWithin(depth); t !== END; t = s.nextWithin(depth)) {
    if (t !== OPEN) continue;
    // A shared string's index is read as a number in place, most cells of most sheets being shared strings.
    if (s.name === 'v' && type === 's') index = s.intContent();
    else if (s.name === 'v') value = s.textContent();
    else if (s.name === 'is') inline = richText(s);
    else {
      if (s.name === 'f') formula = true;
      s.skipElement();
    }
  }
  return cellText(type, style, formula, value, index, inline, ctx);
}

/**
 * A cell's shown text from what it holds: its <v>'s text (`value`), or as a shared string's index (`index`, null when
 * empty), or its inline string; null for a cell with no value.
 */
function cellText(
  type: string | undefined,
  style: number | undefined,
  formula: boolean,
  value: string | undefined,
  index: number | null | undefined,
  inline: string | undefined,
  ctx: SheetContext,
): string | null {
  if (type === 'inlineStr' && inline !== undefined) return shownText(inline, ctx.exact);
  // An empty <v/> holds nothing (Number('') would be shared string 0).
  if (index !== undefined) return index === null ? (formula ? '' : null) : sharedString(ctx, index);
  if (value === undefined) return formula ? '' : null;
  // An empty <v/> holds nothing, whatever the type says (Number('') would be the number 0).
  if (value === '' && type !== 'str') return formula ? '' : null;
  switch (type) {
    case 'str':
    case 'inlineStr':
      return shownText(value, ctx.exact);
    case 'b':
      return Number(value) !== 0 ? 'TRUE' : 'FALSE';
    case 'e':
      return value.trim();
    case 'd':
      return isoDateText(value);
    default: {
      const numFmt = style !== undefined ? ctx.numFmts[style] : undefined;
      return value.trim() === '' ? '' : numberText(Number(value), numFmt, ctx.date1904);
    }
  }
}

/** Shared string `i` as shown, cleaned the first time it is asked for. */
function sharedString(ctx: SheetContext, i: number): string {
  const shown = ctx.shownStrings[i];
  if (shown !== undefined) return shown;
  const text = ctx.strings[i];
  if (text === undefined) throw corrupt(ctx.file);
  return (ctx.shownStrings[i] = shownText(text, ctx.exact));
}

/** A cell stored as an ISO date (t="d", written by some tools): its date, as a date without a format is shown. */
function isoDateText(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : value.trim();
}

/** The column of a cell whose reference holds an entity (decoded), or of one without a reference (the next one). */
function cellColumn(ref: string | undefined, previous: number, file: string): number {
  return ref === undefined ? previous + 1 : refColumn(ref, 0, ref.length, file);
}

/** The 0-based column of a cell reference (B12 → 1) at [from, to) of `ref`, checked against Excel's bounds. */
function refColumn(ref: string, from: number, to: number, file: string): number {
  const col = columnOf(ref, from, to);
  if (col < 0) throw corrupt(file);
  return col;
}

/** The 0-based column of a cell reference at [from, to) of `ref`; -1 when it is not one within Excel's bounds. */
function columnOf(ref: string, from: number, to: number): number {
  let i = from;
  let col = 0;
  if (ref.charCodeAt(i) === 36 /* $ */) i++;
  const start = i;
  for (; i < to && i - start <= 3; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === start || i - start > 3 || col > EXCEL_COLS) return -1;
  if (ref.charCodeAt(i) === 36) i++;
  // The row, when given (it is the row's own number), must be one of Excel's.
  let row = 0;
  for (let d = i; d < to; d++) {
    const c = ref.charCodeAt(d) - 48;
    if (c < 0 || c > 9 || d - i > 7) return -1;
    row = row * 10 + c;
  }
  if (i < to && (row < 1 || row > EXCEL_ROWS)) return -1;
  return col - 1;
}

function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

/** A merge's range (A1:C3, or one cell), checked against Excel's bounds; null if it is not one. */
function parseRange(ref: string): CellBox | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return null;
  const a = { col: columnIndex(m[1]!), row: Number(m[2]) - 1 };
  const b = m[3] ? { col: columnIndex(m[3]), row: Number(m[4]) - 1 } : a;
  const box = {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
  if (box.top < 0 || box.bottom >= EXCEL_ROWS || box.right >= EXCEL_COLS) return null;
  return box;
}
