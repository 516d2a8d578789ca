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

/** The width of each character in the grid's font, measured once per character. */
class CharWidths {
  private readonly widths = new Map<string, number>();
  private readonly ctx = document.createElement('canvas').getContext('2d');

  constructor() {
    if (this.ctx) this.ctx.font = `${FONT_PX}px ${FONT_FAMILY.join(', ')}`;
  }

  of(ch: string): number {
    let w = this.widths.get(ch);
    if (w === undefined) {
      w = this.ctx ? this.ctx.measureText(ch).width : FONT_PX;
      this.widths.set(ch, w);
    }
    return w;
  }
}

/** How many lines a text takes in a box of the given width, wrapped anywhere (word-break: break-all), as shown. */
export function lineCount(text: string, width: number, widthOf: (ch: string) => number): number {
  let lines = 0;
  for (const para of text.split('\n')) {
    lines++;
    let used = 0;
    let prev = 0;
    for (const ch of para) {
      const w = widthOf(ch);
      if (used + w > width && used > 0) {
        lines++;
        // A closing mark does not start a line: the character before it moves down too.
        used = NO_LINE_START.has(ch) && prev > 0 ? prev : 0;
      }
      used += w;
      prev = w;
    }
  }
  return lines;
}

/** Each row's height for the current column widths, kept per row object (a changed row is a new object). */
export class RowHeights {
  private readonly chars = new CharWidths();
  private widths: ReadonlyMap<string, number> = new Map();
  private total = 0;
  private cache = new WeakMap<Row, number>();

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
    const widthOf = (ch: string) => this.chars.of(ch);
    let lines = 1;
    if (row.kind === 'section') lines = lineCount(row.title, this.total, widthOf);
    else {
      for (const [colId, width] of this.widths) {
        const text = row.cells[colId];
        if (text) lines = Math.max(lines, lineCount(text, width, widthOf));
      }
    }
    return Math.ceil(Math.max(lines * LINE_PX, HANDLE_PX) + PADDING_Y) + BORDERS_Y;
  }
}
