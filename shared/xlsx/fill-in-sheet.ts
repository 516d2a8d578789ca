// The fill-in sheet (填报表) a round sends to one unit: the official layout with the unit and the due date at the top,
// the columns it must not change locked, drop-downs and date checks, and a hidden sheet saying whose it is.
import type ExcelJS from 'exceljs';
import { ExportOptions } from '../domain/export';
import type { ColumnDef, Plan, Row } from '../domain/plan';
import { dayName, FIELDS, STATUS_CHOICES, type Round } from '../domain/round';
import { layoutPlan } from './official-layout';
import { writeMarker, type RoundMarker } from './round-marker';
import { addLaidSheet, newWorkbook, workbookBytes } from './write-workbook';

/** The columns of a round's sheet: the plan's (locked in a progress round) and the fields asked for. */
export function roundColumns(round: Round, plan: Plan): { columns: ColumnDef[]; open: Set<string> } {
  const planColumns = plan.columns.filter((c) => !c.hidden);
  if (round.mode === 'table') return { columns: planColumns, open: new Set(planColumns.map((c) => c.key)) };
  const fields = round.fields.map((k): ColumnDef => {
    const f = FIELDS[k];
    return { key: k, label: f.label, role: f.type === 'status' || f.type === 'date' ? 'deadline' : 'text', width: f.width };
  });
  return { columns: [...planColumns, ...fields], open: new Set(round.fields) };
}

export function instructionsOf(round: Round): string[] {
  const asked =
    round.mode === 'progress'
      ? `请在${round.fields.map((k) => `「${FIELDS[k].label}」`).join('')}列填写本单位情况，其他列已锁定，请勿改动；「完成状态」请从下拉列表中选择。`
      : '请从第一行空白行起逐行填写，每行一项；行数不够可在表下方继续填写。';
  const lines = [`填报说明：${asked}请于${dayName(round.dueDate)}前报送。`];
  if (round.instructions.trim() !== '') lines.push(round.instructions.trim());
  return lines;
}

/** One unit's sheet as .xlsx bytes. `rows` are the plan's rows the unit reports on (progress rounds). */
export async function writeFillInSheet(round: Round, plan: Plan, unit: string, unitRows: readonly Row[], allRows: readonly Row[]): Promise<Uint8Array> {
  const { columns, open } = roundColumns(round, plan);
  const laidPlan: Plan = { ...plan, title: round.title, columns, attachmentLabel: '' };
  const rows = round.mode === 'progress' ? withSections(allRows, unitRows) : blankRows(round.blankRows);
  const o = ExportOptions.parse({
    reportLines: { unit, date: `${dayName(round.dueDate)}前`, dateLabel: '报送截止' },
    intro: instructionsOf(round),
    rowIds: rows.map((r) => r.id),
  });
  const layout = layoutPlan(laidPlan, round.mode === 'progress' ? allRows : rows, o);
  const wb = newWorkbook(plan.kind);
  const ws = addLaidSheet(wb, layout, o, unit);

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
  cell.style = { ...cell.style, protection: { locked: false } };
  if (key === 'status') {
    cell.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${STATUS_CHOICES.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '完成状态',
      error: `请从下拉列表中选择：${STATUS_CHOICES.join('、')}`,
    };
  } else if (key === 'doneOn') {
    cell.numFmt = 'yyyy-mm-dd';
    cell.dataValidation = {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '完成日期',
      error: '请填写日期，例如 2026-03-10',
    };
  }
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
