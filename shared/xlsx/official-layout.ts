// The official layout of a plan as a sheet: 附件 label, title, 填报单位/时间, one- or two-level header, rows with
// section rows merged across, notes; column widths and row heights computed so wrapped text fits when opened.
import { numberRows } from '../domain/numbering';
import type { ColumnDef, Plan, Row } from '../domain/plan';
import type { ExportOptions } from '../domain/export';
import type { CellBox } from './sheet-grid';

export type CellStyleName = 'attachment' | 'title' | 'report' | 'header' | 'section' | 'body' | 'bodyCenter' | 'note';

export interface LaidCell {
  text: string;
  style: CellStyleName;
}

export interface SheetLayout {
  /** Excel column widths, in characters of the default font. */
  widths: number[];
  rows: { cells: (LaidCell | null)[]; height: number }[];
  merges: CellBox[];
  /** 0-based rows of the header, repeated on every printed page. */
  headerStart: number;
  headerEnd: number;
  /** The rows that get thin borders: the header and the body. */
  tableStart: number;
  tableEnd: number;
}

const SEQ_WIDTH = 6;
/** A CJK or full-width character is one em wide (16 px at 12 pt); Latin letters and digits about half that. */
const NARROW_EM = 0.55;
/** Line spacing of 仿宋/宋体/黑体 in Excel and WPS, as a multiple of the font size, and the cell's padding. */
const LINE_HEIGHT = 1.3;
const PADDING_PT = 5;
const CENTERED_ROLES = new Set(['deadline', 'unit', 'person']);

function isWide(code: number): boolean {
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

/** The width of a line of text in pixels at the given size in points. */
export function textPixels(line: string, size: number): number {
  let wide = 0;
  let narrow = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // A surrogate pair is one character (CJK Extension B and beyond): count it once, as wide.
    if (code >= 0xd800 && code <= 0xdbff) {
      wide++;
      i++;
    } else if (isWide(code)) wide++;
    else narrow++;
  }
  return ((size * 4) / 3) * (wide + narrow * NARROW_EM);
}

/** A column's width in pixels, as Excel turns its width in characters (of 7 px) into pixels. */
export function columnPixels(width: number): number {
  return Math.trunc(7 * width + 5);
}

/** How many lines a cell's text wraps into in a column of the given width. */
export function wrappedLines(text: string, width: number, size: number): number {
  // The cell's padding and indent off, and a little more: fonts differ between Excel, WPS and LibreOffice.
  const usable = Math.max(8, (columnPixels(width) - 18) * 0.95);
  let lines = 0;
  for (const para of text.split('\n')) lines += Math.max(1, Math.ceil(textPixels(para, size) / usable));
  return lines;
}

export function rowHeight(lines: number, size: number): number {
  return Math.round((lines * size * LINE_HEIGHT + PADDING_PT) * 4) / 4;
}

function excelWidth(c: ColumnDef): number {
  return Math.max(6, Math.round(c.width * 1.15 * 10) / 10);
}

export function layoutPlan(plan: Plan, allRows: readonly Row[], o: ExportOptions): SheetLayout {
  const columns = plan.columns.filter((c) => !c.hidden);
  const width = columns.length + 1;
  const widths = [SEQ_WIDTH, ...columns.map(excelWidth)];
  const numbers = numberRows(allRows, plan.numbering);
  const wanted = o.rowIds ? new Set(o.rowIds) : null;
  const rows = wanted ? allRows.filter((r) => wanted.has(r.id)) : allRows;
  const out: SheetLayout['rows'] = [];
  const merges: CellBox[] = [];
  const across = (text: string, style: CellStyleName, height: number) => {
    const r = out.length;
    out.push({ cells: [{ text, style }, ...Array<null>(width - 1).fill(null)], height });
    if (width > 1) merges.push({ top: r, left: 0, bottom: r, right: width - 1 });
  };

  const attachment = o.attachmentLabel ?? plan.attachmentLabel;
  if (attachment) {
    out.push({ cells: [{ text: attachment, style: 'attachment' }], height: rowHeight(1, 16) });
  }
  const titleLines = wrappedLines(plan.title, sum(widths), o.titleSize);
  across(plan.title, 'title', rowHeight(titleLines, o.titleSize) + 8);
  if (o.reportLines) {
    const r = out.length;
    const half = Math.max(1, Math.floor(width / 2));
    const cells: (LaidCell | null)[] = Array<LaidCell | null>(width).fill(null);
    cells[0] = { text: `填报单位：${o.reportLines.unit}`, style: 'report' };
    cells[half] = { text: `${o.reportLines.dateLabel}：${o.reportLines.date}`, style: 'report' };
    out.push({ cells, height: rowHeight(1, o.bodySize) });
    if (half > 1) merges.push({ top: r, left: 0, bottom: r, right: half - 1 });
    if (width - 1 > half) merges.push({ top: r, left: half, bottom: r, right: width - 1 });
  }

  for (const line of o.intro) across(line, 'note', rowHeight(wrappedLines(line, sum(widths), o.bodySize), o.bodySize));

  const headerStart = out.length;
  const twoLevel = columns.some((c) => c.group);
  const labels = ['序号', ...columns.map((c) => c.label)];
  const headerLines = Math.max(...labels.map((l, i) => wrappedLines(l, widths[i]!, o.headerSize)));
  if (!twoLevel) {
    out.push({ cells: labels.map((text) => ({ text, style: 'header' })), height: rowHeight(headerLines, o.headerSize) });
  } else {
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
    out.push({ cells: upper, height: rowHeight(1, o.headerSize) });
    out.push({ cells: lower, height: rowHeight(headerLines, o.headerSize) });
  }
  const headerEnd = out.length - 1;

  for (const row of rows) {
    if (row.kind === 'section') {
      across(row.title, 'section', rowHeight(wrappedLines(row.title, sum(widths), o.bodySize), o.bodySize));
      continue;
    }
    const cells: LaidCell[] = [{ text: String(numbers.get(row.id) ?? ''), style: 'bodyCenter' }];
    let lines = 1;
    columns.forEach((c, i) => {
      const text = row.cells[c.key] ?? '';
      cells.push({ text, style: CENTERED_ROLES.has(c.role) ? 'bodyCenter' : 'body' });
      if (text !== '') lines = Math.max(lines, wrappedLines(text, widths[i + 1]!, o.bodySize));
    });
    out.push({ cells, height: rowHeight(lines, o.bodySize) });
  }
  const tableEnd = out.length - 1;
  for (const note of o.notes) across(note, 'note', rowHeight(wrappedLines(note, sum(widths), o.bodySize), o.bodySize));

  return { widths, rows: out, merges, headerStart, headerEnd, tableStart: headerStart, tableEnd };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
