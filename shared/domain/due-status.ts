// How close a row is to its 完成时限, as the grid and the status bar show it.
import { readDeadline } from './deadline';
import type { Plan, Row } from './plan';

export type DueStatus = 'overdue' | 'soon' | 'later' | 'none';

/** Days ahead that count as 即将到期. */
export const SOON_DAYS = 14;

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The status of one deadline text on a given day (YYYY-MM-DD). */
export function dueStatus(text: string, year: number, today: string): DueStatus {
  const due = readDeadline(text, year, today).due;
  if (due === null) return 'none';
  if (due < today) return 'overdue';
  return due <= addDays(today, SOON_DAYS) ? 'soon' : 'later';
}

/** The keys of a plan's deadline columns. */
export function deadlineKeys(plan: Plan): string[] {
  return plan.columns.filter((c) => c.role === 'deadline' && !c.hidden).map((c) => c.key);
}

/** Items past their 完成时限 that are not done (isDone says which rows are). */
export function countOverdue(plan: Plan, rows: readonly Row[], today: string, isDone: (rowId: string) => boolean = () => false): number {
  const keys = deadlineKeys(plan);
  return rows.filter(
    (r) => r.kind === 'item' && !isDone(r.id) && keys.some((k) => dueStatus(r.cells[k] ?? '', plan.year, today) === 'overdue'),
  ).length;
}

/** Today in the user's own time zone, as YYYY-MM-DD. */
export function localToday(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
