// 进度总览: how many rows stand where in a period, by status and by lead unit, and which are overdue.
import { deadlineKeys, itemDueStatus } from './due-status';
import { leadColumn, textColumn } from './column-roles';
import { readDeadline } from './deadline';
import type { Plan, Row } from './plan';
import { statusAt, type ProgressEntry, type ProgressStatus } from './progress';
import { splitUnits } from './units';
import { canonicalUnit, type Unit } from './unit-directory';
import { isCollective, SHARED_UNITS } from './unit-categories';

/** The units a row is led by, as the overview counts them: each by its directory name, collective words together. */
function leadsOf(cell: string, directory: readonly Unit[]): string[] {
  const out: string[] = [];
  for (const n of splitUnits(cell)) {
    const u = isCollective(n) ? SHARED_UNITS : canonicalUnit(directory, n);
    if (!out.includes(u)) out.push(u);
  }
  return out;
}

/** A row with no report yet counts as 未填报. */
export type OverviewStatus = ProgressStatus | 'unreported';

export const OVERVIEW_ORDER: OverviewStatus[] = ['done', 'in_progress', 'behind', 'not_started', 'unreported'];
export const OVERVIEW_NAMES: Record<OverviewStatus, string> = {
  done: '已完成',
  in_progress: '推进中',
  behind: '滞后',
  not_started: '未启动',
  unreported: '未填报',
};

export interface Overview {
  total: number;
  byStatus: Record<OverviewStatus, number>;
  byUnit: { unit: string; total: number; byStatus: Record<OverviewStatus, number> }[];
  overdue: { rowId: string; text: string; deadline: string; units: string[] }[];
}

function zero(): Record<OverviewStatus, number> {
  return { done: 0, in_progress: 0, behind: 0, not_started: 0, unreported: 0 };
}

export function overviewOf(
  plan: Plan,
  rows: readonly Row[],
  entries: readonly ProgressEntry[],
  period: string,
  today: string,
  directory: readonly Unit[] = [],
): Overview {
  const items = rows.filter((r) => r.kind === 'item');
  const leadKey = leadColumn(plan)?.key;
  const textKey = textColumn(plan)?.key;
  const byStatus = zero();
  const units = new Map<string, Record<OverviewStatus, number>>();
  const overdue: Overview['overdue'] = [];
  for (const r of items) {
    const status: OverviewStatus = statusAt(entries, r.id, period)?.status ?? 'unreported';
    byStatus[status]++;
    const leads = leadKey ? leadsOf(r.cells[leadKey] ?? '', directory) : [];
    for (const u of leads.length > 0 ? leads : ['（未填牵头单位）']) {
      const counts = units.get(u) ?? zero();
      counts[status]++;
      units.set(u, counts);
    }
    const due = itemDueStatus(plan, r, status === 'done', today);
    if (due.status === 'overdue')
      overdue.push({
        rowId: r.id,
        text: textKey ? (r.cells[textKey] ?? '') : '',
        deadline: r.cells[due.key!] ?? '',
        units: leads,
      });
  }
  const byUnit = [...units.entries()]
    .map(([unit, counts]) => ({ unit, total: Object.values(counts).reduce((a, b) => a + b, 0), byStatus: counts }))
    .sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, 'zh-CN'));
  return { total: items.length, byStatus, byUnit, overdue };
}

export interface DueSoonGroup {
  unit: string;
  rows: { rowId: string; text: string; deadline: string; due: string }[];
}

/** What falls due from today to N days ahead and is not done, by lead unit, soonest first. */
export function dueWithin(
  plan: Plan,
  rows: readonly Row[],
  entries: readonly ProgressEntry[],
  period: string,
  today: string,
  days: number,
  directory: readonly Unit[] = [],
): DueSoonGroup[] {
  const until = new Date(`${today}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + days);
  const last = until.toISOString().slice(0, 10);
  const leadKey = leadColumn(plan)?.key;
  const textKey = textColumn(plan)?.key;
  const groups = new Map<string, DueSoonGroup['rows']>();
  for (const r of rows) {
    if (r.kind !== 'item' || statusAt(entries, r.id, period)?.status === 'done') continue;
    for (const k of deadlineKeys(plan)) {
      const due = readDeadline(r.cells[k] ?? '', plan.year, today).due;
      if (!due || due < today || due > last) continue;
      const leads = leadKey ? leadsOf(r.cells[leadKey] ?? '', directory) : [];
      for (const u of leads.length > 0 ? leads : ['（未填牵头单位）']) {
        const list = groups.get(u) ?? [];
        list.push({ rowId: r.id, text: textKey ? (r.cells[textKey] ?? '') : '', deadline: r.cells[k] ?? '', due });
        groups.set(u, list);
      }
      break;
    }
  }
  return [...groups.entries()]
    .map(([unit, list]) => ({ unit, rows: list.sort((a, b) => a.due.localeCompare(b.due)) }))
    .sort((a, b) => a.rows[0]!.due.localeCompare(b.rows[0]!.due) || a.unit.localeCompare(b.unit, 'zh-CN'));
}
