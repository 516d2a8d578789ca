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

/** RFC 4180: quoted fields keep delimiters and line breaks; "" is a quote. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
