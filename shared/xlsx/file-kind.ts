// What a file really is, by its first bytes, whatever its name says.

export type FileKind = 'xlsx' | 'ole' | 'csv' | 'other';

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
