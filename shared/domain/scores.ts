// 测评: a period's score sheet (units in groups, scored on indicators) and the ranking computed from it — totals
// with warnings, ranks within each group with ties sharing a rank, the change since the previous period, and the
// flag 连续两次排名靠后. One place for these rules: the app, the 通报 and the `rank` command all ask here.
import { z } from 'zod';
import { periodName } from './progress';
import { matchUnit, type Unit } from './unit-directory';

/** An indicator (测评指标) and its maximum when the header says it (整体满意度（40分）). */
export const Indicator = z.object({ name: z.string().min(1).max(60), max: z.number().nullable() });
export type Indicator = z.infer<typeof Indicator>;

/** One unit's line of a score sheet, as written: scores in the order of the indicators, null where blank. */
export const ScoreLine = z.object({
  group: z.string().max(60),
  unit: z.string().min(1).max(60),
  scores: z.array(z.number().nullable()),
  /** The 总分 the sheet states, null when it has none. */
  statedTotal: z.number().nullable(),
  /** The line's row in the sheet, as Excel numbers it (for warnings). */
  line: z.number().int(),
});
export type ScoreLine = z.infer<typeof ScoreLine>;

/** A period's 测评 as the evaluators sent it; `period` is 2026-11 (or the file's name when the title has no month). */
export const ScoreSheet = z.object({
  period: z.string().min(1).max(100),
  title: z.string().max(200),
  indicators: z.array(Indicator).min(1).max(40),
  lines: z.array(ScoreLine).max(2000),
  /** What the reader noticed (a text where a score should be, a score above the maximum). */
  warnings: z.array(z.string()),
});
export type ScoreSheet = z.infer<typeof ScoreSheet>;

export const RANK_FLAGS = { bottomTwice: '连续两次排名靠后' } as const;
/** The bottom N of a group count as 排名靠后 (N = 3 unless set). */
export const DEFAULT_BOTTOM = 3;

export const RankedUnit = z.object({
  unit: z.string(),
  total: z.number(),
  rank: z.number().int(),
  /** The unit's rank in the previous period, null when it was not ranked then (or there is no previous sheet). */
  previousRank: z.number().int().nullable(),
  /** Places risen since the previous period (negative: fallen); null without a previous rank. */
  change: z.number().int().nullable(),
  flags: z.array(z.string()),
  /** The scores as counted (a blank is 0). */
  scores: z.array(z.number()),
});
export type RankedUnit = z.infer<typeof RankedUnit>;

export const RankedGroup = z.object({ group: z.string(), units: z.array(RankedUnit) });
export type RankedGroup = z.infer<typeof RankedGroup>;

export const Ranking = z.object({
  period: z.string(),
  title: z.string(),
  indicators: z.array(Indicator),
  groups: z.array(RankedGroup),
  warnings: z.array(z.string()),
});
export type Ranking = z.infer<typeof Ranking>;

/** A unit's name as the same unit in every month: the directory's name, else the name without any spaces. */
export function unitIdentity(directory: readonly Unit[], name: string): string {
  return matchUnit(directory, name)?.name ?? name.replace(/[\s\u3000]/g, '');
}

/** Scores are kept to two decimals: 0.1 + 0.2 must equal 0.3 when totals are compared. */
export const roundScore = (n: number): number => Math.round(n * 100) / 100;

/** Formats a score as evaluators write it: 93、93.5、93.25. */
export const scoreText = (n: number): string => String(roundScore(n));

interface Totalled {
  group: string;
  unit: string;
  total: number;
  scores: number[];
}

/** Each line's total: blanks count 0 (with a warning), a stated 总分 that is not the sum is replaced (with a warning). */
function totalsOf(sheet: ScoreSheet, directory: readonly Unit[], warnings: string[]): Totalled[] {
  return sheet.lines.map((l) => {
    const unit = unitIdentity(directory, l.unit);
    const scores = sheet.indicators.map((ind, i) => {
      const s = l.scores[i] ?? null;
      if (s === null)
        warnings.push(`${sheet.period}：第 ${l.line} 行「${unit}」的「${ind.name}」没有分数，按 0 分计。`);
      return s ?? 0;
    });
    const total = roundScore(scores.reduce((a, b) => a + b, 0));
    if (l.statedTotal !== null && roundScore(l.statedTotal) !== total) {
      warnings.push(
        `${sheet.period}：第 ${l.line} 行「${unit}」的总分 ${scoreText(l.statedTotal)} 不等于各项得分之和 ${scoreText(total)}，按 ${scoreText(total)} 计。`,
      );
    }
    return { group: l.group, unit, total, scores };
  });
}

/** Ranks within a group, highest total first, ties sharing a rank and the next rank skipping (1, 2, 2, 4). */
export function ranksOf(totals: readonly number[]): number[] {
  return totals.map((t) => 1 + totals.filter((o) => o > t).length);
}

/** The groups in the order the sheet gives them, each with its units in order of rank (ties in the sheet's order). */
function groupsOf(totalled: readonly Totalled[]): { group: string; units: (Totalled & { rank: number })[] }[] {
  const names = [...new Set(totalled.map((t) => t.group))];
  return names.map((group) => {
    const members = totalled.filter((t) => t.group === group);
    const ranks = ranksOf(members.map((m) => m.total));
    const ranked = members.map((m, i) => ({ ...m, rank: ranks[i]! }));
    return { group, units: ranked.sort((a, b) => a.rank - b.rank) };
  });
}

/** Whether a rank is in the bottom N of a group of `size` units. */
export function isBottom(rank: number, size: number, bottom: number): boolean {
  return rank > size - bottom;
}

interface PeriodRanks {
  rank: number;
  bottom: boolean;
}

/**
 * The rankings of a series of sheets, oldest first: each sheet ranked, compared with the one before it.
 * A unit written twice in one sheet is kept once (the first), with a warning.
 */
export function rankSeries(
  sheets: readonly ScoreSheet[],
  directory: readonly Unit[],
  bottom = DEFAULT_BOTTOM,
): Ranking[] {
  const out: Ranking[] = [];
  let previous: Map<string, PeriodRanks> | null = null;
  for (const sheet of sheets) {
    const warnings = sheet.warnings.map((w) => `${sheet.period}：${w}`);
    const totalled = withoutRepeats(totalsOf(sheet, directory, warnings), sheet.period, warnings);
    const groups = groupsOf(totalled);
    const current = new Map<string, PeriodRanks>();
    const ranked: RankedGroup[] = groups.map(({ group, units }) => ({
      group,
      units: units.map((u) => {
        const bottomNow = isBottom(u.rank, units.length, bottom);
        current.set(u.unit, { rank: u.rank, bottom: bottomNow });
        const before: PeriodRanks | null = previous?.get(u.unit) ?? null;
        return {
          unit: u.unit,
          total: u.total,
          rank: u.rank,
          previousRank: before?.rank ?? null,
          change: before ? before.rank - u.rank : null,
          flags: bottomNow && before?.bottom ? [RANK_FLAGS.bottomTwice] : [],
          scores: u.scores,
        };
      }),
    }));
    out.push({ period: sheet.period, title: sheet.title, indicators: sheet.indicators, groups: ranked, warnings });
    previous = current;
  }
  return out;
}

function withoutRepeats(totalled: Totalled[], period: string, warnings: string[]): Totalled[] {
  const seen = new Set<string>();
  return totalled.filter((t) => {
    if (!seen.has(t.unit)) return seen.add(t.unit);
    warnings.push(`${period}：「${t.unit}」在表中出现了不止一次，只计第一次的分数。`);
    return false;
  });
}

/** The ranking of the latest sheet against the ones before it (oldest first). */
export function rankLatest(
  sheets: readonly ScoreSheet[],
  directory: readonly Unit[],
  bottom = DEFAULT_BOTTOM,
): Ranking {
  const all = rankSeries(sheets, directory, bottom);
  const last = all[all.length - 1];
  if (!last) throw new Error('rankLatest needs at least one sheet');
  return last;
}

/** A unit's rank over the periods (null where it was not ranked), for the chart of one unit. */
export function rankHistory(
  rankings: readonly Ranking[],
  unit: string,
): { period: string; rank: number | null; size: number | null }[] {
  return rankings.map((r) => {
    const group = r.groups.find((g) => g.units.some((u) => u.unit === unit));
    return {
      period: r.period,
      rank: group?.units.find((u) => u.unit === unit)?.rank ?? null,
      size: group?.units.length ?? null,
    };
  });
}

/** The units a ranking flags 连续两次排名靠后, with their group. */
export function flaggedUnits(r: Ranking): { group: string; unit: RankedUnit }[] {
  return r.groups.flatMap((g) =>
    g.units.filter((u) => u.flags.includes(RANK_FLAGS.bottomTwice)).map((unit) => ({ group: g.group, unit })),
  );
}

/** The units that rose most since the previous period (at most `limit`, only those that rose). */
export function risers(r: Ranking, limit = 3): { group: string; unit: RankedUnit }[] {
  return r.groups
    .flatMap((g) => g.units.map((unit) => ({ group: g.group, unit })))
    .filter((x) => (x.unit.change ?? 0) > 0)
    .sort((a, b) => b.unit.change! - a.unit.change!)
    .slice(0, limit);
}

/** ↑2, ↓1, — (same place) or 新 (not ranked before). */
export function changeText(change: number | null): string {
  if (change === null) return '—';
  if (change > 0) return `↑${change}`;
  if (change < 0) return `↓${-change}`;
  return '持平';
}

/** The period a title or file name names: 2026年11月 → 2026-11; null when it names none. */
export function periodFromText(text: string): string | null {
  const m = /(20\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月/.exec(text) ?? /(20\d{2})[-_.](1[0-2]|0[1-9])(?!\d)/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : null;
}

/** A 测评 period as people say it: 2026年11月, or (a sheet whose title named no month) the name of its file. */
export function scorePeriodName(period: string): string {
  return /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/.test(period) ? periodName(period) : period;
}
