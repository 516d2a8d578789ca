// What a file really is, by its first bytes, whatever its name says.

export type FileKind = 'xlsx' | 'ole' | 'csv' | 'other';

/**
 * What the importer takes, by extension: workbooks, CSV and Word documents (a notice's 配档表 is a table in one),
 * and the old .xls/.et/.doc/.wps among them, so that it can say what to do with those.
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

/** Zip entry names are stored as plain text, so the workbook's parts can be looked for without unzipping. */
export function zipContent(data: Uint8Array): ZipContent {
  if (containsAscii(data, 'xl/workbook.xml')) return 'xlsx';
  if (containsAscii(data, 'xl/workbook.bin')) return 'xlsb';
  if (containsAscii(data, 'word/document.xml')) return 'word';
  if (containsAscii(data, 'ppt/presentation.xml')) return 'powerpoint';
  if (containsAscii(data, 'application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (containsAscii(data, 'Index/Document.iwa')) return 'numbers';
  return 'unknown';
}

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
  if (/\.(csv|txt|tsv)$/i.test(fileName) && looksLikeText(data)) return 'csv';
  return 'other';
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
