// A unit with nothing to report: 「本期无新进展」 chosen on its progress fill-in sheet, or 本单位无此项内容 / 本期无新进展
// taken by the clerk on an empty return, counts as reported on the board, in 催报 and in both arrangements of the 汇总表.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as plans from '../../electron/host/services/plans';
import * as rounds from '../../electron/host/services/rounds';
import * as returns from '../../electron/host/services/returns';
import { readSheets } from '../../shared/xlsx/read-file';
import { filledSheet } from '../e2e/support/unit-returns';
import type { Db } from '../../electron/host/store/db';
import { cleanupTemp, startTempHost, steadyClock, tempDir } from './temp-data';

afterEach(cleanupTemp);

const UNITS = ['医政处', '妇幼处'];

function seeded() {
  const { host } = startTempHost();
  const db = host.ctx.db;
  const plan = plans.list({ db }).find((p) => p.kind === 'peidang')!;
  return { db, plan, now: steadyClock(Date.UTC(2026, 2, 1, 8)) };
}

/** A progress round on the sample 配档表 (it has rows), and each unit's fill-in sheet. */
async function progressRound(db: Db, planId: string, now: () => string) {
  const round = rounds.create(
    { db, now: now() },
    {
      planId,
      title: '第一季度进展',
      mode: 'progress',
      period: '2023-Q1',
      fields: ['status', 'progress'],
      required: ['status', 'progress'],
      scope: 'lead',
      units: UNITS,
      dueDate: '2026-03-12',
    },
  );
  const folder = tempDir();
  const { files } = await rounds.generate({ db }, { roundId: round.id, folder });
  const fileOf = (unit: string) => join(folder, files.find((f) => f.unit === unit)!.fileName);
  return { round, fileOf };
}

async function receive(db: Db, roundId: string, files: { fileName: string; data: Uint8Array }[]) {
  return (await returns.receive({ db, now: '2026-03-10T09:00:00.000Z' }, { roundId, files })).received;
}

/** The 汇总表's first sheet as lines of text, the cells of a line joined by |. */
async function summaryText(db: Db, roundId: string, now: () => string, arrangement: 'item' | 'unit') {
  const summary = await rounds.exportSummary({ db, now: now() }, { roundId, perUnitSheets: false, arrangement });
  const sheets = await readSheets(summary.data, summary.fileName);
  return sheets[0]!.cells.map((r) => r.filter(Boolean).join('|'));
}

describe('a unit that answered in the 汇总表 按事项', () => {
  it('lists a unit taken as 本单位无此项内容 under its own heading after the items, on a plan that has rows', async () => {
    const { db, plan, now } = seeded();
    const { round, fileOf } = await progressRound(db, plan.id, now);
    const [yz, fy] = await receive(db, round.id, [
      { fileName: '医政处.xlsx', data: await filledSheet(fileOf('医政处'), '推进中') },
      { fileName: '妇幼处.xlsx', data: new Uint8Array(readFileSync(fileOf('妇幼处'))) },
    ]);
    returns.accept({ db, now: now() }, { submissionId: yz!.id });
    returns.acceptNothing({ db, now: now() }, { submissionId: fy!.id, answer: '本单位无此项内容' });
    const lines = await summaryText(db, round.id, now, 'item');
    const heading = lines.indexOf('本期无报送内容的单位');
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 1]).toMatch(/^本单位无此项内容\|妇幼处\|2026-03-10 \d\d:00$/);
    // After the items 医政处 reported on.
    expect(lines.slice(0, heading).some((l) => l.includes('医政处'))).toBe(true);
  });
});
