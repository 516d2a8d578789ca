// Mutations of old Excel workbooks (.xls) for the fuzzer: BIFF records (lengths that lie, counts far too large, cells
// far out, records dropped, repeated or moved), the compound file around them (header fields, FAT loops, directory
// entries) and the file's bytes, all from one seed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCompoundFile } from '../../shared/xlsx/xls/compound-file';
import { cell, compoundFile, f64, rec, u16, u32, workbookStream, xlString } from '../support/biff-writer';
import { XLS_DIR } from '../support/fixtures';
import { rng, type Variant } from './mutate';

interface XlsBase {
  name: string;
  bytes: Uint8Array<ArrayBufferLike>;
  /** The Workbook stream's records in order, each with where it was (BOUNDSHEET offsets point at those places). */
  records: BiffRecord[];
}

interface BiffRecord {
  id: number;
  data: Uint8Array<ArrayBufferLike>;
  at: number;
  /** A length written in place of the real one. */
  declared?: number;
}

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** The .xls samples LibreOffice wrote, and one written record by record with what LibreOffice does not write. */
export function loadXlsBases(): XlsBase[] {
  const bases: XlsBase[] = readdirSync(XLS_DIR)
    .filter((f) => f.endsWith('.xls'))
    .sort()
    .map((f) => {
      const bytes = new Uint8Array(readFileSync(join(XLS_DIR, f)));
      return { name: f, bytes, records: parseRecords(openCompoundFile(bytes).stream('Workbook', 1 << 26)!) };
    });
  const rich = richStream();
  bases.push({
    name: '手写.xls',
    bytes: compoundFile([{ name: 'Workbook', data: rich }]),
    records: parseRecords(rich),
  });
  return bases;
}

function parseRecords(stream: Uint8Array): BiffRecord[] {
  const out: BiffRecord[] = [];
  for (let p = 0; p + 4 <= stream.length;) {
    const length = stream[p + 2]! | (stream[p + 3]! << 8);
    if (p + 4 + length > stream.length) break;
    out.push({ id: stream[p]! | (stream[p + 1]! << 8), data: stream.slice(p + 4, p + 4 + length), at: p });
    p += 4 + length;
  }
  return out;
}

/** The records written again, BOUNDSHEET offsets moved to where their substreams now start. */
function writeRecords(records: BiffRecord[]): Uint8Array {
  const where = new Map<number, number>();
  let size = 0;
  for (const r of records) {
    if (!where.has(r.at)) where.set(r.at, size);
    size += 4 + r.data.length;
  }
  const out = new Uint8Array(size);
  let p = 0;
  for (const r of records) {
    const data = r.data.slice();
    if (r.id === 0x0085 && data.length >= 4) {
      const old = (data[0]! | (data[1]! << 8) | (data[2]! << 16) | (data[3]! << 24)) >>> 0;
      const moved = where.get(old);
      if (moved !== undefined) data.set(u32(moved), 0);
    }
    out.set([...u16(r.id), ...u16(r.declared ?? data.length)], p);
    out.set(data, p + 4);
    p += 4 + data.length;
  }
  return out;
}

/** Shared strings over a CONTINUE, GBK labels, RK, MULRK, formulas with text results, errors, merges, hidden things. */
function richStream(): Uint8Array {
  const long = '完成时限'.repeat(40);
  const sst = [
    ...u32(4),
    ...u32(4),
    ...xlString('序号'),
    ...xlString('行动措施'),
    ...xlString('牵头处室'),
    ...u16(long.length),
    1,
  ];
  const chars = [...long].flatMap((ch) => u16(ch.charCodeAt(0)));
  const globals = [
    rec(0x0042, u16(936)),
    rec(0x041e, [...u16(176), ...xlString('yyyy"年"m"月"d"日"')]),
    rec(0x00e0, [...u16(0), ...u16(0), ...new Array(16).fill(0)]),
    rec(0x00e0, [...u16(0), ...u16(176), ...new Array(16).fill(0)]),
    rec(0x00fc, [...sst, ...chars.slice(0, 40)]),
    rec(0x003c, [1, ...chars.slice(40)]),
  ];
  const rows = Array.from({ length: 30 }, (_, i) => [
    rec(0x027e, [...cell(i + 1, 0), ...u32((((i + 1) << 2) | 2) >>> 0)]),
    rec(0x00fd, [...cell(i + 1, 1), ...u32(3)]),
    rec(0x0204, [...cell(i + 1, 2), ...xlString('', { bytes: [0xd2, 0xbd, 0xd5, 0xfe, 0xb4, 0xa6] })]),
    rec(0x0203, [...cell(i + 1, 3, 1), ...f64(46000 + i)]),
  ]).flat();
  const records = [
    rec(0x007d, [...u16(5), ...u16(6), ...u16(0), ...u16(0), ...u16(1), 0, 0]),
    rec(0x0208, [...u16(4), ...u16(0), ...u16(4), ...u16(0), 0, 0, 0, 0, 0x20, 0x01, 0x0f, 0x00]),
    rec(0x00fd, [...cell(0, 0), ...u32(0)]),
    rec(0x00fd, [...cell(0, 1), ...u32(1)]),
    rec(0x00fd, [...cell(0, 2), ...u32(2)]),
    ...rows,
    rec(0x00bd, [...u16(31), ...u16(0), ...u16(0), ...u32(6), ...u16(0), ...u32(10), ...u16(2)]),
    rec(0x0006, [...cell(32, 1), 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
    rec(0x0207, xlString('公式文本')),
    rec(0x0205, [...cell(32, 2), 0x07, 1]),
    rec(0x00e5, [...u16(1), ...u16(33), ...u16(33), ...u16(0), ...u16(3)]),
  ];
  return workbookStream(globals, [
    { name: '表', records },
    { name: '隐藏', state: 1, records: [rec(0x0204, [...cell(0, 0), ...xlString('藏')])] },
  ]);
}

const EXTREMES = [0, 1, 0xff, 0x100, 0x7fff, 0xfffe, 0xffff];
const CELL_IDS = [0x00fd, 0x0204, 0x00d6, 0x0203, 0x027e, 0x00bd, 0x0006, 0x0205, 0x0201, 0x00be];

type RecordMutation = (r: Rand, rs: BiffRecord[]) => string;

const RECORD_MUTATIONS: Record<string, RecordMutation> = {
  flip: (r, rs) => {
    const x = pick(
      r,
      rs.filter((y) => y.data.length > 0),
    );
    const at = int(r, x.data.length);
    x.data[at] = int(r, 256);
    return `flip 0x${x.id.toString(16)}@${at}`;
  },
  cellField: (r, rs) => {
    const cells = rs.filter((y) => CELL_IDS.includes(y.id) && y.data.length >= 6);
    if (cells.length === 0) return 'no cell';
    const x = pick(r, cells);
    const at = 2 * int(r, Math.min(3, x.data.length >> 1));
    x.data.set(u16(pick(r, EXTREMES)), at);
    return `cell 0x${x.id.toString(16)} field@${at}`;
  },
  hugeCount: (r, rs) => {
    const counted = rs.filter(
      (y) =>
        (y.id === 0x00fc && y.data.length >= 8) ||
        (y.id === 0x00e5 && y.data.length >= 2) ||
        (y.id === 0x00fd && y.data.length >= 10),
    );
    if (counted.length === 0) return 'no count';
    const x = pick(r, counted);
    if (x.id === 0x00fc) x.data.set(u32(0xffffffff), 4 * int(r, 2));
    else if (x.id === 0x00e5) x.data.set(u16(0xffff), 0);
    else x.data.set(u32(pick(r, [0xffffffff, 0x7fffffff, 65536])), 6);
    return `huge count 0x${x.id.toString(16)}`;
  },
  lengthLies: (r, rs) => {
    const x = pick(r, rs);
    x.declared = pick(r, [0, 1, x.data.length + 1, 8224, 8225, 0xffff, int(r, 0x10000)]);
    return `length 0x${x.id.toString(16)}=${x.declared}`;
  },
  drop: (r, rs) => {
    const i = int(r, rs.length);
    const [x] = rs.splice(i, 1);
    return `drop 0x${x!.id.toString(16)}`;
  },
  repeat: (r, rs) => {
    const i = int(r, rs.length);
    const x = rs[i]!;
    rs.splice(int(r, rs.length + 1), 0, { ...x, data: x.data.slice(), at: -1 });
    return `repeat 0x${x.id.toString(16)}`;
  },
  move: (r, rs) => {
    const [x] = rs.splice(int(r, rs.length), 1);
    rs.splice(int(r, rs.length + 1), 0, x!);
    return `move 0x${x!.id.toString(16)}`;
  },
  resize: (r, rs) => {
    const x = pick(r, rs);
    const n = int(r, x.data.length + 40);
    const data = new Uint8Array(n);
    data.set(x.data.subarray(0, n));
    for (let i = x.data.length; i < n; i++) data[i] = int(r, 256);
    x.data = data;
    return `resize 0x${x.id.toString(16)} to ${n}`;
  },
  sheetOffset: (r, rs) => {
    const sheets = rs.filter((y) => y.id === 0x0085 && y.data.length >= 4);
    if (sheets.length === 0) return 'no sheet';
    const x = pick(r, sheets);
    x.data.set(u32(pick(r, [0, 4, 0xffffffff, int(r, 1 << 20)])), 0);
    return 'sheet offset';
  },
  version: (r, rs) => {
    const bofs = rs.filter((y) => y.id === 0x0809 && y.data.length >= 4);
    const x = pick(r, bofs);
    x.data.set(u16(pick(r, [0x0500, 0x0400, 0x0000, 0xffff])), 2 * int(r, 2));
    return 'BOF field';
  },
};

/** Header fields and sector numbers of the container. */
function mutateContainer(r: Rand, data: Uint8Array): { data: Uint8Array; step: string } {
  const out = data.slice();
  const view = new DataView(out.buffer);
  const choice = int(r, 3);
  if (choice === 0) {
    const at = pick(r, [30, 32, 44, 48, 56, 60, 64, 68, 72, 76, 80, 84]);
    const v = pick(r, [0, 1, 2, 7, 0xfffffffe, 0xffffffff, 0x7fffffff, int(r, 1 << 16)]);
    if (at === 30 || at === 32) view.setUint16(at, v & 0xffff, true);
    else view.setUint32(at, v >>> 0, true);
    return { data: out, step: `header@${at}=${v}` };
  }
  const fat0 = view.getUint32(76, true);
  if (choice === 1 && 512 + fat0 * 512 + 512 <= out.length) {
    // A FAT entry pointing back (a loop), at itself, or far away.
    const i = int(r, 128);
    const v = pick(r, [i, Math.max(0, i - 1), 0, 0xfffffffd, 0xffffffff, 1 << 20]);
    view.setUint32(512 + fat0 * 512 + i * 4, v, true);
    return { data: out, step: `FAT[${i}]=${v}` };
  }
  const dir = view.getUint32(48, true);
  const base = 512 + dir * 512 + 128 * int(r, 4);
  if (base + 128 > out.length) return { data: out, step: 'no directory' };
  const at = pick(r, [64, 66, 68, 72, 76, 116, 120]);
  view.setUint32(base + at, pick(r, [0, 1, 0xffffffff, 0xfffffffe, 0x7fffffff, int(r, 1 << 16)]), true);
  return { data: out, step: `directory+${at}` };
}

function mutateBytes(r: Rand, data: Uint8Array): { data: Uint8Array; step: string } {
  const choice = int(r, 3);
  if (choice === 0) {
    const at = int(r, data.length);
    return { data: data.subarray(0, at), step: `truncate ${at}` };
  }
  const out = data.slice();
  const n = 1 + int(r, 32);
  const at = int(r, out.length);
  for (let i = at; i < Math.min(out.length, at + n); i++)
    out[i] = choice === 1 ? out[i]! ^ (1 << int(r, 8)) : int(r, 256);
  return { data: out, step: `${choice === 1 ? 'flip' : 'overwrite'} ${n}@${at}` };
}

/** Variant `index` of run `seed`: one to three mutations of one .xls, chosen by the seed alone. */
export function makeXlsVariant(bases: XlsBase[], seed: number, index: number): Variant {
  const r = rng((seed * 1_000_003 + index * 7919 + 17) >>> 0);
  r();
  const base = pick(r, bases);
  const steps = [base.name];
  let data: Uint8Array;
  const level = r();
  if (level < 0.6) {
    const records = base.records.map((x) => ({ ...x, data: x.data.slice() }));
    for (let i = 0, n = 1 + int(r, 3); i < n; i++) {
      const [name, m] = pick(r, Object.entries(RECORD_MUTATIONS));
      steps.push(`${name}: ${m(r, records)}`);
    }
    data = compoundFile([{ name: 'Workbook', data: writeRecords(records) }]);
  } else if (level < 0.85) {
    const out = mutateContainer(r, base.bytes);
    data = out.data;
    steps.push(out.step);
  } else {
    data = base.bytes;
  }
  if (level >= 0.85 || r() < 0.15) {
    const out = mutateBytes(r, data);
    data = out.data;
    steps.push(out.step);
  }
  return { id: `xls:${seed}:${index}`, fileName: `${index}-${base.name}`, data, steps };
}
