// One history: 采用, 退回, 全部采用, 撤销采用 and 本单位无此项内容 are actions of the plan's history, so Ctrl+Z
// takes the progress, the rows, the file's state and the board back together, and Ctrl+Y brings them again.
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as plans from '../../electron/host/services/plans';
import * as rounds from '../../electron/host/services/rounds';
import * as returns from '../../electron/host/services/returns';
import { list as listProgress } from '../../electron/host/services/progress';
import { redo, undo } from '../../electron/host/services/history';
import { listRows } from '../../electron/host/store/rows';
import { filledSheet } from '../e2e/support/unit-returns';
import type { Db } from '../../electron/host/store/db';
import { cleanupTemp, startTempHost, steadyClock, tempDir } from './temp-data';
import { RETURNS_DIR } from '../support/fixtures';
import { firstQuarterRound } from '../support/progress-round';

afterEach(cleanupTemp);

function seeded() {
  const { host } = startTempHost();
  const db = host.ctx.db;
  const plan = plans.list({ db }).find((p) => p.kind === 'peidang')!;
  return { db, plan, now: steadyClock(Date.UTC(2026, 2, 1, 8)) };
}

async function progressRoundWithReturns(db: Db, planId: string, now: () => string, units: string[]) {
  const round = firstQuarterRound(db, planId, now(), units);
  const folder = tempDir();
  const { files } = await rounds.generate({ db }, { roundId: round.id, folder, units });
  const data = await Promise.all(files.map((f) => filledSheet(join(folder, f.fileName), '推进中')));
  const got = await returns.receive(
    { db, now: '2026-03-10T09:00:00.000Z' },
    { roundId: round.id, files: files.map((f, i) => ({ fileName: `${f.unit}.xlsx`, data: data[i]! })) },
  );
  return { round, received: got.received };
}

/** What the clerk sees: each unit's place on the board, each file's state, and how many rows have progress. */
function seen(db: Db, roundId: string, planId: string) {
  const v = rounds.view({ db }, { roundId, today: '2026-03-11' });
  return {
    board: Object.fromEntries(v.board.map((b) => [b.unit, b.status])),
    files: Object.fromEntries(v.submissions.map((s) => [s.fileName, s.state])),
    progress: listProgress({ db }, { planId: planId }).filter((e) => e.period === '2023-Q1').length,
  };
}

describe('the review in the one history', () => {
  it('undoes and redoes 采用, 退回, 全部采用 and 撤销采用, with the plan, the file and the board each time', async () => {
    const { db, plan, now } = seeded();
    const { round, received } = await progressRoundWithReturns(db, plan.id, now, ['医政处', '妇幼处']);
    const [yz, fy] = received as [(typeof received)[0], (typeof received)[0]];
    const start = seen(db, round.id, plan.id);
    expect(start).toEqual({
      board: { 医政处: 'received', 妇幼处: 'received' },
      files: { '医政处.xlsx': 'received', '妇幼处.xlsx': 'received' },
      progress: 0,
    });

    // 采用, then Ctrl+Z: the progress goes, and the file is 待审核 again on the board.
    returns.accept({ db, now: now() }, { submissionId: yz.id });
    const accepted = seen(db, round.id, plan.id);
    expect(accepted.board.医政处).toBe('accepted');
    expect(accepted.files['医政处.xlsx']).toBe('accepted');
    expect(accepted.progress).toBeGreaterThan(0);
    const undone = undo({ db, now: now() }, { planId: plan.id });
    expect(undone.roundsChanged).toBe(true);
    expect(seen(db, round.id, plan.id)).toEqual(start);
    expect(returns.review({ db }, { submissionId: yz.id }).decisions.map((d) => d.action)).toEqual(['receive']);
    redo({ db, now: now() }, { planId: plan.id });
    expect(seen(db, round.id, plan.id)).toEqual(accepted);

    // 撤销采用 of the last action is that same undo: redo brings the acceptance back.
    const viaButton = returns.undoAccept({ db, now: now() }, { submissionId: yz.id });
    expect(viaButton.delta?.history).toMatchObject({ canRedo: true, redoLabel: '采用回执（医政处）' });
    expect(seen(db, round.id, plan.id)).toEqual(start);
    redo({ db, now: now() }, { planId: plan.id });
    expect(seen(db, round.id, plan.id)).toEqual(accepted);

    // 退回, undone and redone: the file, the board and the decision log follow.
    const back = returns.sendBack({ db, now: now() }, { submissionId: fy.id, reason: '进展写得太简单。' });
    expect(back.delta.history.undoLabel).toBe('退回回执（妇幼处）');
    const returned = seen(db, round.id, plan.id);
    expect(returned.board.妇幼处).toBe('returned');
    expect(rounds.view({ db }, { roundId: round.id, today: '2026-03-11' }).chaseText).toContain(
      '妇幼处报送的材料已退回：进展写得太简单。请修改后重新报送。',
    );
    undo({ db, now: now() }, { planId: plan.id });
    expect(seen(db, round.id, plan.id)).toEqual(accepted);
    redo({ db, now: now() }, { planId: plan.id });
    expect(seen(db, round.id, plan.id)).toEqual(returned);
    undo({ db, now: now() }, { planId: plan.id });

    // 全部采用 takes 妇幼处's file as one action; one undo takes it back whole.
    expect(returns.acceptAll({ db, now: now() }, { roundId: round.id })).toMatchObject({ accepted: 1 });
    const all = seen(db, round.id, plan.id);
    expect(all.board).toEqual({ 医政处: 'accepted', 妇幼处: 'accepted' });
    undo({ db, now: now() }, { planId: plan.id });
    expect(seen(db, round.id, plan.id)).toEqual(accepted);
    redo({ db, now: now() }, { planId: plan.id });
    expect(seen(db, round.id, plan.id)).toEqual(all);

    // 撤销采用 of a file that is not the last action's: a new action, undone by Ctrl+Z in its turn.
    returns.undoAccept({ db, now: now() }, { submissionId: yz.id });
    const taken = seen(db, round.id, plan.id);
    expect(taken.board).toEqual({ 医政处: 'received', 妇幼处: 'accepted' });
    expect(taken.progress).toBeLessThan(all.progress);
    expect(undo({ db, now: now() }, { planId: plan.id }).history.redoLabel).toBe('撤销采用（医政处）');
    expect(seen(db, round.id, plan.id)).toEqual(all);
  });

  it('a history written before formats were kept still undoes: old plan snapshots lack numbering and cadence', () => {
    const { db, plan, now } = seeded();
    const old = { ...plans.open(db, plan.id).plan, title: '旧标题' } as Record<string, unknown>;
    delete old.numbering;
    delete old.cadence;
    db.prepare("INSERT INTO actions (plan_id, label, source, created_at) VALUES (?, '修改方案信息', 'edit', ?)").run(
      plan.id,
      now(),
    );
    const actionId = Number((db.prepare('SELECT MAX(id) AS id FROM actions').get() as { id: number }).id);
    db.prepare(
      "INSERT INTO changes (action_id, seq, entity, entity_id, before, after, format) VALUES (?, 0, 'plan', ?, ?, ?, 1)",
    ).run(actionId, plan.id, JSON.stringify(old), JSON.stringify({ ...old, title: plan.title }));
    const delta = undo({ db, now: now() }, { planId: plan.id });
    expect(delta.plan).toMatchObject({ title: '旧标题', numbering: 'continuous', cadence: 'quarter' });
  });
});

describe('rounds that say what happened', () => {
  it('采用 of a 突破事项 return adds its rows to the plan under the unit, and undo takes them out', async () => {
    const { db, now } = seeded();
    const plan = plans.create(
      db,
      {
        title: '区卫生健康系统落实突破事项汇总表',
        issuer: '',
        docNo: '',
        year: 2021,
        attachmentLabel: '',
        kind: 'breakthrough',
      },
      now(),
    );
    const units = ['区人民医院', '区妇幼保健院', '区疾控中心', '区中医院'];
    const round = rounds.create(
      { db, now: now() },
      { planId: plan.id, title: '落实突破事项', mode: 'table', period: null, units, dueDate: '2021-03-12' },
    );
    const files = readdirSync(RETURNS_DIR).map((f) => ({
      fileName: f,
      data: new Uint8Array(readFileSync(join(RETURNS_DIR, f))),
    }));
    const { received } = await returns.receive({ db, now: '2021-03-12T10:00:00.000Z' }, { roundId: round.id, files });
    const before = listRows(db, plan.id).filter((r) => r.kind === 'item').length;
    const review = returns.review({ db }, { submissionId: received[0]!.id });
    const { delta } = returns.accept({ db, now: now() }, { submissionId: received[0]!.id });
    const after = listRows(db, plan.id);
    // The review's changes are exactly what 采用 did: its rows, under a section named for the unit.
    expect(after.filter((r) => r.kind === 'item').length - before).toBe(review.lines.length);
    expect(after.find((r) => r.kind === 'section')?.title).toBe('区人民医院');
    expect(delta?.created).toHaveLength(review.lines.length + 1);
    expect(returns.acceptAll({ db, now: now() }, { roundId: round.id }).accepted).toBe(2);
    expect(listRows(db, plan.id).filter((r) => r.kind === 'item')).toHaveLength(before + 7);
    expect(
      listRows(db, plan.id)
        .filter((r) => r.kind === 'section')
        .map((r) => r.title),
    ).toEqual(['区人民医院', '区妇幼保健院', '区疾控中心']);
    undo({ db, now: now() }, { planId: plan.id });
    undo({ db, now: now() }, { planId: plan.id });
    expect(listRows(db, plan.id).filter((r) => r.kind === 'item')).toHaveLength(before);
    expect(
      rounds.view({ db }, { roundId: round.id, today: '2021-03-13' }).board.every((b) => b.status !== 'accepted'),
    ).toBe(true);
  });

  it('本单位无此项内容 on an empty return counts as reported on the board, in 催报 and in the 汇总表', async () => {
    const { db, now } = seeded();
    const plan = plans.create(
      db,
      { title: '突破事项汇总表', issuer: '', docNo: '', year: 2026, attachmentLabel: '', kind: 'breakthrough' },
      now(),
    );
    const round = rounds.create(
      { db, now: now() },
      {
        planId: plan.id,
        title: '突破事项',
        mode: 'table',
        period: null,
        units: ['区中医院', '区疾控中心'],
        dueDate: '2026-03-12',
      },
    );
    const folder = tempDir();
    const { files } = await rounds.generate({ db }, { roundId: round.id, folder, units: ['区中医院'] });
    const empty = new Uint8Array(readFileSync(join(folder, files[0]!.fileName)));
    const s = (
      await returns.receive(
        { db, now: '2026-03-10T09:00:00.000Z' },
        { roundId: round.id, files: [{ fileName: '区中医院.xlsx', data: empty }] },
      )
    ).received[0]!;
    expect(s.problems.some((p) => p.level === 'error')).toBe(true);
    expect(rounds.view({ db }, { roundId: round.id, today: '2026-03-11' }).board[0]!.status).toBe('errors');
    returns.acceptNothing({ db, now: now() }, { submissionId: s.id, answer: '本单位无此项内容' });
    const v = rounds.view({ db }, { roundId: round.id, today: '2026-03-11' });
    expect(v.board[0]).toMatchObject({ unit: '区中医院', status: 'accepted', reason: '本单位无此项内容' });
    expect(v.chaseText).not.toContain('区中医院');
    expect(v.chaseText).toContain('区疾控中心尚未报送');
    const summary = await rounds.exportSummary(
      { db, now: now() },
      { roundId: round.id, perUnitSheets: false, arrangement: 'unit' },
    );
    const { readSheets } = await import('../../shared/xlsx/read-file');
    const sheets = await readSheets(summary.data, summary.fileName);
    const text = sheets[0]!.cells.map((r) => r.filter(Boolean).join('|')).join('\n');
    expect(text).toContain('区中医院');
    expect(text).toContain('本单位无此项内容');
    undo({ db, now: now() }, { planId: plan.id });
    expect(rounds.view({ db }, { roundId: round.id, today: '2026-03-11' }).board[0]!.status).toBe('errors');
  });
});

describe('the review of a table return', () => {
  it("takes 「本单位无此项内容」 written on the fill-in sheet as the unit's answer, and warns of 完成时限 without a year or past", async () => {
    const { db, now } = seeded();
    const plan = plans.create(
      db,
      { title: '突破事项汇总表', issuer: '', docNo: '', year: 2026, attachmentLabel: '', kind: 'breakthrough' },
      now(),
    );
    const round = rounds.create(
      { db, now: now() },
      {
        planId: plan.id,
        title: '突破事项',
        mode: 'table',
        period: null,
        units: ['区中医院', '区疾控中心'],
        dueDate: '2026-05-12',
      },
    );
    const folder = tempDir();
    const { files } = await rounds.generate({ db }, { roundId: round.id, folder, units: ['区中医院', '区疾控中心'] });
    const ExcelJS = (await import('exceljs')).default;
    const write = async (file: string, lines: string[][]) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(folder, file)) as unknown as ArrayBuffer);
      const ws = wb.worksheets.find((w) => w.state !== 'veryHidden')!;
      let header = 0;
      ws.eachRow((row, n) => {
        if (!header && row.getCell(1).value === '序号') header = n;
      });
      lines.forEach((cells, i) => cells.forEach((v, j) => (ws.getCell(header + 1 + i, j + 2).value = v)));
      return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    };
    const nothing = await write(files[0]!.fileName, [['本单位无此项内容']]);
    const dated = await write(files[1]!.fileName, [
      ['中医馆建设', '建成中医馆', '争取资金', '3月12日'],
      ['家庭医生签约', '扩面', '入户', '2026年9月底前'],
    ]);
    const got = await returns.receive(
      { db, now: '2026-04-20T09:00:00.000Z' },
      {
        roundId: round.id,
        files: [
          { fileName: 'a.xlsx', data: nothing },
          { fileName: 'b.xlsx', data: dated },
        ],
      },
    );
    const [a, b] = got.received;
    expect(a).toMatchObject({ unit: '区中医院', rowCount: 0, reason: '本单位无此项内容' });
    expect(a!.problems.filter((p) => p.level === 'error')).toEqual([]);
    returns.accept({ db, now: now() }, { submissionId: a!.id });
    expect(rounds.view({ db }, { roundId: round.id, today: '2026-04-21' }).board[0]).toMatchObject({
      status: 'accepted',
      reason: '本单位无此项内容',
    });
    const warnings = b!.problems.map((p) => p.message);
    expect(
      warnings.some((m) => /「3月12日」没有写年份，按 2026 年理解为 2026-03-12，在报送时已经过去，请核实。/.test(m)),
    ).toBe(true);
    expect(warnings.some((m) => m.includes('2026年9月底前'))).toBe(false);
  });
});
