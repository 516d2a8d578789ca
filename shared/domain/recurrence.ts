// Rounds that repeat (每月3日前报上月, 每季度) and 备案 rounds: the next period and its due date, 开始下一期, and
// each unit's timeliness over a series of rounds (按时 / 逾期 N 天 / 未报 / 退回), the board of units × periods.
import { z } from 'zod';
import { periodName, periodNameIn } from './progress';
import type { Round, RoundDraft, Submission } from './round';

/** A round once (none), every month, or every quarter. */
export const Recurrence = z.enum(['none', 'monthly', 'quarterly']);
export type Recurrence = z.infer<typeof Recurrence>;

export const RECURRENCE_NAMES: Record<Recurrence, string> = { none: '一次性', monthly: '每月', quarterly: '每季度' };

/** What a round asks units to send: their rows or table (rows), or a document of any kind for 备案 (file). */
export const RoundAsks = z.enum(['rows', 'file']);
export type RoundAsks = z.infer<typeof RoundAsks>;

/** The period after a period: 2026-12 → 2027-01, 2026-Q4 → 2027-Q1. */
export function nextPeriod(period: string): string {
  const [y, p] = period.split('-') as [string, string];
  const year = Number(y);
  if (p.startsWith('Q')) {
    const q = Number(p.slice(1));
    return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
  }
  const m = Number(p);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The period a recurrence steps by, for a period of either kind: a month's is monthly, a quarter's quarterly. */
export function recurrenceOfPeriod(period: string): Exclude<Recurrence, 'none'> {
  return /-Q[1-4]$/.test(period) ? 'quarterly' : 'monthly';
}

/** Day N of the month after the period (每月3日前报上月): 2026-10 with 3 → 2026-11-03; past the month's end, its last day. */
export function dueDateOf(period: string, dueDay: number): string {
  const [y, p] = period.split('-') as [string, string];
  const lastMonth = p.startsWith('Q') ? Number(p.slice(1)) * 3 : Number(p);
  const year = lastMonth === 12 ? Number(y) + 1 : Number(y);
  const month = lastMonth === 12 ? 1 : lastMonth + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(dueDay, days)).padStart(2, '0')}`;
}

/** 开始下一期: the same units, columns, fields and note for the next period, its name and due date moved on. */
export function nextRoundDraft(round: Round): RoundDraft {
  if (!round.recurrence || round.recurrence === 'none' || !round.period)
    throw new Error('nextRoundDraft needs a recurring round');
  const period = nextPeriod(round.period);
  const dueDate = dueDateOf(period, round.dueDay ?? Number(round.dueDate.slice(8, 10)));
  const { id: _id, createdAt: _createdAt, ...draft } = round;
  return {
    ...draft,
    title: nextTitle(round.title, round.period, period),
    period,
    dueDate,
    seriesId: round.seriesId ?? round.id,
  };
}

/**
 * The name moved on to the next period: the period's name replaced where the name says it, in full (2026年第三季度)
 * or without the year that goes without saying (roundTitleOf's 2026年度重点工作·第三季度进展); else added at the end.
 */
function nextTitle(title: string, from: string, to: string): string {
  const full = periodName(from);
  if (title.includes(full)) return title.replace(full, periodName(to));
  const year = Number(from.slice(0, 4));
  // Not inside a number: 3月 is not the end of 13月, nor the start of 3月12日.
  const short = new RegExp(`(?<!\\d)${periodNameIn(from, year)}(?!\\d)`);
  if (short.test(title)) return title.replace(short, periodNameIn(to, year));
  return `${title}（${periodName(to)}）`;
}

/** Where a unit stands for one period: 按时, 逾期 (days late), 未报 (due passed, nothing in), 待报, 退回. */
export const Timeliness = z.enum(['onTime', 'late', 'missing', 'pending', 'returned']);
export type Timeliness = z.infer<typeof Timeliness>;

export const TIMELINESS_NAMES: Record<Timeliness, string> = {
  onTime: '按时',
  late: '逾期',
  missing: '未报',
  pending: '待报',
  returned: '退回',
};

export const TimelinessCell = z.object({
  status: Timeliness,
  /** Days after the due date the first file came in (逾期 N 天), 0 otherwise. */
  daysLate: z.number().int(),
  /** When the first file came in. */
  receivedAt: z.string().nullable(),
});
export type TimelinessCell = z.infer<typeof TimelinessCell>;

export const TimelinessBoard = z.object({
  /** The rounds of the series, oldest period first. */
  periods: z.array(
    z.object({ roundId: z.string(), period: z.string().nullable(), title: z.string(), dueDate: z.string() }),
  ),
  units: z.array(
    z.object({
      unit: z.string(),
      cells: z.array(TimelinessCell.nullable()),
      onTime: z.number().int(),
      late: z.number().int(),
      missing: z.number().int(),
    }),
  ),
});
export type TimelinessBoard = z.infer<typeof TimelinessBoard>;

/** 逾期 N 天 or 按时 … as a cell of the board says it. */
export function timelinessText(c: TimelinessCell | null): string {
  if (!c) return '—';
  return c.status === 'late' ? `逾期${c.daysLate}天` : TIMELINESS_NAMES[c.status];
}

const DAY_MS = 86_400_000;

/** Whole days from the due date to the day a file came in, that day read as isLate reads it. */
export function daysAfter(dueDate: string, at: string): number {
  return Math.round((Date.parse(`${at.slice(0, 10)}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS);
}

/** A unit's standing in one round: its first file decides 按时 or 逾期; a file sent back and not replaced is 退回. */
export function timelinessOf(
  round: Pick<Round, 'dueDate'>,
  mine: readonly Submission[],
  today: string,
): TimelinessCell {
  const files = [...mine].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const first = files[0];
  const latest = files[files.length - 1];
  if (!first) return { status: today > round.dueDate ? 'missing' : 'pending', daysLate: 0, receivedAt: null };
  const days = Math.max(0, daysAfter(round.dueDate, first.receivedAt));
  if (latest!.state === 'returned') return { status: 'returned', daysLate: days, receivedAt: first.receivedAt };
  return { status: days > 0 ? 'late' : 'onTime', daysLate: days, receivedAt: first.receivedAt };
}

/** Units × periods over a series of rounds (oldest first), with each unit's counts over them. */
export function timelinessBoard(
  series: readonly { round: Round; submissions: readonly Submission[] }[],
  today: string,
): TimelinessBoard {
  const ordered = [...series].sort((a, b) =>
    (a.round.period ?? a.round.dueDate).localeCompare(b.round.period ?? b.round.dueDate),
  );
  const units: string[] = [];
  for (const { round } of ordered) for (const u of round.units) if (!units.includes(u)) units.push(u);
  return {
    periods: ordered.map(({ round }) => ({
      roundId: round.id,
      period: round.period,
      title: round.title,
      dueDate: round.dueDate,
    })),
    units: units.map((unit) => {
      const cells = ordered.map(({ round, submissions }) =>
        round.units.includes(unit)
          ? timelinessOf(
              round,
              submissions.filter((s) => s.unit === unit),
              today,
            )
          : null,
      );
      const count = (s: Timeliness) => cells.filter((c) => c?.status === s).length;
      return { unit, cells, onTime: count('onTime'), late: count('late'), missing: count('missing') };
    }),
  };
}
