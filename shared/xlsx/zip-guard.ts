// Unpacks an .xlsx for the reader, within limits: refuses decompression bombs and sheets past the set number of
// rows before they are unpacked whole; only the parts the reader asks for are unpacked.
import { Inflate } from 'pako';
import { AppError } from '../errors';
import { inflateNative } from './inflate';
import { MAX_ENTRIES, MAX_PART_BYTES, MAX_SHEET_ROWS, MAX_UNPACKED_BYTES } from '../file-limits';

/** Excel's own bounds: a reference past them comes from a damaged or forged file. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLS = 16_384;
export const EXCEL_SHEET_IDS = 65_535;

interface Entry {
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

/** A workbook's parts by name (case and a leading slash do not matter, as zip names vary in both). */
export interface WorkbookParts {
  /** The part unpacked, counted against the limits; undefined when the workbook has no such part. */
  get(name: string): Uint8Array | undefined;
}

/**
 * Checks a workbook's zip against the limits; its parts are then unpacked one by one as the reader asks for them,
 * counted as they are, so that parts it never reads (images, themes, printer settings) are never unpacked at all.
 */
export function unpackWorkbook(data: Uint8Array, file: string): WorkbookParts {
  const entries = centralDirectory(data, file);
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > MAX_UNPACKED_BYTES) throw tooLarge(file, MAX_UNPACKED_BYTES, declared);
  const byName = new Map<string, Entry>();
  for (const e of entries) {
    // Two entries of one name: which one a reader takes differs (Apache POI and Excel refuse such files).
    if (byName.has(partKey(e.name))) throw new AppError('IMPORT_ZIP_DUPLICATE', { file, part: e.name });
    byName.set(partKey(e.name), e);
  }
  const budget: Budget = { left: MAX_UNPACKED_BYTES, rows: 0 };
  return {
    get(name) {
      const e = byName.get(partKey(name));
      if (!e) return undefined;
      const sheet = WORKSHEET.test(partKey(e.name));
      // A sheet is let through to be counted: past the row limit it gets that message, which says more than its size.
      if (!sheet && e.size > MAX_PART_BYTES) throw tooLarge(file, MAX_PART_BYTES, e.size);
      return unpack(data, e, file, budget, sheet ? rowCounter(file, budget) : undefined);
    },
  };
}

function partKey(name: string): string {
  // Some tools write zip names with backslashes (xl\workbook.xml): the same part.
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

function corrupt(file: string): AppError {
  return new AppError('IMPORT_CORRUPT', { file });
}

/** `declared` is what the zip's directory says it holds, when known; otherwise inflating went past the limit. */
function tooLarge(file: string, limit: number, declared?: number): AppError {
  return new AppError('IMPORT_UNPACKED_TOO_LARGE', {
    file,
    limit: megabytes(limit),
    ...(declared ? { size: megabytes(declared) } : {}),
  });
}

function megabytes(n: number): string {
  if (!Number.isFinite(n)) return '无法计量的大小';
  return n >= 1024 * 1024 * 1024 ? `${(n / 1024 / 1024 / 1024).toFixed(1)} GB` : `${Math.ceil(n / 1024 / 1024)} MB`;
}

/** The zip's own list of its entries (the end record, ZIP64's when there is one, then the central directory). */
function centralDirectory(d: Uint8Array, file: string): Entry[] {
  const end = endRecord(d);
  if (end < 0) throw corrupt(file);
  let count = u16(d, end + 10);
  let p = u32(d, end + 16);
  // 0xFFFF / 0xFFFFFFFF say "see the ZIP64 end record": a large zip, or a writer that uses ZIP64 for every file.
  if (count === 0xffff || p === 0xffffffff || u32(d, end + 12) === 0xffffffff) {
    const z64 = zip64End(d, end);
    if (z64) ({ count, offset: p } = z64);
  }
  if (count > MAX_ENTRIES) throw new AppError('IMPORT_TOO_MANY_ENTRIES', { file, count, limit: MAX_ENTRIES });
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > d.length || u32(d, p) !== 0x02014b50) throw corrupt(file);
    const nameLength = u16(d, p + 28);
    const extraLength = u16(d, p + 30);
    const wide = zip64Fields(d.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    // A field of all ones is found in the ZIP64 extra field, in this order, and only the fields so marked are there.
    const read32 = (at: number): number => {
      const v = u32(d, at);
      return v === 0xffffffff ? (wide.shift() ?? Infinity) : v;
    };
    const size = read32(p + 24);
    const compressedSize = read32(p + 20);
    const local = read32(p + 42);
    const e = {
      flags: u16(d, p + 8),
      method: u16(d, p + 10),
      crc: u32(d, p + 16),
      compressedSize,
      size,
      name: new G.TextDecoder('utf-8').decode(d.subarray(p + 46, p + 46 + nameLength)),
    };
    if (local + 30 > d.length || u32(d, local) !== 0x04034b50) throw corrupt(file);
    const dataStart = local + 30 + u16(d, local + 26) + u16(d, local + 28);
    if (dataStart + e.compressedSize > d.length || (e.flags & 1) !== 0 || (e.method !== 0 && e.method !== 8))
      throw corrupt(file);
    entries.push({ ...e, dataStart });
    p += 46 + nameLength + extraLength + u16(d, p + 32);
  }
  return entries;
}

function endRecord(d: Uint8Array): number {
  for (let i = d.length - 22; i >= Math.max(0, d.length - 65_557); i--) if (u32(d, i) === 0x06054b50) return i;
  return -1;
}

/** ZIP64's end record, found through its locator just before the classic one: the entry count and the directory's offset. */
function zip64End(d: Uint8Array, end: number): { count: number; offset: number } | null {
  const locator = end - 20;
  if (locator < 0 || u32(d, locator) !== 0x07064b50) return null;
  const at = u64(d, locator + 8);
  if (at + 56 > d.length || u32(d, at) !== 0x06064b50) return null;
  return { count: u64(d, at + 32), offset: u64(d, at + 48) };
}

/** The 8-byte values of an entry's ZIP64 extra field (id 0x0001), in the order they are stored. */
function zip64Fields(extra: Uint8Array): number[] {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = u16(extra, i);
    const length = u16(extra, i + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let j = i + 4; j + 8 <= Math.min(extra.length, i + 4 + length); j += 8) values.push(u64(extra, j));
      return values;
    }
    i += 4 + length;
  }
  return [];
}

/** An 8-byte little-endian number; past what a double holds exactly it is taken as endless (and refused as such). */
function u64(d: Uint8Array, i: number): number {
  if (i + 8 > d.length) return Infinity;
  const high = u32(d, i + 4);
  return high > 0x1fffff ? Infinity : high * 0x100000000 + u32(d, i);
}

/**
 * Inflates one entry a piece at a time, counting: past the budget it stops at once, so a bomb never fills memory.
 * Inflating is synchronous (pako): a workbook's parts are small, and a stream per part cost more in hops through the
 * event loop than the inflating itself.
 */
function unpack(
  d: Uint8Array,
  e: Entry,
  file: string,
  budget: Budget,
  onChunk?: (chunk: Uint8Array) => void,
): Uint8Array {
  const packed = d.subarray(e.dataStart, e.dataStart + e.compressedSize);
  if (e.method === 0) {
    if (packed.length > MAX_PART_BYTES) throw tooLarge(file, MAX_PART_BYTES);
    budget.left -= packed.length;
    if (budget.left < 0) throw tooLarge(file, MAX_UNPACKED_BYTES);
    onChunk?.(packed);
    return packed;
  }
  // Native zlib where there is one: the whole entry at once, stopped at the limit. A sheet past the limit is inflated
  // again below, a piece at a time, so that a sheet of a million rows is told by its rows rather than its size.
  const native = inflateNative(packed, Math.min(MAX_PART_BYTES, budget.left));
  if (native && 'bytes' in native) {
    budget.left -= native.bytes.length;
    return native.bytes;
  }
  if (native && 'damaged' in native) throw corrupt(file);
  if (native && !onChunk) throw tooLarge(file, budget.left < MAX_PART_BYTES ? MAX_UNPACKED_BYTES : MAX_PART_BYTES);
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Output comes in pieces of the size the part says it has (within bounds): a small part is one piece.
  const inflater = new Inflate({ raw: true, chunkSize: Math.min(OUT_CHUNK, Math.max(MIN_CHUNK, e.size)) });
  let endStatus: number | null = null;
  inflater.onEnd = (status) => {
    endStatus = status;
  };
  inflater.onData = (value) => {
    const chunk = value as Uint8Array;
    size += chunk.length;
    budget.left -= chunk.length;
    if (size > MAX_PART_BYTES || budget.left < 0)
      throw tooLarge(file, size > MAX_PART_BYTES ? MAX_PART_BYTES : MAX_UNPACKED_BYTES);
    onChunk?.(chunk);
    chunks.push(chunk);
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
  if (chunks.length === 1) return chunks[0]!;
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
const MIN_CHUNK = 1024;

interface Budget {
  /** Bytes that may still be unpacked. */
  left: number;
  rows: number;
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

const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
