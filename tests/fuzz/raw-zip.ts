// A bare zip writer for the fuzzer: it writes what JSZip will not (two entries of one name, sizes that lie).
import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Stored (0) or deflated (8); anything else is written as given, for readers to refuse. */
  method?: number;
  /** The uncompressed size the headers claim, when it should not be the real one. */
  declaredSize?: number;
  /** Bytes already deflated (a bomb is built this way); `data` is then ignored and the CRC left 0. */
  packed?: Uint8Array;
}

export { crc32 };

export interface ZipOptions {
  /** ZIP64 fields as some writers put them in any file: sizes and offsets in the extra field, the counts in a ZIP64
   *  end record, the classic fields set to 0xFFFF/0xFFFFFFFF. */
  zip64?: boolean;
}

export function writeZip(entries: RawEntry[], options: ZipOptions = {}): Uint8Array {
  const zip64 = options.zip64 === true;
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const body = e.packed ? Buffer.from(e.packed) : method === 8 ? deflateRawSync(e.data) : Buffer.from(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.data.length;
    const crc = e.packed ? 0 : crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, body);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(zip64 ? 45 : 20, 4);
    dir.writeUInt16LE(zip64 ? 45 : 20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(zip64 ? 0xffffffff : body.length, 20);
    dir.writeUInt32LE(zip64 ? 0xffffffff : size >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    if (zip64) {
      // Extra field 0x0001: the uncompressed size, the compressed size, the local header's offset, 8 bytes each.
      const extra = Buffer.alloc(28);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      dir.writeUInt16LE(extra.length, 30);
      central.push(dir, name, extra);
    } else central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = zip64 || entries.length > 0xffff ? 0xffff : entries.length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : dirBytes.length, 12);
  end.writeUInt32LE(zip64 || count === 0xffff ? 0xffffffff : offset, 16);
  if (!zip64 && count !== 0xffff) return new Uint8Array(Buffer.concat([...parts, dirBytes, end]));
  return new Uint8Array(Buffer.concat([...parts, dirBytes, zip64End(entries.length, dirBytes.length, offset), end]));
}

/** The ZIP64 end of central directory record and its locator, which the classic end record then points past. */
function zip64End(count: number, dirSize: number, dirOffset: number): Buffer {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(dirSize), 40);
  record.writeBigUInt64LE(BigInt(dirOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(dirOffset + dirSize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator]);
}
