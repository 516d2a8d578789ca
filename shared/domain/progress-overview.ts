// 进度总览: how many rows stand where in a period, by status and by lead unit, and which are overdue.
import { dueStatus, deadlineKeys } from './due-status';
import type { Plan, Row } from './plan';
import { statusAt, type ProgressEntry, type ProgressStatus } from './progress';
import { splitUnits } from './units';

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

export function overviewOf(plan: Plan, rows: readonly Row[], entries: readonly ProgressEntry[], period: string, today: string): Overview {
  const items = rows.filter((r) => r.kind === 'item');
  const leadKey = plan.columns.find((c) => c.role === 'unit')?.key;
  const textKey = plan.columns.find((c) => c.role === 'text')?.key;
  const dueKeys = deadlineKeys(plan);
  const byStatus = zero();
  const units = new Map<string, Record<OverviewStatus, number>>();
  const overdue: Overview['overdue'] = [];
  for (const r of items) {
    const status: OverviewStatus = statusAt(entries, r.id, period)?.status ?? 'unreported';
    byStatus[status]++;
    const leads = leadKey ? splitUnits(r.cells[leadKey] ?? '') : [];
    for (const u of leads.length > 0 ? leads : ['（未填牵头单位）']) {
      const counts = units.get(u) ?? zero();
      counts[status]++;
      units.set(u, counts);
    }
    const late = dueKeys.find((k) => dueStatus(r.cells[k] ?? '', plan.year, today) === 'overdue');
    if (late && status !== 'done') overdue.push({ rowId: r.id, text: textKey ? (r.cells[textKey] ?? '') : '', deadline: r.cells[late] ?? '', units: leads });
  }
  const byUnit = [...units.entries()]
    .map(([unit, counts]) => ({ unit, total: Object.values(counts).reduce((a, b) => a + b, 0), byStatus: counts }))
    .sort((a, b) => b.total - a.total || a.unit.localeCompare(b.unit, 'zh-CN'));
  return { total: items.length, byStatus, byUnit, overdue };
}
