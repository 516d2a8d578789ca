// Queries on progress entries (进展), one per row and period.
import type { ProgressEntry, ProgressStatus } from '../../../shared/domain/progress';
import { sql, type Db } from './db';

interface ProgressRecord {
  row_id: string;
  period: string;
  plan_id: string;
  status: string;
  progress: string;
  problems: string;
  next_steps: string;
  reporter: string;
  reported_at: string;
}

function toEntry(r: ProgressRecord): ProgressEntry {
  return {
    rowId: r.row_id,
    period: r.period,
    status: r.status as ProgressStatus,
    progress: r.progress,
    problems: r.problems,
    nextSteps: r.next_steps,
    reporter: r.reporter,
    reportedAt: r.reported_at,
  };
}

/** The entries of a plan's live rows, oldest period first. */
export function listProgress(db: Db, planId: string): ProgressEntry[] {
  const recs = sql(
    db,
    `SELECT p.* FROM progress p JOIN rows r ON r.id = p.row_id
      WHERE p.plan_id = ? AND r.deleted = 0 ORDER BY p.period, p.reported_at`,
  ).all(planId) as ProgressRecord[];
  return recs.map(toEntry);
}

export function getProgress(db: Db, rowId: string, period: string): ProgressEntry | undefined {
  const r = sql(db, 'SELECT * FROM progress WHERE row_id = ? AND period = ?').get(rowId, period) as
    ProgressRecord | undefined;
  return r && toEntry(r);
}

/** The entries of the given rows for one period, by row: one query however many rows. */
export function progressOfRows(db: Db, rowIds: readonly string[], period: string): Map<string, ProgressEntry> {
  const recs = sql(db, 'SELECT * FROM progress WHERE period = ? AND row_id IN (SELECT value FROM json_each(?))').all(
    period,
    JSON.stringify(rowIds),
  ) as ProgressRecord[];
  return new Map(recs.map((r) => [r.row_id, toEntry(r)]));
}

/** Writes an entry whole; null removes it (undo of a first report). */
export function putProgress(db: Db, planId: string, rowId: string, period: string, e: ProgressEntry | null): void {
  if (e === null) {
    sql(db, 'DELETE FROM progress WHERE row_id = ? AND period = ?').run(rowId, period);
    return;
  }
  sql(
    db,
    `INSERT INTO progress (row_id, period, plan_id, status, progress, problems, next_steps, reporter, reported_at)
     VALUES (@rowId, @period, @planId, @status, @progress, @problems, @nextSteps, @reporter, @reportedAt)
     ON CONFLICT (row_id, period) DO UPDATE SET status = excluded.status, progress = excluded.progress,
       problems = excluded.problems, next_steps = excluded.next_steps, reporter = excluded.reporter,
       reported_at = excluded.reported_at`,
  ).run({ ...e, planId });
}
