// Reads a 测评 score sheet as third-party evaluators send it: a title naming the month, a header with the unit
// column and the indicators (their maximum in the header: 整体满意度（40分）), optional 总分/排名 columns, and the
// units in rows grouped under section rows (一、县（市、区） / 二、市直医疗卫生机构). Sheets come through the
// importer's guarded sheet reading, so a bad file gets the importer's messages.
import { AppError } from '../errors';
import { periodFromText, type Indicator, type ScoreLine, type ScoreSheet } from '../domain/scores';
import { readSheets, type SheetReader } from './read-file';
import { cellAt, type CellBox, type SheetGrid } from './sheet-grid';

const HEADER_SCAN_ROWS = 20;
/** More units than any city has: a sheet past this is not a score sheet. */
export const MAX_SCORE_LINES = 2000;
const UNIT_HEADER = /^(被?测评)?(单位|单位名称|机构|机构名称|医疗机构|名称|县（市、区）|县市区)$/;
const SEQ_HEADER = /^(序号|编号)$/;
const TOTAL_HEADER = /^(总分|总得分|合计|得分合计|综合得分)/;
const RANK_HEADER = /^(排名|名次|排序)/;
const IGNORED_HEADER = /^(备注|说明|类别|分组|组别)/;
const SECTION = /^([一二三四五六七八九十]+)[、.．]\s*(.+)$/;
const NOTE = /^(注|说明|备注|附注)\s*\d*\s*[:：]/;
const MAX_IN_HEADER = /[（(]\s*(?:满分\s*(\d+(?:\.\d+)?)\s*分?|(\d+(?:\.\d+)?)\s*分)\s*[)）]\s*$/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?\s*分?$/;

interface Columns {
  unit: number;
  total: number | null;
  indicators: { col: number; indicator: Indicator }[];
}

/** Reads the first sheet that holds a score table. */
export async function readScoreSheet(
  data: Uint8Array,
  fileName: string,
  read: SheetReader = readSheets,
): Promise<ScoreSheet> {
  const sheets = await read(data, fileName);
  for (const g of sheets) {
    if (g.hidden) continue;
    const header = findScoreHeader(g);
    if (header) return readFrom(g, header, fileName);
  }
  throw new AppError('SCORES_NO_TABLE', { file: fileName });
}

interface Header {
  /** The last header row; the body starts below it. */
  end: number;
  columns: Columns;
  /** Lines above the header: the title is among them. */
  above: string[];
}

/** The header: a row among the first with a unit column and at least one indicator column (its upper row too). */
function findScoreHeader(g: SheetGrid): Header | null {
  for (let r = 0; r < Math.min(g.cells.length, HEADER_SCAN_ROWS); r++) {
    const unit = columnWhere(g, r, (t) => UNIT_HEADER.test(compact(t)));
    if (unit === null) continue;
    const lower = r + 1 < g.cells.length && isSubHeader(g, r, r + 1) ? r + 1 : r;
    const columns = columnsOf(g, r, lower, unit);
    if (columns.indicators.length === 0) continue;
    const above = g.cells
      .slice(0, r)
      .map((line) => line.filter(Boolean).join(' ').trim())
      .filter(Boolean);
    return { end: lower, columns, above };
  }
  return null;
}

/** A second header row: under cells merged across in the first (测评指标 over its indicators), and no numbers. */
function isSubHeader(g: SheetGrid, first: number, second: number): boolean {
  const parent = g.merges.some((m) => m.top === first && m.bottom === first && m.right > m.left);
  if (!parent) return false;
  const texts = (g.cells[second] ?? []).filter(Boolean);
  return texts.length > 0 && texts.every((t) => !NUMBER.test(t.trim()));
}

function columnsOf(g: SheetGrid, upper: number, lower: number, unit: number): Columns {
  let total: number | null = null;
  const indicators: Columns['indicators'] = [];
  for (let c = 0; c < g.colCount; c++) {
    if (c === unit) continue;
    const text = compact(headerText(g, upper, lower, c));
    if (text === '' || SEQ_HEADER.test(text) || RANK_HEADER.test(text) || IGNORED_HEADER.test(text)) continue;
    if (TOTAL_HEADER.test(text)) {
      total = c;
      continue;
    }
    const max = MAX_IN_HEADER.exec(text);
    const name = (max ? text.slice(0, max.index) : text).trim();
    if (name !== '')
      indicators.push({ col: c, indicator: { name: name.slice(0, 60), max: max ? Number(max[1] ?? max[2]) : null } });
  }
  return { unit, total, indicators };
}

/** A header cell's text: the lower row's when two, else the upper's (a cell merged down shows in both). */
function headerText(g: SheetGrid, upper: number, lower: number, c: number): string {
  const low = lower === upper ? '' : shown(g, lower, c);
  const up = shown(g, upper, c);
  return low !== '' && low !== up ? low : up;
}

function readFrom(g: SheetGrid, h: Header, fileName: string): ScoreSheet {
  const warnings: string[] = [];
  const lines: ScoreLine[] = [];
  let group = '';
  for (let r = h.end + 1; r < g.cells.length; r++) {
    const unitText = compactName(cellAt(g, r, h.columns.unit));
    const first = compactName((g.cells[r] ?? []).find((t) => t.trim() !== '') ?? '');
    if (first === '' || NOTE.test(first)) {
      if (NOTE.test(first)) break;
      continue;
    }
    const section = sectionTitle(g, r, unitText || first, h.columns);
    if (section !== null) {
      group = section;
      continue;
    }
    if (unitText === '' || /^(合计|平均|平均分|总计)$/.test(unitText)) continue;
    if (lines.length >= MAX_SCORE_LINES)
      throw new AppError('SCORES_TOO_MANY', { file: fileName, limit: MAX_SCORE_LINES });
    lines.push(lineAt(g, r, h.columns, group, unitText, warnings));
  }
  if (lines.length === 0) throw new AppError('SCORES_NO_TABLE', { file: fileName });
  const title = h.above.find((t) => /测评|评分|得分|排名|满意度|考核/.test(t)) ?? h.above[0] ?? '';
  const period =
    periodFromText(title) ??
    periodFromText(h.above.join(' ')) ??
    periodFromText(fileName) ??
    fileName.replace(/\.[^.]+$/, '');
  return { period, title, indicators: h.columns.indicators.map((i) => i.indicator), lines, warnings };
}

function lineAt(g: SheetGrid, r: number, cols: Columns, group: string, unit: string, warnings: string[]): ScoreLine {
  const line = r + 1;
  const scores = cols.indicators.map(({ col, indicator }) => {
    const text = cellAt(g, r, col).trim();
    const n = scoreOf(text);
    if (text !== '' && n === null)
      warnings.push(`第 ${line} 行「${unit}」的「${indicator.name}」写的是「${text.slice(0, 20)}」，不是分数。`);
    if (n !== null && indicator.max !== null && n > indicator.max) {
      warnings.push(`第 ${line} 行「${unit}」的「${indicator.name}」${n} 分，超过了满分 ${indicator.max} 分。`);
    }
    return n;
  });
  const statedTotal = cols.total === null ? null : scoreOf(cellAt(g, r, cols.total).trim());
  return { group, unit, scores, statedTotal, line };
}

/** A section row: 一、县（市、区）, or a name merged across the table, with no scores. */
function sectionTitle(g: SheetGrid, r: number, text: string, cols: Columns): string | null {
  if (hasScores(g, r, cols)) return null;
  const numbered = SECTION.exec(text);
  if (numbered) return numbered[2]!.trim();
  const across = g.merges.some((m) => m.top === r && m.right > m.left && m.right >= cols.unit && m.left <= cols.unit);
  return across ? text : null;
}

function hasScores(g: SheetGrid, r: number, cols: Columns): boolean {
  return cols.indicators.some(({ col }) => scoreOf(cellAt(g, r, col).trim()) !== null);
}

function scoreOf(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number.parseFloat(text);
  return Number.isFinite(n) ? n : null;
}

function columnWhere(g: SheetGrid, r: number, test: (t: string) => boolean): number | null {
  for (let c = 0; c < g.colCount; c++) if (test(cellAt(g, r, c))) return c;
  return null;
}

/** Header text without line breaks and spaces (整体满意度\n（40分） is one header). */
function compact(t: string): string {
  return t
    .replace(/[\s\u3000]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** A unit's name as written, its line breaks and spaces (half- and full-width) taken out: 莘\u3000县 is 莘县. */
function compactName(t: string): string {
  return t.replace(/[\s\u3000]/g, '');
}

function mergeAt(g: SheetGrid, r: number, c: number): CellBox | undefined {
  return g.merges.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
}

function shown(g: SheetGrid, r: number, c: number): string {
  const m = mergeAt(g, r, c);
  return m ? cellAt(g, m.top, m.left) : cellAt(g, r, c);
}
