// Reads an old Excel (.xls, Excel 97–2003) or WPS (.et) workbook, BIFF8 in an OLE compound file, into the same
// SheetGrids as the .xlsx reader: every worksheet in the workbook's order, cells as shown (shared strings, numbers and
// dates by their formats, formulas by their cached results), merges, hidden sheets, rows and columns, within the
// same limits. A workbook locked with a password, and Excel 95 or older, are refused with their own messages.
import { AppError } from '../../errors';
import { builtinFormat, numberText, shownText } from '../cell-text';
import {
  addMerge,
  corrupt,
  countCell,
  countLine,
  countRow,
  emptySheetCells,
  finishSheet,
  type SheetBudget,
  type SheetCells,
} from '../sheet-cells';
import type { SheetGrid } from '../sheet-grid';
import { MAX_PART_BYTES } from '../../file-limits';
import {
  BiffError,
  byteDecoder,
  readSharedStrings,
  RecordCursor,
  recordString,
  u16,
  u32,
  type ByteDecoder,
} from './biff-records';
import { CompoundFileError, openCompoundFile } from './compound-file';

const BOF = 0x0809;
const EOF = 0x000a;
const FILEPASS = 0x002f;
const CODEPAGE = 0x0042;
const DATEMODE = 0x0022;
const FORMAT = 0x041e;
const XF = 0x00e0;
const SST = 0x00fc;
const BOUNDSHEET = 0x0085;
const LABELSST = 0x00fd;
const LABEL = 0x0204;
const RSTRING = 0x00d6;
const NUMBER = 0x0203;
const RK = 0x027e;
const MULRK = 0x00bd;
const FORMULA = 0x0006;
const STRING = 0x0207;
const BOOLERR = 0x0205;
const MERGEDCELLS = 0x00e5;
const ROW = 0x0208;
const COLINFO = 0x007d;

const BIFF8 = 0x0600;
const GLOBALS = 0x0005;
const WORKSHEET = 0x0010;
/** BIFF8's own bounds: a cell past them comes from a damaged or forged file. */
const XLS_ROWS = 65_536;
const XLS_COLS = 256;

const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

/** What the workbook's globals say, as every sheet needs it. */
interface Globals {
  file: string;
  strings: string[];
  /** The number format of each cell style (XF), by its index. */
  numFmts: Array<string | undefined>;
  date1904: boolean;
  bytes: ByteDecoder;
  budget: SheetBudget;
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  offset: number;
}

/**
 * The sheets of an OLE file that holds a workbook. What else an OLE file may be is told by its streams: an .xlsx
 * locked with a password (EncryptedPackage), an old Word or WPS 文字 document (WordDocument), Excel 95 or older
 * (Book). A container or stream that is damaged gets the file's 已损坏 message.
 */
export function readXls(data: Uint8Array, file: string): SheetGrid[] {
  try {
    return readWorkbookStream(data, file);
  } catch (e) {
    if (e instanceof CompoundFileError || e instanceof BiffError) throw corrupt(file);
    throw e;
  }
}

function readWorkbookStream(data: Uint8Array, file: string): SheetGrid[] {
  const container = openCompoundFile(data);
  const names = new Set(container.streamNames().map((n) => n.toLowerCase()));
  if (names.has('encryptedpackage')) throw new AppError('IMPORT_ENCRYPTED', { file });
  if (names.has('worddocument')) throw new AppError('IMPORT_OLD_WORD', { file });
  const stream = container.stream('Workbook', MAX_PART_BYTES);
  if (!stream) throw new AppError(names.has('book') ? 'IMPORT_OLD_FORMAT' : 'IMPORT_NOT_A_TABLE', { file });
  const { globals, sheets } = readGlobals(stream, file);
  const grids: SheetGrid[] = [];
  const read = new Set<number>();
  for (const sheet of sheets) {
    if (read.has(sheet.offset)) continue;
    read.add(sheet.offset);
    const cells = readSheetStream(stream, sheet.offset, globals);
    if (cells) grids.push({ name: sheet.name, hidden: sheet.hidden, ...cells });
  }
  return grids;
}

/** The workbook globals: its version, password, code page, date system, formats, styles, shared strings and sheets. */
function readGlobals(stream: Uint8Array, file: string): { globals: Globals; sheets: SheetEntry[] } {
  const c = new RecordCursor(stream, 0);
  startSubstream(c);
  if (u16(stream, c.start) !== BIFF8) throw new AppError('IMPORT_OLD_FORMAT', { file });
  if (u16(stream, c.start + 2) !== GLOBALS) throw new BiffError('not workbook globals');
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  const sheets: SheetEntry[] = [];
  let bytes = byteDecoder(1200);
  let date1904 = false;
  let strings: string[] = [];
  while (c.next() && c.id !== EOF) {
    switch (c.id) {
      case FILEPASS:
        throw new AppError('IMPORT_ENCRYPTED', { file });
      case CODEPAGE:
        c.need(2);
        bytes = byteDecoder(u16(stream, c.start));
        break;
      case DATEMODE:
        c.need(2);
        date1904 = u16(stream, c.start) === 1;
        break;
      case FORMAT:
        c.need(5);
        formats.set(u16(stream, c.start), recordString(c, c.start + 2, bytes));
        break;
      case XF:
        c.need(4);
        xfFormats.push(u16(stream, c.start + 2));
        break;
      case SST:
        strings = readSharedStrings(c, bytes);
        break;
      case BOUNDSHEET: {
        c.need(8);
        const state = stream[c.start + 4]! & 3;
        // Only worksheets hold cells: chart sheets, macro sheets and VBA modules are left out.
        if (stream[c.start + 5] !== 0) break;
        sheets.push({
          name: recordString(c, c.start + 6, bytes, 1),
          hidden: state !== 0,
          offset: u32(stream, c.start),
        });
        break;
      }
    }
  }
  const numFmts = xfFormats.map((id) => formats.get(id) ?? builtinFormat(id));
  return {
    globals: { file, strings, numFmts, date1904, bytes, budget: { rows: 0, cells: 0, merged: 0, area: 0 } },
    sheets,
  };
}

/** One worksheet's substream, from its BOF to its EOF; null when the substream is not a worksheet's. */
function readSheetStream(stream: Uint8Array, offset: number, g: Globals): SheetCells | null {
  const c = new RecordCursor(stream, offset);
  startSubstream(c);
  if (u16(stream, c.start + 2) !== WORKSHEET) return null;
  const sheet = new SheetBuilder(g);
  // A formula whose result is text has it in the STRING record after it.
  let pendingString: [number, number] | null = null;
  while (c.next() && c.id !== EOF) {
    if (c.id === BOF) {
      skipSubstream(c);
      continue;
    }
    if (c.id === STRING && pendingString) {
      sheet.text(pendingString[0], pendingString[1], recordString(c, c.start, g.bytes));
      pendingString = null;
      continue;
    }
    if (c.id === FORMULA) pendingString = readFormula(c, sheet);
    else readRecord(c, sheet, g);
  }
  return sheet.finish();
}

/** A substream starts with its BOF record (version, and what the substream is). */
function startSubstream(c: RecordCursor): void {
  if (!c.next() || c.id !== BOF) throw new BiffError('no BOF');
  c.need(4);
}

/** An embedded chart's substream (BOF … EOF) inside a sheet's, passed over whole. */
function skipSubstream(c: RecordCursor): void {
  let depth = 1;
  while (depth > 0 && c.next()) {
    if (c.id === BOF) depth++;
    else if (c.id === EOF) depth--;
  }
}

/** A cell, merge, row or column record of a sheet. */
function readRecord(c: RecordCursor, sheet: SheetBuilder, g: Globals): void {
  const d = c.data;
  const at = c.start;
  switch (c.id) {
    case LABELSST: {
      c.need(10);
      const text = g.strings[u32(d, at + 6)];
      if (text === undefined) throw new BiffError('shared string index');
      sheet.text(u16(d, at), u16(d, at + 2), text);
      break;
    }
    case LABEL:
    case RSTRING:
      c.need(9);
      sheet.text(u16(d, at), u16(d, at + 2), recordString(c, at + 6, g.bytes));
      break;
    case NUMBER:
      c.need(14);
      sheet.number(u16(d, at), u16(d, at + 2), u16(d, at + 4), float64(d, at + 6));
      break;
    case RK:
      c.need(10);
      sheet.number(u16(d, at), u16(d, at + 2), u16(d, at + 4), rkNumber(u32(d, at + 6)));
      break;
    case MULRK: {
      c.need(6);
      const row = u16(d, at);
      const first = u16(d, at + 2);
      for (let i = 0, p = at + 4; p + 6 <= c.end - 2; i++, p += 6)
        sheet.number(row, first + i, u16(d, p), rkNumber(u32(d, p + 2)));
      break;
    }
    case BOOLERR:
      c.need(8);
      sheet.shown(
        u16(d, at),
        u16(d, at + 2),
        d[at + 7] ? (ERRORS[d[at + 6]!] ?? '#N/A') : d[at + 6] ? 'TRUE' : 'FALSE',
      );
      break;
    case MERGEDCELLS:
      readMerges(c, sheet);
      break;
    case ROW:
      c.need(16);
      if (d[at + 12]! & 0x20) sheet.hideRow(u16(d, at));
      break;
    case COLINFO:
      c.need(10);
      if (d[at + 8]! & 1) sheet.hideColumns(u16(d, at), u16(d, at + 2));
      break;
  }
}

/** A FORMULA record: its cached result shown; a text result comes in the next STRING record (its cell returned). */
function readFormula(c: RecordCursor, sheet: SheetBuilder): [number, number] | null {
  c.need(20);
  const d = c.data;
  const at = c.start;
  const row = u16(d, at);
  const col = u16(d, at + 2);
  if (d[at + 12] !== 0xff || d[at + 13] !== 0xff) {
    sheet.number(row, col, u16(d, at + 4), float64(d, at + 6));
    return null;
  }
  switch (d[at + 6]) {
    case 0:
      return [row, col];
    case 1:
      sheet.shown(row, col, d[at + 8] ? 'TRUE' : 'FALSE');
      return null;
    case 2:
      sheet.shown(row, col, ERRORS[d[at + 8]!] ?? '#N/A');
      return null;
    default:
      // An empty text result: the cell is there, and shows nothing.
      sheet.shown(row, col, '');
      return null;
  }
}

function readMerges(c: RecordCursor, sheet: SheetBuilder): void {
  c.need(2);
  const d = c.data;
  const count = u16(d, c.start);
  if (c.start + 2 + 8 * count > c.end) throw new BiffError('merges past their record');
  for (let i = 0, p = c.start + 2; i < count; i++, p += 8) {
    const top = u16(d, p);
    const bottom = u16(d, p + 2);
    const left = u16(d, p + 4);
    const right = u16(d, p + 6);
    if (top > bottom || left > right || right >= XLS_COLS) throw new BiffError('merge range');
    sheet.merge({ top, bottom, left, right });
  }
}

/** An RK number: a 30-bit integer or the top of a double, perhaps to be divided by 100. */
function rkNumber(rk: number): number {
  let n: number;
  if (rk & 2) n = (rk | 0) >> 2;
  else {
    RK_VIEW.setUint32(0, 0, true);
    RK_VIEW.setUint32(4, rk & 0xfffffffc, true);
    n = RK_VIEW.getFloat64(0, true);
  }
  return rk & 1 ? n / 100 : n;
}
const RK_VIEW = new DataView(new ArrayBuffer(8));

function float64(d: Uint8Array, at: number): number {
  for (let i = 0; i < 8; i++) RK_VIEW.setUint8(i, d[at + i]!);
  return RK_VIEW.getFloat64(0, true);
}

/** The cells of one sheet as they are read, shown as the .xlsx reader shows them, counted against the limits. */
class SheetBuilder {
  private readonly out = emptySheetCells();
  private readonly hiddenCols: Array<[number, number]> = [];

  constructor(private readonly g: Globals) {}

  text(row: number, col: number, text: string): void {
    this.shown(row, col, shownText(text, false));
  }

  number(row: number, col: number, xf: number, n: number): void {
    this.shown(row, col, numberText(n, this.g.numFmts[xf], this.g.date1904));
  }

  shown(row: number, col: number, text: string): void {
    if (col >= XLS_COLS) throw corrupt(this.g.file);
    countCell(this.g.budget, this.g.file);
    if (text === '') return;
    const line = (this.out.cells[row] ??= []);
    line[col] = text;
  }

  merge(box: { top: number; bottom: number; left: number; right: number }): void {
    addMerge(this.out, box, this.g.budget, this.g.file);
  }

  hideRow(row: number): void {
    this.out.hiddenRows.add(row);
  }

  hideColumns(first: number, last: number): void {
    if (first <= last && first < XLS_COLS) this.hiddenCols.push([first, Math.min(last, XLS_COLS - 1)]);
  }

  finish(): SheetCells {
    let widest = 0;
    const cells = this.out.cells;
    if (cells.length > XLS_ROWS) throw corrupt(this.g.file);
    for (let r = 0; r < cells.length; r++) {
      const line = cells[r];
      if (!line) continue;
      countRow(this.g.budget, this.g.file);
      countLine(this.g.budget, line.length, this.g.file);
      for (let i = 0; i < line.length; i++) line[i] ??= '';
      widest = Math.max(widest, line.length);
    }
    this.out.colCount = widest;
    return finishSheet(this.out, this.hiddenCols, widest);
  }
}
