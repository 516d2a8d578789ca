// Progress (进展) of each row through the year: a status, what was done, problems and next steps, per period.
import { z } from 'zod';
import type { Plan } from './plan';
import { Cadence } from './cadence';

export const ProgressStatus = z.enum(['not_started', 'in_progress', 'done', 'behind']);
export type ProgressStatus = z.infer<typeof ProgressStatus>;

export const STATUS_NAMES: Record<ProgressStatus, string> = {
  not_started: '未启动',
  in_progress: '推进中',
  done: '已完成',
  behind: '滞后',
};

/** How often a plan reports: by quarter (the default) or by month (每月3日前报上月进展). */
export { Cadence };

/** A period is 2026-Q1 … 2026-Q4, or 2026-01 … 2026-12. */
export const Period = z.string().regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/);

export const ProgressEntry = z.object({
  rowId: z.string(),
  period: Period,
  status: ProgressStatus,
  /** 进展情况 */
  progress: z.string().max(20_000),
  /** 存在问题 */
  problems: z.string().max(20_000),
  /** 下步打算 */
  nextSteps: z.string().max(20_000),
  /** Who reported it (a person or a unit). */
  reporter: z.string().max(100),
  reportedAt: z.string(),
});
export type ProgressEntry = z.infer<typeof ProgressEntry>;

export function periodsOf(year: number, cadence: Cadence): string[] {
  return cadence === 'quarter'
    ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`)
    : Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

const QUARTERS = ['一', '二', '三', '四'];

export function periodName(period: string): string {
  const [y, p] = period.split('-') as [string, string];
  return p.startsWith('Q') ? `${y}年第${QUARTERS[Number(p.slice(1)) - 1]}季度` : `${y}年${Number(p)}月`;
}

/** A period's name where its year goes without saying: 2026-Q4 in 2026 is 第四季度, 2027-Q1 stays 2027年第一季度. */
export function periodNameIn(period: string, year: number): string {
  const name = periodName(period);
  return name.startsWith(`${year}年`) ? name.slice(`${year}年`.length) : name;
}

/** The period today falls in, within the plan's year (before it: the first; after it: the last). */
export function currentPeriod(plan: Pick<Plan, 'year'>, cadence: Cadence, today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const periods = periodsOf(plan.year, cadence);
  if (y < plan.year) return periods[0]!;
  if (y > plan.year) return periods[periods.length - 1]!;
  return cadence === 'quarter' ? periods[Math.floor((m - 1) / 3)]! : periods[m - 1]!;
}

/** For a quarterly plan (重点工作清单), the column that holds the target of a quarter. */
export function targetKeyOf(period: string): string | null {
  const q = /-Q([1-4])$/.exec(period)?.[1];
  return q ? `q${q}` : null;
}

/** The latest entry of a row up to and including a period: what its status is then. */
export function statusAt(entries: readonly ProgressEntry[], rowId: string, period: string): ProgressEntry | undefined {
  let best: ProgressEntry | undefined;
  for (const e of entries) {
    if (e.rowId !== rowId || e.period > period) continue;
    if (!best || e.period > best.period || (e.period === best.period && e.reportedAt > best.reportedAt)) best = e;
  }
  return best;
}
