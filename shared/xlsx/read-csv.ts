// Reads a CSV file as Chinese Excel and WPS save it (GB18030 without a BOM, or UTF-8 with one) into a SheetGrid.
import { cleanText, type SheetGrid } from './sheet-grid';

/** TextDecoder exists wherever this runs (Node, Chromium), but shared/ is typed without DOM or Node. */
interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderClass = new (label: string, options?: { fatal?: boolean }) => Decoder;
const TextDecoder = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return new TextDecoder('utf-8').decode(data.subarray(3));
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

export function readCsv(data: Uint8Array, name: string): SheetGrid {
  const text = decodeText(data);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  const rows = parseDelimited(text, delimiter).map((r) => r.map(cleanText));
  return {
    name,
    hidden: false,
    cells: rows,
    colCount: Math.max(0, ...rows.map((r) => r.length)),
    merges: [],
    hiddenCols: new Set(),
    hiddenRows: new Set(),
  };
}

/** RFC 4180: quoted fields keep delimiters and line breaks; "" is a quote. Fields are cut out whole, never built a
 *  character at a time, so a field of ten million characters costs its own size and no more. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (field === '' && text.charCodeAt(i) === 34) {
      const parts: string[] = [];
      let j = i + 1;
      for (;;) {
        const k = text.indexOf('"', j);
        if (k < 0) {
          parts.push(text.slice(j));
          j = n;
          break;
        }
        if (text.charCodeAt(k + 1) === 34) {
          parts.push(text.slice(j, k + 1));
          j = k + 2;
          continue;
        }
        parts.push(text.slice(j, k));
        j = k + 1;
        break;
      }
      field = parts.join('');
      i = j;
      continue;
    }
    let k = i;
    for (let c = text.charCodeAt(k); k < n && c !== d && c !== 10 && c !== 13; c = text.charCodeAt(++k));
    if (k > i) {
      field += text.slice(i, k);
      i = k;
      continue;
    }
    row.push(field);
    field = '';
    if (text.charCodeAt(i) !== d) {
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
      rows.push(row);
      row = [];
    }
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
