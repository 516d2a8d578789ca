// The records of a BIFF8 stream (an .xls or .et workbook) and the strings in them: each record's length checked
// against the format's limit and the stream's end, strings read in UTF-16 or 8 bits, and the shared strings that run
// on over CONTINUE records.

/** Thrown for a stream that is not well formed; the reader turns it into the file's 已损坏 message. */
export class BiffError extends Error {}

/** BIFF8 records hold at most 8,224 bytes of data. */
const MAX_RECORD = 8224;
export const CONTINUE = 0x003c;

export const u16 = (d: Uint8Array, i: number) => d[i]! | (d[i + 1]! << 8);
export const u32 = (d: Uint8Array, i: number) =>
  (d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24)) >>> 0;

/** Walks the records of a stream from a position: `id`, and the record's data at [`start`, `end`). */
export class RecordCursor {
  id = 0;
  start = 0;
  end = 0;
  private pos: number;

  constructor(
    readonly data: Uint8Array,
    from: number,
  ) {
    if (from < 0 || from > data.length) throw new BiffError('record past the end');
    this.pos = from;
  }

  /** The next record; false at the end of the stream. */
  next(): boolean {
    const d = this.data;
    if (this.pos + 4 > d.length) return false;
    const length = u16(d, this.pos + 2);
    if (length > MAX_RECORD || this.pos + 4 + length > d.length) throw new BiffError('record length');
    this.id = u16(d, this.pos);
    this.start = this.pos + 4;
    this.end = this.start + length;
    this.pos = this.end;
    return true;
  }

  /** The record's data must hold `n` bytes. */
  need(n: number): void {
    if (this.end - this.start < n) throw new BiffError(`record 0x${this.id.toString(16)} too short`);
  }

  /** The id of the record after this one, without moving; -1 at the end. */
  peek(): number {
    return this.pos + 4 <= this.data.length ? u16(this.data, this.pos) : -1;
  }
}

/** How 8-bit strings are decoded: as the low bytes of UTF-16 (what Excel writes), or in the workbook's code page. */
export type ByteDecoder = (d: Uint8Array, at: number, n: number) => string;

interface Decoder {
  decode(input: Uint8Array): string;
}
const G = globalThis as unknown as { TextDecoder: new (label: string) => Decoder };

/** The code pages of CODEPAGE that 8-bit strings are decoded by; 1200 (UTF-16) and 1252 read as Latin-1. */
const CODE_PAGES: Record<number, string> = {
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
};

export function byteDecoder(codePage: number): ByteDecoder {
  const label = CODE_PAGES[codePage];
  if (!label) return latin1;
  const decoder = new G.TextDecoder(label);
  return (d, at, n) => decoder.decode(d.subarray(at, at + n));
}

function latin1(d: Uint8Array, at: number, n: number): string {
  let s = '';
  for (let i = at; i < at + n; i++) s += String.fromCharCode(d[i]!);
  return s;
}

const utf16Decoder = new G.TextDecoder('utf-16le');

/** `n` UTF-16 characters at `at`: short ones built directly, long ones decoded. */
export function utf16(d: Uint8Array, at: number, n: number): string {
  if (n > 32) return utf16Decoder.decode(d.subarray(at, at + 2 * n));
  let s = '';
  for (let i = at; i < at + 2 * n; i += 2) s += String.fromCharCode(d[i]! | (d[i + 1]! << 8));
  return s;
}

/**
 * A string of a cell record (XLUnicodeString: a 16-bit count, a flags byte, the characters), within the record; `at`
 * is where its count is. `countBytes` is 1 for the short strings of sheet names.
 */
export function recordString(c: RecordCursor, at: number, bytes: ByteDecoder, countBytes: 1 | 2 = 2): string {
  const d = c.data;
  if (at + countBytes + 1 > c.end) throw new BiffError('string past its record');
  const n = countBytes === 2 ? u16(d, at) : d[at]!;
  const wide = (d[at + countBytes]! & 1) !== 0;
  const from = at + countBytes + 1;
  const length = wide ? 2 * n : n;
  if (from + length > c.end) throw new BiffError('string past its record');
  return wide ? utf16(d, from, n) : bytes(d, from, n);
}

/**
 * The shared strings (SST, the record just read, and the CONTINUE records after it), at most `count` of them and no
 * more than the bytes hold. A string's characters that run on into a CONTINUE record start there with a flags byte
 * of their own (8 bits or UTF-16 may change); nothing else is repeated.
 */
export function readSharedStrings(c: RecordCursor, bytes: ByteDecoder): string[] {
  c.need(8);
  const count = u32(c.data, c.start + 4);
  const segments: Array<[number, number]> = [[c.start + 8, c.end]];
  while (c.peek() === CONTINUE && c.next()) segments.push([c.start, c.end]);
  const r = new SegmentReader(c.data, segments);
  const out: string[] = [];
  while (out.length < count && !r.done()) {
    const n = r.u16();
    const flags = r.u8();
    const runs = flags & 0x08 ? r.u16() : 0;
    const ext = flags & 0x04 ? r.u32() : 0;
    out.push(r.chars(n, (flags & 1) !== 0, bytes));
    r.skip(4 * runs + ext);
  }
  return out;
}

/** Reads across the data of a record and its CONTINUE records as one, but for characters (see `chars`). */
class SegmentReader {
  private seg = 0;
  private pos: number;

  constructor(
    private readonly d: Uint8Array,
    private readonly segments: ReadonlyArray<[number, number]>,
  ) {
    this.pos = segments[0]![0];
  }

  done(): boolean {
    this.settle();
    return this.seg >= this.segments.length;
  }

  /** Moves past the ends of segments, to where the next byte is. */
  private settle(): void {
    while (this.seg < this.segments.length && this.pos >= this.segments[this.seg]![1]) {
      this.seg++;
      if (this.seg < this.segments.length) this.pos = this.segments[this.seg]![0];
    }
  }

  u8(): number {
    this.settle();
    if (this.seg >= this.segments.length) throw new BiffError('shared strings cut short');
    return this.d[this.pos++]!;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(n: number): void {
    let left = n;
    while (left > 0) {
      this.settle();
      if (this.seg >= this.segments.length) throw new BiffError('shared strings cut short');
      const step = Math.min(left, this.segments[this.seg]![1] - this.pos);
      this.pos += step;
      left -= step;
    }
  }

  /** `n` characters, 8-bit or UTF-16 as `wide` says, a fresh flags byte at the start of each further segment. */
  chars(n: number, wide: boolean, bytes: ByteDecoder): string {
    let out = '';
    let left = n;
    let w = wide;
    let first = true;
    while (left > 0) {
      if (!first) {
        this.settle();
        if (this.seg >= this.segments.length) throw new BiffError('shared strings cut short');
        w = (this.d[this.pos++]! & 1) !== 0;
      }
      first = false;
      const end = this.segments[this.seg]?.[1] ?? this.pos;
      const fits = Math.min(left, Math.floor((end - this.pos) / (w ? 2 : 1)));
      out += w ? utf16(this.d, this.pos, fits) : bytes(this.d, this.pos, fits);
      this.pos += fits * (w ? 2 : 1);
      left -= fits;
      if (left > 0 && this.pos < end) throw new BiffError('a character split over two records');
      if (left > 0) this.pos = end;
    }
    return out;
  }
}
