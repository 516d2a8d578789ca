// The filter by 完成时限: the items past their deadline and not done (逾期未完成), or due within the next days
// (即将到期), for the 督办 list a clerk sends round; with how many there are of each.
import { useMemo, useState } from 'react';
import type { Plan, Row } from '../../../shared/domain/plan';
import { SOON_DAYS } from '../../../shared/domain/due-status';
import { dueStatusByRow } from './row-filters';

export type DueChoice = '' | 'overdue' | 'soon';

export const DUE_CHOICE_NAMES: Record<Exclude<DueChoice, ''>, string> = {
  overdue: '逾期未完成',
  soon: `${SOON_DAYS} 天内到期`,
};

export interface DueFilter {
  due: DueChoice;
  setDue: (d: DueChoice) => void;
  counts: Record<Exclude<DueChoice, ''>, number>;
  matches: ((row: Row) => boolean) | null;
}

export function useDueFilter(
  plan: Plan,
  rows: readonly Row[],
  isDone: (rowId: string) => boolean,
  today: string,
): DueFilter {
  const [due, setDue] = useState<DueChoice>('');
  const statusOf = useMemo(() => dueStatusByRow(plan, rows, isDone, today), [plan, rows, isDone, today]);
  const counts = useMemo(() => {
    const c = { overdue: 0, soon: 0 };
    for (const s of statusOf.values()) if (s === 'overdue' || s === 'soon') c[s]++;
    return c;
  }, [statusOf]);
  const matches = useMemo(() => (due === '' ? null : (r: Row) => statusOf.get(r.id) === due), [due, statusOf]);
  return { due, setDue, counts, matches };
}
