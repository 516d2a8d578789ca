// Returned files (回执) of a round: taking them in and checking them, then the review — 采用, 退回, 撤销采用.
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { messageOf } from '../../../shared/messages.zh-CN';
import { STATUS_NAMES } from '../../../shared/domain/progress';
import { checkReturn } from '../../../shared/domain/return-check';
import {
  isLate,
  localStamp,
  summaryOf,
  type ReturnProblem,
  type ReviewLine,
  type Submission,
} from '../../../shared/domain/round';
import type { InputOf, OutputOf } from '../../../shared/api';
import { roundColumns } from '../../../shared/xlsx/fill-in-sheet';
import { readReturnSheets, type ReturnReading } from '../../../shared/xlsx/read-return';
import { readSheetsIsolated } from '../read-isolated';
import { readFiling } from '../../../shared/xlsx/read-filing';
import { inTransaction, type Db } from '../store/db';
import { getProgress } from '../store/progress';
import {
  decisionsOf,
  getReplaced,
  getRound,
  getSubmission,
  getSubmissionSnapshot,
  insertSubmission,
  listSubmissions,
  recordDecision,
  submissionByHash,
  submissionFile,
  type Replaced,
} from '../store/rounds';
import { PlanAction } from './action';
import { acceptedOf, requireRound, type RoundContext } from './rounds';
import { requireSubmission } from './decisions';
import type { DepsOf } from './deps';

/** A returned file: its name, its bytes, and when it came in if known (otherwise the batch's time counts). */
type IncomingFile = InputOf<'rounds.receive'>['files'][number];

/**
 * Reads and checks every file, then keeps all that could be read in one transaction, each as received at the
 * batch's `receivedAt` (the time of this call when absent) unless the file says when it came in.
 */
export async function receive(
  { db, now }: DepsOf<'db' | 'now'>,
  { roundId, files, receivedAt = now }: InputOf<'rounds.receive'>,
): Promise<OutputOf<'rounds.receive'>> {
  const ctx = requireRound(db, roundId);
  const errors: OutputOf<'rounds.receive'>['errors'] = [];
  const kept: { s: Submission; data: Uint8Array; hash: string }[] = [];
  const batch = new Map<string, string>();
  for (const f of files) {
    const hash = createHash('sha256').update(f.data).digest('hex');
    const earlier = submissionByHash(db, roundId, hash);
    const earlierInBatch = batch.get(hash);
    if (earlier || earlierInBatch) {
      const params = {
        file: f.fileName,
        earlier: earlier?.fileName ?? earlierInBatch ?? '',
        at: earlier ? localStamp(earlier.receivedAt) : '同一批',
      };
      errors.push({ file: f.fileName, message: messageOf('RETURN_DUPLICATE_FILE', params) });
      continue;
    }
    let reading: ReturnReading;
    try {
      reading = await readFor(ctx, f);
    } catch (e) {
      errors.push({ file: f.fileName, message: readError(e, f.fileName) });
      continue;
    }
    const other = otherRound(db, ctx, reading, f.fileName);
    if (other) {
      errors.push({ file: f.fileName, message: other });
      continue;
    }
    batch.set(hash, f.fileName);
    const at = f.receivedAt ?? receivedAt;
    const s: Submission = {
      id: randomUUID(),
      roundId,
      unit: null,
      fileName: f.fileName,
      receivedAt: at,
      matchedBy: null,
      state: 'unassigned',
      rows: reading.rows,
      problems: reading.problems,
      decidedAt: null,
      reason: '',
      supersedes: null,
      late: isLate(ctx.round.dueDate, at),
    };
    kept.push({ s: { ...s, ...checked(ctx, reading, reading.unit, reading.matchedBy, at) }, data: f.data, hash });
  }
  inTransaction(db, () => {
    for (const k of kept) {
      insertSubmission(db, k.s, k.data, k.hash);
      recordDecision(db, k.s.id, 'receive', '', k.s.receivedAt);
    }
  });
  return { received: kept.map((k) => summaryOf(k.s)), errors };
}

/** Says whose an unmatched file is (or corrects a match); the file is read and checked again for that unit. */
export async function assign(
  { db, now }: DepsOf<'db' | 'now'>,
  { submissionId, unit }: InputOf<'rounds.assign'>,
): Promise<OutputOf<'rounds.assign'>> {
  const s = requireSubmission(db, submissionId);
  if (s.state !== 'unassigned' && s.state !== 'received')
    throw new AppError('SUBMISSION_STATE', { detail: '已采用或退回的回执不能改换单位' });
  const ctx = requireRound(db, s.roundId);
  if (!ctx.round.units.includes(unit))
    throw new AppError('SUBMISSION_STATE', { detail: `「${unit}」不在本任务的单位名单中` });
  const file = submissionFile(db, submissionId)!;
  const reading = await readFor(ctx, file);
  const next: Submission = { ...s, ...checked(ctx, reading, unit, 'user', s.receivedAt) };
  inTransaction(db, () => {
    const action = new PlanAction(db, ctx.plan.id, now);
    const { unit: u, matchedBy, state, rows, problems, reason } = next;
    action.setSubmission(s.id, {
      ...getSubmissionSnapshot(db, s.id)!,
      unit: u,
      matchedBy,
      state,
      rows,
      problems,
      reason,
    });
    action.decide({ submissionId: s.id, action: 'assign', reason: unit, at: now });
    action.commit(`指定单位（${unit}）`, 'round', unit);
  });
  return summaryOf(next);
}

async function readFor(ctx: RoundContext, f: Pick<IncomingFile, 'fileName' | 'data'>): Promise<ReturnReading> {
  // 备案: a document of any kind, kept as received and not opened.
  if (ctx.round.asks === 'file')
    return readFiling(f.fileName, ctx.plan.kind, { units: ctx.round.units, directory: ctx.directory });
  const { columns } = roundColumns(ctx.round, ctx.plan);
  // Read in a worker: a file that hangs or fills memory stops there, and the host answers other calls meanwhile.
  const sheets = await readSheetsIsolated(f.data, f.fileName);
  return readReturnSheets(sheets, f.fileName, {
    kind: ctx.plan.kind,
    columns,
    units: ctx.round.units,
    directory: ctx.directory,
  });
}

/** The unit, state, rows and problems of a reading once it is known (or not) whose file it is. */
function checked(
  ctx: RoundContext,
  reading: ReturnReading,
  unit: string | null,
  matchedBy: Submission['matchedBy'],
  receivedAt: string,
) {
  if (unit === null || !ctx.round.units.includes(unit)) {
    const problem: ReturnProblem = {
      level: 'warning',
      line: null,
      column: null,
      message:
        unit === null ? '看不出是哪个单位报送的，请指定单位。' : `「${unit}」不在本任务的单位名单中，请指定单位。`,
    };
    return {
      unit: null,
      matchedBy: null,
      state: 'unassigned' as const,
      rows: reading.rows,
      problems: [...reading.problems, problem],
      reason: '',
    };
  }
  if (ctx.round.asks === 'file')
    return { unit, matchedBy, state: 'received' as const, rows: [], problems: reading.problems };
  const { columns } = roundColumns(ctx.round, ctx.plan);
  const unitRows = ctx.unitRows.get(unit) ?? [];
  const result = checkReturn(reading.rows, {
    round: ctx.round,
    plan: ctx.plan,
    planRows: ctx.rows,
    itemsById: ctx.itemsById,
    unitRows,
    columns,
    missingColumns: reading.missingColumns,
    receivedOn: localStamp(receivedAt).slice(0, 10),
  });
  // A unit's 本单位无此项内容 is kept as its answer, taken when the file is accepted.
  const problems = [...reading.problems, ...result.problems];
  return { unit, matchedBy, state: 'received' as const, rows: result.rows, problems, reason: result.answer ?? '' };
}

function otherRound(db: Db, ctx: RoundContext, reading: ReturnReading, fileName: string): string | null {
  if (!reading.marker.found || !reading.marker.valid || reading.marker.marker.roundId === ctx.round.id) return null;
  const other = getRound(db, reading.marker.marker.roundId);
  return messageOf('RETURN_OTHER_ROUND', { file: fileName, round: other ? `「${other.title}」` : '已删除的任务' });
}

function readError(e: unknown, fileName: string): string {
  if (e instanceof AppError) return messageOf(e.code, e.params);
  return messageOf('IMPORT_UNREADABLE', { file: fileName });
}

/**
 * What accepting the file would change: per row (labelled by its first text, or its number in a table round), each
 * field that is new or differs from what is there now.
 */
export function review({ db }: DepsOf<'db'>, { submissionId }: InputOf<'rounds.review'>): OutputOf<'rounds.review'> {
  const s = requireSubmission(db, submissionId);
  const ctx = requireRound(db, s.roundId);
  // What is in force apart from this file: for a file already accepted, the one it replaced.
  const inForce = s.unit
    ? s.state === 'accepted'
      ? s.supersedes
        ? getSubmission(db, s.supersedes)
        : undefined
      : acceptedOf(listSubmissions(db, s.roundId), s.unit)
    : undefined;
  const replaced = s.state === 'accepted' ? getReplaced(db, s.id) : null;
  const { columns } = roundColumns(ctx.round, ctx.plan);
  const firstText = ctx.plan.columns.find((c) => !c.hidden && c.role === 'text');
  const byId = new Map(ctx.rows.map((r) => [r.id, r]));
  const lines: ReviewLine[] = [];
  let same = 0;
  s.rows.forEach((r, i) => {
    const planRow = r.rowId ? byId.get(r.rowId) : undefined;
    const label =
      planRow && firstText ? (planRow.cells[firstText.key] ?? '') : (r.cells[firstText?.key ?? ''] ?? `第 ${i + 1} 项`);
    const before =
      ctx.round.mode === 'progress'
        ? currentFields(db, ctx, r.rowId, inForce, replaced)
        : (inForce?.rows[i]?.cells ?? {});
    const keys = ctx.round.mode === 'progress' ? ctx.round.fields : columns.map((c) => c.key);
    const cells = keys
      .map((k) => ({
        label: columns.find((c) => c.key === k)?.label ?? k,
        before: before[k] ?? '',
        after: r.cells[k] ?? '',
      }))
      .filter((c) => c.before !== c.after);
    if (cells.length === 0) same++;
    else lines.push({ line: r.line, label, cells });
  });
  return {
    submission: s,
    inForce: inForce ? { id: inForce.id, fileName: inForce.fileName, receivedAt: inForce.receivedAt } : null,
    lines,
    same,
    decisions: decisionsOf(db, s.id),
  };
}

/** The file as the unit sent it, to open it in Excel or WPS. */
export function originalFile({ db }: DepsOf<'db'>, { submissionId }: InputOf<'rounds.file'>): OutputOf<'rounds.file'> {
  const f = submissionFile(db, submissionId);
  if (!f) throw new AppError('SUBMISSION_NOT_FOUND');
  return { fileName: f.fileName, data: f.data };
}

/** A progress row's fields as they stand: the recorded progress of the period, the date from the return in force. */
function currentFields(
  db: Db,
  ctx: RoundContext,
  rowId: string | null,
  inForce: Submission | undefined,
  replaced: Replaced | null,
): Record<string, string> {
  if (!rowId || !ctx.round.period) return {};
  // An accepted file is compared with what it replaced, kept when it was accepted.
  const e = replaced
    ? (replaced.find((r) => r.rowId === rowId)?.entry ?? undefined)
    : getProgress(db, rowId, ctx.round.period);
  const fromReturn = inForce?.rows.find((r) => r.rowId === rowId)?.cells ?? {};
  return {
    status: e ? STATUS_NAMES[e.status] : '',
    progress: e?.progress ?? '',
    problems: e?.problems ?? '',
    nextSteps: e?.nextSteps ?? '',
    doneOn: fromReturn.doneOn ?? '',
  };
}

export { accept, acceptAll, acceptNothing, sendBack, undoAccept } from './decisions';
