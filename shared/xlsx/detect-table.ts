// Finds the table in a sheet and reads it: the header (one or two levels), the kind, each column's meaning,
// the title and 填报单位/时间 lines above, section rows, notes below, merged cells filled in.
import { AppError } from '../errors';
import type {
  ColumnChoice,
  ImportMeta,
  ImportOptions,
  ImportResult,
  ImportedColumn,
  ImportedRow,
} from '../domain/import';
import { PlanKind } from '../domain/plan';
import { HEADER_WORDS, KIND_MARKS, isKnownHeader, keyForHeader, normalizeHeader } from './header-words';
import { cellAt, type CellBox, type SheetGrid } from './sheet-grid';
import { columnLetter } from '../column-letters';

const HEADER_SCAN_ROWS = 40;
export const SECTION_PATTERN =
  /^(第[一二三四五六七八九十百]+[部分章节]|[（(][一二三四五六七八九十百]+[)）]|[一二三四五六七八九十百]+[、.．]|[A-Z][、.．])/;
const NOTE_PATTERN = /^(注|注明|说明|备注|附注)\s*\d*\s*[:：]/;
const SEQ_PATTERN = /^[（(]?\d+[)）.．、]?$/;

export interface HeaderSpan {
  start: number;
  end: number;
  score: number;
}

/** The row (or two rows) with the most known header words among the first rows of a sheet. */
export function findHeader(g: SheetGrid): HeaderSpan | null {
  let best: HeaderSpan | null = null;
  const limit = Math.min(g.cells.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const score = headerScore(g, r);
    if (score >= 2 && (!best || score > best.score)) best = { start: r, end: r, score };
  }
  if (!best) return null;
  const next = best.start + 1;
  if (next < g.cells.length && isSecondHeaderRow(g, best.start, next)) best.end = next;
  return best;
}

function headerScore(g: SheetGrid, r: number): number {
  let n = 0;
  for (let c = 0; c < g.colCount; c++) {
    const t = cellAt(g, r, c);
    if (t !== '' && t.length <= 24 && isKnownHeader(t)) n++;
  }
  return n;
}

/** A second header row: header words under a merged parent, or under cells merged down from the first row. */
function isSecondHeaderRow(g: SheetGrid, first: number, second: number): boolean {
  const mergedDown = g.merges.some((m) => m.top === first && m.bottom >= second);
  const parent = g.merges.some((m) => m.top === first && m.bottom === first && m.right > m.left);
  if (!mergedDown && !parent) return false;
  let words = 0;
  let data = 0;
  for (let c = 0; c < g.colCount; c++) {
    const t = cellAt(g, second, c);
    if (t === '') continue;
    if (t.length <= 24 && (isKnownHeader(t) || underParent(g, first, c))) words++;
    else data++;
  }
  return words > 0 && data === 0;
}

function underParent(g: SheetGrid, row: number, col: number): boolean {
  return g.merges.some((m) => m.top === row && m.bottom === row && m.left <= col && col <= m.right && m.right > m.left);
}

function mergeAt(g: SheetGrid, r: number, c: number): CellBox | undefined {
  return g.merges.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
}

/** The text a cell shows, merged cells taking their master's text. */
function shown(g: SheetGrid, r: number, c: number): string {
  const m = mergeAt(g, r, c);
  return m ? cellAt(g, m.top, m.left) : cellAt(g, r, c);
}

export function scoreKinds(labels: string[]): Record<PlanKind, number> {
  const scores = {} as Record<PlanKind, number>;
  for (const kind of PlanKind.options) {
    const keys = new Set(
      labels.map((l) => keyForHeader(kind, l)).filter((k): k is string => k !== null && k !== 'seq'),
    );
    const marks = labels.filter((l) => KIND_MARKS[kind].some((m) => normalizeHeader(l) === normalizeHeader(m))).length;
    scores[kind] = keys.size + 2 * marks;
  }
  return scores;
}

function bestKind(labels: string[]): PlanKind {
  const scores = scoreKinds(labels);
  return PlanKind.options.reduce((a, b) => (scores[b] > scores[a] ? b : a));
}

interface HeaderCol {
  index: number;
  label: string;
  group?: string;
}

function headerColumns(g: SheetGrid, start: number, end: number): HeaderCol[] {
  const out: HeaderCol[] = [];
  for (let c = 0; c < g.colCount; c++) {
    const upper = shown(g, start, c);
    const lower = end > start ? shown(g, end, c) : upper;
    const label = lower || upper;
    const group = end > start && lower && upper && lower !== upper ? upper : undefined;
    out.push({ index: c, label, ...(group ? { group } : {}) });
  }
  return out;
}

function chooseColumns(
  g: SheetGrid,
  kind: PlanKind,
  cols: HeaderCol[],
  given: Record<string, ColumnChoice>,
  dataStart: number,
  warnings: string[],
): ImportedColumn[] {
  const used = new Set<string>();
  let extra = 0;
  const hasData = (c: number) => {
    for (let r = dataStart; r < g.cells.length; r++) if ((g.cells[r]?.[c] ?? '') !== '') return true;
    return false;
  };
  return cols
    .filter((col) => col.label !== '' || hasData(col.index))
    .map((col) => {
      const hidden = g.hiddenCols.has(col.index);
      let choice = given[String(col.index)];
      if (!choice) {
        const key = keyForHeader(kind, col.label);
        if (hidden) {
          choice = { use: 'ignore' };
          warnings.push(`隐藏的「${col.label || columnLetter(col.index)}」列未导入，可在预览中改为导入。`);
        } else if (key && !used.has(key)) choice = { use: 'key', key };
        else choice = hasData(col.index) ? { use: 'extra' } : { use: 'ignore' };
      }
      if (choice.use === 'key' && used.has(choice.key)) choice = { use: 'extra' };
      if (choice.use === 'key') used.add(choice.key);
      const key = choice.use === 'key' ? choice.key : choice.use === 'extra' ? `x${++extra}` : null;
      return { index: col.index, source: col.label, ...(col.group ? { group: col.group } : {}), choice, key, hidden };
    });
}

function readAbove(g: SheetGrid, headerStart: number, fileName: string): { title: string; meta: ImportMeta } {
  const meta: ImportMeta = {};
  const titles: string[] = [];
  for (let r = 0; r < headerStart; r++) {
    const texts = (g.cells[r] ?? []).filter((t) => t !== '');
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i]!;
      if (/^附件\s*\d*\s*[:：]?$/.test(t)) meta.attachmentLabel = t.replace(/[:：\s]/g, '');
      else if (/填报单位|报送单位/.test(t)) {
        const after = t.split(/[:：]/)[1]?.trim();
        const unit = after || (texts[i + 1] && !/时间|日期/.test(texts[i + 1]!) ? texts[++i] : '');
        if (unit) meta.reportingUnit = unit;
      } else if (/^(填报)?(时间|日期)\s*[:：]/.test(t)) {
        const d =
          /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(t) ?? /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t);
        if (d) meta.reportDate = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
      } else if (/〔\d{4}〕\s*\d+\s*号|\[\d{4}\]\s*\d+\s*号/.test(t) && t.length < 30) meta.docNo = t;
      else if (t.length >= 4) titles.push(t);
    }
  }
  const title = titles.sort((a, b) => b.length - a.length)[0] ?? fileName.replace(/\.[^.]+$/, '');
  return { title: title.replace(/\n/g, ''), meta };
}

/** The rows' texts with cells merged down (one 牵头处室 over three rows) given to every row they cover. */
function filledRows(g: SheetGrid, from: number): (r: number) => readonly string[] {
  const covered = new Map<number, Map<number, string>>();
  for (const m of g.merges) {
    if (m.bottom <= m.top || m.top < from) continue;
    const text = cellAt(g, m.top, m.left);
    for (let r = m.top; r <= m.bottom; r++) {
      const row = covered.get(r) ?? new Map<number, string>();
      for (let c = m.left; c <= m.right; c++) row.set(c, text);
      covered.set(r, row);
    }
  }
  return (r) => {
    const line = g.cells[r] ?? [];
    const over = covered.get(r);
    if (!over) return line;
    const out = [...line];
    for (const [c, t] of over) out[c] = t;
    return out;
  };
}

interface RowsOut {
  notes: string[];
  warnings: string[];
}

function readRows(
  g: SheetGrid,
  columns: ImportedColumn[],
  dataStart: number,
  header: HeaderCol[],
  out: RowsOut,
): ImportedRow[] {
  const rowAt = filledRows(g, dataStart);
  const taken = columns.filter((c) => c.key !== null);
  const seqCol = columns.find((c) => c.key === 'seq')?.index;
  const headerAt = headerWordsByColumn(header);
  const whole = Object.fromEntries(taken.map((c) => [c.key!, '']));
  const rows: ImportedRow[] = [];
  let section: string | null = null;
  for (let r = dataStart; r < g.cells.length; r++) {
    const line = rowAt(r);
    let filled = 0;
    let first = -1;
    for (let c = 0; c < line.length; c++) {
      if (line[c]) {
        filled++;
        if (first < 0) first = c;
      }
    }
    if (filled === 0) continue;
    const firstText = line[first]!;
    if (filled >= 2 && isRepeatedHeader(line, headerAt)) {
      out.warnings.push(`第 ${r + 1} 行重复了表头，未作为事项导入。`);
      continue;
    }
    if (filled === 1 && NOTE_PATTERN.test(firstText)) {
      out.notes.push(firstText);
      continue;
    }
    if (filled === 1 && isSectionRow(g, r, first, firstText, seqCol)) {
      section = firstText;
      rows.push({ kind: 'section', section, line: r + 1, cells: {} });
      continue;
    }
    const cells = rowCells(line, taken, whole);
    if (cells) rows.push({ kind: 'item', section, line: r + 1, cells });
  }
  return rows;
}

/**
 * A row's texts by column key, empty cells left out; null when it has none. A row with every column filled (most
 * rows) starts as a copy of `whole`, which has every key in order: adding keys one by one to a new object costs more.
 */
function rowCells(
  line: readonly string[],
  taken: readonly ImportedColumn[],
  whole: Readonly<Record<string, string>>,
): Record<string, string> | null {
  let filled = 0;
  for (const col of taken) if (line[col.index]) filled++;
  if (filled === 0) return null;
  const cells: Record<string, string> = filled === taken.length ? { ...whole } : {};
  for (const col of taken) {
    const t = line[col.index];
    if (t) cells[col.key!] = t;
  }
  return cells;
}

/** Each column's header words (its label, and its group's over it), normalized. */
function headerWordsByColumn(header: HeaderCol[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const h of header) {
    const words = [h.label, h.group ?? ''].map(normalizeHeader).filter((w) => w !== '');
    if (words.length > 0) out.set(h.index, words);
  }
  return out;
}

/**
 * The header again, as tables copied from paged documents repeat it: most of the header's words, each in its own
 * column, and nothing else. A data row holding a header word in another column (「责任单位」 under 工作任务) is kept.
 */
function isRepeatedHeader(line: readonly string[], headerAt: ReadonlyMap<number, string[]>): boolean {
  let hits = 0;
  for (let c = 0; c < line.length; c++) {
    const t = line[c];
    if (!t) continue;
    if (t.length > 24 || !headerAt.get(c)?.includes(normalizeHeader(t))) return false;
    hits++;
  }
  return hits >= Math.max(2, Math.ceil(headerAt.size / 2));
}

/** A section row holds one text: merged across the table, or written as （一）…, 一、… in the first cells. */
function isSectionRow(g: SheetGrid, r: number, c: number, t: string, seqCol: number | undefined): boolean {
  if (SEQ_PATTERN.test(t)) return false;
  const m = mergeAt(g, r, c);
  if (m && m.right - m.left >= 1 && m.top === m.bottom) return true;
  if (SECTION_PATTERN.test(t)) return true;
  return seqCol !== undefined && c <= seqCol + 1 && t.length > 3;
}

/** Reads the table of a workbook as the importer and the CLI both do. */
export function readTable(sheets: SheetGrid[], fileName: string, options: ImportOptions = {}): ImportResult {
  const warnings: string[] = [];
  const candidates =
    options.sheet !== undefined ? sheets.filter((s) => s.name === options.sheet) : sheets.filter((s) => !s.hidden);
  if (options.sheet !== undefined && candidates.length === 0)
    throw new AppError('IMPORT_SHEET_NOT_FOUND', { file: fileName, sheet: options.sheet });
  if (sheets.every((s) => s.cells.every((row) => row.every((t) => t === ''))))
    throw new AppError('IMPORT_EMPTY', { file: fileName });
  const found = candidates
    .map((g) => ({ g, h: findHeader(g) }))
    .sort((a, b) => (b.h?.score ?? 0) - (a.h?.score ?? 0))[0];
  if (!found) throw new AppError('IMPORT_NO_HEADER', { file: fileName });
  const g = found.g;
  let header = found.h;
  if (options.headerStart !== undefined) {
    const start = options.headerStart - 1;
    const end = Math.max(start, (options.headerEnd ?? options.headerStart) - 1);
    header = { start, end, score: 0 };
  }
  if (!header) throw new AppError('IMPORT_NO_HEADER', { file: fileName, sheet: g.name });
  const cols = headerColumns(g, header.start, header.end);
  const labels = cols.map((c) => c.label).filter((l) => l !== '');
  const kind = options.kind ?? g.kindHint ?? bestKind([...labels, ...cols.map((c) => c.group ?? '')]);
  const dataStart = header.end + 1;
  const columns = chooseColumns(g, kind, cols, options.columns ?? {}, dataStart, warnings);
  for (const [key, words] of Object.entries(HEADER_WORDS[kind])) {
    if (key !== 'seq' && key !== 'remark' && !columns.some((c) => c.key === key))
      warnings.push(`没有找到「${words[0]}」列。`);
  }
  const notes: string[] = [];
  const rows = readRows(g, columns, dataStart, cols, { notes, warnings });
  const { title, meta } = readAbove(g, header.start, fileName);
  return {
    fileName,
    sheets: sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
    sheet: g.name,
    headerStart: header.start + 1,
    headerEnd: header.end + 1,
    kind,
    title,
    meta,
    columns,
    rows,
    notes,
    warnings,
    shape: `${g.colCount}|${cols.map((c) => normalizeHeader(`${c.group ?? ''}${c.label}`)).join('|')}`,
  };
}
