// Row heights computed from the text and the column widths, instead of measured in the page: a 10,000-row plan
// scrolls without the grid measuring every row it shows and moving all the rows below it.
import type { Row } from '../../shared/domain/plan';

export const FONT_FAMILY = [
  '"Microsoft YaHei"',
  '"PingFang SC"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  'sans-serif',
];
export const FONT_PX = 14;
/** The cells' line height and padding, as styles.css sets them (.pd-grid .ag-cell). */
const LINE_PX = FONT_PX * 1.55;
const PADDING_Y = 10;
const PADDING_X = 16;
/** The row-drag handle in 序号 is this tall: a row of one line is still as tall as it. */
const HANDLE_PX = 24;
/** The cell's borders, and a pixel to spare for the font's rounding. */
const BORDERS_Y = 4;
/** The theme's height of a row, which the fixed-height baseline of the bench keeps. */
export const MIN_ROW_PX = 34;

/**
 * Test-only: `?bench-fixed-rows` in the page's address gives every row the theme's one height, the baseline the
 * scroll case of `npm run bench` compares the wrapped rows with. Nothing in the app sets it.
 */
export const FIXED_ROWS_FOR_BENCH = new URLSearchParams(window.location.search).has('bench-fixed-rows');

/** Characters a line may not start with: the browser carries the character before them down with them. */
const NO_LINE_START = new Set('，。、；：！？）》」』】〕…%,.;:!?)]}'.split(''));

/** Widths of characters: of a UTF-16 code unit in the BMP, and of a surrogate pair. */
export interface Widths {
  ofCode(code: number): number;
  ofPair(pair: string): number;
}

/** The width of each character in the grid's font, measured once per character (a flat table for the BMP). */
class CharWidths implements Widths {
  /** Widths of the characters U+0000–U+FFFF by code; 0 until measured. */
  private readonly bmp = new Float32Array(0x10000);
  private readonly astral = new Map<string, number>();
  private readonly ctx = document.createElement('canvas').getContext('2d');

  constructor() {
    if (this.ctx) this.ctx.font = `${FONT_PX}px ${FONT_FAMILY.join(', ')}`;
  }

  private measure(ch: string): number {
    // A width of 0 (a control character) is kept as a hair so that it is not measured again.
    return Math.max(this.ctx ? this.ctx.measureText(ch).width : FONT_PX, 1e-6);
  }

  /** The width of the UTF-16 code unit `code`, measured the first time it is met. */
  ofCode(code: number): number {
    let w = this.bmp[code]!;
    if (w === 0) {
      w = isIdeograph(code) ? this.ideograph() : this.measure(String.fromCharCode(code));
      this.bmp[code] = w;
    }
    return w;
  }

  private ideographWidth = 0;

  /**
   * Every CJK ideograph is one em wide in the fonts the grid uses: measured once, not once per character (a plan
   * holds a few thousand different ones, and measuring each was a fifth of opening a 10,000-row plan).
   */
  private ideograph(): number {
    if (this.ideographWidth === 0) this.ideographWidth = this.measure('中');
    return this.ideographWidth;
  }

  /** The width of a character outside the BMP (a surrogate pair). */
  ofPair(pair: string): number {
    let w = this.astral.get(pair);
    if (w === undefined) {
      w = this.measure(pair);
      this.astral.set(pair, w);
    }
    return w;
  }
}

/** CJK Unified Ideographs and their Extension A. */
function isIdeograph(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Character codes a line may not start with (NO_LINE_START), as a table for the code-unit loop below. */
const NO_START_CODE = (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of NO_LINE_START) t[ch.charCodeAt(0)] = 1;
  return t;
})();

/**
 * How many lines a text takes in a box of the given width, wrapped anywhere (word-break: break-all), as shown; read
 * by code unit with a table of widths, so that a 10,000-row plan's heights take no string per character.
 */
export function lineCount(text: string, width: number, chars: Widths): number {
  let lines = 1;
  let used = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lines++;
      used = 0;
      prev = 0;
      continue;
    }
    let w: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      w = chars.ofPair(text.slice(i, i + 2));
      i++;
    } else w = chars.ofCode(code);
    if (used + w > width && used > 0) {
      lines++;
      used = NO_START_CODE[code] === 1 && prev > 0 ? prev : 0;
    }
    used += w;
    prev = w;
  }
  return lines;
}

/** Each row's height for the current column widths, kept per row object (a changed row is a new object). */
export class RowHeights {
  private readonly chars = new CharWidths();
  private widths: ReadonlyMap<string, number> = new Map();
  private total = 0;
  private cache = new WeakMap<Row, number>();

  /** Whether the columns' widths have been given (until then every row is one line high). */
  hasWidths(): boolean {
    return this.widths.size > 0;
  }

  /** The displayed columns and their widths; true when they changed (every height is then computed again). */
  setWidths(columns: readonly { colId: string; width: number }[]): boolean {
    const next = new Map(columns.map((c) => [c.colId, c.width - PADDING_X - 1]));
    const same = next.size === this.widths.size && [...next].every(([id, w]) => this.widths.get(id) === w);
    if (same) return false;
    this.widths = next;
    // A section's title spans the plan's columns (not 进展, whose id starts with _), beside the drag handle.
    this.total = columns.reduce((n, c) => (c.colId.startsWith('_') ? n : n + c.width), 0) - PADDING_X - 1 - HANDLE_PX;
    this.cache = new WeakMap();
    return true;
  }

  of(row: Row): number {
    let h = this.cache.get(row);
    if (h === undefined) {
      h = this.compute(row);
      this.cache.set(row, h);
    }
    return h;
  }

  private compute(row: Row): number {
    let lines = 1;
    if (row.kind === 'section') lines = lineCount(row.title, this.total, this.chars);
    else {
      for (const [colId, width] of this.widths) {
        const text = row.cells[colId];
        if (text) lines = Math.max(lines, lineCount(text, width, this.chars));
      }
    }
    return Math.ceil(Math.max(lines * LINE_PX, HANDLE_PX) + PADDING_Y) + BORDERS_Y;
  }
}
