// 生成填报表 remembers where the sheets went: the next round of the plan (and of another plan) offers that folder.
import { join } from 'node:path';
import { homedir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import * as plans from '../../electron/host/services/plans';
import * as rounds from '../../electron/host/services/rounds';
import type { Db } from '../../electron/host/store/db';
import { cleanupTemp, startTempHost, steadyClock, tempDir } from './temp-data';

afterEach(cleanupTemp);

function roundOf(db: Db, planId: string, title: string, now: () => string) {
  return rounds.create(
    { db, now: now() },
    {
      planId,
      title,
      mode: 'progress',
      period: '2023-Q1',
      fields: ['status', 'progress'],
      required: [],
      scope: 'lead',
      units: ['医政处'],
      dueDate: '2026-03-12',
    },
  );
}

describe('the folder of 生成填报表', () => {
  it('offers the folder the last sheets went to, a folder of its own for each round', async () => {
    const { host } = startTempHost();
    const db = host.ctx.db;
    const now = steadyClock();
    const [peidang, quarterly] = ['peidang', 'quarterly'].map((k) => plans.list({ db }).find((p) => p.kind === k)!);
    const first = roundOf(db, peidang!.id, '一季度进展', now);
    expect(rounds.view({ db }, { roundId: first.id, today: '2026-03-01' }).defaultFolder).toBe(
      join(homedir(), '配档助手', '填报表', '一季度进展'),
    );

    const chosen = join(tempDir(), '下发');
    await rounds.generate({ db }, { roundId: first.id, folder: join(chosen, '一季度进展') });
    const second = roundOf(db, peidang!.id, '二季度进展', now);
    expect(rounds.view({ db }, { roundId: second.id, today: '2026-03-01' }).defaultFolder).toBe(
      join(chosen, '二季度进展'),
    );

    // A folder not named for its round is remembered as it is; another plan is offered the latest one.
    const other = join(tempDir(), '医政处的表');
    await rounds.generate({ db }, { roundId: second.id, folder: other });
    const elsewhere = roundOf(db, quarterly!.id, '季度目标', now);
    expect(rounds.view({ db }, { roundId: elsewhere.id, today: '2026-03-01' }).defaultFolder).toBe(
      join(other, '季度目标'),
    );
    expect(rounds.view({ db }, { roundId: first.id, today: '2026-03-01' }).defaultFolder).toBe(
      join(other, '一季度进展'),
    );
  });
});
