// The official layout of a plan as a sheet: 附件 label, title, 填报单位/时间, one- or two-level header, rows with
// section rows merged across, notes; column widths from the content (column-fit) and row heights grown to fit.
import { AppError } from '../errors';
import { numberRows } from '../domain/numbering';
import type { ColumnDef, Plan, Row } from '../domain/plan';
import { chosenColumns, type ExportOptions } from '../domain/export';
import { otherPapers, paperName, printableHeight, type Paper } from '../domain/paper';
import { fitColumns, lineCount, rowHeight, tooWideError, type ColumnFit, type ColumnSpec } from './column-fit';
import type { CellBox } from './sheet-grid';

export type CellStyleName = 'attachment' | 'title' | 'report' | 'header' | 'section' | 'body' | 'bodyCenter' | 'note';

export interface LaidCell {
  text: string;
  style: CellStyleName;
}

export interface SheetLayout {
  /** Excel column widths, in characters of the default font. */
  widths: number[];
  /** The same widths in points (Word, 打印). */
  widthsPt: number[];
  rows: { cells: (LaidCell | null)[]; height: number }[];
  merges: CellBox[];
  /** 0-based rows of the header, repeated on every printed page. */
  headerStart: number;
  headerEnd: number;
  /** The rows that get thin borders: the header and the body. */
  tableStart: number;
  tableEnd: number;
  /** Each column's header label (序号 first), to name a column in a warning. */
  labels: string[];
  /** The plan's columns laid out, after 序号. */
  columns: ColumnDef[];
  paper: Paper;
  /** The sizes the table prints at: the chosen ones, or smaller (never below 小五) to fit the paper. */
  bodySize: number;
  headerSize: number;
  /** Columns frozen at the left with the header rows. */
  frozenColumns: number;
  /** What the reader of the file should know: a row taller than a page. */
  warnings: string[];
  /** 0-based rows that begin a printed page, where the layout breaks the pages itself (LayoutExtras.continues). */
  pageBreaks?: number[];
}

/** The tallest row Excel has. */
const EXCEL_ROW_MAX_PT = 409;
const CENTERED_ROLES = new Set(['deadline', 'unit', 'person']);

/** How many lines a text wraps into across a width in points at the given size. */
export function wrappedLines(text: string, widthPt: number, size: number): number {
  return lineCount(text, widthPt, size);
}

export { rowHeight };

/** A width in points as Excel's column width (characters of the default font, 7 px each plus 5 px). */
export function excelWidth(pt: number): number {
  return Math.max(1, Math.round(((pt / 0.75 - 5) / 7) * 100) / 100);
}

/** What an output adds to a plan's table: 序号 of its own (a 汇总表 keeps the plan's), room to write in. */
export interface LayoutExtras {
  /** The 序号 to print for a row, by row id, instead of the plan's numbering. */
  numbers?: ReadonlyMap<string, string>;
  /** Columns to be filled in, by key, with the room (em) to leave for writing; they are kept even when empty. */
  fill?: Readonly<Record<string, number>>;
  /** Columns frozen at the left with the header (序号 and the name in a fill-in sheet). */
  frozenColumns?: number;
  /** Keep every chosen column even when empty (a fill-in sheet's columns are what its reader expects). */
  keepEmpty?: boolean;
  /** Columns asked for by name, kept even when empty (the progress columns of an export). */
  keep?: readonly string[];
  /**
   * Rows that go on with an item begun above them (a 汇总表's further units under an item), to the item's first row.
   * Given, the layout breaks the pages itself, and a page that begins with such a row prints the item's 序号 and name
   * again, marked （续）, so that no page holds reports without the item they are on.
   */
  continues?: ReadonlyMap<string, Row>;
}

/**
 * The share of a page's height the layout fills when it breaks the pages itself: Excel, WPS and LibreOffice set text
 * a little taller or shorter than measured, and a page filled to the last point would break again on its own.
 */
const PAGE_FILL = 0.97;

export interface TableFit extends ColumnFit {
  columns: ColumnDef[];
  paper: Paper;
}

/** The rows an output shows: the filter's, when given. */
function shownRows(allRows: readonly Row[], o: ExportOptions): readonly Row[] {
  const wanted = o.rowIds ? new Set(o.rowIds) : null;
  return wanted ? allRows.filter((r) => wanted.has(r.id)) : allRows;
}

function seqOf(allRows: readonly Row[], plan: Plan, extras: LayoutExtras): (id: string) => string {
  if (extras.numbers) return (id) => extras.numbers!.get(id) ?? '';
  const numbers = numberRows(allRows, plan.numbering);
  return (id) => String(numbers.get(id) ?? '');
}

/**
 * How the chosen columns fit the chosen paper: the columns (chosen, in order; empty ones take no room), their widths
 * and the body size they print at. Asked before writing, so the user hears that a table does not fit before a file.
 */
export function fitTable(plan: Plan, allRows: readonly Row[], o: ExportOptions, extras: LayoutExtras = {}): TableFit {
  const rows = shownRows(allRows, o).filter((r) => r.kind === 'item');
  const fill = extras.fill ?? {};
  const chosen = o.columns ? chosenColumns(plan, o.columns) : plan.columns.filter((c) => !c.hidden);
  // Empty columns take no room; a table without rows yet (a template to fill in) keeps them all.
  const keepAll = extras.keepEmpty || rows.length === 0;
  const kept = (c: ColumnDef) =>
    keepAll ||
    fill[c.key] !== undefined ||
    extras.keep?.includes(c.key) ||
    rows.some((r) => (r.cells[c.key] ?? '').trim() !== '');
  const columns = chosen.filter(kept);
  const seq = seqOf(allRows, plan, extras);
  const specs: ColumnSpec[] = [
    { label: '序号', role: 'seq', texts: rows.map((r) => seq(r.id)) },
    ...columns.map((c): ColumnSpec => ({
      label: c.label,
      role: c.role,
      texts: rows.map((r) => r.cells[c.key] ?? ''),
      ...(fill[c.key] !== undefined ? { fill: fill[c.key] } : {}),
    })),
  ];
  const paper: Paper = { size: o.paper, orientation: o.orientation };
  return { ...fitColumns(specs, paper, o.bodySize, o.headerSize), columns, paper };
}

/** The user's way out when a table does not fit: which other papers would hold it, and the message. */
export function tooWide(
  plan: Plan,
  allRows: readonly Row[],
  o: ExportOptions,
  fit: TableFit,
  extras: LayoutExtras = {},
): AppError {
  const ways = otherPapers(fit.paper).filter(
    (p) => fitTable(plan, allRows, { ...o, paper: p.size, orientation: p.orientation }, extras).fits,
  );
  return tooWideError(
    fit.columns.length + 1,
    fit,
    fit.paper,
    ways.length > 0 ? `改用${ways.map(paperName).join('或')}纸，或` : '',
  );
}

/** The table laid out; `known` is its fit when already asked for these options (onFittingPaper). */
export function layoutPlan(
  plan: Plan,
  allRows: readonly Row[],
  o: ExportOptions,
  extras: LayoutExtras = {},
  known?: TableFit,
): SheetLayout {
  const fit = known ?? fitTable(plan, allRows, o, extras);
  if (!fit.fits) throw tooWide(plan, allRows, o, fit, extras);
  const { columns, bodySize, headerSize } = fit;
  const width = columns.length + 1;
  const widthsPt = fit.widths;
  const total = sum(widthsPt);
  const seq = seqOf(allRows, plan, extras);
  const rows = shownRows(allRows, o);
  const warnings: string[] = [];
  const out: SheetLayout['rows'] = [];
  const merges: CellBox[] = [];
  const across = (text: string, style: CellStyleName, size: number, extra = 0) => {
    const r = out.length;
    out.push({
      cells: [{ text, style }, ...Array<null>(width - 1).fill(null)],
      height: rowHeight(wrappedLines(text, total, size), size) + extra,
    });
    if (width > 1) merges.push({ top: r, left: 0, bottom: r, right: width - 1 });
  };

  const attachment = o.attachmentLabel ?? plan.attachmentLabel;
  if (attachment) out.push({ cells: [{ text: attachment, style: 'attachment' }], height: rowHeight(1, 16) });
  across(plan.title, 'title', o.titleSize, 8);
  if (o.reportLines) {
    const r = out.length;
    const half = Math.max(1, Math.floor(width / 2));
    const cells: (LaidCell | null)[] = Array<LaidCell | null>(width).fill(null);
    cells[0] = { text: `填报单位：${o.reportLines.unit}`, style: 'report' };
    cells[half] = { text: `${o.reportLines.dateLabel}：${o.reportLines.date}`, style: 'report' };
    out.push({ cells, height: rowHeight(1, bodySize) });
    if (half > 1) merges.push({ top: r, left: 0, bottom: r, right: half - 1 });
    if (width - 1 > half) merges.push({ top: r, left: half, bottom: r, right: width - 1 });
  }
  for (const line of o.intro) across(line, 'note', bodySize);

  const headerStart = out.length;
  const labels = ['序号', ...columns.map((c) => c.label)];
  const headerLines = Math.max(...labels.map((l, i) => wrappedLines(l, widthsPt[i]!, headerSize)));
  if (!columns.some((c) => c.group)) {
    out.push({ cells: labels.map((text) => ({ text, style: 'header' })), height: rowHeight(headerLines, headerSize) });
  } else {
    twoLevelHeader(columns, headerStart, headerLines, headerSize, out, merges);
  }
  const headerEnd = out.length - 1;

  const pages = extras.continues ? new Pages(fit.paper, out, headerStart, headerEnd) : null;
  let item = 0;
  for (const row of rows) {
    if (row.kind === 'section') {
      across(row.title, 'section', bodySize);
      pages?.place(out.length - 1);
      continue;
    }
    // The fit measured every item's lines at these widths, in this order.
    let lines = fit.lines[item++] ?? 1;
    let shown = row;
    let number = seq(row.id);
    const begun = extras.continues?.get(row.id);
    if (pages && begun && pages.breaksBefore(rowHeight(lines, bodySize)) && columns[0]) {
      // The first row of a page, going on with an item: the item's 序号 and name again, marked 续.
      const name = begun.cells[columns[0].key] ?? '';
      shown = { ...row, cells: { ...row.cells, [columns[0].key]: `${name}（续）` } };
      number = seq(begun.id);
      lines = Math.max(...columns.map((c, i) => wrappedLines(shown.cells[c.key] ?? '', widthsPt[i + 1]!, bodySize)));
    }
    const cells: LaidCell[] = [{ text: number, style: 'bodyCenter' }];
    for (const c of columns)
      cells.push({ text: shown.cells[c.key] ?? '', style: CENTERED_ROLES.has(c.role) ? 'bodyCenter' : 'body' });
    const height = rowHeight(lines, bodySize);
    if (height > EXCEL_ROW_MAX_PT)
      warnings.push(
        `序号 ${seq(row.id)} 这一行的文字太多，一页纸打印不下，Excel 中也只显示前一部分；请精简文字或减少列。`,
      );
    out.push({ cells, height: Math.min(height, EXCEL_ROW_MAX_PT) });
    pages?.place(out.length - 1);
  }
  const tableEnd = out.length - 1;
  for (const note of o.notes) across(note, 'note', bodySize);

  return {
    widths: widthsPt.map(excelWidth),
    widthsPt,
    rows: out,
    merges,
    headerStart,
    headerEnd,
    tableStart: headerStart,
    tableEnd,
    labels,
    columns,
    paper: fit.paper,
    bodySize,
    headerSize,
    frozenColumns: extras.frozenColumns ?? 0,
    warnings,
    pageBreaks: pages?.breaks ?? [],
  };
}

/**
 * The pages of a table as the layout breaks them: the rows above the header on the first page, the header repeated
 * on every page, then as many rows as fill PAGE_FILL of the page; a row that does not fit begins the next page.
 */
class Pages {
  readonly breaks: number[] = [];
  private readonly room: number;
  private readonly header: number;
  private used: number;
  /** Whether the current page holds a row of the body yet (a row taller than a page still gets a page). */
  private begun = false;

  constructor(
    paper: Paper,
    private readonly rows: SheetLayout['rows'],
    headerStart: number,
    headerEnd: number,
  ) {
    this.room = printableHeight(paper) * PAGE_FILL;
    this.header = sum(rows.slice(headerStart, headerEnd + 1).map((r) => r.height));
    this.used = sum(rows.slice(0, headerEnd + 1).map((r) => r.height));
  }

  /** Whether a body row of this height would begin a new page. */
  breaksBefore(height: number): boolean {
    return this.begun && this.used + height > this.room;
  }

  /** The row just laid out, on the current page or at the top of the next. */
  place(index: number): void {
    const height = this.rows[index]!.height;
    if (this.breaksBefore(height)) {
      this.breaks.push(index);
      this.used = this.header;
    }
    this.used += height;
    this.begun = true;
  }
}

/** 序号 and the columns without a group span both header rows; a group's label spans its columns above their own. */
function twoLevelHeader(
  columns: readonly ColumnDef[],
  headerStart: number,
  headerLines: number,
  headerSize: number,
  out: SheetLayout['rows'],
  merges: CellBox[],
): void {
  const upper: (LaidCell | null)[] = [{ text: '序号', style: 'header' }];
  const lower: (LaidCell | null)[] = [null];
  merges.push({ top: headerStart, left: 0, bottom: headerStart + 1, right: 0 });
  let i = 0;
  while (i < columns.length) {
    const g = columns[i]!.group;
    if (!g) {
      upper.push({ text: columns[i]!.label, style: 'header' });
      lower.push(null);
      merges.push({ top: headerStart, left: i + 1, bottom: headerStart + 1, right: i + 1 });
      i++;
      continue;
    }
    const from = i;
    while (i < columns.length && columns[i]!.group === g) {
      upper.push(i === from ? { text: g, style: 'header' } : null);
      lower.push({ text: columns[i]!.label, style: 'header' });
      i++;
    }
    if (i - 1 > from) merges.push({ top: headerStart, left: from + 1, bottom: headerStart, right: i });
  }
  out.push({ cells: upper, height: rowHeight(1, headerSize) });
  out.push({ cells: lower, height: rowHeight(headerLines, headerSize) });
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/**
 * The options on the first paper the table fits at 9 pt or more, for an output whose paper nobody chose: the paper
 * given (A4 landscape by default), else A3 landscape, else A3 portrait; the options as given when none fits.
 */
export function onFittingPaper(
  plan: Plan,
  allRows: readonly Row[],
  o: ExportOptions,
  extras: LayoutExtras = {},
): ExportOptions {
  return paperThatFits(plan, allRows, o, extras).o;
}

/** onFittingPaper, with the fit it found, for layoutPlan not to measure the table again. */
export function paperThatFits(
  plan: Plan,
  allRows: readonly Row[],
  o: ExportOptions,
  extras: LayoutExtras = {},
): { o: ExportOptions; fit: TableFit } {
  const good = (f: TableFit) => f.fits && !f.tooTall;
  const here = fitTable(plan, allRows, o, extras);
  if (good(here)) return { o, fit: here };
  const a3 = otherPapers({ size: o.paper, orientation: o.orientation }).filter((p) => p.size === 'A3');
  const fits = a3.map((x) => ({
    x,
    fit: fitTable(plan, allRows, { ...o, paper: x.size, orientation: x.orientation }, extras),
  }));
  // Rows whole on A3 where they are not on A4; else the first paper the columns fit at all.
  const p = fits.find((f) => good(f.fit)) ?? (here.fits ? undefined : fits.find((f) => f.fit.fits));
  return p ? { o: { ...o, paper: p.x.size, orientation: p.x.orientation }, fit: p.fit } : { o, fit: here };
}
