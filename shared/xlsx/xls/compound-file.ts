// Reads one stream of an OLE compound file (the container of .xls, .et and .doc files), within limits: every sector
// number checked, every chain followed at most once around the file (a loop in the FAT is damage, not a hang), the
// stream's size bounded before it is copied. Only the top storage's streams are looked at (an embedded object's
// Workbook stream, in a storage of its own, is not the file's).

import { MAX_DIRECTORY_ENTRIES } from '../../file-limits';

/** Thrown for a container that is not whole or not well formed; the reader turns it into the file's 已损坏 message. */
export class CompoundFileError extends Error {}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT = 109;

const u16 = (d: Uint8Array, i: number) => d[i]! | (d[i + 1]! << 8);
const u32 = (d: Uint8Array, i: number) => (d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24)) >>> 0;

interface DirectoryEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** The names of the top storage's streams. */
  streamNames(): string[];
  /** A stream of the top storage by name (case does not matter); undefined when there is none. */
  stream(name: string, maxBytes: number): Uint8Array | undefined;
}

export function openCompoundFile(d: Uint8Array): CompoundFile {
  if (d.length < 512 || SIGNATURE.some((b, i) => d[i] !== b)) throw new CompoundFileError('not a compound file');
  const shift = u16(d, 30);
  if (shift !== 9 && shift !== 12) throw new CompoundFileError('sector size');
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((d.length - sectorSize + sectorSize - 1) / sectorSize);
  const fat = readFat(d, sectorSize, sectorCount);
  const sectorAt = (n: number) => sectorSize + n * sectorSize;
  const chain = (start: number, table: Uint32Array, limit: number): number[] => followChain(start, table, limit);
  const directory = readDirectory(d, chain(u32(d, 48), fat, sectorCount), sectorAt, sectorSize);
  const root = directory[0];
  if (!root || root.type !== 5) throw new CompoundFileError('no root entry');
  const miniCutoff = u32(d, 56);
  let mini: { table: Uint32Array; data: Uint8Array } | undefined;
  const miniStream = () => {
    if (!mini) {
      const miniFatSectors = chain(u32(d, 60), fat, sectorCount);
      const table = tableOf(d, miniFatSectors, sectorAt, sectorSize);
      mini = { table, data: gather(d, chain(root.start, fat, sectorCount), sectorAt, sectorSize, root.size) };
    }
    return mini;
  };
  const top = topStreams(directory, root.child);
  return {
    streamNames: () => top.map((e) => e.name),
    stream(name, maxBytes) {
      const e = top.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!e) return undefined;
      if (e.size > maxBytes) throw new CompoundFileError('stream too large');
      if (e.size < miniCutoff) {
        const m = miniStream();
        const sectors = followChain(e.start, m.table, Math.ceil(m.data.length / 64));
        return gather(m.data, sectors, (n) => n * 64, 64, e.size);
      }
      return gather(d, chain(e.start, fat, sectorCount), sectorAt, sectorSize, e.size);
    },
  };
}

/** The FAT: its sectors listed in the header (109) and in the DIFAT chain after it, each checked. */
function readFat(d: Uint8Array, sectorSize: number, sectorCount: number): Uint32Array {
  const fatSectorCount = u32(d, 44);
  if (fatSectorCount > sectorCount) throw new CompoundFileError('FAT larger than the file');
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT && fatSectors.length < fatSectorCount; i++) fatSectors.push(u32(d, 76 + i * 4));
  let next = u32(d, 68);
  const perSector = sectorSize / 4 - 1;
  for (let hops = 0; fatSectors.length < fatSectorCount; hops++) {
    if (next >= sectorCount || hops > sectorCount) throw new CompoundFileError('DIFAT chain');
    const at = sectorSize + next * sectorSize;
    for (let i = 0; i < perSector && fatSectors.length < fatSectorCount; i++) fatSectors.push(u32(d, at + i * 4));
    next = u32(d, at + perSector * 4);
  }
  return tableOf(d, fatSectors, (n) => sectorSize + n * sectorSize, sectorSize);
}

/** A table of sector numbers (the FAT, the mini FAT) from the sectors that hold it. */
function tableOf(
  d: Uint8Array,
  sectors: readonly number[],
  sectorAt: (n: number) => number,
  sectorSize: number,
): Uint32Array {
  const perSector = sectorSize / 4;
  const table = new Uint32Array(sectors.length * perSector);
  sectors.forEach((s, k) => {
    const at = sectorAt(s);
    if (at < 0 || at + sectorSize > d.length) throw new CompoundFileError('sector past the end');
    for (let i = 0; i < perSector; i++) table[k * perSector + i] = u32(d, at + i * 4);
  });
  return table;
}

/** The sectors of a chain, in order; a chain that loops, or points past the table, is damage. */
function followChain(start: number, table: Uint32Array, limit: number): number[] {
  const out: number[] = [];
  for (let s = start; s !== END_OF_CHAIN; s = table[s]!) {
    if (s === FREE && out.length === 0) break;
    if (s >= table.length || s >= limit || out.length >= limit) throw new CompoundFileError('bad chain');
    out.push(s);
  }
  return out;
}

/** The bytes of a stream, from its sectors, cut to its size; a chain too short for the size is damage. */
function gather(
  d: Uint8Array,
  sectors: readonly number[],
  sectorAt: (n: number) => number,
  sectorSize: number,
  size: number,
): Uint8Array {
  if (sectors.length * sectorSize < size) throw new CompoundFileError('chain shorter than the stream');
  const out = new Uint8Array(size);
  for (let k = 0, pos = 0; pos < size; k++) {
    const at = sectorAt(sectors[k]!);
    const n = Math.min(sectorSize, size - pos);
    if (at + n > d.length) throw new CompoundFileError('sector past the end');
    out.set(d.subarray(at, at + n), pos);
    pos += n;
  }
  return out;
}

function readDirectory(
  d: Uint8Array,
  sectors: readonly number[],
  sectorAt: (n: number) => number,
  sectorSize: number,
): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const s of sectors) {
    const base = sectorAt(s);
    if (base + sectorSize > d.length) throw new CompoundFileError('directory past the end');
    for (let at = base; at < base + sectorSize; at += 128) {
      if (entries.length >= MAX_DIRECTORY_ENTRIES) throw new CompoundFileError('directory too large');
      const nameBytes = Math.min(u16(d, at + 64), 64);
      let name = '';
      for (let i = 0; i + 1 < nameBytes - 1; i += 2) name += String.fromCharCode(u16(d, at + i));
      entries.push({
        name,
        type: d[at + 66]!,
        left: u32(d, at + 68),
        right: u32(d, at + 72),
        child: u32(d, at + 76),
        start: u32(d, at + 116),
        size: u32(d, at + 120),
      });
    }
  }
  return entries;
}

/** The streams of the top storage: the root's child and its siblings (a tree), each entry visited once. */
function topStreams(directory: readonly DirectoryEntry[], first: number): DirectoryEntry[] {
  const out: DirectoryEntry[] = [];
  const seen = new Set<number>();
  const stack = [first];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (i === NO_STREAM || i >= directory.length || seen.has(i)) continue;
    seen.add(i);
    const e = directory[i]!;
    if (e.type === 2) out.push(e);
    stack.push(e.left, e.right);
  }
  return out;
}
