// The layout engine's measure: column widths from the content at the chosen font size, so that every table the app
// writes (.xlsx, .docx, 打印, fill-in sheets, 汇总表) prints its body at 小五 (9 pt) or more. A column is at least as
// wide as its longest unbreakable token (a unit name, a date, a 序号); long-text columns share the rest in proportion
// to their text; when even the narrowest widths do not fit the paper at 9 pt, the table does not fit.
import type { ColumnRole } from '../domain/plan';
import { FONT_SIZES, MIN_BODY_PT, paperName, printableHeight, printableWidth, type Paper } from '../domain/paper';
import { AppError } from '../errors';

/** A column to lay out: its label, what it holds, its cells' texts, and room to leave for writing (fill-in columns). */
export interface ColumnSpec {
  label: string;
  role: ColumnRole | 'seq';
  texts: readonly string[];
  /** Em of room for a unit to write in (the fill-in columns of a round), when the column is to be filled. */
  fill?: number;
}

export interface ColumnFit {
  /** Each column's width in points, its cell padding included. */
  widths: number[];
  bodySize: number;
  headerSize: number;
  fits: boolean;
  /** The narrowest the table can be at 9 pt, and the width the paper gives, in points. */
  needPt: number;
  availPt: number;
  /** A row is taller than a page even at 小五 (Excel never breaks a row across pages): printed, it is cut. */
  tooTall: boolean;
  /** The lines of each body row at these widths and size, in the order of the specs' texts. */
  lines: number[];
}

/** Line spacing as a multiple of the font size, and a cell's padding above and below, in points. */
export const LINE_HEIGHT = 1.35;
export const ROW_PADDING_PT = 6;

export function rowHeight(lines: number, size: number): number {
  return Math.round((lines * size * LINE_HEIGHT + ROW_PADDING_PT) * 4) / 4;
}

/** The lines of each body row (its fullest cell) at these widths. */
function rowLines(specs: readonly ColumnSpec[], widths: readonly number[], body: number): number[] {
  const rowCount = Math.max(0, ...specs.map((s) => s.texts.length));
  const out: number[] = [];
  for (let r = 0; r < rowCount; r++) {
    let lines = 1;
    for (let c = 0; c < specs.length; c++) {
      const text = specs[c]!.texts[r] ?? '';
      if (text !== '') lines = Math.max(lines, lineCount(text, widths[c]!, body));
    }
    out.push(lines);
  }
  return out;
}

/** A CJK or full-width character is one em wide; Latin letters and digits about half that. */
const NARROW_EM = 0.55;
/** The cell's padding, left and right together, in points (Excel/WPS about 5, Word's cell margins 8.5). */
export const CELL_PADDING_PT = 9;
/** Room kept free: Excel, WPS and LibreOffice set the same fonts a little differently. */
const SLACK = 0.97;
/** Longer than this, a name or date is a sentence and may break. */
const LONGEST_NAME_EM = 12;
/** A long-text column is never narrower than this, so its text does not stand one character per line. */
const TEXT_MIN_EM = 5;
/** Latin runs (file numbers, URLs) longer than this may break. */
const LONGEST_WORD_EM = 10;
/** A long-text column this wide (in em) reads well; narrower, short columns give way first. */
const COMFORTABLE_EM = 9;
/** A column wider than this reads badly; wider text wraps. */
const WIDEST_EM = 40;
const NAME_SEPARATORS = /[、，,；;\s/／]+/;

export function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x2460 && code <= 0x24ff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    code >= 0x20000
  );
}

/** The width of a line of text in em (CJK measured full-width). */
export function textEm(line: string): number {
  let em = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // A surrogate pair is one character (CJK Extension B and beyond): count it once, as wide.
    if (code >= 0xd800 && code <= 0xdbff) {
      em += 1;
      i++;
    } else em += isWide(code) ? 1 : NARROW_EM;
  }
  return em;
}

/**
 * Hands each piece a line may break between to `take`: each CJK character alone, runs of other characters, and
 * spaces; no arrays made, as every cell of a 10,000-row plan goes through here.
 */
function eachToken(line: string, take: (em: number, space: boolean) => void): void {
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const surrogate = code >= 0xd800 && code <= 0xdbff;
    if (code === 0x20 || code === 0x09 || surrogate || isWide(code)) {
      if (run > 0) take(run, false);
      run = 0;
      if (surrogate) i++;
      take(code === 0x20 || code === 0x09 ? NARROW_EM : 1, code === 0x20 || code === 0x09);
    } else run += NARROW_EM;
  }
  if (run > 0) take(run, false);
}

/** How many lines a text wraps into in a cell of the given width (points, padding included) at the size. */
export function lineCount(text: string, widthPt: number, size: number): number {
  // Excel, WPS and LibreOffice keep numbers and words whole and punctuation off the start of a line: a line holds
  // a little less than the width allows.
  const usable = (Math.max(size, widthPt - CELL_PADDING_PT) / size) * 0.93;
  let lines = 0;
  let used = 0;
  const take = (em: number, space: boolean) => {
    if (space && used === 0) return;
    if (used + em <= usable + 1e-6) used += em;
    else if (space) {
      lines++;
      used = 0;
    } else if (em > usable) {
      // A token wider than the cell is broken where it reaches the edge.
      const rest = em - (usable - used);
      lines += Math.ceil(rest / usable);
      used = rest % usable;
    } else {
      lines++;
      used = em;
    }
  };
  for (const para of text.split('\n')) {
    lines++;
    used = 0;
    eachToken(para, take);
  }
  return lines;
}

/** The widest piece of the column's text that must stay on one line, in em. */
function longestToken(spec: ColumnSpec): number {
  let em = 0;
  for (const text of spec.texts) {
    if (text === '') continue;
    if (spec.role === 'seq') {
      em = Math.max(em, textEm(text));
      continue;
    }
    if (spec.role === 'unit' || spec.role === 'person' || spec.role === 'deadline') {
      for (const name of text.split(NAME_SEPARATORS)) {
        const w = textEm(name);
        if (w <= LONGEST_NAME_EM) em = Math.max(em, w);
      }
      continue;
    }
    eachToken(text, (w, space) => {
      if (!space && w > em) em = Math.min(w, LONGEST_WORD_EM);
    });
  }
  return em;
}

interface Measure {
  min: number;
  natural: number;
  /** The column's text per row, in em: how much of the room left it gets. */
  weight: number;
  short: boolean;
  /** Wide enough to read (or, for a column to fill, to start writing in). */
  comfortable: number;
}

function measure(spec: ColumnSpec, body: number, header: number, rowCount: number): Measure {
  const labelEm = textEm(spec.label);
  const headerMin = Math.min(labelEm, 2) * header;
  const longText = spec.role === 'text' || spec.role === 'note' || spec.fill !== undefined;
  const token = longestToken(spec) * body;
  let natural = 0;
  let total = 0;
  for (const text of spec.texts) {
    for (const line of text.split('\n')) {
      const em = textEm(line);
      natural = Math.max(natural, em);
      total += em;
    }
  }
  const textMin = longText ? Math.min(TEXT_MIN_EM, Math.max(natural, spec.fill ?? 0)) * body : 0;
  const min = Math.max(headerMin, token, textMin) + CELL_PADDING_PT;
  const naturalPt = Math.max(
    min,
    Math.min(WIDEST_EM, Math.max(natural, spec.fill ?? 0)) * body + CELL_PADDING_PT,
    (labelEm / 2) * header + CELL_PADDING_PT,
  );
  const weight = spec.fill !== undefined ? spec.fill : total / Math.max(1, rowCount);
  const comfortable = Math.min(spec.fill ?? COMFORTABLE_EM, COMFORTABLE_EM) * body + CELL_PADDING_PT;
  return {
    min,
    natural: spec.fill !== undefined ? WIDEST_EM * body : naturalPt,
    weight,
    short: !longText,
    comfortable,
  };
}

/**
 * Widths at one body size: every column at its minimum; long-text columns first up to a comfortable width (so that
 * dates and units on one line do not leave the text a few characters wide); short columns (序号, units, dates,
 * names) then on one line where the page allows, the cheapest first; what is left shared by the long-text columns
 * in proportion to their text; and when all is at its natural width, the rest spread over all, to span the page.
 */
function widthsAt(
  specs: readonly ColumnSpec[],
  body: number,
  header: number,
  avail: number,
): { widths: number[]; need: number } {
  const rowCount = Math.max(0, ...specs.map((s) => s.texts.length));
  const m = specs.map((s) => measure(s, body, header, rowCount));
  const widths = m.map((x) => x.min);
  const need = widths.reduce((a, b) => a + b, 0);
  let room = avail - need;
  if (room < 0) return { widths, need };
  const comfortable = m.map((x) => ({ ...x, natural: Math.min(x.natural, x.comfortable) }));
  room = share(widths, comfortable, room, (i) => !m[i]!.short);
  const shortOnes = m.map((x, i) => ({ i, extra: x.natural - widths[i]! })).filter(({ i }) => m[i]!.short);
  for (const { i, extra } of shortOnes.sort((a, b) => a.extra - b.extra)) {
    if (extra > 0 && extra <= room) {
      widths[i] = m[i]!.natural;
      room -= extra;
    }
  }
  room = share(widths, m, room, (i) => !m[i]!.short);
  if (room > 1) share(widths, m, room, () => true, true);
  return { widths, need };
}

/** Shares `room` over the chosen columns in proportion to their weight, none beyond its natural width (unless `free`). */
function share(
  widths: number[],
  m: readonly Measure[],
  room: number,
  chosen: (i: number) => boolean,
  free = false,
): number {
  for (let pass = 0; pass < widths.length && room > 0.5; pass++) {
    const open = widths.map((_, i) => i).filter((i) => chosen(i) && (free || widths[i]! < m[i]!.natural - 0.01));
    const weights = open.map((i) => (free ? widths[i]! : Math.max(m[i]!.weight, 1)));
    const total = weights.reduce((a, b) => a + b, 0);
    if (open.length === 0 || total === 0) break;
    let given = 0;
    open.forEach((i, k) => {
      const want = (room * weights[k]!) / total;
      const add = free ? want : Math.min(want, m[i]!.natural - widths[i]!);
      widths[i] = widths[i]! + add;
      given += add;
    });
    room -= given;
    if (given < 0.01) break;
  }
  return room;
}

/** The sizes to try, from the chosen one down to 小五: the chosen size, then each smaller 字号. */
function sizesFrom(body: number): number[] {
  const smaller = FONT_SIZES.map((s) => s.pt).filter((pt) => pt < body && pt >= MIN_BODY_PT);
  return [Math.max(body, MIN_BODY_PT), ...smaller];
}

/**
 * Column widths for the paper. When the columns do not fit at the chosen body size they are set one 字号 smaller,
 * down to 小五, as fit-to-width would shrink them, but never below 9 pt; when they do not fit at 9 pt, `fits` is false.
 */
export function fitColumns(
  specs: readonly ColumnSpec[],
  paper: Paper,
  bodySize: number,
  headerSize: number,
): ColumnFit {
  const avail = printableWidth(paper) * SLACK;
  // A row may take at most this much of a page: the rest holds the repeated header.
  const tallest = printableHeight(paper) * 0.8;
  let first: ColumnFit | null = null;
  let last = { widths: [] as number[], need: 0 };
  for (const body of sizesFrom(bodySize)) {
    const header = Math.max(MIN_BODY_PT, Math.min(headerSize, headerSize * (body / bodySize)));
    last = widthsAt(specs, body, header, avail);
    if (last.need > avail) continue;
    const lines = rowLines(specs, last.widths, body);
    const tooTall =
      rowHeight(
        lines.reduce((a, b) => Math.max(a, b), 1),
        body,
      ) > tallest;
    const fit = {
      widths: last.widths,
      bodySize: body,
      headerSize: header,
      fits: true,
      needPt: last.need,
      availPt: avail,
      tooTall,
      lines,
    };
    if (!tooTall) return fit;
    first ??= fit;
  }
  // Some row is taller than a page at every size: the largest size that fits the width, the row reported.
  if (first) return first;
  return {
    widths: last.widths,
    bodySize: MIN_BODY_PT,
    headerSize: MIN_BODY_PT,
    fits: false,
    needPt: last.need,
    availPt: avail,
    tooTall: false,
    lines: [],
  };
}

/** A table too wide for its paper even at 小五, in millimetres as a ruler reads them; `ways` names papers that hold it. */
export function tooWideError(
  columns: number,
  fit: { needPt: number; availPt: number },
  paper: Paper,
  ways = '',
): AppError {
  return new AppError('LAYOUT_TOO_WIDE', {
    columns,
    paper: paperName(paper),
    need: Math.ceil(fit.needPt / 2.835),
    avail: Math.floor(fit.availPt / 2.835),
    ways,
  });
}

/** The columns fitted to the paper, or the table refused as too wide. */
export function fitColumnsOrRefuse(
  specs: readonly ColumnSpec[],
  paper: Paper,
  bodySize: number,
  headerSize: number,
): ColumnFit {
  const fit = fitColumns(specs, paper, bodySize, headerSize);
  if (!fit.fits) throw tooWideError(specs.length, fit, paper);
  return fit;
}
