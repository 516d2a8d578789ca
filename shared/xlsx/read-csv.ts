// Reads a CSV file as Chinese Excel and WPS save it (GB18030 without a BOM, or UTF-8 with one) into a SheetGrid:
// decoded and split a piece at a time, its rows, cells and cell lengths counted against the limits as it goes.
import { AppError } from '../errors';
import { MAX_CELL_CHARS, MAX_SHEET_CELLS, MAX_SHEET_ROWS } from '../file-limits';
import { cleanText, type SheetGrid } from './sheet-grid';
import { columnLetter } from '../column-letters';

/** TextDecoder exists wherever this runs (Node, Chromium), but shared/ is typed without DOM or Node. */
interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type DecoderClass = new (label: string, options?: { fatal?: boolean }) => Decoder;
const TextDecoder = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

/** Bytes decoded at a time: the text of a 100 MB file is never held whole, only its cells. */
const PIECE = 1024 * 1024;

export function decodeText(data: Uint8Array): string {
  const pieces: string[] = [];
  decodePieces(data, (text) => pieces.push(text));
  return pieces.join('');
}

/** Hands the text over a piece at a time: UTF-8 when the bytes are valid UTF-8 (or say so), GB18030 otherwise. */
function decodePieces(data: Uint8Array, take: (text: string) => void): void {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return decodeAs('utf-8', data.subarray(3), take);
  if (data[0] === 0xff && data[1] === 0xfe) return decodeAs('utf-16le', data.subarray(2), take);
  decodeAs(isUtf8(data) ? 'utf-8' : 'gb18030', data, take);
}

function decodeAs(label: string, data: Uint8Array, take: (text: string) => void): void {
  const decoder = new TextDecoder(label);
  for (let at = 0; at < data.length; at += PIECE) take(decoder.decode(data.subarray(at, at + PIECE), { stream: true }));
  take(decoder.decode());
}

function isUtf8(data: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let at = 0; at < data.length; at += PIECE) decoder.decode(data.subarray(at, at + PIECE), { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

export function readCsv(data: Uint8Array, name: string, file = name): SheetGrid {
  let splitter: CsvSplitter | undefined;
  decodePieces(data, (text) => {
    splitter ??= new CsvSplitter(delimiterOf(text), { file, sheet: name });
    splitter.feed(text);
  });
  const cells = splitter?.end() ?? [];
  let colCount = 0;
  for (const row of cells) colCount = Math.max(colCount, row.length);
  return { name, hidden: false, cells, colCount, merges: [], hiddenCols: new Set(), hiddenRows: new Set() };
}

/** Tab-separated when the first line has more tabs than commas (Excel's “Unicode text”), comma-separated otherwise. */
function delimiterOf(text: string): string {
  const end = text.search(/\r|\n/);
  const firstLine = end < 0 ? text : text.slice(0, end);
  return (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
}

/** RFC 4180: quoted fields keep delimiters and line breaks; "" is a quote. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const splitter = new CsvSplitter(delimiter, { file: '', sheet: '' }, (s) => s);
  splitter.feed(text);
  return splitter.end();
}

interface Where {
  file: string;
  sheet: string;
}

/**
 * Splits CSV text fed in pieces into rows of cleaned cells. Fields are cut out whole (never built a character at a
 * time); a field past the cell limit is only counted from there on, and the rows and cells are counted as they come,
 * so a file of a hundred million empty lines or commas stops at the limit instead of filling memory.
 */
class CsvSplitter {
  private readonly rows: string[][] = [];
  private row: string[] = [];
  private parts: string[] = [];
  private length = 0;
  /** Inside a quoted field; `quoteEnded`: a quote was the last character seen in it (a "" or the closing one). */
  private quoted = false;
  private quoteEnded = false;
  private fieldStarted = false;
  private afterCr = false;
  private cells = 0;
  private readonly d: number;

  constructor(
    delimiter: string,
    private readonly where: Where,
    private readonly clean: (s: string) => string = cleanText,
  ) {
    this.d = delimiter.charCodeAt(0);
  }

  feed(text: string): void {
    const n = text.length;
    let i = 0;
    if (this.afterCr && n > 0) {
      this.afterCr = false;
      if (text.charCodeAt(0) === 10) i = 1;
    }
    while (i < n) {
      if (this.quoteEnded) {
        this.quoteEnded = false;
        if (text.charCodeAt(i) === 34) {
          // "" inside a quoted field: one quote, and the field goes on.
          this.add('"');
          this.quoted = true;
          i++;
          continue;
        }
      }
      if (this.quoted) {
        // The quoted text up to its closing quote (or the piece's end), its "" pairs made one quote in one pass.
        let k = text.indexOf('"', i);
        while (k >= 0 && k + 1 < n && text.charCodeAt(k + 1) === 34) k = text.indexOf('"', k + 2);
        if (k < 0) {
          this.add(unescapeQuotes(text.slice(i)));
          return;
        }
        this.add(unescapeQuotes(text.slice(i, k)));
        this.quoted = false;
        this.quoteEnded = true;
        i = k + 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 34 && !this.fieldStarted) {
        this.quoted = true;
        this.fieldStarted = true;
        i++;
        continue;
      }
      let k = i;
      for (let x = c; k < n && x !== this.d && x !== 10 && x !== 13; x = text.charCodeAt(++k));
      if (k > i) {
        this.add(text.slice(i, k));
        i = k;
        continue;
      }
      this.endField();
      if (c !== this.d) this.endRow();
      i++;
      if (c === 13) {
        if (i < n) {
          if (text.charCodeAt(i) === 10) i++;
        } else this.afterCr = true;
      }
    }
  }

  end(): string[][] {
    if (this.fieldStarted || this.row.length > 0) {
      this.endField();
      this.endRow();
    }
    return this.rows;
  }

  private add(s: string): void {
    this.fieldStarted = true;
    if (s === '') return;
    this.length += s.length;
    // Past the limit the field is only counted, for the message to say how long it is.
    if (this.length <= MAX_CELL_CHARS) this.parts.push(s);
  }

  private endField(): void {
    if (this.length > MAX_CELL_CHARS) {
      const { file, sheet } = this.where;
      throw new AppError('IMPORT_CELL_TOO_LONG', {
        file,
        sheet,
        row: this.rows.length + 1,
        column: columnLetter(this.row.length),
        length: this.length,
        limit: MAX_CELL_CHARS,
      });
    }
    if (++this.cells > MAX_SHEET_CELLS)
      this.tooLarge(`超过 ${MAX_SHEET_CELLS} 个单元格`, `${MAX_SHEET_CELLS} 个单元格`);
    this.row.push(this.clean(this.parts.length === 1 ? this.parts[0]! : this.parts.join('')));
    this.parts = [];
    this.length = 0;
    this.fieldStarted = false;
    this.quoteEnded = false;
  }

  private endRow(): void {
    if (this.rows.length >= MAX_SHEET_ROWS) this.tooLarge(`超过 ${MAX_SHEET_ROWS} 行`, `${MAX_SHEET_ROWS} 行`);
    this.rows.push(this.row);
    this.row = [];
  }

  private tooLarge(what: string, limit: string): never {
    throw new AppError('IMPORT_SHEET_TOO_LARGE', { file: this.where.file, what, limit });
  }
}

/** Quoted CSV text holds a quote as "". */
function unescapeQuotes(s: string): string {
  return s.includes('"') ? s.replace(/""/g, '"') : s;
}
