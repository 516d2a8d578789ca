// Collection rounds (填报任务): what is asked of which units by when, the returns (回执) they send, and the board.
import { z } from 'zod';
import { Period, periodNameIn, STATUS_NAMES } from './progress';
import { MIN_BODY_PT, Orientation, PaperSize } from './paper';
import type { Plan, Row } from './plan';
import { splitUnits } from './units';
import { canonicalUnit, matchUnit, type Unit } from './unit-directory';
import { Recurrence, RoundAsks } from './recurrence';
import { categoryOf, isCollective, membersOf } from './unit-categories';
import { leadColumn, supportColumn } from './column-roles';

/** A name the directory does not know, as a unit of its own (office when it reads like one). */
function bare(name: string): Unit {
  return {
    id: '',
    name,
    shortName: '',
    aliases: [],
    kind: /(处|科|室|办)$/.test(name) ? 'office' : 'subordinate',
    leader: '',
    contact: '',
    phone: '',
  };
}

/** A round asks for progress on the plan's rows (进展), or for a new table filled in from a template (突破事项). */
export const RoundMode = z.enum(['progress', 'table']);
export type RoundMode = z.infer<typeof RoundMode>;

/** Which rows a unit gets in a progress round: those it leads, those it leads or supports, or all. */
export const RoundScope = z.enum(['lead', 'involved', 'all']);
export type RoundScope = z.infer<typeof RoundScope>;

/** The fields a progress round asks for; each becomes an unlocked column of the fill-in sheet. */
export const FieldKey = z.enum(['status', 'progress', 'problems', 'nextSteps', 'doneOn']);
export type FieldKey = z.infer<typeof FieldKey>;

export interface FieldDef {
  key: FieldKey;
  label: string;
  type: 'status' | 'text' | 'date';
  width: number;
}

export const FIELDS: Readonly<Record<FieldKey, FieldDef>> = {
  status: { key: 'status', label: '完成状态', type: 'status', width: 10 },
  progress: { key: 'progress', label: '进展情况', type: 'text', width: 36 },
  problems: { key: 'problems', label: '存在问题', type: 'text', width: 22 },
  nextSteps: { key: 'nextSteps', label: '下步打算', type: 'text', width: 22 },
  doneOn: { key: 'doneOn', label: '完成日期', type: 'date', width: 12 },
};

export const STATUS_CHOICES: readonly string[] = Object.values(STATUS_NAMES);

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Stamp = z.string().min(10).max(40);

/** A round's fill-in sheet: its paper, its body 字号, and the plan columns shown after the ones to fill (by key). */
export const SheetChoice = z.object({
  paper: PaperSize.default('A4'),
  orientation: Orientation.default('landscape'),
  bodySize: z.number().min(MIN_BODY_PT).max(26).default(12),
  /** Plan columns after the fill-in ones; absent: the units and dates. */
  columns: z.array(z.string().max(40)).max(60).optional(),
});
export type SheetChoice = z.infer<typeof SheetChoice>;

export const RoundDraft = z.object({
  planId: z.string().min(1),
  title: z.string().trim().min(1).max(200),
  mode: RoundMode,
  /** The period reported on, for a progress round. */
  period: Period.nullable(),
  fields: z.array(FieldKey).max(5).default([]),
  required: z.array(FieldKey).max(5).default([]),
  scope: RoundScope.default('lead'),
  units: z.array(z.string().trim().min(1).max(60)).min(1).max(500),
  dueDate: Day,
  instructions: z.string().max(2000).default(''),
  /** Empty lines given to each unit in a table round. */
  blankRows: z.number().int().min(1).max(200).default(10),
  // Optional, so that rounds made before recurring rounds (and code that makes one) need not say: absent is the first.
  /** 每月/每季度: the round repeats; `period` is the period it covers, and 开始下一期 makes the next one's round. */
  recurrence: Recurrence.optional(),
  /** For a recurring round, the day of the month after the period by which units report (每月3日前报上月: 3). */
  dueDay: z.number().int().min(1).max(31).nullable().optional(),
  /** The first round of the series a recurring round belongs to; null for the first itself and for one-off rounds. */
  seriesId: z.string().nullable().optional(),
  /** What units send: rows or a table (rows, when absent), or a document of any kind kept as received (备案: file). */
  asks: RoundAsks.optional(),
  /** How the fill-in sheets are laid out: paper, 字号, and the plan's columns to show after the fill-in ones. */
  sheet: SheetChoice.optional(),
});
export type RoundDraft = z.infer<typeof RoundDraft>;
export type RoundDraftInput = z.input<typeof RoundDraft>;

export const Round = RoundDraft.extend({ id: z.string(), createdAt: Stamp });
export type Round = z.infer<typeof Round>;

/** One problem found in a returned file, with the line and column where it is. */
export const ReturnProblem = z.object({
  level: z.enum(['error', 'warning']),
  /** 1-based line in the sheet, as Excel numbers it; null for the file as a whole. */
  line: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ReturnProblem = z.infer<typeof ReturnProblem>;

export const ReturnedRow = z.object({
  /** The plan row it reports on (progress rounds); null for a row of a table round. */
  rowId: z.string().nullable(),
  line: z.number().int(),
  cells: z.record(z.string(), z.string()),
});
export type ReturnedRow = z.infer<typeof ReturnedRow>;

export const MatchedBy = z.enum(['sheet', 'cell', 'fileName', 'user']);
export type MatchedBy = z.infer<typeof MatchedBy>;

export const SubmissionState = z.enum(['unassigned', 'received', 'accepted', 'returned', 'superseded']);
export type SubmissionState = z.infer<typeof SubmissionState>;

export const Submission = z.object({
  id: z.string(),
  roundId: z.string(),
  /** null until the user says whose file it is. */
  unit: z.string().nullable(),
  fileName: z.string(),
  receivedAt: Stamp,
  matchedBy: MatchedBy.nullable(),
  state: SubmissionState,
  rows: z.array(ReturnedRow),
  problems: z.array(ReturnProblem),
  decidedAt: Stamp.nullable(),
  reason: z.string(),
  /** The submission of the same unit this one replaced when accepted. */
  supersedes: z.string().nullable(),
  late: z.boolean(),
});
export type Submission = z.infer<typeof Submission>;

export const UnitStatus = z.enum(['pending', 'overdue', 'received', 'errors', 'returned', 'accepted']);
export type UnitStatus = z.infer<typeof UnitStatus>;

export const UNIT_STATUS_NAMES: Record<UnitStatus, string> = {
  pending: '未报',
  overdue: '逾期',
  received: '已报',
  errors: '有错误，待退回',
  returned: '退回',
  accepted: '已采用',
};

/** What a unit with nothing to report answers: on its fill-in sheet, or as the clerk's decision on an empty file. */
export const NOTHING_ANSWERS = ['本单位无此项内容', '本期无新进展'] as const;
export const NothingAnswer = z.enum(NOTHING_ANSWERS);
export type NothingAnswer = z.infer<typeof NothingAnswer>;

/**
 * What a unit may choose in 完成状态 on a progress fill-in sheet: a status, or 本期无新进展 (nothing new on the item;
 * on every item it chose anything for, the unit's answer for the period).
 */
export const SHEET_STATUS_CHOICES: readonly string[] = [...STATUS_CHOICES, '本期无新进展' satisfies NothingAnswer];

/** The answer a text gives, when it is one of them (spaces and closing punctuation aside). */
export function nothingAnswerOf(text: string): NothingAnswer | null {
  const t = text.replace(/[\s\u3000。.！!]+/g, '');
  return NOTHING_ANSWERS.find((a) => a === t) ?? null;
}

export const BoardEntry = z.object({
  unit: z.string(),
  status: UnitStatus,
  /** When its latest file came in, and whether that was after the due date. */
  lastReceivedAt: z.string().nullable(),
  late: z.boolean(),
  files: z.number().int(),
  /** Rows the unit is asked about (progress rounds). */
  rows: z.number().int(),
  reason: z.string(),
  /** Errors in the file waiting for review (status errors): the unit owes a corrected file. */
  errors: z.number().int().default(0),
});
export type BoardEntry = z.infer<typeof BoardEntry>;

/** The columns that name the lead and supporting units of a plan (column-roles.ts decides which is which). */
export interface UnitKeys {
  lead: string | null;
  support: string | null;
}

export function unitKeysOf(plan: Pick<Plan, 'columns'>): UnitKeys {
  return { lead: leadColumn(plan)?.key ?? null, support: supportColumn(plan)?.key ?? null };
}

/** A unit's name reduced to what identifies it: the directory's name for it, spaces ignored. */
function unitKey(directory: readonly Unit[], name: string): string {
  return matchUnit(directory, name)?.name ?? name.replace(/[\s\u3000]/g, '');
}

/** Which units of a progress round report on a row, by the round's scope (lead, lead or support, all). */
export function unitsOfRowFor(
  round: Round,
  plan: Pick<Plan, 'columns'>,
  directory: readonly Unit[],
): (row: Row) => string[] {
  const byKey = new Map<string, string[]>();
  for (const u of round.units) byKey.set(unitKey(directory, u), [...(byKey.get(unitKey(directory, u)) ?? []), u]);
  const keys = unitKeysOf(plan);
  return (row) => {
    if (row.kind !== 'item' || round.mode !== 'progress') return [];
    if (round.scope === 'all') return [...round.units];
    const names = keys.lead ? splitUnits(row.cells[keys.lead] ?? '') : [];
    if (round.scope === 'involved' && keys.support) names.push(...splitUnits(row.cells[keys.support] ?? ''));
    const hit = new Set<string>();
    for (const n of names) {
      // 各科室 and the like: every unit of the round that belongs to the category reports on the row.
      const category = categoryOf(n);
      if (category) for (const u of round.units) if (category.includes(matchUnit(directory, u) ?? bare(u))) hit.add(u);
      for (const u of byKey.get(unitKey(directory, n)) ?? []) hit.add(u);
    }
    return [...hit];
  };
}

/** The rows each unit of a progress round reports on; each unit cell is read once, however many units there are. */
export function rowsByUnit(
  round: Round,
  plan: Pick<Plan, 'columns'>,
  rows: readonly Row[],
  directory: readonly Unit[],
): Map<string, Row[]> {
  const out = new Map<string, Row[]>(round.units.map((u) => [u, []]));
  const unitsOf = unitsOfRowFor(round, plan, directory);
  for (const r of rows) for (const u of unitsOf(r)) out.get(u)!.push(r);
  return out;
}

/** The errors the check found in a returned file (its other problems are 提醒). */
export function errorCount(s: Pick<Submission, 'problems'>): number {
  return s.problems.filter((p) => p.level === 'error').length;
}

/** 可采用: a file waiting for review, from a known unit, without an error. */
export function isAcceptable(s: Pick<Submission, 'state' | 'unit' | 'problems'>): boolean {
  return s.state === 'received' && Boolean(s.unit) && errorCount(s) === 0;
}

/** What 全部采用 takes: of each unit's acceptable files, the one that came in last (given in the order received). */
export function acceptableByUnit<S extends Pick<Submission, 'state' | 'unit' | 'problems'>>(
  submissions: readonly S[],
): Map<string, S> {
  const latest = new Map<string, S>();
  for (const s of submissions) if (isAcceptable(s)) latest.set(s.unit!, s);
  return latest;
}

/** A round's due date has passed on a day after it (a file that came in on the due day is on time). */
export function isLate(dueDate: string, at: string): boolean {
  return at.slice(0, 10) > dueDate;
}

/** Where each unit stands: 未报, 逾期 (nothing in by the due date), 已报, 有错误，待退回, 退回, 已采用. */
export function boardOf(
  round: Round,
  submissions: readonly Submission[],
  today: string,
  rowCounts: ReadonlyMap<string, number>,
): BoardEntry[] {
  return round.units.map((unit) => {
    const mine = submissions.filter((s) => s.unit === unit).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    const latest = mine[mine.length - 1];
    const accepted = mine.some((s) => s.state === 'accepted');
    const waiting = mine.filter((s) => s.state === 'received' || s.state === 'unassigned');
    // The latest file waiting for review decides: with errors the unit owes a corrected one; then the latest file
    // sent back (the unit owes a new one); then 已采用.
    const newest = waiting[waiting.length - 1];
    const errors = newest ? errorCount(newest) : 0;
    let status: UnitStatus;
    if (!latest) status = isLate(round.dueDate, today) ? 'overdue' : 'pending';
    else if (newest) status = errors > 0 ? 'errors' : 'received';
    else if (latest.state === 'returned') status = 'returned';
    else status = accepted ? 'accepted' : 'received';
    return {
      unit,
      status,
      lastReceivedAt: latest?.receivedAt ?? null,
      late: latest?.late ?? false,
      files: mine.length,
      rows: rowCounts.get(unit) ?? 0,
      reason:
        latest?.state === 'returned' || (latest?.state === 'accepted' && latest.rows.length === 0) ? latest.reason : '',
      errors,
    };
  });
}

/** The text a clerk copies into a message to chase the units that have not sent theirs (or must send again). */
export function chaseText(round: Round, board: readonly BoardEntry[]): string {
  const missing = board.filter((b) => b.status === 'pending' || b.status === 'overdue').map((b) => b.unit);
  const returned = board.filter((b) => b.status === 'returned');
  const wrong = board.filter((b) => b.status === 'errors');
  if (missing.length === 0 && returned.length === 0 && wrong.length === 0) return '';
  const lines = [`关于报送《${round.title}》的提醒：`];
  if (missing.length > 0) {
    lines.push(`截至目前，${missing.join('、')}尚未报送（报送截止时间：${dayName(round.dueDate)}），请抓紧报送。`);
  }
  for (const r of returned) {
    const reason = sentence(r.reason);
    lines.push(
      reason
        ? `${r.unit}报送的材料已退回：${reason}。请修改后重新报送。`
        : `${r.unit}报送的材料已退回，请修改后重新报送。`,
    );
  }
  for (const r of wrong) lines.push(`${r.unit}报送的材料有 ${r.errors} 处错误，请修改后重新报送。`);
  return lines.join('\n');
}

/** A clerk's reason as the middle of a sentence: without the full stop (or other closing mark) it was typed with. */
function sentence(text: string): string {
  return text.trim().replace(/[。．.！!；;，,、\s]+$/u, '');
}

/** A round's automatic name, the plan's year said once: 2026年度重点工作·第四季度进展. */
export function roundTitleOf(plan: Pick<Plan, 'title' | 'year'>, mode: RoundMode, period: string | null): string {
  const stripped = plan.title.trim().replace(/(清单|计划表|配档表|任务表|安排表)$/, '') || plan.title.trim();
  // The year the name says: the title's own when it has one (a plan of 2025 kept into 2026 says 2025), else the plan's.
  const titleYear = /(\d{4})\s*年/.exec(stripped)?.[1];
  const what = titleYear ? stripped : `${plan.year}年度${stripped}`;
  if (mode !== 'progress' || !period) return `${what}·填报`;
  return `${what}·${periodNameIn(period, titleYear ? Number(titleYear) : plan.year)}进展`;
}

/** 2026-03-12 → 2026年3月12日 */
export function dayName(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/** Reads a date as units type it: 2026-03-10, 2026/3/10, 2026.3.10, 2026年3月10日; null when it is not one. */
export function readDay(text: string): string | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A name fit for a file: the characters Windows refuses become spaces. */
const clean = (s: string) => s.replace(/[\\/:*?"<>|\r\n\t]/g, ' ').trim();

/** The file name of a unit's fill-in sheet: the unit first, so the files sort by unit in a folder. */
export function fillInFileName(round: Pick<Round, 'title'>, unit: string): string {
  return `${clean(unit).slice(0, 60)}-${clean(round.title).slice(0, 100) || '填报表'}.xlsx`;
}

/** The one .zip holding a round's fill-in sheets: 「第一季度进展-填报表.zip」. */
export function fillInZipName(round: Pick<Round, 'title'>): string {
  const title = clean(round.title).slice(0, 100);
  return `${title ? `${title}-` : ''}填报表.zip`;
}

/** A submission without its rows, as lists show it. */
export const SubmissionSummary = Submission.omit({ rows: true }).extend({ rowCount: z.number().int() });
export type SubmissionSummary = z.infer<typeof SubmissionSummary>;

export const RoundView = z.object({
  round: Round,
  planTitle: z.string(),
  board: z.array(BoardEntry),
  submissions: z.array(SubmissionSummary),
  chaseText: z.string(),
  /** Where the fill-in sheets go unless the user picks another folder. */
  defaultFolder: z.string(),
});
export type RoundView = z.infer<typeof RoundView>;

export const ReviewLine = z.object({
  line: z.number().int(),
  label: z.string(),
  cells: z.array(z.object({ label: z.string(), before: z.string(), after: z.string() })),
});
export type ReviewLine = z.infer<typeof ReviewLine>;

export const Review = z.object({
  submission: Submission,
  /** The unit's return in force now, which accepting this one would replace. */
  inForce: z.object({ id: z.string(), fileName: z.string(), receivedAt: z.string() }).nullable(),
  lines: z.array(ReviewLine),
  /** Rows that would change nothing. */
  same: z.number().int(),
  /** What was done with the file, oldest first: 收到, 指定单位, 采用, 退回, 撤销采用. */
  decisions: z.array(
    z.object({ action: z.enum(['receive', 'assign', 'accept', 'return', 'undo']), reason: z.string(), at: z.string() }),
  ),
});
export type Review = z.infer<typeof Review>;

export function summaryOf({ rows, ...s }: Submission): SubmissionSummary {
  return { ...s, rowCount: rows.length };
}

/** A moment as a clerk reads it, in the computer's own time zone: 2026-03-11 16:30. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export const DECISION_NAMES = {
  receive: '收到',
  assign: '指定单位',
  accept: '采用',
  return: '退回',
  undo: '撤销采用',
} as const;

/** The units a round may ask: those named in the plan's unit columns first, then the directory's. */
export function candidateUnits(
  plan: Plan,
  rows: readonly Row[],
  directory: readonly Unit[],
): { inPlan: string[]; others: string[] } {
  const keys = unitKeysOf(plan);
  const inPlan: string[] = [];
  for (const r of rows) {
    if (r.kind !== 'item') continue;
    for (const key of [keys.lead, keys.support]) {
      if (!key) continue;
      for (const name of splitUnits(r.cells[key] ?? '')) {
        // A collective word stands for the units of its category in the directory, listed for the clerk to change.
        const named = isCollective(name)
          ? membersOf(directory, name).map((u) => u.name)
          : [canonicalUnit(directory, name)];
        for (const n of named) if (!inPlan.includes(n)) inPlan.push(n);
      }
    }
  }
  const others = directory.map((u) => u.name).filter((n) => !inPlan.includes(n));
  return { inPlan, others };
}
