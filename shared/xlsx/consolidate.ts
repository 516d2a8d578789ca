// The 汇总表 of a round: the accepted returns of every unit in one table, each row with its unit and the time its
// file came in, under the plan's own 序号 and sections; arranged 按事项 (each item, then each unit's report under it)
// or 按单位 (each unit, then its rows); written in the official layout, with a sheet per unit when asked.
import { ExportOptions, type ExportOptionsInput } from '../domain/export';
import { numberRows } from '../domain/numbering';
import type { ColumnDef, Plan, Row } from '../domain/plan';
import { localStamp, type Round, type Submission } from '../domain/round';
import { roundColumns } from './fill-in-sheet';
import { layoutPlan, onFittingPaper } from './official-layout';
import { addLaidSheet, newWorkbook, workbookBytes } from './write-workbook';

const UNIT_COLUMN: ColumnDef = { key: 'fromUnit', label: '填报单位', role: 'unit', width: 14 };
const TIME_COLUMN: ColumnDef = { key: 'submittedAt', label: '报送时间', role: 'deadline', width: 15 };

/** 按事项: the plan's items in order, each unit's report under each; 按单位: each unit's rows together. */
export type Arrangement = 'item' | 'unit';

export interface Consolidation {
  plan: Plan;
  rows: Row[];
  /** The 序号 each row prints: the plan's number of the item it reports on (or the number the unit's file gave). */
  numbers: Map<string, string>;
  /** The rows of each unit, in the round's order of units. */
  byUnit: { unit: string; rows: Row[] }[];
  /** 按事项: each further unit's report under an item, to the item's first report (its 序号 and name, on a new page). */
  continues: Map<string, Row>;
}

interface UnitRow {
  unit: string;
  row: Row;
  /** The plan row reported on, when known. */
  rowId: string | null;
}

/** `accepted` holds at most one submission per unit: the one in force. */
export function consolidate(
  round: Round,
  plan: Plan,
  planRows: readonly Row[],
  accepted: readonly Submission[],
  arrangement: Arrangement = 'unit',
): Consolidation {
  const { columns } = roundColumns(round, plan);
  const byId = new Map(planRows.map((r) => [r.id, r]));
  const planNumbers = numberRows(planRows, plan.numbering);
  const title = round.mode === 'table' && /汇总表$/.test(plan.title) ? plan.title : `${round.title}汇总表`;
  const out: Plan = { ...plan, title, columns: [...columns, UNIT_COLUMN, TIME_COLUMN], attachmentLabel: '' };
  const numbers = new Map<string, string>();
  const byUnit: Consolidation['byUnit'] = [];
  const all: UnitRow[] = [];
  const answers: Row[] = [];
  for (const unit of round.units) {
    const sub = accepted.find((s) => s.unit === unit);
    if (!sub) continue;
    const stamp = localStamp(sub.receivedAt);
    const rows = sub.rows.map((r, i): Row => {
      const base = r.rowId ? (byId.get(r.rowId)?.cells ?? {}) : {};
      const row: Row = {
        id: `${sub.id}-${i}`,
        kind: 'item',
        title: '',
        cells: { ...base, ...r.cells, fromUnit: unit, submittedAt: stamp },
      };
      const n = r.rowId ? planNumbers.get(r.rowId) : undefined;
      numbers.set(row.id, n !== undefined ? String(n) : (r.cells.seq ?? '').trim() || String(i + 1));
      all.push({ unit, row, rowId: r.rowId });
      return row;
    });
    // A unit that answered 本单位无此项内容 / 本期无新进展 is listed with its answer, not left out without a word.
    if (rows.length === 0 && columns[0]) {
      const answer: Row = {
        id: `${sub.id}-0`,
        kind: 'item',
        title: '',
        cells: { [columns[0].key]: sub.reason || '本单位无此项内容', fromUnit: unit, submittedAt: stamp },
      };
      rows.push(answer);
      answers.push(answer);
    }
    byUnit.push({ unit, rows });
  }
  const continues = new Map<string, Row>();
  const rows =
    arrangement === 'item' && planRows.length > 0
      ? [...byItem(planRows, all, continues), ...answered(answers)]
      : byUnitRows(byUnit);
  return { plan: out, rows, numbers, byUnit, continues };
}

/** A report's cells without those copied from the plan's item. */
function onlyReported(cells: Row['cells'], planCells: Row['cells']): Row['cells'] {
  return Object.fromEntries(Object.entries(cells).filter(([k, v]) => planCells[k] === undefined || planCells[k] !== v));
}

function byUnitRows(byUnit: Consolidation['byUnit']): Row[] {
  return byUnit.flatMap(({ unit, rows }, i): Row[] => [
    { id: `unit-${i}`, kind: 'section', title: unit, cells: {} },
    ...rows,
  ]);
}

/**
 * 按事项: the units that answered 本单位无此项内容 / 本期无新进展 report on no item; they come last, under a heading
 * of their own, each with its answer, its unit and its time, and no 序号 (the plan's numbers are the items').
 */
function answered(answers: readonly Row[]): Row[] {
  if (answers.length === 0) return [];
  return [{ id: 'answered', kind: 'section', title: '本期无报送内容的单位', cells: {} }, ...answers];
}

/** The plan's sections and items in order, each item followed by every unit's report on it; rows not in the plan last. */
function byItem(planRows: readonly Row[], all: readonly UnitRow[], continues: Map<string, Row>): Row[] {
  const out: Row[] = [];
  let section: Row | null = null;
  for (const p of planRows) {
    if (p.kind === 'section') {
      section = p;
      continue;
    }
    const reports = all.filter((u) => u.rowId === p.id);
    if (reports.length === 0) continue;
    if (section) out.push(section);
    section = null;
    // The item's own cells once, on its first report; the other units' reports under it carry what they wrote.
    const first = reports[0]!.row;
    out.push(first);
    for (const u of reports.slice(1)) {
      const under: Row = { ...u.row, id: `${u.row.id}-under`, cells: onlyReported(u.row.cells, p.cells) };
      continues.set(under.id, first);
      out.push(under);
    }
  }
  const known = new Set(planRows.map((r) => r.id));
  out.push(...all.filter((u) => u.rowId === null || !known.has(u.rowId)).map((u) => u.row));
  return out;
}

/** The 汇总表 as .xlsx; on A3 when it fits there and not on A4, unless a paper is given. */
export async function writeConsolidation(
  c: Consolidation,
  perUnitSheets: boolean,
  options: ExportOptionsInput = {},
  warnings: string[] = [],
): Promise<Uint8Array> {
  const extras = { numbers: c.numbers, continues: c.continues };
  const given = ExportOptions.parse(options);
  const o = options.paper ? given : onFittingPaper(c.plan, c.rows, given, extras);
  const wb = newWorkbook(c.plan.kind);
  addLaidSheet(wb, layoutPlan(c.plan, c.rows, o, extras), o, '汇总', warnings);
  if (perUnitSheets) {
    for (const { unit, rows } of c.byUnit) addLaidSheet(wb, layoutPlan(c.plan, rows, o, extras), o, unit, warnings);
  }
  return workbookBytes(wb);
}
