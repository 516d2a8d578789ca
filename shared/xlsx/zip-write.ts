// Writes a workbook's zip again after zip-guard changed some of its parts: those stored as they are now, the others
// copied from the original still compressed, so nothing is inflated twice.
import type { Entry } from './zip-guard';


const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** The zip's checksum of a part (CRC-32, as zlib computes it). */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The zip again, entry by entry: with `data`, that part stored as given; with null, copied still compressed. */
export function rewriteZip(original: Uint8Array, parts: Array<{ entry: Entry; data: Uint8Array | null }>): Uint8Array {
  const pieces: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const { entry, data } of parts) {
    const stored = data !== null;
    const body = stored ? data : original.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const crc = stored ? crc32(data) : entry.crc;
    const size = stored ? data.length : entry.size;
    const name = utf8(entry.name);
    const local = header(30, 0x04034b50, (v) => {
      v.setUint16(4, 20, true);
      v.setUint16(6, 0x0800, true);
      v.setUint16(8, stored ? 0 : entry.method, true);
      v.setUint32(14, crc, true);
      v.setUint32(18, body.length, true);
      v.setUint32(22, size, true);
      v.setUint16(26, name.length, true);
    });
    directory.push(
      header(46, 0x02014b50, (v) => {
        v.setUint16(4, 20, true);
        v.setUint16(6, 20, true);
        v.setUint16(8, 0x0800, true);
        v.setUint16(10, stored ? 0 : entry.method, true);
        v.setUint32(16, crc, true);
        v.setUint32(20, body.length, true);
        v.setUint32(24, size, true);
        v.setUint16(28, name.length, true);
        v.setUint32(42, offset, true);
      }),
      name,
    );
    pieces.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const dirSize = directory.reduce((n, p) => n + p.length, 0);
  const end = header(22, 0x06054b50, (v) => {
    v.setUint16(8, parts.length, true);
    v.setUint16(10, parts.length, true);
    v.setUint32(12, dirSize, true);
    v.setUint32(16, offset, true);
  });
  const all = [...pieces, ...directory, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function header(length: number, signature: number, fill: (v: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  fill(view);
  return bytes;
}

function utf8(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}
