// 整改台账: a problem found (in a 测评, in a unit's return, by 督导) put on the ledger as a row to 整改 and 销号.
import { z } from 'zod';
import type { RowDraft } from './plan';
import { scorePeriodName, type RankedUnit } from './scores';

export const ProblemDraft = z.object({
  /** 督导发现问题 */
  problem: z.string().trim().min(1).max(2000),
  /** 责任单位 */
  unit: z.string().trim().min(1).max(60),
  /** 整改时限 as written (限7日内, 2026年12月31日前); empty to fill in later. */
  deadline: z.string().trim().max(100).default(''),
  /** Where it was found: 2026年11月测评, 《…》回执. */
  source: z.string().trim().max(200).default(''),
});
export type ProblemDraft = z.infer<typeof ProblemDraft>;

/** The ledger's row for a problem. */
export function problemRow(p: ProblemDraft): RowDraft {
  return {
    kind: 'item',
    title: '',
    cells: { problem: p.problem, lead: p.unit, deadline: p.deadline, source: p.source, closed: '未销号' },
  };
}

/** The problem a 测评 row suggests: its rank, total, and the indicators it lost most on. */
export function problemFromRank(
  period: string,
  group: string,
  u: RankedUnit,
  indicators: readonly { name: string; max: number | null }[],
): ProblemDraft {
  const lost = indicators
    .map((ind, i) => ({ name: ind.name, lost: ind.max === null ? 0 : ind.max - (u.scores[i] ?? 0) }))
    .filter((x) => x.lost > 0)
    .sort((a, b) => b.lost - a.lost)
    .slice(0, 2)
    .map((x) => `${x.name}失${Math.round(x.lost * 100) / 100}分`);
  const flag = u.flags.length > 0 ? `，${u.flags.join('、')}` : '';
  return {
    problem: `${scorePeriodName(period)}测评${group ? `${group}` : ''}排名第${u.rank}名（总分${u.total}${flag}）${lost.length ? `，${lost.join('、')}` : ''}。`,
    unit: u.unit,
    deadline: '',
    source: `${scorePeriodName(period)}测评`,
  };
}

/** The problem a unit's return suggests: what its check or the clerk's 退回 found, under the round's title. */
export function problemFromReturn(roundTitle: string, unit: string, findings: readonly string[]): ProblemDraft {
  const listed = findings.slice(0, 3).join('；');
  return {
    problem: `《${roundTitle}》报送材料${listed ? `存在问题：${listed}` : '存在问题：'}`.slice(0, 2000),
    unit,
    deadline: '',
    source: `《${roundTitle}》回执`,
  };
}
