// Collection rounds (填报任务): creating one, the board of who has sent what, the fill-in sheets, the 汇总表.
import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { mkdirSync } from 'node:fs';
import { writeWhole } from '../write-whole';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Plan, Row } from '../../../shared/domain/plan';
import {
  boardOf,
  chaseText,
  fillInFileName,
  fillInZipName,
  rowsByUnit,
  RoundDraft,
  summaryOf,
  type Round,
  type RoundDraftInput,
  type Submission,
} from '../../../shared/domain/round';
import type { Unit } from '../../../shared/domain/unit-directory';
import { recurrenceOfPeriod } from '../../../shared/domain/recurrence';
import { itemsById } from '../../../shared/domain/return-check';
import { consolidate, writeConsolidation } from '../../../shared/xlsx/consolidate';
import { exportFileName } from '../../../shared/xlsx/export-plan';
import { writeFillInSheet } from '../../../shared/xlsx/fill-in-sheet';
import type { Db } from '../store/db';
import type { InputOf, OutputOf } from '../../../shared/api';
import type { DepsOf } from './deps';
import { deleteRound, getRound, insertRound, listRounds, listSubmissions } from '../store/rounds';
import { listRows } from '../store/rows';
import { listUnits } from '../store/units';
import { getMeta, setMeta } from '../store/meta';
import { requirePlan } from './plans';

export interface RoundContext {
  round: Round;
  plan: Plan;
  rows: Row[];
  directory: Unit[];
  /** The rows each unit reports on (progress rounds). */
  unitRows: Map<string, Row[]>;
  itemsById: Map<string, Row>;
}

export function requireRound(db: Db, roundId: string): RoundContext {
  const round = getRound(db, roundId);
  if (!round) throw new AppError('ROUND_NOT_FOUND');
  const plan = requirePlan(db, round.planId);
  const rows = listRows(db, plan.id);
  const directory = listUnits(db);
  return {
    round,
    plan,
    rows,
    directory,
    unitRows: rowsByUnit(round, plan, rows, directory),
    itemsById: itemsById(rows),
  };
}

/** A new round of a plan; the draft is checked here whether it came through the contract or not (开始下一期). */
export function create({ db, now }: DepsOf<'db' | 'now'>, input: RoundDraftInput): OutputOf<'rounds.create'> {
  const draft = RoundDraft.parse(input);
  requirePlan(db, draft.planId);
  const units = [...new Set(draft.units.map((u) => u.trim()))];
  const recurring = checkRecurrence(draft);
  if (draft.mode === 'progress' && draft.asks !== 'file') {
    if (!draft.period) throw new AppError('ROUND_INVALID', { detail: '请选择填报的期间' });
    if (draft.fields.length === 0) throw new AppError('ROUND_INVALID', { detail: '请至少选择一项要填报的内容' });
  }
  const required = draft.mode === 'progress' ? draft.required.filter((k) => draft.fields.includes(k)) : [];
  const round: Round = {
    ...draft,
    units,
    required,
    period: draft.mode === 'progress' || recurring ? draft.period : null,
    recurrence: draft.recurrence ?? 'none',
    dueDay: recurring ? (draft.dueDay ?? null) : null,
    seriesId: draft.seriesId ?? null,
    asks: draft.asks ?? 'rows',
    id: randomUUID(),
    createdAt: now,
  };
  // 备案 asks for a document: no rows, no fields, and nothing to record as progress when accepted.
  if (draft.asks === 'file') Object.assign(round, { mode: 'table', fields: [], required: [] });
  insertRound(db, round);
  return round;
}

/** A recurring round needs its first period and the day of the month units report by. */
function checkRecurrence(draft: RoundDraft): boolean {
  if (!draft.recurrence || draft.recurrence === 'none') return false;
  if (!draft.period) throw new AppError('ROUND_INVALID', { detail: '请选择第一期的期间' });
  if (recurrenceOfPeriod(draft.period) !== draft.recurrence)
    throw new AppError('ROUND_INVALID', { detail: '每月报送的任务按月选期间，每季度报送的按季度选' });
  if (!draft.dueDay) throw new AppError('ROUND_INVALID', { detail: '请填写每期次月几日前报送' });
  return true;
}

export function list({ db }: DepsOf<'db'>, { planId }: InputOf<'rounds.list'>): OutputOf<'rounds.list'> {
  requirePlan(db, planId);
  return listRounds(db, planId);
}

export function remove(
  { db, now }: DepsOf<'db' | 'now'>,
  { roundId }: InputOf<'rounds.delete'>,
): OutputOf<'rounds.delete'> {
  requireRound(db, roundId);
  deleteRound(db, roundId, now);
  return { ok: true };
}

/** How many rows each unit of the round reports on. */
export function rowCounts(ctx: RoundContext): Map<string, number> {
  return new Map([...ctx.unitRows].map(([u, rows]) => [u, rows.length]));
}

/** The round as its page shows it: the board of who has sent what as of the clerk's today, the files, 催报. */
export function view({ db }: DepsOf<'db'>, { roundId, today }: InputOf<'rounds.get'>): OutputOf<'rounds.get'> {
  const ctx = requireRound(db, roundId);
  const submissions = listSubmissions(db, roundId);
  const board = boardOf(ctx.round, submissions, today, rowCounts(ctx));
  return {
    round: ctx.round,
    planTitle: ctx.plan.title,
    board,
    submissions: submissions.map(summaryOf),
    chaseText: chaseText(ctx.round, board),
    defaultFolder: join(fillInBase(db, ctx.plan.id), safeName(ctx.round.title)),
  };
}

/**
 * Where a plan's fill-in sheets go: the folder the last round of the plan (else of any plan) was generated in, each
 * round in a folder of its own name under it; the first time, 配档助手/填报表 in the user's home.
 */
function fillInBase(db: Db, planId: string): string {
  return getMeta(db, `fillInFolder:${planId}`) ?? getMeta(db, 'fillInFolder') ?? join(homedir(), '配档助手', '填报表');
}

/** Remembers the folder a round's sheets went to (its parent, when the folder is named for the round). */
function rememberFillInFolder(db: Db, planId: string, round: Round, folder: string): void {
  const base = basename(folder) === safeName(round.title) ? dirname(folder) : folder;
  setMeta(db, `fillInFolder:${planId}`, base);
  setMeta(db, 'fillInFolder', base);
}

/** The round's fill-in sheets, one per unit (those of `only`, or all), made in memory. */
async function makeFillInSheets(db: Db, roundId: string, only: readonly string[] | null) {
  const ctx = requireRound(db, roundId);
  if (ctx.round.asks === 'file')
    throw new AppError('ROUND_INVALID', { detail: '备案任务由各单位报送文件，不需要生成填报表' });
  const units = only ? ctx.round.units.filter((u) => only.includes(u)) : ctx.round.units;
  const files: { unit: string; fileName: string; rows: number }[] = [];
  const made: { fileName: string; data: Uint8Array }[] = [];
  for (const unit of units) {
    const unitRows = ctx.unitRows.get(unit) ?? [];
    const fileName = fillInFileName(ctx.round, unit);
    made.push({ fileName, data: await writeFillInSheet(ctx.round, ctx.plan, unit, unitRows, ctx.rows) });
    files.push({ unit, fileName, rows: ctx.round.mode === 'progress' ? unitRows.length : ctx.round.blankRows });
  }
  return { ctx, files, made };
}

/** Writes one fill-in sheet per unit (or per unit asked for) into the folder. */
export async function generate(
  { db }: DepsOf<'db'>,
  { roundId, folder, units }: InputOf<'rounds.generate'>,
): Promise<OutputOf<'rounds.generate'>> {
  const { ctx, files, made } = await makeFillInSheets(db, roundId, units ?? null);
  try {
    mkdirSync(folder, { recursive: true });
    for (const f of made) writeWhole(join(folder, f.fileName), f.data);
  } catch (e) {
    throw new AppError('FOLDER_UNWRITABLE', { folder, reason: fsReason(e) });
  }
  rememberFillInFolder(db, ctx.plan.id, ctx.round, folder);
  return { folder, files };
}

/** The same fill-in sheets in one .zip, for the browser to save as one download. */
export async function generateZip(
  { db }: DepsOf<'db'>,
  { roundId, units }: InputOf<'rounds.generateZip'>,
): Promise<OutputOf<'rounds.generateZip'>> {
  const { ctx, files, made } = await makeFillInSheets(db, roundId, units ?? null);
  const zip = new JSZip();
  for (const f of made) zip.file(f.fileName, f.data);
  const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { fileName: fillInZipName(ctx.round), data, files };
}

/** The same fill-in sheets, each with its bytes, for the page to write into the folder the browser let it open. */
export async function generateFiles(
  { db }: DepsOf<'db'>,
  { roundId, units }: InputOf<'rounds.generateFiles'>,
): Promise<OutputOf<'rounds.generateFiles'>> {
  const { files, made } = await makeFillInSheets(db, roundId, units ?? null);
  return { files: files.map((f, i) => ({ ...f, data: made[i]!.data })) };
}

/** The accepted returns in one 汇总表, grouped by unit; with `perUnitSheets` a sheet per unit too. */
export async function exportSummary(
  { db, now }: DepsOf<'db' | 'now'>,
  { roundId, perUnitSheets, arrangement }: InputOf<'rounds.exportSummary'>,
): Promise<OutputOf<'rounds.exportSummary'>> {
  const ctx = requireRound(db, roundId);
  const accepted = listSubmissions(db, roundId).filter((s) => s.state === 'accepted');
  const c = consolidate(ctx.round, ctx.plan, ctx.rows, accepted, arrangement);
  const data = await writeConsolidation(c, perUnitSheets);
  return {
    fileName: exportFileName(c.plan, now),
    data,
    rows: c.rows.filter((r) => r.kind === 'item').length,
  };
}

export function acceptedOf(submissions: readonly Submission[], unit: string): Submission | undefined {
  return submissions.find((s) => s.unit === unit && s.state === 'accepted');
}

function safeName(s: string): string {
  return (
    s
      .replace(/[\\/:*?"<>|\r\n\t]/g, ' ')
      .trim()
      .slice(0, 80) || '填报任务'
  );
}

function fsReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return '没有写入权限';
  if (code === 'ENOSPC') return '磁盘已满';
  if (code === 'ENOTDIR' || code === 'EEXIST') return '路径中有同名的文件';
  return '无法写入';
}
