// Old Excel workbooks (.xls: BIFF8 records in an OLE compound file) written record by record, for tests of the .xls
// reader and its fuzzer: the records other writers use that LibreOffice does not, and damage no writer makes.

export const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
export const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
export const f64 = (n: number) => [...new Uint8Array(new Float64Array([n]).buffer)];

/** A record: its id, its length, its data. */
export function rec(id: number, data: number[] | Uint8Array): Uint8Array {
  return Uint8Array.from([...u16(id), ...u16(data.length), ...data]);
}

/** An XLUnicodeString: a count (16 or 8 bits), a flags byte, the characters in UTF-16, or in 8 bits as `bytes` gives them. */
export function xlString(s: string, opts: { countBytes?: 1 | 2; bytes?: number[] } = {}): number[] {
  const count = opts.countBytes === 1 ? [s.length] : u16(opts.bytes ? opts.bytes.length : s.length);
  if (opts.bytes) return [...count, 0, ...opts.bytes];
  return [...count, 1, ...[...s].flatMap((ch) => u16(ch.charCodeAt(0)))];
}

export const BOF = (kind: number, version = 0x0600) =>
  rec(0x0809, [...u16(version), ...u16(kind), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
export const EOF = rec(0x000a, []);
/** A cell record's row, column and style. */
export const cell = (row: number, col: number, xf = 0) => [...u16(row), ...u16(col), ...u16(xf)];

export interface BiffSheet {
  name: string;
  /** 0 visible, 1 hidden, 2 very hidden. */
  state?: number;
  /** 0 worksheet, 2 chart. */
  type?: number;
  records: Uint8Array[];
}

/** The Workbook stream: the globals (records given, then the sheets' BOUNDSHEETs), then each sheet's substream. */
export function workbookStream(globals: Uint8Array[], sheets: BiffSheet[], version = 0x0600): Uint8Array {
  const bound = (s: BiffSheet, offset: number) =>
    rec(0x0085, [...u32(offset), s.state ?? 0, s.type ?? 0, ...xlString(s.name, { countBytes: 1 })]);
  const head = [BOF(0x0005, version), ...globals];
  let offset = [...head, ...sheets.map((s) => bound(s, 0)), EOF].reduce((n, r) => n + r.length, 0);
  const bodies = sheets.map((s) => [BOF(s.type === 2 ? 0x0020 : 0x0010, version), ...s.records, EOF]);
  const bounds = sheets.map((s, i) => {
    const b = bound(s, offset);
    offset += bodies[i]!.reduce((n, r) => n + r.length, 0);
    return b;
  });
  return concat([...head, ...bounds, EOF, ...bodies.flat()]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const FREE = 0xffffffff;

/**
 * An OLE compound file (version 3, 512-byte sectors) holding the given streams in its top storage. Streams are
 * padded to 4,096 bytes so that none lives in the mini stream.
 */
export function compoundFile(streams: Array<{ name: string; data: Uint8Array }>): Uint8Array {
  const padded = streams.map((s) =>
    s.data.length >= 4096 ? s.data : concat([s.data, new Uint8Array(4096 - s.data.length)]),
  );
  const streamSectors = padded.map((d) => Math.ceil(d.length / SECTOR));
  const dirSectors = Math.ceil((streams.length + 1) / 4);
  let fatSectors = 1;
  while (fatSectors * 128 < streamSectors.reduce((a, b) => a + b, 0) + dirSectors + fatSectors) fatSectors++;
  const fat: number[] = [];
  const starts: number[] = [];
  for (const n of streamSectors) {
    starts.push(fat.length);
    for (let i = 0; i < n; i++) fat.push(i === n - 1 ? END_OF_CHAIN : fat.length + 1);
  }
  const dirStart = fat.length;
  for (let i = 0; i < dirSectors; i++) fat.push(i === dirSectors - 1 ? END_OF_CHAIN : fat.length + 1);
  const fatStart = fat.length;
  for (let i = 0; i < fatSectors; i++) fat.push(FAT_SECTOR);
  while (fat.length < fatSectors * 128) fat.push(FREE);
  if (fatSectors > 109) throw new Error('too large for a header-only DIFAT');

  const header = new Uint8Array(SECTOR);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.set([...u16(0x3e), ...u16(3), ...u16(0xfffe), ...u16(9), ...u16(6)], 24);
  header.set(
    [
      ...u32(fatSectors),
      ...u32(dirStart),
      ...u32(0),
      ...u32(4096),
      ...u32(END_OF_CHAIN),
      ...u32(0),
      ...u32(END_OF_CHAIN),
      ...u32(0),
    ],
    44,
  );
  for (let i = 0; i < 109; i++) header.set(u32(i < fatSectors ? fatStart + i : FREE), 76 + i * 4);

  const dir = new Uint8Array(dirSectors * SECTOR);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const at = i * 128;
    const units = [...name].flatMap((ch) => u16(ch.charCodeAt(0)));
    dir.set(units, at);
    dir.set(u16(units.length + 2), at + 64);
    dir[at + 66] = type;
    dir[at + 67] = 1;
    dir.set([...u32(FREE), ...u32(right), ...u32(child)], at + 68);
    dir.set([...u32(start), ...u32(size), ...u32(0)], at + 116);
  };
  entry(0, 'Root Entry', 5, streams.length > 0 ? 1 : FREE, FREE, END_OF_CHAIN, 0);
  streams.forEach((s, i) =>
    entry(i + 1, s.name, 2, FREE, i + 2 <= streams.length ? i + 2 : FREE, starts[i]!, padded[i]!.length),
  );
  for (let i = streams.length + 1; i < dirSectors * 4; i++)
    dir.set([...u32(FREE), ...u32(FREE), ...u32(FREE)], i * 128 + 68);

  const body = padded.map((d) => concat([d, new Uint8Array(Math.ceil(d.length / SECTOR) * SECTOR - d.length)]));
  return concat([header, ...body, dir, Uint8Array.from(fat.flatMap((n) => u32(n)))]);
}

/** A workbook of one stream, as Excel writes it. */
export const xlsFile = (stream: Uint8Array) => compoundFile([{ name: 'Workbook', data: stream }]);
