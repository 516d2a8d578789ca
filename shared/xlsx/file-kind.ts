// What a file really is, by its first bytes, whatever its name says.

export type FileKind = 'xlsx' | 'ole' | 'biff' | 'csv' | 'other';

/**
 * What the importer takes, by extension: workbooks, CSV and Word documents (a notice's 配档表 is a table in one),
 * old Excel and WPS workbooks (.xls/.et), and the old .doc/.wps, so that it can say what to do with those.
 */
export const IMPORT_EXTENSIONS = ['xlsx', 'xlsm', 'csv', 'docx', 'xls', 'et', 'doc', 'wps'] as const;

/** The file picker's accept list, and a test of a name, for the same extensions. */
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.map((e) => `.${e}`).join(',');
export function isImportable(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 && (IMPORT_EXTENSIONS as readonly string[]).includes(fileName.slice(dot + 1).toLowerCase());
}

/** What a zip file holds when it is not an .xlsx workbook, by the names of its entries. */
export type ZipContent = 'xlsx' | 'xlsb' | 'word' | 'ods' | 'numbers' | 'powerpoint' | 'unknown';

/** A zip ends with its directory (PK 05 06 within the last 64 KB); a file cut short has none. */
export function isTruncatedZip(data: Uint8Array): boolean {
  const from = Math.max(0, data.length - 65_557);
  for (let i = data.length - 22; i >= from; i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 0x05 && data[i + 3] === 0x06) return false;
  }
  return true;
}

/**
 * What the zip holds, by the names in its own directory: an embedded workbook stored uncompressed inside a Word
 * document (a chart's data) has its own entry names in the file's bytes, but not in the outer directory. Names are
 * taken with a backslash as / (some tools write them so). A directory that cannot be read is searched for the names as text.
 */
export function zipContent(data: Uint8Array): ZipContent {
  const names = zipEntryNames(data);
  const has = names ? (name: string) => names.has(name.toLowerCase()) : (name: string) => containsAscii(data, name);
  if (has('xl/workbook.xml')) return 'xlsx';
  if (has('xl/workbook.bin')) return 'xlsb';
  if (has('word/document.xml')) return 'word';
  if (has('ppt/presentation.xml')) return 'powerpoint';
  // An OpenDocument file names its kind in its first entry's text, not in an entry's name.
  if (containsAscii(data, 'application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (has('Index/Document.iwa')) return 'numbers';
  return 'unknown';
}

/** The entry names of the zip's central directory (lower case, a backslash as /); null when it cannot be read whole. */
export function zipEntryNames(d: Uint8Array): Set<string> | null {
  let end = -1;
  for (let i = d.length - 22; i >= Math.max(0, d.length - 65_557); i--) {
    if (d[i] === 0x50 && d[i + 1] === 0x4b && d[i + 2] === 0x05 && d[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = le16(d, end + 10);
  let p = le32(d, end + 16);
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (p + 46 > d.length || le32(d, p) !== 0x02014b50) return null;
    const length = le16(d, p + 28);
    if (p + 46 + length > d.length) return null;
    let name = '';
    for (let j = p + 46; j < p + 46 + length; j++) name += String.fromCharCode(d[j]!);
    names.add(name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase());
    p += 46 + length + le16(d, p + 30) + le16(d, p + 32);
  }
  return names;
}

const le16 = (d: Uint8Array, i: number) => d[i]! | (d[i + 1]! << 8);
const le32 = (d: Uint8Array, i: number) => (d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24)) >>> 0;

function containsAscii(data: Uint8Array, word: string): boolean {
  const needle = Array.from(word, (c) => c.charCodeAt(0));
  const first = needle[0]!;
  outer: for (let i = data.indexOf(first); i >= 0 && i + needle.length <= data.length; i = data.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function sniffFile(data: Uint8Array, fileName: string): FileKind {
  if (data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'xlsx';
  if (data.length >= 8 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return 'ole';
  if (isRawBiff(data)) return 'biff';
  // A CSV saved under another name (.xlsx, .xls) is still a CSV: its lines of fields say so, whatever the name.
  if (looksLikeText(data) && (/\.(csv|txt|tsv)$/i.test(fileName) || looksDelimited(data))) return 'csv';
  return 'other';
}

/**
 * An Excel 2.x–4.0 worksheet (or a BIFF5 stream) saved on its own, not inside an OLE file: it starts with a BOF record
 * (09 00, 09 02, 09 04 or 09 08) of a few bytes.
 */
function isRawBiff(d: Uint8Array): boolean {
  return (
    d.length >= 8 &&
    d[0] === 0x09 &&
    (d[1] === 0x00 || d[1] === 0x02 || d[1] === 0x04 || d[1] === 0x08) &&
    d[3] === 0 &&
    d[2]! >= 4 &&
    d[2]! <= 20
  );
}

/** The first line holds a comma or a tab between fields (the delimiters read-csv.ts reads). */
function looksDelimited(d: Uint8Array): boolean {
  const n = Math.min(d.length, 4096);
  for (let i = 0; i < n && d[i] !== 0x0a && d[i] !== 0x0d; i++) if (d[i] === 0x2c || d[i] === 0x09) return true;
  return false;
}

/** An OLE file is an old .xls/.et, or an .xlsx encrypted with a password (its streams say which). */
export function isEncryptedOle(data: Uint8Array): boolean {
  return containsUtf16(data, 'EncryptionInfo') || containsUtf16(data, 'EncryptedPackage');
}

/** An old Word (.doc) or WPS 文字 (.wps) file: an OLE file with a WordDocument stream. */
export function isOldWord(data: Uint8Array): boolean {
  return containsUtf16(data, 'WordDocument');
}

function containsUtf16(data: Uint8Array, word: string): boolean {
  const needle = new Uint8Array(word.length * 2);
  for (let i = 0; i < word.length; i++) needle[i * 2] = word.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(data: Uint8Array): boolean {
  const n = Math.min(data.length, 4096);
  for (let i = 0; i < n; i++) if (data[i] === 0) return false;
  return n > 0;
}
