// The progress round the history and answer tests start from: the sample 配档表's units asked for the 状态 and 进展
// of 2023's first quarter, due 2026-03-12.
import * as rounds from '../../electron/host/services/rounds';

type Deps = Parameters<typeof rounds.create>[0];

export function firstQuarterRound(db: Deps['db'], planId: string, now: string, units: string[]) {
  return rounds.create(
    { db, now },
    {
      planId,
      title: '第一季度进展',
      mode: 'progress',
      period: '2023-Q1',
      fields: ['status', 'progress'],
      required: ['status', 'progress'],
      scope: 'lead',
      units,
      dueDate: '2026-03-12',
    },
  );
}
