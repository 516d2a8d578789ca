// Returned files (回执) of a round: taking them in and checking them, then the review — 采用, 退回, 撤销采用.
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { messageOf } from '../../../shared/messages.zh-CN';
import type { PlanDelta } from '../../../shared/domain/plan';
import { STATUS_NAMES, type ProgressEntry } from '../../../shared/domain/progress';
import { progressFromReports, type UnitReport } from '../../../shared/domain/return-progress';
import { checkReturn } from '../../../shared/domain/return-check';
import { isLate, localStamp, unitsOfRowFor, type ReturnProblem, type Round, type Submission } from '../../../shared/domain/round';
import { roundColumns } from '../../../shared/xlsx/fill-in-sheet';
import { readReturnSheets, type ReturnReading } from '../../../shared/xlsx/read-return';
import { readSheetsIsolated } from '../read-isolated';
import { readFiling } from '../../../shared/xlsx/read-filing';
import { inTransaction, type Db } from '../store/db';
import { getProgress, progressOfRows } from '../store/progress';
import {
  acceptedSubmission,
  decisionsOf,
  getReplaced,
  getRound,
  getSubmission,
  insertSubmission,
  listSubmissions,
  recordDecision,
  setReplaced,
  submissionByHash,
  submissionFile,
  updateSubmission,
  type Replaced,
} from '../store/rounds';
import { PlanAction } from './action';
import { requirePlan } from './plans';
import { listUnits } from '../store/units';
import { getRowState, rowStatesOf, toRow } from '../store/rows';
import type { Plan, Row } from '../../../shared/domain/plan';
import { acceptedOf, requireRound, type RoundContext } from './rounds';

export interface IncomingFile {
  fileName: string;
  data: Uint8Array;
  /** When this file came in, if known; otherwise the batch's time. */
  receivedAt?: string | undefined;
}

export interface ReceiveResult {
  received: Submission[];
  errors: { file: string; message: string }[];
}

/** Reads and checks every file, then keeps all that could be read in one transaction, each as received. */
export async function receive(db: Db, roundId: string, files: readonly IncomingFile[], receivedAt: string): Promise<ReceiveResult> {
  const ctx = requireRound(db, roundId);
  const errors: ReceiveResult['errors'] = [];
  const kept: { s: Submission; data: Uint8Array; hash: string }[] = [];
  const batch = new Map<string, string>();
  for (const f of files) {
    const hash = createHash('sha256').update(f.data).digest('hex');
    const earlier = submissionByHash(db, roundId, hash);
    const earlierInBatch = batch.get(hash);
    if (earlier || earlierInBatch) {
      const params = { file: f.fileName, earlier: earlier?.fileName ?? earlierInBatch ?? '', at: earlier ? localStamp(earlier.receivedAt) : '同一批' };
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
    kept.push({ s: { ...s, ...checked(ctx, reading, reading.unit, reading.matchedBy) }, data: f.data, hash });
  }
  inTransaction(db, () => {
    for (const k of kept) {
      insertSubmission(db, k.s, k.data, k.hash);
      recordDecision(db, k.s.id, 'receive', '', k.s.receivedAt);
    }
  });
  return { received: kept.map((k) => k.s), errors };
}

/** Says whose an unmatched file is (or corrects a match); the file is read and checked again for that unit. */
export async function assign(db: Db, submissionId: string, unit: string, now: string): Promise<Submission> {
  const s = requireSubmission(db, submissionId);
  if (s.state !== 'unassigned' && s.state !== 'received') throw new AppError('SUBMISSION_STATE', { detail: '已采用或退回的回执不能改换单位' });
  const ctx = requireRound(db, s.roundId);
  if (!ctx.round.units.includes(unit)) throw new AppError('SUBMISSION_STATE', { detail: `「${unit}」不在本任务的单位名单中` });
  const file = submissionFile(db, submissionId)!;
  const reading = await readFor(ctx, file);
  const next: Submission = { ...s, ...checked(ctx, reading, unit, 'user') };
  inTransaction(db, () => {
    updateSubmission(db, next);
    recordDecision(db, s.id, 'assign', unit, now);
  });
  return next;
}

async function readFor(ctx: RoundContext, f: IncomingFile): Promise<ReturnReading> {
  // 备案: a document of any kind, kept as received and not opened.
  if (ctx.round.asks === 'file') return readFiling(f.fileName, ctx.plan.kind, { units: ctx.round.units, directory: ctx.directory });
  const { columns } = roundColumns(ctx.round, ctx.plan);
  // Read in a worker: a file that hangs or fills memory stops there, and the host answers other calls meanwhile.
  const sheets = await readSheetsIsolated(f.data, f.fileName);
  return readReturnSheets(sheets, f.fileName, { kind: ctx.plan.kind, columns, units: ctx.round.units, directory: ctx.directory });
}

/** The unit, state, rows and problems of a reading once it is known (or not) whose file it is. */
function checked(ctx: RoundContext, reading: ReturnReading, unit: string | null, matchedBy: Submission['matchedBy']) {
  if (unit === null || !ctx.round.units.includes(unit)) {
    const problem: ReturnProblem = {
      level: 'warning',
      line: null,
      column: null,
      message: unit === null ? '看不出是哪个单位报送的，请指定单位。' : `「${unit}」不在本任务的单位名单中，请指定单位。`,
    };
    return { unit: null, matchedBy: null, state: 'unassigned' as const, rows: reading.rows, problems: [...reading.problems, problem] };
  }
  if (ctx.round.asks === 'file') return { unit, matchedBy, state: 'received' as const, rows: [], problems: reading.problems };
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
  });
  return { unit, matchedBy, state: 'received' as const, rows: result.rows, problems: [...reading.problems, ...result.problems] };
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

function requireSubmission(db: Db, id: string): Submission {
  const s = getSubmission(db, id);
  if (!s) throw new AppError('SUBMISSION_NOT_FOUND');
  return s;
}

export interface ReviewLine {
  line: number;
  /** What the row is (its first text), or the row's number in a table round. */
  label: string;
  cells: { label: string; before: string; after: string }[];
}

/** What accepting the file would change: per row, each field that is new or differs from what is there now. */
export function review(db: Db, submissionId: string) {
  const s = requireSubmission(db, submissionId);
  const ctx = requireRound(db, s.roundId);
  // What is in force apart from this file: for a file already accepted, the one it replaced.
  const inForce = s.unit
    ? s.state === 'accepted'
      ? (s.supersedes ? getSubmission(db, s.supersedes) : undefined)
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
    const label = planRow && firstText ? (planRow.cells[firstText.key] ?? '') : (r.cells[firstText?.key ?? ''] ?? `第 ${i + 1} 项`);
    const before = ctx.round.mode === 'progress' ? currentFields(db, ctx, r.rowId, inForce, replaced) : (inForce?.rows[i]?.cells ?? {});
    const keys = ctx.round.mode === 'progress' ? ctx.round.fields : columns.map((c) => c.key);
    const cells = keys
      .map((k) => ({ label: columns.find((c) => c.key === k)?.label ?? k, before: before[k] ?? '', after: r.cells[k] ?? '' }))
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
export function originalFile(db: Db, submissionId: string): { fileName: string; data: string } {
  const f = submissionFile(db, submissionId);
  if (!f) throw new AppError('SUBMISSION_NOT_FOUND');
  return { fileName: f.fileName, data: Buffer.from(f.data).toString('base64') };
}

/** A progress row's fields as they stand: the recorded progress of the period, the date from the return in force. */
function currentFields(db: Db, ctx: RoundContext, rowId: string | null, inForce: Submission | undefined, replaced: Replaced | null): Record<string, string> {
  if (!rowId || !ctx.round.period) return {};
  // An accepted file is compared with what it replaced, kept when it was accepted.
  const e = replaced ? (replaced.find((r) => r.rowId === rowId)?.entry ?? undefined) : getProgress(db, rowId, ctx.round.period);
  const fromReturn = inForce?.rows.find((r) => r.rowId === rowId)?.cells ?? {};
  return {
    status: e ? STATUS_NAMES[e.status] : '',
    progress: e?.progress ?? '',
    problems: e?.problems ?? '',
    nextSteps: e?.nextSteps ?? '',
    doneOn: fromReturn.doneOn ?? '',
  };
}

/** 采用: the file becomes the unit's return in force (the one before it stays on record), its progress recorded. */
export function accept(db: Db, submissionId: string, now: string): { delta: PlanDelta | null } {
  return inTransaction(db, () => {
    const s = requireSubmission(db, submissionId);
    if (s.state !== 'received') throw new AppError('SUBMISSION_STATE', { detail: '只有已报、待审核的回执可以采用' });
    const errors = errorCount(s);
    if (errors > 0) throw new AppError('SUBMISSION_STATE', { detail: `还有 ${errors} 处错误，请退回单位修改后重新报送` });
    const acceptance = new Acceptance(db, s.roundId, now);
    acceptance.add(s);
    return { delta: acceptance.commit(`采用回执（${s.unit!}）`) };
  });
}

/** 全部采用: every file waiting for review without an error (of a unit's several, the latest), as one action. */
export function acceptAll(db: Db, roundId: string, now: string): { accepted: number; delta: PlanDelta | null } {
  return inTransaction(db, () => {
    const acceptance = new Acceptance(db, roundId, now);
    const latest = new Map<string, Submission>();
    for (const s of listSubmissions(db, roundId)) if (s.state === 'received' && s.unit && errorCount(s) === 0) latest.set(s.unit, s);
    for (const s of latest.values()) acceptance.add(s);
    return { accepted: latest.size, delta: latest.size > 0 ? acceptance.commit(`采用 ${latest.size} 份回执`) : null };
  });
}

function errorCount(s: Submission): number {
  return s.problems.filter((p) => p.level === 'error').length;
}

/** One acceptance of one or more returns: states, decisions, and (in a progress round) one undoable action. */
class Acceptance {
  private readonly round: Round;
  private readonly plan: Plan;
  private readonly action: PlanAction | null;
  /** The return in force of each unit looked up so far (undefined: none). */
  private readonly inForce = new Map<string, Submission | undefined>();
  private readonly reportsOn: (row: Row) => UnitReport[];

  constructor(
    private readonly db: Db,
    roundId: string,
    private readonly now: string,
  ) {
    ({ round: this.round, plan: this.plan } = requireRoundOnly(db, roundId));
    this.action = this.round.mode === 'progress' && this.round.period ? new PlanAction(db, this.plan.id, now) : null;
    this.reportsOn = inForceReports(db, this.round, this.plan, this.inForce);
  }

  add(s: Submission): void {
    const unit = s.unit!;
    if (!this.inForce.has(unit)) this.inForce.set(unit, acceptedSubmission(this.db, this.round.id, unit));
    const previous = this.inForce.get(unit);
    if (previous) updateSubmission(this.db, { ...previous, state: 'superseded' });
    const accepted: Submission = { ...s, state: 'accepted', decidedAt: this.now, supersedes: previous?.id ?? null };
    updateSubmission(this.db, accepted);
    this.inForce.set(unit, accepted);
    const period = this.round.period;
    if (this.action && period) {
      // The file's rows and their progress are read at once, not row by row.
      const ids = s.rows.flatMap((r) => (r.rowId ? [r.rowId] : []));
      const progress = progressOfRows(this.db, ids, period);
      const states = rowStatesOf(this.db, ids);
      const replaced: Replaced = [];
      for (const rowId of ids) {
        // Read inside this action's transaction: a row another file of it already changed reads as changed.
        const before = progress.get(rowId) ?? null;
        replaced.push({ rowId, period, entry: before });
        const state = states.get(rowId);
        const reports = state ? this.reportsOn(toRow(rowId, state)) : [];
        this.action.setProgress(rowId, period, progressFromReports(rowId, period, reports, before, this.now), before);
      }
      setReplaced(this.db, s.id, replaced);
    }
    recordDecision(this.db, s.id, 'accept', '', this.now);
  }

  commit(label: string): PlanDelta | null {
    return this.action ? this.action.commit(label, 'round') : null;
  }
}

/** The round and its plan, without the plan's rows (an acceptance reads only the rows it touches). */
function requireRoundOnly(db: Db, roundId: string): { round: Round; plan: Plan } {
  const round = getRound(db, roundId);
  if (!round) throw new AppError('ROUND_NOT_FOUND');
  return { round, plan: requirePlan(db, round.planId) };
}

/**
 * What the returns in force say of a row: every unit of the round that reports on it and has a return accepted,
 * in the round's order of units. `known` holds returns already at hand (the one being accepted).
 */
function inForceReports(db: Db, round: Round, plan: Plan, known: Map<string, Submission | undefined>): (row: Row) => UnitReport[] {
  const unitsOf = unitsOfRowFor(round, plan, listUnits(db));
  const inForce = (unit: string) => {
    if (!known.has(unit)) known.set(unit, acceptedSubmission(db, round.id, unit));
    return known.get(unit);
  };
  return (planRow) => {
    const out: UnitReport[] = [];
    for (const unit of unitsOf(planRow)) {
      const row = inForce(unit)?.rows.find((x) => x.rowId === planRow.id);
      if (row) out.push({ unit, cells: row.cells });
    }
    return out;
  };
}

/** 退回: the unit must send it again; the reason is kept and goes into the chasing text. */
export function sendBack(db: Db, submissionId: string, reason: string, now: string): Submission {
  return inTransaction(db, () => {
    const s = requireSubmission(db, submissionId);
    if (s.state !== 'received') throw new AppError('SUBMISSION_STATE', { detail: '只有已报、待审核的回执可以退回；已采用的请先撤销采用' });
    const next: Submission = { ...s, state: 'returned', decidedAt: now, reason };
    updateSubmission(db, next);
    recordDecision(db, s.id, 'return', reason, now);
    return next;
  });
}

/** 撤销采用: the return it had replaced is in force again, and the progress is what the returns in force say. */
export function undoAccept(db: Db, submissionId: string, now: string): { delta: PlanDelta | null } {
  return inTransaction(db, () => {
    const s = requireSubmission(db, submissionId);
    if (s.state !== 'accepted') throw new AppError('SUBMISSION_STATE', { detail: '这份回执没有被采用' });
    const ctx = requireRound(db, s.roundId);
    updateSubmission(db, { ...s, state: 'received', decidedAt: now });
    if (s.supersedes) {
      const previous = getSubmission(db, s.supersedes);
      if (previous?.state === 'superseded') updateSubmission(db, { ...previous, state: 'accepted' });
    }
    const period = ctx.round.period;
    let delta: PlanDelta | null = null;
    if (ctx.round.mode === 'progress' && period) {
      const all = listSubmissions(db, s.roundId);
      const reportsOn = inForceReports(db, ctx.round, ctx.plan, new Map());
      const action = new PlanAction(db, ctx.plan.id, now);
      for (const r of s.rows) {
        if (!r.rowId) continue;
        const state = getRowState(db, r.rowId);
        const reports = state ? reportsOn(toRow(r.rowId, state)) : [];
        action.setProgress(r.rowId, period, reports.length > 0 ? progressFromReports(r.rowId, period, reports, null, now) : beforeRound(db, all, r.rowId));
      }
      delta = action.commit(`撤销采用（${s.unit ?? ''}）`, 'round');
    }
    recordDecision(db, s.id, 'undo', '', now);
    return { delta };
  });
}

/** A row's progress before the round first changed it: what the round's earliest acceptance of it replaced. */
function beforeRound(db: Db, submissions: readonly Submission[], rowId: string): ProgressEntry | null {
  const decided = submissions.filter((x) => x.decidedAt !== null).sort((a, b) => a.decidedAt!.localeCompare(b.decidedAt!));
  for (const x of decided) {
    const hit = getReplaced(db, x.id).find((r) => r.rowId === rowId);
    if (hit) return hit.entry;
  }
  return null;
}

