// The fill-in sheet (填报表) a round sends to one unit, sized for the unit: 序号 and the item's name, the target for
// the period, the columns to fill, then the plan columns the clerk chose; 序号 and the name frozen with the header;
// the unit and the due date at the top, locked cells, one data validation per range, a hidden sheet saying whose it is.
import type ExcelJS from 'exceljs';
import { ExportOptions, quarterOfColumn, quarterOfPeriod } from '../domain/export';
import type { ColumnDef, Plan, Row } from '../domain/plan';
import { dayName, FIELDS, SheetChoice, SHEET_STATUS_CHOICES, type FieldKey, type Round } from '../domain/round';
import { layoutPlan, onFittingPaper, type SheetLayout } from './official-layout';
import { writeMarker, type RoundMarker } from './round-marker';
import { addLaidSheet, newWorkbook, workbookBytes } from './write-workbook';

/** Room (em) each field leaves for writing, which is also its share of the page against the others. */
const FIELD_ROOM: Readonly<Record<FieldKey, number>> = {
  status: 4,
  progress: 14,
  problems: 8,
  nextSteps: 8,
  doneOn: 6,
};
const SHORT_ROLES = new Set(['unit', 'deadline']);

/** The plan column naming each item: the first long-text column that is not a quarter's target. */
function nameColumn(columns: readonly ColumnDef[]): ColumnDef | undefined {
  return columns.find((c) => c.role === 'text' && quarterOfColumn(c) === null);
}

/** The column holding the period's target: that quarter's, or a 目标 column of a plan without quarters. */
function targetColumn(
  columns: readonly ColumnDef[],
  period: string | null,
  name: ColumnDef | undefined,
): ColumnDef | undefined {
  if (columns.some((c) => quarterOfColumn(c) !== null))
    return period ? columns.find((c) => quarterOfColumn(c) === quarterOfPeriod(period)) : undefined;
  return columns.find((c) => c !== name && c.role === 'text' && /目标/.test(c.label));
}

/**
 * The columns of a round's sheet, in order, and those the unit fills in. A table round: the plan's columns, all open.
 * A progress round: the name, the period's target, the fields asked for, then the chosen plan columns (by default
 * the units and dates), none twice; other quarters' targets only when chosen.
 */
export function roundColumns(round: Round, plan: Plan): { columns: ColumnDef[]; open: Set<string> } {
  const planColumns = plan.columns.filter((c) => !c.hidden);
  if (round.mode === 'table') return { columns: planColumns, open: new Set(planColumns.map((c) => c.key)) };
  const name = nameColumn(planColumns);
  const target = targetColumn(planColumns, round.period, name);
  const fields = round.fields.map((k): ColumnDef => {
    const f = FIELDS[k];
    return {
      key: k,
      label: f.label,
      role: f.type === 'status' || f.type === 'date' ? 'deadline' : 'text',
      width: f.width,
    };
  });
  const chosen = round.sheet?.columns;
  const rest = chosen
    ? chosen.map((k) => planColumns.find((c) => c.key === k)).filter((c): c is ColumnDef => c !== undefined)
    : planColumns.filter((c) => SHORT_ROLES.has(c.role));
  const lead = [name, target].filter((c): c is ColumnDef => c !== undefined);
  const after = rest.filter((c) => !lead.includes(c));
  return { columns: [...lead, ...fields, ...after], open: new Set(round.fields) };
}

export function instructionsOf(round: Round): string[] {
  const asked =
    round.mode === 'progress'
      ? `请在${round.fields.map((k) => `「${FIELDS[k].label}」`).join('')}列填写本单位情况，其他列已锁定，请勿改动；${noNews(round)}`
      : '请从第一行空白行起逐行填写，每行一项；行数不够可在表下方继续填写。本单位没有此项内容的，请在第一行第一格填写“本单位无此项内容”后报送。';
  const lines = [`填报说明：${asked}请于${dayName(round.dueDate)}前报送。`];
  if (round.instructions.trim() !== '') lines.push(round.instructions.trim());
  return lines;
}

/** How a unit says 本期无新进展 (return-check reads it): the choice in 完成状态, or the words in the first field. */
function noNews(round: Round): string {
  const first = round.fields[0];
  if (round.fields.includes('status'))
    return '「完成状态」请从下拉列表中选择；本期没有新进展的，在「完成状态」中选择“本期无新进展”，该项其他列不必填写。';
  return first ? `本期没有新进展的，在「${FIELDS[first].label}」中填写“本期无新进展”。` : '';
}

/** The sheet's layout: the round's paper and 字号, the columns above, room to write in, 序号 and the name frozen. */
export function layoutFillIn(
  round: Round,
  plan: Plan,
  unit: string,
  unitRows: readonly Row[],
  allRows: readonly Row[],
): { layout: SheetLayout; rows: Row[]; o: ExportOptions } {
  const { columns, open } = roundColumns(round, plan);
  const sheet = SheetChoice.parse(round.sheet ?? {});
  const laidPlan: Plan = { ...plan, title: round.title, columns, attachmentLabel: '' };
  const rows = round.mode === 'progress' ? withSections(allRows, unitRows) : blankRows(round.blankRows);
  const o = ExportOptions.parse({
    reportLines: { unit, date: `${dayName(round.dueDate)}前`, dateLabel: '报送截止' },
    // A progress sheet's 填报说明 goes under its table: above it, the longest line would read back as the title
    // (a 汇总表 made by `cli collect` would carry it); a table round's lines under the table are for writing in.
    ...(round.mode === 'progress' ? { notes: instructionsOf(round) } : { intro: instructionsOf(round) }),
    rowIds: rows.map((r) => r.id),
    paper: sheet.paper,
    orientation: sheet.orientation,
    bodySize: sheet.bodySize,
    headerSize: sheet.bodySize,
    columns: columns.map((c) => c.key),
  });
  const fill = Object.fromEntries(
    columns
      .filter((c) => open.has(c.key))
      .map((c) => [c.key, round.mode === 'progress' ? FIELD_ROOM[c.key as FieldKey] : Math.max(4, c.width / 2)]),
  );
  const frozenColumns = round.mode === 'progress' && nameColumn(columns) === columns[0] ? 2 : 1;
  const extras = { fill, frozenColumns, keepEmpty: true };
  const source = round.mode === 'progress' ? allRows : rows;
  const onPaper = round.sheet ? o : onFittingPaper(laidPlan, source, o, extras);
  return { layout: layoutPlan(laidPlan, source, onPaper, extras), rows, o: onPaper };
}

/** One unit's sheet as .xlsx bytes. `unitRows` are the plan's rows the unit reports on (progress rounds). */
export async function writeFillInSheet(
  round: Round,
  plan: Plan,
  unit: string,
  unitRows: readonly Row[],
  allRows: readonly Row[],
  warnings: string[] = [],
): Promise<Uint8Array> {
  const { open } = roundColumns(round, plan);
  const { layout, rows, o } = layoutFillIn(round, plan, unit, unitRows, allRows);
  const wb = newWorkbook(plan.kind);
  const ws = addLaidSheet(wb, layout, o, unit, warnings);
  const columns = layout.columns;
  const keys = ['seq', ...columns.map((c) => c.key)];
  const firstLine = layout.headerEnd + 2;
  const lines: { line: number; rowId: string | null }[] = [];
  rows.forEach((r, i) => {
    const line = firstLine + i;
    if (r.kind !== 'item') return;
    lines.push({ line, rowId: round.mode === 'progress' ? r.id : null });
    keys.forEach((key, c) => {
      if (key === 'seq' && round.mode === 'progress') return;
      if (key !== 'seq' && !open.has(key)) return;
      openCell(ws.getCell(line, c + 1), key);
    });
  });
  if (round.mode === 'table') extendBelow(ws, firstLine + rows.length, keys);
  addValidations(
    ws,
    keys,
    lines.map((l) => l.line),
  );
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatRows: true,
    formatColumns: true,
    insertRows: round.mode === 'table',
  });

  const marker: RoundMarker = {
    roundId: round.id,
    planId: plan.id,
    unit,
    mode: round.mode,
    keys,
    labels: ['序号', ...columns.map((c) => c.label)],
    headerLine: layout.headerEnd + 1,
    lines,
  };
  writeMarker(wb, marker);
  return workbookBytes(wb);
}

function openCell(cell: ExcelJS.Cell, key: string): void {
  // A fresh style object: ExcelJS shares style objects between cells, and protection set on one would open them all.
  cell.style = { ...cell.style, protection: { locked: false }, ...(key === 'doneOn' ? { numFmt: 'yyyy-mm-dd' } : {}) };
}

const STATUS_RULE: ExcelJS.DataValidation = {
  type: 'list',
  allowBlank: true,
  formulae: [`"${SHEET_STATUS_CHOICES.join(',')}"`],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '完成状态',
  error: `请从下拉列表中选择：${SHEET_STATUS_CHOICES.join('、')}`,
};

const DATE_RULE: ExcelJS.DataValidation = {
  type: 'date',
  operator: 'greaterThan',
  allowBlank: true,
  formulae: [new Date(Date.UTC(2000, 0, 1))],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '完成日期',
  error: '请填写日期，例如 2026-03-10',
};

/** The lines as runs of consecutive lines: [7, 8, 9, 12] → [[7, 9], [12, 12]]. */
export function runsOf(lines: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && line === last[1] + 1) last[1] = line;
    else runs.push([line, line]);
  }
  return runs;
}

/**
 * The drop-down of 完成状态 and the date check of 完成日期, one rule per run of lines: never a cell under two
 * rules (ExcelJS's own merging of per-cell rules made overlapping ranges, which Excel "repairs").
 */
function addValidations(ws: ExcelJS.Worksheet, keys: readonly string[], lines: readonly number[]): void {
  const rules = ws as unknown as { dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void } };
  keys.forEach((key, c) => {
    const rule = key === 'status' ? STATUS_RULE : key === 'doneOn' ? DATE_RULE : null;
    if (!rule) return;
    const col = ws.getColumn(c + 1).letter;
    for (const [from, to] of runsOf(lines))
      rules.dataValidations.add(from === to ? `${col}${from}` : `${col}${from}:${col}${to}`, { ...rule });
  });
}

/** Rows under the table in a table round stay open too, for units with more to report than the blank rows. */
function extendBelow(ws: ExcelJS.Worksheet, from: number, keys: readonly string[]): void {
  for (let line = from; line < from + 40; line++) {
    for (let c = 1; c <= keys.length; c++) {
      const cell = ws.getCell(line, c);
      cell.style = { ...cell.style, protection: { locked: false } };
    }
  }
}

function withSections(allRows: readonly Row[], unitRows: readonly Row[]): Row[] {
  const wanted = new Set(unitRows.map((r) => r.id));
  const out: Row[] = [];
  let section: Row | null = null;
  for (const r of allRows) {
    if (r.kind === 'section') section = r;
    else if (wanted.has(r.id)) {
      if (section) out.push(section);
      section = null;
      out.push(r);
    }
  }
  return out;
}

function blankRows(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({ id: `blank-${i + 1}`, kind: 'item' as const, title: '', cells: {} }));
}
