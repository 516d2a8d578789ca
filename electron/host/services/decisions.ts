// The review of returned files — 采用, 全部采用, 退回, 撤销采用, 本单位无此项内容 — each one action in the plan's
// history: the file's state, its decision log, the progress and the rows it brings are undone and redone together.
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf } from '../../../shared/api';
import type { Plan, PlanDelta, Row } from '../../../shared/domain/plan';
import type { ProgressEntry } from '../../../shared/domain/progress';
import { progressFromReports, type UnitReport } from '../../../shared/domain/return-progress';
import {
  acceptableByUnit,
  errorCount,
  NOTHING_ANSWERS,
  summaryOf,
  unitsOfRowFor,
  type Round,
  type Submission,
} from '../../../shared/domain/round';
import { matchUnit } from '../../../shared/domain/unit-directory';
import { inTransaction, type Db } from '../store/db';
import { changesOf, lastActionOn, lastDone } from '../store/history';
import { progressOfRows } from '../store/progress';
import {
  acceptedSubmission,
  getSubmission,
  getSubmissionSnapshot,
  getRound,
  listSubmissions,
  type Replaced,
  type SubmissionSnapshot,
} from '../store/rounds';
import { listPositions, rowStatesOf, toRow } from '../store/rows';
import { listUnits } from '../store/units';
import { PlanAction } from './action';
import { undo } from './history';
import { requirePlan } from './plans';
import { placeNewRows } from './rows';
import type { DepsOf } from './deps';

export function requireSubmission(db: Db, id: string): Submission {
  const s = getSubmission(db, id);
  if (!s) throw new AppError('SUBMISSION_NOT_FOUND');
  return s;
}

/** 采用: the file becomes the unit's return in force (the one before it stays on record), its content in the plan. */
export function accept(
  { db, now }: DepsOf<'db' | 'now'>,
  { submissionId }: InputOf<'rounds.accept'>,
): OutputOf<'rounds.accept'> {
  return inTransaction(db, () => {
    const s = requireSubmission(db, submissionId);
    if (s.state !== 'received') throw new AppError('SUBMISSION_STATE', { detail: '只有已报、待审核的回执可以采用' });
    const errors = errorCount(s);
    if (errors > 0)
      throw new AppError('SUBMISSION_STATE', { detail: `还有 ${errors} 处错误，请退回单位修改后重新报送` });
    const acceptance = new Acceptance(db, s.roundId, now);
    acceptance.add(s);
    return { delta: acceptance.commit(`采用回执（${s.unit!}）`, s.unit!) };
  });
}

/** 全部采用: every file waiting for review without an error (of a unit's several, the latest), as one action. */
export function acceptAll(
  { db, now }: DepsOf<'db' | 'now'>,
  { roundId }: InputOf<'rounds.acceptAll'>,
): OutputOf<'rounds.acceptAll'> {
  return inTransaction(db, () => {
    const acceptance = new Acceptance(db, roundId, now);
    const latest = acceptableByUnit(listSubmissions(db, roundId));
    for (const s of latest.values()) acceptance.add(s);
    const units = [...latest.keys()].join('、');
    return {
      accepted: latest.size,
      delta: latest.size > 0 ? acceptance.commit(`采用 ${latest.size} 份回执`, units) : null,
    };
  });
}

/**
 * 本单位无此项内容 / 本期无新进展: the unit's file (however empty, its errors those of an empty file) is taken as its
 * answer; it counts as reported on the board, in 催报 and in the 汇总表, and changes nothing in the plan.
 */
export function acceptNothing(
  { db, now }: DepsOf<'db' | 'now'>,
  { submissionId, answer }: InputOf<'rounds.acceptNothing'>,
): OutputOf<'rounds.acceptNothing'> {
  return inTransaction(db, () => {
    const s = requireSubmission(db, submissionId);
    if (s.state !== 'received')
      throw new AppError('SUBMISSION_STATE', { detail: '只有已报、待审核的回执可以这样处理' });
    if (!NOTHING_ANSWERS.includes(answer))
      throw new AppError('SUBMISSION_STATE', { detail: `「${answer}」不是可选的答复` });
    const acceptance = new Acceptance(db, s.roundId, now);
    acceptance.add({ ...s, rows: [], problems: [], reason: answer });
    return { delta: acceptance.commit(`${answer}（${s.unit!}）`, s.unit!) };
  });
}

/** One acceptance of one or more returns, as one undoable action of the round's plan. */
class Acceptance {
  private readonly round: Round;
  private readonly action: PlanAction;
  /** The return in force of each unit looked up so far (undefined: none). */
  private readonly inForce = new Map<string, Submission | undefined>();
  private readonly reportsOn: (row: Row) => UnitReport[];

  constructor(
    private readonly db: Db,
    roundId: string,
    private readonly now: string,
  ) {
    this.round = requireRoundOnly(db, roundId);
    const plan = requirePlan(db, this.round.planId);
    this.action = new PlanAction(db, plan.id, now);
    this.reportsOn = inForceReports(db, this.round, plan, this.inForce);
  }

  add(s: Submission): void {
    const unit = s.unit!;
    this.action.from(`${unit}的回执「${s.fileName}」`);
    if (!this.inForce.has(unit)) this.inForce.set(unit, acceptedSubmission(this.db, this.round.id, unit));
    const previous = this.inForce.get(unit);
    let added: string[] = [];
    if (previous) {
      const snap = this.action.submission(previous.id)!;
      this.action.setSubmission(previous.id, { ...snap, state: 'superseded' });
      // The rows the return it replaces brought in give way to the new file's.
      for (const id of snap.addedRows) this.dropRow(id);
    }
    const accepted: Submission = { ...s, state: 'accepted', decidedAt: this.now, supersedes: previous?.id ?? null };
    this.inForce.set(unit, accepted);
    let replaced: Replaced | null = null;
    if (this.round.mode === 'progress' && this.round.period) replaced = this.recordProgress(s, this.round.period);
    if (this.round.mode === 'table') added = this.addRows(unit, s);
    const { id, roundId, fileName, receivedAt, ...state } = accepted;
    void [id, roundId, fileName, receivedAt];
    this.action.setSubmission(s.id, { ...state, replaced, addedRows: added });
    this.action.decide({ submissionId: s.id, action: 'accept', reason: s.reason, at: this.now });
  }

  /** The progress of the file's rows, as the returns in force now say it; says what it replaced. */
  private recordProgress(s: Submission, period: string): Replaced {
    // The file's rows and their progress are read at once, not row by row.
    const ids = s.rows.flatMap((r) => (r.rowId ? [r.rowId] : []));
    const progress = progressOfRows(this.db, ids, period);
    const states = rowStatesOf(this.db, ids);
    const replaced: Replaced = [];
    for (const rowId of ids) {
      const before = progress.get(rowId) ?? null;
      replaced.push({ rowId, period, entry: before });
      const state = states.get(rowId);
      const reports = state ? this.reportsOn(toRow(rowId, state)) : [];
      this.action.setProgress(rowId, period, progressFromReports(rowId, period, reports, before, this.now), before);
    }
    return replaced;
  }

  /**
   * 突破事项 and other table rounds: the file's rows join the plan under a section named for the unit (as the 汇总表
   * groups them), at the end of that section, the section made at the end of the plan when there is none.
   */
  private addRows(unit: string, s: Submission): string[] {
    const live = listPositions(this.db, this.round.planId);
    const states = rowStatesOf(
      this.db,
      live.map((r) => r.id),
    );
    const directory = listUnits(this.db);
    const own = matchUnit(directory, unit)?.name ?? unit;
    const at = live.findIndex((r) => {
      const st = states.get(r.id);
      return st?.kind === 'section' && (matchUnit(directory, st.title)?.name ?? st.title.trim()) === own;
    });
    const drafts = s.rows.map((r) => ({ kind: 'item' as const, title: '', cells: r.cells }));
    if (at < 0) {
      const section = { kind: 'section' as const, title: unit, cells: {} };
      return placeNewRows(this.action, live, live[live.length - 1]?.id ?? null, [section, ...drafts]);
    }
    let last = at;
    while (last + 1 < live.length && states.get(live[last + 1]!.id)?.kind !== 'section') last++;
    return placeNewRows(this.action, live, live[last]!.id, drafts);
  }

  private dropRow(id: string): void {
    const r = this.action.row(id);
    if (r && !r.deleted) this.action.setRow(id, { ...r, deleted: true });
  }

  commit(label: string, origin: string): PlanDelta {
    return this.action.commit(label, 'round', origin);
  }
}

function requireRoundOnly(db: Db, roundId: string): Round {
  const round = getRound(db, roundId);
  if (!round) throw new AppError('ROUND_NOT_FOUND');
  return round;
}

/**
 * What the returns in force say of a row: every unit of the round that reports on it and has a return accepted,
 * in the round's order of units. `known` holds returns already at hand (the one being accepted).
 */
function inForceReports(
  db: Db,
  round: Round,
  plan: Pick<Plan, 'columns'>,
  known: Map<string, Submission | undefined>,
): (row: Row) => UnitReport[] {
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

/**
 * 退回: the unit must send it again; the reason is kept and goes into the chasing text. Undone like any edit: the
 * answer is the file as it now stands and the delta of the action.
 */
export function sendBack(
  { db, now }: DepsOf<'db' | 'now'>,
  { submissionId, reason }: InputOf<'rounds.sendBack'>,
): OutputOf<'rounds.sendBack'> {
  return inTransaction(db, () => {
    const s = requireSubmission(db, submissionId);
    if (s.state !== 'received')
      throw new AppError('SUBMISSION_STATE', { detail: '只有已报、待审核的回执可以退回；已采用的请先撤销采用' });
    const round = requireRoundOnly(db, s.roundId);
    const action = new PlanAction(db, round.planId, now);
    const snap = getSubmissionSnapshot(db, s.id)!;
    action.setSubmission(s.id, { ...snap, state: 'returned', decidedAt: now, reason });
    action.decide({ submissionId: s.id, action: 'return', reason, at: now });
    const delta = action.commit(`退回回执（${s.unit ?? s.fileName}）`, 'round', s.unit ?? '');
    return { ...summaryOf(requireSubmission(db, s.id)), delta };
  });
}

/**
 * 撤销采用 is undo: when the acceptance of this file is the plan's last action and took only this file, it is undone
 * as Ctrl+Z would. Otherwise (other edits came after, or 全部采用 took several files) the file alone is taken back
 * by a new action — its state, the return it replaced, the progress the returns in force then say, the rows it
 * brought — and that action is undone by Ctrl+Z in its turn.
 */
export function undoAccept(
  { db, now }: DepsOf<'db' | 'now'>,
  { submissionId }: InputOf<'rounds.undoAccept'>,
): OutputOf<'rounds.undoAccept'> {
  const s = requireSubmission(db, submissionId);
  if (s.state !== 'accepted') throw new AppError('SUBMISSION_STATE', { detail: '这份回执没有被采用' });
  const round = requireRoundOnly(db, s.roundId);
  const last = lastDone(db, round.planId);
  if (last && lastActionOn(db, round.planId, 'submission', s.id) === last.id && acceptedOnly(db, last.id, s.id)) {
    return { delta: undo({ db, now }, { planId: round.planId }) };
  }
  return inTransaction(db, () => ({ delta: takeBack(db, round, s, now) }));
}

/** Whether an action accepted this one file and no other. */
function acceptedOnly(db: Db, actionId: number, submissionId: string): boolean {
  const accepted = changesOf(db, actionId).filter(
    (c) => c.entity === 'submission' && c.after !== null && c.after.includes('"state":"accepted"'),
  );
  return accepted.length === 1 && accepted[0]!.entityId === submissionId;
}

function takeBack(db: Db, round: Round, s: Submission, now: string): PlanDelta {
  const action = new PlanAction(db, round.planId, now);
  const snap = action.submission(s.id)!;
  action.setSubmission(s.id, {
    ...snap,
    state: 'received',
    decidedAt: now,
    supersedes: null,
    replaced: null,
    addedRows: [],
  });
  for (const id of snap.addedRows) {
    const r = action.row(id);
    if (r && !r.deleted) action.setRow(id, { ...r, deleted: true });
  }
  const previous = s.supersedes ? action.submission(s.supersedes) : undefined;
  if (previous?.state === 'superseded') action.setSubmission(s.supersedes!, { ...previous, state: 'accepted' });
  if (round.mode === 'progress' && round.period) {
    const plan = requirePlan(db, round.planId);
    const reportsOn = inForceReports(db, round, plan, new Map());
    const all = listSubmissions(db, s.roundId);
    const ids = s.rows.flatMap((r) => (r.rowId ? [r.rowId] : []));
    const states = rowStatesOf(db, ids);
    for (const rowId of ids) {
      const state = states.get(rowId);
      const reports = state ? reportsOn(toRow(rowId, state)) : [];
      const after =
        reports.length > 0 ? progressFromReports(rowId, round.period, reports, null, now) : beforeRound(db, all, rowId);
      action.setProgress(rowId, round.period, after);
    }
  }
  action.decide({ submissionId: s.id, action: 'undo', reason: '', at: now });
  return action.commit(`撤销采用（${s.unit ?? ''}）`, 'round', s.unit ?? '');
}

/** A row's progress before the round first changed it: what the round's earliest acceptance of it replaced. */
function beforeRound(db: Db, submissions: readonly Submission[], rowId: string): ProgressEntry | null {
  const decided = submissions
    .filter((x) => x.decidedAt !== null)
    .sort((a, b) => a.decidedAt!.localeCompare(b.decidedAt!));
  for (const x of decided) {
    const hit = getSubmissionSnapshot(db, x.id)?.replaced?.find((r) => r.rowId === rowId);
    if (hit) return hit.entry;
  }
  return null;
}

export type { SubmissionSnapshot };
