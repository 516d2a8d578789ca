// The progress of a row for a period as the accepted returns of a round say it. A row several units lead (医政处
// and 规划处) gets one entry from all of them: each text marked with its unit, and the status of the least advanced.
import { STATUS_NAMES, type ProgressEntry, type ProgressStatus } from './progress';

export interface UnitReport {
  unit: string;
  cells: Record<string, string>;
}

/** How far from done a status is: the row stands where its least advanced unit stands. */
const RANK: Record<ProgressStatus, number> = { done: 0, in_progress: 1, not_started: 2, behind: 3 };

export function statusFromName(name: string): ProgressStatus | undefined {
  return (Object.keys(STATUS_NAMES) as ProgressStatus[]).find((k) => STATUS_NAMES[k] === name.trim());
}

export function progressFromReports(
  rowId: string,
  period: string,
  reports: readonly UnitReport[],
  before: ProgressEntry | null,
  now: string,
): ProgressEntry {
  const statuses = reports
    .map((r) => statusFromName(r.cells.status ?? ''))
    .filter((s): s is ProgressStatus => s !== undefined);
  const status =
    statuses.length > 0 ? statuses.reduce((a, b) => (RANK[b] > RANK[a] ? b : a)) : (before?.status ?? 'in_progress');
  const text = (key: 'progress' | 'problems' | 'nextSteps'): string => {
    const given = reports.filter((r) => key in r.cells);
    if (given.length === 0) return before?.[key] ?? '';
    if (reports.length === 1) return given[0]!.cells[key] ?? '';
    return given
      .filter((r) => (r.cells[key] ?? '').trim() !== '')
      .map((r) => `【${r.unit}】${r.cells[key]}`)
      .join('\n');
  };
  return {
    rowId,
    period,
    status,
    progress: text('progress'),
    problems: text('problems'),
    nextSteps: text('nextSteps'),
    reporter: reports
      .map((r) => r.unit)
      .join('、')
      .slice(0, 100),
    reportedAt: now,
  };
}
