// The 汇总表 of a round: the accepted returns of every unit in one table grouped by unit, each row with its unit
// and the time its file came in; written in the official layout, with a sheet per unit when asked.
import { ExportOptions } from '../domain/export';
import type { ColumnDef, Plan, Row } from '../domain/plan';
import { localStamp, type Round, type Submission } from '../domain/round';
import { roundColumns } from './fill-in-sheet';
import { layoutPlan } from './official-layout';
import { addLaidSheet, newWorkbook, workbookBytes } from './write-workbook';

const UNIT_COLUMN: ColumnDef = { key: 'fromUnit', label: '填报单位', role: 'unit', width: 14 };
const TIME_COLUMN: ColumnDef = { key: 'submittedAt', label: '报送时间', role: 'deadline', width: 15 };

export interface Consolidation {
  plan: Plan;
  rows: Row[];
  /** The rows of each unit, in the round's order of units. */
  byUnit: { unit: string; rows: Row[] }[];
}

/** `accepted` holds at most one submission per unit: the one in force. */
export function consolidate(round: Round, plan: Plan, planRows: readonly Row[], accepted: readonly Submission[]): Consolidation {
  const { columns } = roundColumns(round, plan);
  const byId = new Map(planRows.map((r) => [r.id, r]));
  const title = round.mode === 'table' && /汇总表$/.test(plan.title) ? plan.title : `${round.title}汇总表`;
  const out: Plan = { ...plan, title, columns: [...columns, UNIT_COLUMN, TIME_COLUMN], attachmentLabel: '', numbering: 'continuous' };
  const byUnit: Consolidation['byUnit'] = [];
  for (const unit of round.units) {
    const sub = accepted.find((s) => s.unit === unit);
    if (!sub) continue;
    const stamp = localStamp(sub.receivedAt);
    const rows = sub.rows.map((r, i): Row => {
      const base = r.rowId ? (byId.get(r.rowId)?.cells ?? {}) : {};
      return { id: `${sub.id}-${i}`, kind: 'item', title: '', cells: { ...base, ...r.cells, fromUnit: unit, submittedAt: stamp } };
    });
    byUnit.push({ unit, rows });
  }
  const rows = byUnit.flatMap(({ unit, rows: unitRows }, i): Row[] => [{ id: `unit-${i}`, kind: 'section', title: unit, cells: {} }, ...unitRows]);
  return { plan: out, rows, byUnit };
}

export async function writeConsolidation(c: Consolidation, perUnitSheets: boolean): Promise<Uint8Array> {
  const o = ExportOptions.parse({});
  const wb = newWorkbook(c.plan.kind);
  addLaidSheet(wb, layoutPlan(c.plan, c.rows, o), o, '汇总');
  if (perUnitSheets) {
    for (const { unit, rows } of c.byUnit) addLaidSheet(wb, layoutPlan(c.plan, rows, o), o, unit);
  }
  return workbookBytes(wb);
}
