// The filter by 完成时限: the items past their deadline and not done (逾期未完成), or due within the next days
// (即将到期), for the 督办 list a clerk sends round; with how many there are of each.
import { useMemo, useState } from 'react';
import type { Plan, Row } from '../../../shared/domain/plan';
import { deadlineKeys, dueStatus, SOON_DAYS, type DueStatus } from '../../../shared/domain/due-status';

export type DueChoice = '' | 'overdue' | 'soon';

export const DUE_CHOICE_NAMES: Record<Exclude<DueChoice, ''>, string> = { overdue: '逾期未完成', soon: `${SOON_DAYS} 天内到期` };

export interface DueFilter {
  due: DueChoice;
  setDue: (d: DueChoice) => void;
  counts: Record<Exclude<DueChoice, ''>, number>;
  matches: ((row: Row) => boolean) | null;
}

export function useDueFilter(plan: Plan, rows: readonly Row[], isDone: (rowId: string) => boolean, today: string): DueFilter {
  const [due, setDue] = useState<DueChoice>('');
  const statusOf = useMemo(() => {
    const keys = deadlineKeys(plan);
    const of = new Map<string, DueStatus>();
    for (const r of rows) {
      if (r.kind !== 'item' || isDone(r.id)) continue;
      const all = keys.map((k) => dueStatus(r.cells[k] ?? '', plan.year, today));
      // Of several deadline columns the most pressing counts.
      of.set(r.id, all.includes('overdue') ? 'overdue' : all.includes('soon') ? 'soon' : 'later');
    }
    return of;
  }, [plan, rows, isDone, today]);
  const counts = useMemo(() => {
    const c = { overdue: 0, soon: 0 };
    for (const s of statusOf.values()) if (s === 'overdue' || s === 'soon') c[s]++;
    return c;
  }, [statusOf]);
  const matches = useMemo(() => (due === '' ? null : (r: Row) => statusOf.get(r.id) === due), [due, statusOf]);
  return { due, setDue, counts, matches };
}

/**
 * The rows shown when items must pass every filter in use: a section row stays when an item of its group does, so
 * the items keep their heading. Null when no filter is in use.
 */
export function rowsPassing(rows: readonly Row[], filters: ReadonlyArray<((row: Row) => boolean) | null>): ((row: Row) => boolean) | null {
  const used = filters.filter((f): f is (row: Row) => boolean => f !== null);
  if (used.length === 0) return null;
  const keep = new Set<string>();
  let section: string | null = null;
  for (const r of rows) {
    if (r.kind === 'section') section = r.id;
    else if (used.every((f) => f(r))) {
      keep.add(r.id);
      if (section) keep.add(section);
    }
  }
  return (r: Row) => keep.has(r.id);
}
