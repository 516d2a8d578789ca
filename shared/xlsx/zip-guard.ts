// Looks inside an .xlsx before ExcelJS does: refuses decompression bombs, sheets past the set limits and cell
// references no spreadsheet writes (which would make ExcelJS loop for ever), and drops the parts it need not read.
import { Inflate } from 'pako';
import { AppError } from '../errors';
import { rewriteZip } from './zip-write';

/** What a workbook may unpack to in all; a tiny file that inflates past this is refused before it is unpacked. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** One part (a sheet's XML, the shared strings) may unpack to this much. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
export const MAX_ENTRIES = 5_000;
/** Rows and cells of all sheets together: a plan has hundreds of rows; ExcelJS needs about 1 KB of memory a cell. */
export const MAX_SHEET_ROWS = 100_000;
export const MAX_SHEET_CELLS = 1_000_000;
/** Cells covered by merges, which ExcelJS makes one by one. */
export const MAX_MERGED_CELLS = 200_000;
/** Excel's own bounds: a reference past them comes from a damaged or forged file. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLS = 16_384;
const EXCEL_SHEET_IDS = 65_535;

export interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's compressed bytes start in the file. */
  dataStart: number;
}

interface Globals {
  TextDecoder: new (label: string) => { decode(input: Uint8Array): string };
}
// Node 20 and Chromium both have it; shared/ is typed without DOM or Node.
const G = globalThis as unknown as Globals;

const u16 = (d: Uint8Array, i: number) => d[i]! | (d[i + 1]! << 8);
const u32 = (d: Uint8Array, i: number) => (d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24)) >>> 0;

/**
 * Checks a workbook's zip and every part of it against the limits; gives back the bytes ExcelJS should load (the
 * same, or rebuilt without data validations, which ExcelJS would expand into one object per cell of their range).
 */
export async function guardWorkbook(data: Uint8Array, file: string): Promise<Uint8Array> {
  const entries = centralDirectory(data, file);
  if (entries.length > MAX_ENTRIES) throw corrupt(file);
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > MAX_UNPACKED_BYTES) throw tooLarge(file, MAX_UNPACKED_BYTES, declared);
  // A sheet is let through to be counted: past the row limit it gets that message, which says more than its size.
  const biggest = entries.filter((e) => !WORKSHEET.test(e.name)).reduce((n, e) => Math.max(n, e.size), 0);
  if (biggest > MAX_PART_BYTES) throw tooLarge(file, MAX_PART_BYTES, biggest);
  const budget: Budget = { left: MAX_UNPACKED_BYTES, rows: 0, cells: 0, merged: 0 };
  const rebuilt: Array<{ entry: Entry; data: Uint8Array | null }> = [];
  let changed = false;
  for (const e of entries) {
    const xml = /\.(xml|rels|vml)$/i.test(e.name);
    const bytes = unpack(data, e, file, budget, xml, WORKSHEET.test(e.name) ? rowCounter(file, budget) : undefined);
    if (!bytes) {
      rebuilt.push({ entry: e, data: null });
      continue;
    }
    const checked = checkPart(e.name, bytes, file, budget);
    changed ||= checked !== bytes;
    rebuilt.push({ entry: e, data: checked });
  }
  return changed ? rewriteZip(data, rebuilt) : data;
}

function corrupt(file: string): AppError {
  return new AppError('IMPORT_CORRUPT', { file });
}

/** `declared` is what the zip's directory says it holds, when known; otherwise inflating went past the limit. */
function tooLarge(file: string, limit: number, declared?: number): AppError {
  return new AppError('IMPORT_UNPACKED_TOO_LARGE', { file, limit: megabytes(limit), ...(declared ? { size: megabytes(declared) } : {}) });
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 * 1024 ? `${(n / 1024 / 1024 / 1024).toFixed(1)} GB` : `${Math.ceil(n / 1024 / 1024)} MB`;
}

/** The zip's own list of its entries (the end record, then the central directory), as the readers use it. */
function centralDirectory(d: Uint8Array, file: string): Entry[] {
  let end = -1;
  for (let i = d.length - 22; i >= Math.max(0, d.length - 65_557); i--) {
    if (u32(d, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt(file);
  const count = u16(d, end + 10);
  let p = u32(d, end + 16);
  if (count === 0xffff || p === 0xffffffff) throw tooLarge(file, 0xffffffff);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > d.length || u32(d, p) !== 0x02014b50) throw corrupt(file);
    const nameLength = u16(d, p + 28);
    const local = u32(d, p + 42);
    const e = {
      flags: u16(d, p + 8),
      method: u16(d, p + 10),
      crc: u32(d, p + 16),
      compressedSize: u32(d, p + 20),
      size: u32(d, p + 24),
      name: new G.TextDecoder('utf-8').decode(d.subarray(p + 46, p + 46 + nameLength)),
    };
    if (e.compressedSize === 0xffffffff || e.size === 0xffffffff || local === 0xffffffff) throw tooLarge(file, MAX_UNPACKED_BYTES, 0xffffffff);
    if (local + 30 > d.length || u32(d, local) !== 0x04034b50) throw corrupt(file);
    const dataStart = local + 30 + u16(d, local + 26) + u16(d, local + 28);
    if (dataStart + e.compressedSize > d.length || (e.flags & 1) !== 0 || (e.method !== 0 && e.method !== 8)) throw corrupt(file);
    entries.push({ ...e, dataStart });
    p += 46 + nameLength + u16(d, p + 30) + u16(d, p + 32);
  }
  return entries;
}

/**
 * Inflates one entry a piece at a time, counting: past the budget it stops at once, so a bomb never fills memory.
 * The bytes are kept only for the parts that are read as XML. Inflating is synchronous (pako): a workbook's parts
 * are small, and a stream per part cost more in hops through the event loop than the inflating itself.
 */
function unpack(
  d: Uint8Array,
  e: Entry,
  file: string,
  budget: Budget,
  keep: boolean,
  onChunk?: (chunk: Uint8Array) => void,
): Uint8Array | null {
  const packed = d.subarray(e.dataStart, e.dataStart + e.compressedSize);
  if (e.method === 0) {
    budget.left -= packed.length;
    if (budget.left < 0) throw tooLarge(file, MAX_UNPACKED_BYTES);
    onChunk?.(packed);
    return keep ? packed : null;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate({ raw: true, chunkSize: OUT_CHUNK });
  let endStatus: number | null = null;
  inflater.onEnd = (status) => {
    endStatus = status;
  };
  inflater.onData = (value) => {
    const chunk = value as Uint8Array;
    size += chunk.length;
    budget.left -= chunk.length;
    if (size > MAX_PART_BYTES || budget.left < 0) throw tooLarge(file, size > MAX_PART_BYTES ? MAX_PART_BYTES : MAX_UNPACKED_BYTES);
    onChunk?.(chunk);
    if (keep) chunks.push(chunk);
  };
  // The input goes in small slices: deflate expands at most about 1,000 times, so one slice cannot make more than a
  // few megabytes before the count above stops it.
  for (let at = 0; at < packed.length || at === 0; at += IN_SLICE) {
    const last = at + IN_SLICE >= packed.length;
    inflater.push(packed.subarray(at, at + IN_SLICE), last);
    if (endStatus !== null || last) break;
  }
  // 0 is zlib's Z_OK: the stream ended whole. Anything else (or no end at all) is a damaged part.
  if (endStatus !== 0) throw corrupt(file);
  if (!keep) return null;
  const out = new Uint8Array(size);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  return out;
}

const IN_SLICE = 4 * 1024;
const OUT_CHUNK = 64 * 1024;

interface Budget {
  /** Bytes that may still be unpacked. */
  left: number;
  rows: number;
  cells: number;
  merged: number;
}

/** Counts a sheet's rows as it is inflated, so a million-row sheet is refused after fifty thousand, not unpacked. */
function rowCounter(file: string, budget: Budget): (chunk: Uint8Array) => void {
  const decoder = new G.TextDecoder('latin1');
  let carry = '';
  return (chunk) => {
    const text = carry + decoder.decode(chunk);
    // A match lying wholly in the carried tail was counted with the chunk before.
    for (const m of text.matchAll(ROW_TAG)) if (m.index + m[0].length > carry.length) budget.rows++;
    carry = text.slice(-24);
    if (budget.rows > MAX_SHEET_ROWS) throw sheetTooLarge(file, `超过 ${MAX_SHEET_ROWS} 行`, `${MAX_SHEET_ROWS} 行`);
  };
}

const ROW_TAG = /<(?:\w{1,12}:)?row[\s>/]/g;

function sheetTooLarge(file: string, what: string, limit: string): AppError {
  return new AppError('IMPORT_SHEET_TOO_LARGE', { file, what, limit });
}

const PLAIN_CELL = /^[A-Z]{1,2}[1-9]\d{0,5}$/;
const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
const CELL_REFS = /^\/?xl\/(worksheets|comments|tables)\/?[^/]*\.xml$/i;

/** Checks one XML part; gives back the bytes to load (a sheet loses its data validations). */
function checkPart(name: string, bytes: Uint8Array, file: string, budget: Budget): Uint8Array {
  // One byte, one character: offsets in the text are offsets in the bytes, and ASCII is all that is looked for.
  const text = new G.TextDecoder('latin1').decode(bytes);
  if (/^\/?xl\/workbook\.xml$/i.test(name)) {
    for (const m of text.matchAll(/\ssheetId\s*=\s*["']([^"']*)["']/g)) if (!(Number(m[1]) <= EXCEL_SHEET_IDS)) throw corrupt(file);
  }
  if (!CELL_REFS.test(name)) return bytes;
  for (const m of text.matchAll(/\s(?:r|ref|sqref)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const ref = m[1] ?? m[2] ?? '';
    // Nearly every reference is one cell well inside Excel's bounds (columns A to ZZ, rows below a million).
    if (!PLAIN_CELL.test(ref) && refArea(ref) < 0) throw corrupt(file);
  }
  if (!WORKSHEET.test(name)) return bytes;
  for (const m of text.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\sref\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) budget.merged += refArea(m[1] ?? m[2] ?? '');
  for (const m of text.matchAll(/<(?:\w+:)?col\s[^>]*>/g)) {
    for (const a of m[0].matchAll(/\s(min|max)\s*=\s*["']([^"']*)["']/g)) if (!(Number(a[2]) >= 1 && Number(a[2]) <= EXCEL_COLS)) throw corrupt(file);
  }
  budget.cells += count(text, /<(?:\w+:)?c[\s>/]/g);
  if (budget.cells > MAX_SHEET_CELLS) throw sheetTooLarge(file, `${budget.cells} 个单元格`, `${MAX_SHEET_CELLS} 个单元格`);
  if (budget.merged > MAX_MERGED_CELLS) throw sheetTooLarge(file, `合并了 ${budget.merged} 个单元格`, `${MAX_MERGED_CELLS} 个单元格`);
  return withoutValidations(bytes, text);
}

function count(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

/** The cells a reference (A1, B2:C9, 5 for a row, several separated by spaces) covers; -1 if it is not one. */
export function refArea(value: string): number {
  if (value.trim() === '') return 0;
  let total = 0;
  for (const range of value.trim().split(/\s+/)) {
    const ends = range.split(':');
    if (ends.length > 2) return -1;
    const parsed = ends.map(parseRef);
    if (parsed.some((p) => p === null)) return -1;
    const [a, b = a] = parsed as Array<{ row: number; col: number }>;
    total += (Math.abs(b!.row - a!.row) + 1) * (Math.abs(b!.col - a!.col) + 1);
  }
  return total;
}

/** One end of a reference: A1, $A$1, a row alone (5) or a column alone (A); null if out of Excel's bounds. */
function parseRef(s: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(s);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = m[2] === '' ? 1 : Number(m[2]);
  if (col > EXCEL_COLS || row < 1 || row > EXCEL_ROWS) return null;
  return { row, col: Math.max(col, 1) };
}

/** Cells validations may cover before they are taken out. */
const SMALL_VALIDATIONS = 20_000;

/** ExcelJS turns a validation over A2:A1048576 into a million objects; the importer never reads validations. */
function withoutValidations(bytes: Uint8Array, text: string): Uint8Array {
  const start = text.search(/<(?:\w+:)?dataValidations[\s>]/);
  if (start < 0) return bytes;
  const close = /<\/(?:\w+:)?dataValidations\s*>/g;
  close.lastIndex = start;
  const m = close.exec(text);
  const selfClosing = /^<(?:\w+:)?dataValidations[^>]*\/>/.exec(text.slice(start));
  const end = selfClosing ? start + selfClosing[0].length : m ? m.index + m[0].length : -1;
  if (end < 0) return bytes;
  // Validations on a few cells (a returned fill-in sheet has one per open cell) cost ExcelJS nothing: the file is
  // then loaded as it is, without writing its zip again.
  let covered = 0;
  for (const v of text.slice(start, end).matchAll(/\ssqref\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) covered += Math.max(0, refArea(v[1] ?? v[2] ?? ''));
  if (covered <= SMALL_VALIDATIONS) return bytes;
  const out = new Uint8Array(bytes.length - (end - start));
  out.set(bytes.subarray(0, start));
  out.set(bytes.subarray(end), start);
  return out;
}
