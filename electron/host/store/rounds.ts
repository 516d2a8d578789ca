// Queries on collection rounds (填报任务), their returned files (回执) and the decisions taken on them.
import { z } from 'zod';
import {
  FieldKey,
  ReturnProblem,
  ReturnedRow,
  SheetChoice,
  type Round,
  type RoundMode,
  type RoundScope,
  type Submission,
  type SubmissionState,
  type MatchedBy,
} from '../../../shared/domain/round';
import { ProgressEntry } from '../../../shared/domain/progress';
import { Recurrence, RoundAsks } from '../../../shared/domain/recurrence';
import { sql, type Db } from './db';

interface RoundRecord {
  id: string;
  plan_id: string;
  title: string;
  mode: string;
  period: string | null;
  fields: string;
  required: string;
  scope: string;
  units: string;
  due_date: string;
  instructions: string;
  blank_rows: number;
  created_at: string;
  recurrence: string;
  due_day: number | null;
  series_id: string | null;
  asks: string;
  /** The fill-in sheet's layout (SheetChoice as JSON), or null for the defaults. */
  sheet: string | null;
}

const Fields = z.array(FieldKey);
const Units = z.array(z.string());

function toRound(r: RoundRecord): Round {
  return {
    id: r.id,
    planId: r.plan_id,
    title: r.title,
    mode: r.mode as RoundMode,
    period: r.period,
    fields: Fields.parse(JSON.parse(r.fields)),
    required: Fields.parse(JSON.parse(r.required)),
    scope: r.scope as RoundScope,
    units: Units.parse(JSON.parse(r.units)),
    dueDate: r.due_date,
    instructions: r.instructions,
    blankRows: r.blank_rows,
    createdAt: r.created_at,
    recurrence: Recurrence.parse(r.recurrence),
    dueDay: r.due_day,
    seriesId: r.series_id,
    asks: RoundAsks.parse(r.asks),
    ...(r.sheet ? { sheet: SheetChoice.parse(JSON.parse(r.sheet)) } : {}),
  };
}

export function insertRound(db: Db, r: Round): void {
  sql(
    db,
    `INSERT INTO rounds (id, plan_id, title, mode, period, fields, required, scope, units, due_date, instructions, blank_rows, created_at,
       recurrence, due_day, series_id, asks, sheet)
     VALUES (@id, @planId, @title, @mode, @period, @fields, @required, @scope, @units, @dueDate, @instructions, @blankRows, @createdAt,
       @recurrence, @dueDay, @seriesId, @asks, @sheet)`,
  ).run({
    ...r,
    fields: JSON.stringify(r.fields),
    required: JSON.stringify(r.required),
    units: JSON.stringify(r.units),
    recurrence: r.recurrence ?? 'none',
    dueDay: r.dueDay ?? null,
    seriesId: r.seriesId ?? null,
    asks: r.asks ?? 'rows',
    sheet: r.sheet ? JSON.stringify(r.sheet) : null,
  });
}

export function getRound(db: Db, id: string): Round | undefined {
  const r = sql(db, 'SELECT * FROM rounds WHERE id = ? AND deleted_at IS NULL').get(id) as RoundRecord | undefined;
  return r && toRound(r);
}

export function listRounds(db: Db, planId: string): Round[] {
  const recs = sql(db, 'SELECT * FROM rounds WHERE plan_id = ? AND deleted_at IS NULL ORDER BY created_at DESC').all(
    planId,
  ) as RoundRecord[];
  return recs.map(toRound);
}

export function deleteRound(db: Db, id: string, at: string): void {
  sql(db, 'UPDATE rounds SET deleted_at = ? WHERE id = ?').run(at, id);
}

interface SubmissionRecord {
  id: string;
  round_id: string;
  unit: string | null;
  file_name: string;
  file_hash: string;
  received_at: string;
  matched_by: string | null;
  state: string;
  rows: string;
  problems: string;
  decided_at: string | null;
  reason: string;
  supersedes: string | null;
  late: number;
}

const Rows = z.array(ReturnedRow);
const Problems = z.array(ReturnProblem);
const SUBMISSION_COLUMNS =
  'id, round_id, unit, file_name, file_hash, received_at, matched_by, state, rows, problems, decided_at, reason, supersedes, late';

function toSubmission(r: SubmissionRecord): Submission {
  return {
    id: r.id,
    roundId: r.round_id,
    unit: r.unit,
    fileName: r.file_name,
    receivedAt: r.received_at,
    matchedBy: r.matched_by as MatchedBy | null,
    state: r.state as SubmissionState,
    rows: Rows.parse(JSON.parse(r.rows)),
    problems: Problems.parse(JSON.parse(r.problems)),
    decidedAt: r.decided_at,
    reason: r.reason,
    supersedes: r.supersedes,
    late: r.late === 1,
  };
}

export function insertSubmission(db: Db, s: Submission, data: Uint8Array, hash: string): void {
  sql(
    db,
    `INSERT INTO submissions (id, round_id, unit, file_name, file_data, file_hash, received_at, matched_by, state, rows, problems,
       decided_at, reason, supersedes, late)
     VALUES (@id, @roundId, @unit, @fileName, @data, @hash, @receivedAt, @matchedBy, @state, @rows, @problems,
       @decidedAt, @reason, @supersedes, @late)`,
  ).run({ ...s, data, hash, rows: JSON.stringify(s.rows), problems: JSON.stringify(s.problems), late: s.late ? 1 : 0 });
}

export function getSubmission(db: Db, id: string): Submission | undefined {
  const r = sql(db, `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE id = ?`).get(id) as
    SubmissionRecord | undefined;
  return r && toSubmission(r);
}

export function listSubmissions(db: Db, roundId: string): Submission[] {
  const recs = sql(
    db,
    `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE round_id = ? ORDER BY received_at, rowid`,
  ).all(roundId) as SubmissionRecord[];
  return recs.map(toSubmission);
}

/** The unit's return in force in the round, if any. */
export function acceptedSubmission(db: Db, roundId: string, unit: string): Submission | undefined {
  const r = sql(
    db,
    `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE round_id = ? AND unit = ? AND state = 'accepted'`,
  ).get(roundId, unit) as SubmissionRecord | undefined;
  return r && toSubmission(r);
}

/** The earlier file of the round with the same bytes, if any. */
export function submissionByHash(db: Db, roundId: string, hash: string): Submission | undefined {
  const r = sql(db, `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE round_id = ? AND file_hash = ? LIMIT 1`).get(
    roundId,
    hash,
  ) as SubmissionRecord | undefined;
  return r && toSubmission(r);
}

/** The file as it was received. */
export function submissionFile(db: Db, id: string): { fileName: string; data: Uint8Array } | undefined {
  const r = sql(db, 'SELECT file_name, file_data FROM submissions WHERE id = ?').get(id) as
    { file_name: string; file_data: Buffer } | undefined;
  return r && { fileName: r.file_name, data: new Uint8Array(r.file_data) };
}

export function updateSubmission(
  db: Db,
  s: Pick<
    Submission,
    'id' | 'unit' | 'matchedBy' | 'state' | 'rows' | 'problems' | 'decidedAt' | 'reason' | 'supersedes' | 'late'
  >,
): void {
  sql(
    db,
    `UPDATE submissions SET unit = @unit, matched_by = @matchedBy, state = @state, rows = @rows, problems = @problems,
       decided_at = @decidedAt, reason = @reason, supersedes = @supersedes, late = @late WHERE id = @id`,
  ).run({ ...s, rows: JSON.stringify(s.rows), problems: JSON.stringify(s.problems), late: s.late ? 1 : 0 });
}

const Replaced = z.array(z.object({ rowId: z.string(), period: z.string(), entry: ProgressEntry.nullable() }));
export type Replaced = z.infer<typeof Replaced>;

export function setReplaced(db: Db, id: string, replaced: Replaced | null): void {
  sql(db, 'UPDATE submissions SET replaced = ? WHERE id = ?').run(replaced ? JSON.stringify(replaced) : null, id);
}

export function getReplaced(db: Db, id: string): Replaced {
  const r = sql(db, 'SELECT replaced FROM submissions WHERE id = ?').get(id) as { replaced: string | null } | undefined;
  return r?.replaced ? Replaced.parse(JSON.parse(r.replaced)) : [];
}

export type DecisionAction = 'receive' | 'assign' | 'accept' | 'return' | 'undo';

export function recordDecision(db: Db, submissionId: string, action: DecisionAction, reason: string, at: string): void {
  sql(db, 'INSERT INTO round_decisions (submission_id, action, reason, at) VALUES (?, ?, ?, ?)').run(
    submissionId,
    action,
    reason,
    at,
  );
}

export interface Decision {
  submissionId: string;
  action: DecisionAction;
  reason: string;
  at: string;
}

export function decisionsOf(db: Db, submissionId: string): Omit<Decision, 'submissionId'>[] {
  return sql(db, 'SELECT action, reason, at FROM round_decisions WHERE submission_id = ? ORDER BY id').all(
    submissionId,
  ) as Omit<Decision, 'submissionId'>[];
}

/** The rounds of a recurring series (the first and those made from it), oldest period first. */
export function seriesRounds(db: Db, seriesId: string): Round[] {
  const recs = sql(
    db,
    'SELECT * FROM rounds WHERE (id = @s OR series_id = @s) AND deleted_at IS NULL ORDER BY period, created_at',
  ).all({ s: seriesId }) as RoundRecord[];
  return recs.map(toRound);
}

/** What a decision may change of a file, as the history keeps it before and after: its state and what it replaced. */
export const SubmissionState_ = z.object({
  unit: z.string().nullable(),
  matchedBy: z.enum(['sheet', 'cell', 'fileName', 'user']).nullable(),
  state: z.enum(['unassigned', 'received', 'accepted', 'returned', 'superseded']),
  rows: Rows,
  problems: Problems,
  decidedAt: z.string().nullable(),
  reason: z.string(),
  supersedes: z.string().nullable(),
  late: z.boolean(),
  replaced: Replaced.nullable(),
  /** Rows of the plan this file brought in when accepted (table rounds). */
  addedRows: z.array(z.string()),
});
export type SubmissionSnapshot = z.infer<typeof SubmissionState_>;

export function getSubmissionSnapshot(db: Db, id: string): SubmissionSnapshot | undefined {
  const s = getSubmission(db, id);
  if (!s) return undefined;
  const r = sql(db, 'SELECT replaced, added_rows FROM submissions WHERE id = ?').get(id) as {
    replaced: string | null;
    added_rows: string;
  };
  const { unit, matchedBy, state, rows, problems, decidedAt, reason, supersedes, late } = s;
  const replaced = r.replaced ? Replaced.parse(JSON.parse(r.replaced)) : null;
  return {
    unit,
    matchedBy,
    state,
    rows,
    problems,
    decidedAt,
    reason,
    supersedes,
    late,
    replaced,
    addedRows: Ids.parse(JSON.parse(r.added_rows)),
  };
}

const Ids = z.array(z.string());

/** Writes a file's state back (the file itself, as received, is never removed by a decision). */
export function putSubmissionSnapshot(db: Db, id: string, s: SubmissionSnapshot): void {
  const { replaced, addedRows, ...state } = s;
  updateSubmission(db, { id, ...state });
  setReplaced(db, id, replaced);
  sql(db, 'UPDATE submissions SET added_rows = ? WHERE id = ?').run(JSON.stringify(addedRows), id);
}

export const DecisionRecord = z.object({
  submissionId: z.string(),
  action: z.enum(['receive', 'assign', 'accept', 'return', 'undo']),
  reason: z.string(),
  at: z.string(),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;

/** Adds a decision to a file's log and says its id, for the history to take it back. */
export function addDecision(db: Db, d: DecisionRecord): number {
  const info = sql(db, 'INSERT INTO round_decisions (submission_id, action, reason, at) VALUES (?, ?, ?, ?)').run(
    d.submissionId,
    d.action,
    d.reason,
    d.at,
  );
  return Number(info.lastInsertRowid);
}

export function getDecision(db: Db, id: number): DecisionRecord | undefined {
  const r = sql(db, 'SELECT submission_id AS submissionId, action, reason, at FROM round_decisions WHERE id = ?').get(
    id,
  ) as DecisionRecord | undefined;
  return r;
}

/** Puts a decision back under its own id (redo), or removes it (undo). */
export function putDecision(db: Db, id: number, d: DecisionRecord | null): void {
  if (d === null) sql(db, 'DELETE FROM round_decisions WHERE id = ?').run(id);
  else
    sql(
      db,
      'INSERT OR REPLACE INTO round_decisions (id, submission_id, action, reason, at) VALUES (?, ?, ?, ?, ?)',
    ).run(id, d.submissionId, d.action, d.reason, d.at);
}
