// A unit with nothing to report: 「本期无新进展」 chosen on its progress fill-in sheet, or 本单位无此项内容 / 本期无新进展
// taken by the clerk on an empty return, counts as reported on the board, in 催报 and in both arrangements of the 汇总表.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import * as plans from '../../electron/host/services/plans';
import * as rounds from '../../electron/host/services/rounds';
import * as returns from '../../electron/host/services/returns';
import { list as listProgress } from '../../electron/host/services/progress';
import { readSheets } from '../../shared/xlsx/read-file';
import { MARKER_SHEET } from '../../shared/xlsx/round-marker';
import { filledSheet, sheetLayout } from '../e2e/support/unit-returns';
import type { Db } from '../../electron/host/store/db';
import { cleanupTemp, startTempHost, steadyClock, tempDir } from './temp-data';
import { firstQuarterRound } from '../support/progress-round';

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
  const round = firstQuarterRound(db, planId, now(), UNITS);
  const folder = tempDir();
  const { files } = await rounds.generate({ db }, { roundId: round.id, folder });
  const fileOf = (unit: string) => join(folder, files.find((f) => f.unit === unit)!.fileName);
  return { round, fileOf };
}

/** The sheet as the unit sends it back: nothing filled in but what `edit` writes. */
async function sentBack(file: string, edit: (ws: ExcelJS.Worksheet, status: number, lines: number[]) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.name !== MARKER_SHEET)!;
  const { header, lines } = sheetLayout(ws);
  edit(ws, header.get('完成状态')!, lines);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
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

describe('本期无新进展 on a progress fill-in sheet', () => {
  it('offers 本期无新进展 in the 完成状态 drop-down and says how to use it', async () => {
    const { db, plan, now } = seeded();
    const { fileOf } = await progressRound(db, plan.id, now);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(fileOf('医政处')) as unknown as ArrayBuffer);
    const ws = wb.worksheets.find((w) => w.name !== MARKER_SHEET)!;
    const { header, lines } = sheetLayout(ws);
    expect(ws.getCell(lines[0]!, header.get('完成状态')!).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"未启动,推进中,已完成,滞后,本期无新进展"'],
    });
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.some((t) => t.includes('本期没有新进展的，在「完成状态」中选择“本期无新进展”'))).toBe(true);
  });

  it('takes 本期无新进展 chosen on the sheet as the unit’s answer: reported on the board, in 催报 and the 汇总表', async () => {
    const { db, plan, now } = seeded();
    const { round, fileOf } = await progressRound(db, plan.id, now);
    const filled = await filledSheet(fileOf('医政处'), '推进中');
    // 妇幼处 chooses 本期无新进展 on its first line only and fills in nothing else.
    const nothing = await sentBack(fileOf('妇幼处'), (ws, status, lines) => {
      ws.getCell(lines[0]!, status).value = '本期无新进展';
    });
    const [yz, fy] = await receive(db, round.id, [
      { fileName: '医政处.xlsx', data: filled },
      { fileName: '妇幼处.xlsx', data: nothing },
    ]);
    expect(fy).toMatchObject({ unit: '妇幼处', rowCount: 0, reason: '本期无新进展' });
    expect(fy!.problems.filter((p) => p.level === 'error')).toEqual([]);
    const waiting = rounds.view({ db }, { roundId: round.id, today: '2026-03-13' });
    expect(waiting.board.find((b) => b.unit === '妇幼处')!.status).toBe('received');
    expect(waiting.chaseText).not.toContain('妇幼处');

    const before = listProgress({ db }, { planId: plan.id }).filter((e) => e.period === '2023-Q1').length;
    returns.accept({ db, now: now() }, { submissionId: fy!.id });
    returns.accept({ db, now: now() }, { submissionId: yz!.id });
    const v = rounds.view({ db }, { roundId: round.id, today: '2026-03-13' });
    expect(v.board.find((b) => b.unit === '妇幼处')).toMatchObject({ status: 'accepted', reason: '本期无新进展' });
    expect(v.chaseText).toBe('');
    // 本期无新进展 changes no progress: only 医政处's rows got theirs.
    const progress = listProgress({ db }, { planId: plan.id }).filter((e) => e.period === '2023-Q1');
    expect(progress.length - before).toBe(yz!.rowCount);

    for (const arrangement of ['item', 'unit'] as const) {
      const lines = await summaryText(db, round.id, now, arrangement);
      expect(lines.some((l) => l.startsWith('本期无新进展|妇幼处|'))).toBe(true);
      expect(lines.some((l) => l.includes('医政处'))).toBe(true);
    }
  });

  it('takes 本期无新进展 chosen on every line the same way', async () => {
    const { db, plan, now } = seeded();
    const { round, fileOf } = await progressRound(db, plan.id, now);
    const nothing = await sentBack(fileOf('妇幼处'), (ws, status, lines) => {
      for (const line of lines) ws.getCell(line, status).value = '本期无新进展';
    });
    const [fy] = await receive(db, round.id, [{ fileName: '妇幼处.xlsx', data: nothing }]);
    expect(fy).toMatchObject({ unit: '妇幼处', rowCount: 0, reason: '本期无新进展' });
    expect(fy!.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('reads 本期无新进展 on one item among others as that item left as it was, with a 提醒', async () => {
    const { db, plan, now } = seeded();
    const { round, fileOf } = await progressRound(db, plan.id, now);
    let quiet = 0;
    let worded = 0;
    const data = await filledSheet(fileOf('医政处'), '推进中', ({ ws, header, lines }) => {
      [quiet, worded] = [lines[1]!, lines[2]!];
      ws.getCell(quiet, header.get('完成状态')!).value = '本期无新进展';
      ws.getCell(quiet, header.get('进展情况')!).value = null;
      // 本期无新进展 chosen, and a few words written all the same: the choice decides, and the review says so.
      ws.getCell(worded, header.get('完成状态')!).value = '本期无新进展';
    });
    const [yz] = await receive(db, round.id, [{ fileName: '医政处.xlsx', data }]);
    expect(yz!.reason).toBe('');
    expect(yz!.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(yz!.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        `第 ${quiet} 行：本期无新进展，这一项的进展不作改动。`,
        `第 ${worded} 行：本期无新进展，这一项的进展不作改动（其他列填写的内容不采用）。`,
      ]),
    );
    const full = (
      await receive(db, round.id, [{ fileName: '医政处2.xlsx', data: await filledSheet(fileOf('医政处'), '推进中') }])
    )[0]!;
    expect(yz!.rowCount).toBe(full.rowCount - 2);
  });
});

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
