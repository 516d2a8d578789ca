// Collection rounds through the host's services: fill-in sheets generated, returns read and checked, the review,
// acceptance recorded as progress and taken back, the board, the chasing text and the 汇总表.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import * as plans from '../../electron/host/services/plans';
import * as rounds from '../../electron/host/services/rounds';
import * as returns from '../../electron/host/services/returns';
import { list as listProgress } from '../../electron/host/services/progress';
import { undo } from '../../electron/host/services/history';
import { readSheets } from '../../shared/xlsx/read-file';
import { MARKER_SHEET } from '../../shared/xlsx/round-marker';
import { localStamp, Round, roundTitleOf } from '../../shared/domain/round';
import { nextRoundDraft } from '../../shared/domain/recurrence';
import { filledSheet, sheetLayout } from '../e2e/support/unit-returns';
import type { Db } from '../../electron/host/store/db';
import { cleanupTemp, startTempHost, steadyClock, tempDir } from './temp-data';
import { RETURNS_DIR } from '../support/fixtures';

afterEach(cleanupTemp);

const UNITS = ['医政处', '规划处', '基层处', '疾控处', '妇幼处'];
const SAMPLES = RETURNS_DIR;

function seeded() {
  const { host } = startTempHost();
  const db = host.ctx.db;
  const plan = plans.list({ db }).find((p) => p.kind === 'peidang')!;
  return { db, plan, now: steadyClock(Date.UTC(2026, 2, 1, 8)) };
}

function progressRound(db: Db, planId: string, now: () => string) {
  return rounds.create(
    { db, now: now() },
    {
      planId,
      title: '百日攻坚行动第一季度进展',
      mode: 'progress',
      period: '2023-Q1',
      fields: ['status', 'progress', 'problems', 'doneOn'],
      required: ['status', 'progress'],
      scope: 'lead',
      units: UNITS,
      dueDate: '2026-03-12',
    },
  );
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** Fills every open row of a unit's sheet as a unit would: a status and a line of progress, then `edit`. */
function fill(
  file: string,
  edit?: (ws: ExcelJS.Worksheet, header: Map<string, number>, lines: number[]) => void,
): Promise<Uint8Array> {
  return filledSheet(file, '推进中', edit && ((e) => edit(e.ws, e.header, e.lines)));
}

describe('collection rounds', () => {
  it('generates one protected sheet per unit with its rows, drop-downs, date checks and a hidden sheet', async () => {
    const { db, plan, now } = seeded();
    const round = progressRound(db, plan.id, now);
    const folder = join(tempDir(), '填报表');
    const out = await rounds.generate({ db }, { roundId: round.id, folder });
    expect(out.files.map((f) => f.unit)).toEqual(UNITS);
    expect(readdirSync(folder).sort()).toEqual(out.files.map((f) => f.fileName).sort());
    const yizheng = out.files.find((f) => f.unit === '医政处')!;
    expect(yizheng.rows).toBe(22);

    const wb = await load(join(folder, yizheng.fileName));
    const ws = wb.worksheets.find((w) => w.name !== MARKER_SHEET)!;
    expect(wb.worksheets.find((w) => w.name === MARKER_SHEET)?.state).toBe('veryHidden');
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('填报单位：医政处');
    expect(texts).toContain('报送截止：2026年3月12日前');
    expect(texts.some((t) => t.startsWith('填报说明：'))).toBe(true);
    const { header, lines } = sheetLayout(ws);
    expect(lines).toHaveLength(22);
    const status = ws.getCell(lines[0]!, header.get('完成状态')!);
    expect(status.dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"未启动,推进中,已完成,滞后,本期无新进展"'],
    });
    expect(ws.getCell(lines[0]!, header.get('完成日期')!).dataValidation?.type).toBe('date');
    expect(ws.getCell(lines[0]!, header.get('任务目标')!).protection?.locked).not.toBe(false);
  });

  it('reads returns, finds changed locked cells, bad dates and missing rows, with line and column', async () => {
    const { db, plan, now } = seeded();
    const round = progressRound(db, plan.id, now);
    const folder = tempDir();
    const { files } = await rounds.generate({ db }, { roundId: round.id, folder });
    const path = (unit: string) => join(folder, files.find((f) => f.unit === unit)!.fileName);

    const good = await fill(path('规划处'));
    const locked = await fill(path('基层处'), (ws, h, lines) => {
      ws.getCell(lines[1]!, h.get('任务目标')!).value = '改过的目标';
    });
    const badDate = await fill(path('疾控处'), (ws, h, lines) => {
      ws.getCell(lines[0]!, h.get('完成日期')!).value = '3月底吧';
      ws.getCell(lines[2]!, h.get('进展情况')!).value = null;
    });
    const result = await returns.receive(
      { db, now: '2026-03-10T09:00:00.000Z' },
      {
        roundId: round.id,
        files: [
          { fileName: '规划处.xlsx', data: good },
          { fileName: '基层处.xlsx', data: locked },
          { fileName: '疾控处.xlsx', data: badDate },
          { fileName: '规划处-重复.xlsx', data: good },
          { fileName: '坏文件.xlsx', data: new Uint8Array([1, 2, 3]) },
        ],
      },
    );
    expect(result.errors.map((e) => e.file)).toEqual(['规划处-重复.xlsx', '坏文件.xlsx']);
    expect(result.errors[0]!.message).toContain('内容完全相同');
    expect(result.errors[1]!.message).toMatch(/^「坏文件\.xlsx」/);
    const byUnit = new Map(result.received.map((s) => [s.unit, s]));
    expect(byUnit.get('规划处')!.matchedBy).toBe('sheet');
    expect(byUnit.get('规划处')!.problems).toEqual([]);
    const lockedProblems = byUnit.get('基层处')!.problems.map((p) => p.message);
    expect(lockedProblems).toHaveLength(1);
    expect(lockedProblems[0]).toMatch(/^第 \d+ 行「任务目标」列：此列已锁定，不应修改/);
    const jk = byUnit.get('疾控处')!.problems.map((p) => p.message);
    expect(jk.some((m) => /^第 \d+ 行「完成日期」列：「3月底吧」不是日期/.test(m))).toBe(true);
    expect(jk.some((m) => /^第 \d+ 行「进展情况」列：必填，尚未填写。$/.test(m))).toBe(true);

    const board = rounds.view({ db }, { roundId: round.id, today: '2026-03-13' }).board;
    expect(Object.fromEntries(board.map((b) => [b.unit, b.status]))).toEqual({
      医政处: 'overdue',
      规划处: 'received',
      基层处: 'errors',
      疾控处: 'errors',
      妇幼处: 'overdue',
    });
    // A file with errors is owed again: 催报 names its unit before anyone presses 退回.
    const chase = rounds.view({ db }, { roundId: round.id, today: '2026-03-13' }).chaseText;
    expect(chase).toContain('基层处报送的材料有 1 处错误，请修改后重新报送。');
    expect(chase).toMatch(/疾控处报送的材料有 \d+ 处错误/);
    expect(chase).not.toContain('规划处');
  });

  it('全部采用 of two units that lead the same row keeps both reports on it, and one undo takes the whole back', async () => {
    const { db, plan, now } = seeded();
    const round = progressRound(db, plan.id, now);
    const folder = tempDir();
    const { files } = await rounds.generate({ db }, { roundId: round.id, folder, units: ['医政处', '规划处'] });
    const data = await Promise.all(files.map((f) => fill(join(folder, f.fileName))));
    await returns.receive(
      { db, now: '2026-03-10T09:00:00.000Z' },
      { roundId: round.id, files: files.map((f, i) => ({ fileName: f.fileName, data: data[i]! })) },
    );
    expect(returns.acceptAll({ db, now: now() }, { roundId: round.id })).toMatchObject({ accepted: 2 });
    const entries = listProgress({ db }, { planId: plan.id }).filter((e) => e.period === '2023-Q1');
    const shared = entries.filter((e) => e.progress.includes('【医政处】') && e.progress.includes('【规划处】'));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((e) => e.reporter.includes('医政处') && e.reporter.includes('规划处'))).toBe(true);
    undo({ db, now: now() }, { planId: plan.id });
    // The row both led had no progress before the action: undone, it has none again (not the first unit's report).
    expect(listProgress({ db }, { planId: plan.id }).filter((e) => e.period === '2023-Q1')).toEqual([]);
  });

  it('accepts a return as progress, replaces it by a later one only when accepted, and takes both back', async () => {
    const { db, plan, now } = seeded();
    const round = progressRound(db, plan.id, now);
    const folder = tempDir();
    const { files } = await rounds.generate({ db }, { roundId: round.id, folder, units: ['妇幼处'] });
    const file = join(folder, files[0]!.fileName);
    const first = (
      await returns.receive(
        { db, now: '2026-03-10T09:00:00.000Z' },
        { roundId: round.id, files: [{ fileName: 'a.xlsx', data: await fill(file) }] },
      )
    ).received[0]!;
    const review = returns.review({ db }, { submissionId: first.id });
    expect(review.lines).toHaveLength(3);
    expect(review.lines[0]!.cells.map((c) => c.label)).toEqual(['完成状态', '进展情况']);
    const { delta } = returns.accept({ db, now: now() }, { submissionId: first.id });
    expect(delta?.progressChanged).toBe(true);
    const entries = listProgress({ db }, { planId: plan.id }).filter((e) => e.period === '2023-Q1');
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.reporter === '妇幼处' && e.status === 'in_progress')).toBe(true);

    const second = (
      await returns.receive(
        { db, now: '2026-03-14T09:00:00.000Z' },
        {
          roundId: round.id,
          files: [
            {
              fileName: 'b.xlsx',
              data: await fill(file, (ws, h, lines) => (ws.getCell(lines[0]!, h.get('完成状态')!).value = '已完成')),
            },
          ],
        },
      )
    ).received[0]!;
    expect(second.late).toBe(true);
    // Received but not accepted: the first is still in force.
    expect(
      rounds.view({ db }, { roundId: round.id, today: '2026-03-14' }).submissions.find((s) => s.id === first.id)!.state,
    ).toBe('accepted');
    const changes = returns.review({ db }, { submissionId: second.id });
    expect(changes.inForce?.id).toBe(first.id);
    expect(changes.lines).toHaveLength(1);
    expect(changes.lines[0]!.cells).toEqual([{ label: '完成状态', before: '推进中', after: '已完成' }]);
    returns.accept({ db, now: now() }, { submissionId: second.id });
    const states = () =>
      Object.fromEntries(
        rounds.view({ db }, { roundId: round.id, today: '2026-03-14' }).submissions.map((s) => [s.fileName, s.state]),
      );
    expect(states()).toEqual({ 'a.xlsx': 'superseded', 'b.xlsx': 'accepted' });
    expect(listProgress({ db }, { planId: plan.id }).filter((e) => e.status === 'done')).toHaveLength(1);

    returns.undoAccept({ db, now: now() }, { submissionId: second.id });
    expect(states()).toEqual({ 'a.xlsx': 'accepted', 'b.xlsx': 'received' });
    expect(listProgress({ db }, { planId: plan.id }).filter((e) => e.status === 'done')).toHaveLength(0);
    // 全部采用 takes the waiting file, as one undoable action; undone, the first is in force again.
    expect(returns.acceptAll({ db, now: now() }, { roundId: round.id })).toMatchObject({
      accepted: 1,
      delta: { history: { undoLabel: '采用 1 份回执' } },
    });
    expect(states()).toEqual({ 'a.xlsx': 'superseded', 'b.xlsx': 'accepted' });
    returns.undoAccept({ db, now: now() }, { submissionId: second.id });
    returns.sendBack({ db, now: now() }, { submissionId: second.id, reason: '完成状态与实际不符' });
    const view = rounds.view({ db }, { roundId: round.id, today: '2026-03-14' });
    expect(view.board.find((b) => b.unit === '妇幼处')).toMatchObject({
      status: 'returned',
      reason: '完成状态与实际不符',
    });
    expect(view.chaseText).toContain('妇幼处报送的材料已退回：完成状态与实际不符');
    expect(view.chaseText).toContain('医政处、规划处、基层处、疾控处尚未报送');
  });

  it('refuses a file of another round, asks whose a file of an unknown unit is, and notices a hidden sheet edited by hand', async () => {
    const { db, plan, now } = seeded();
    const round = progressRound(db, plan.id, now);
    const other = rounds.create(
      { db, now: now() },
      {
        planId: plan.id,
        title: '另一个任务',
        mode: 'progress',
        period: '2023-Q2',
        fields: ['status', 'progress'],
        units: ['妇幼处'],
        dueDate: '2026-06-12',
      },
    );
    const folder = tempDir();
    const mine = (await rounds.generate({ db }, { roundId: round.id, folder, units: ['妇幼处'] })).files[0]!;
    const theirs = (
      await rounds.generate({ db }, { roundId: other.id, folder: join(folder, 'other'), units: ['妇幼处'] })
    ).files[0]!;
    const edited = await fill(join(folder, mine.fileName), (ws) => {
      const marker = ws.workbook.getWorksheet(MARKER_SHEET)!;
      marker.getCell('A2').value = String(marker.getCell('A2').value).replace('妇幼处', '疾控处');
    });
    const stranger = await fill(join(folder, mine.fileName), (ws) => {
      ws.workbook.removeWorksheet(ws.workbook.getWorksheet(MARKER_SHEET)!.id);
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.value === '填报单位：妇幼处') c.value = '填报单位：某某卫生院';
        }),
      );
    });
    const result = await returns.receive(
      { db, now: '2026-03-10T09:00:00.000Z' },
      {
        roundId: round.id,
        files: [
          { fileName: '另一个任务的表.xlsx', data: await fill(join(folder, 'other', theirs.fileName)) },
          { fileName: '改过识别页.xlsx', data: edited },
          { fileName: '某某卫生院.xlsx', data: stranger },
        ],
      },
    );
    expect(result.errors).toEqual([
      {
        file: '另一个任务的表.xlsx',
        message: '「另一个任务的表.xlsx」是另一个填报任务（「另一个任务」）的填报表，没有导入。请在那个任务中导入。',
      },
    ]);
    const [byCell, unknown] = result.received;
    expect(byCell).toMatchObject({ unit: '妇幼处', matchedBy: 'cell', state: 'received' });
    expect(byCell!.problems.map((p) => p.message)).toEqual([
      '文件中隐藏的识别页被改动过，已按「填报单位」和文件名识别。',
    ]);
    const byCellRows = returns.review({ db }, { submissionId: byCell!.id }).submission.rows;
    expect(byCellRows.every((r) => r.rowId !== null)).toBe(true);
    expect(unknown).toMatchObject({ unit: null, state: 'unassigned' });
    expect(unknown!.problems.map((p) => p.message)).toContain('「某某卫生院」不在本任务的单位名单中，请指定单位。');
    const assigned = await returns.assign({ db, now: now() }, { submissionId: unknown!.id, unit: '妇幼处' });
    expect(assigned).toMatchObject({ unit: '妇幼处', matchedBy: 'user', state: 'received', problems: [] });
  });

  it('takes the three sample returns of the 突破事项 template in and consolidates them into one 汇总表', async () => {
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
    const files = readdirSync(SAMPLES).map((f) => ({
      fileName: f,
      data: new Uint8Array(readFileSync(join(SAMPLES, f))),
    }));
    const result = await returns.receive({ db, now: '2021-03-12T10:00:00.000Z' }, { roundId: round.id, files });
    expect(result.errors).toEqual([]);
    expect(result.received.map((s) => [s.unit, s.matchedBy, s.rowCount])).toEqual([
      ['区人民医院', 'cell', 3],
      ['区妇幼保健院', 'cell', 2],
      ['区疾控中心', 'cell', 2],
    ]);
    for (const s of result.received) {
      expect(s.problems.filter((p) => p.level === 'error')).toEqual([]);
      returns.accept({ db, now: now() }, { submissionId: s.id });
    }
    const summary = await rounds.exportSummary(
      { db, now: now() },
      { roundId: round.id, perUnitSheets: true, arrangement: 'unit' },
    );
    expect(summary.rows).toBe(7);
    expect(summary.fileName).toMatch(/^区卫生健康系统落实突破事项汇总表-\d{8}\.xlsx$/);
    const sheets = await readSheets(summary.data, summary.fileName);
    expect(sheets.map((s) => s.name)).toEqual(['汇总', '区人民医院', '区妇幼保健院', '区疾控中心']);
    const all = sheets[0]!.cells.map((r) => r.filter(Boolean).join('|'));
    expect(all[0]).toBe('区卫生健康系统落实突破事项汇总表');
    expect(all[1]).toBe('序号|突破事项名称|具体内容|措施|完成时限|分管责任人|责任科室|填报单位|报送时间');
    expect(all[2]).toBe('区人民医院');
    expect(all[3]).toMatch(/^1\|创建三级医院\|[\s\S]*\|区人民医院\|/);
    expect(all[3]!.endsWith(localStamp('2021-03-12T10:00:00.000Z'))).toBe(true);
    expect(all.filter((l) => l === '区妇幼保健院' || l === '区疾控中心')).toHaveLength(2);
    expect(rounds.view({ db }, { roundId: round.id, today: '2021-03-13' }).board.map((b) => b.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'overdue',
    ]);
  });
});

describe('round names', () => {
  const plan = { title: '2026年度重点工作清单', year: 2026 };

  it('names a round after its plan and period with the year said once', () => {
    expect(roundTitleOf(plan, 'progress', '2026-Q4')).toBe('2026年度重点工作·第四季度进展');
    expect(roundTitleOf({ title: '重点工作清单', year: 2026 }, 'progress', '2026-Q4')).toBe(
      '2026年度重点工作·第四季度进展',
    );
    expect(roundTitleOf(plan, 'progress', '2026-03')).toBe('2026年度重点工作·3月进展');
    expect(roundTitleOf(plan, 'progress', '2027-Q1')).toBe('2026年度重点工作·2027年第一季度进展');
    expect(roundTitleOf(plan, 'table', null)).toBe('2026年度重点工作·填报');
    // A plan of 2025 kept into 2026: its name says 2025, so the period keeps its year.
    expect(roundTitleOf({ title: '2025年度重点工作清单', year: 2026 }, 'progress', '2026-Q1')).toBe(
      '2025年度重点工作·2026年第一季度进展',
    );
  });

  it('gives the fill-in files and their .zip that name, the year in it once', async () => {
    const { db, now } = seeded();
    const plan = plans.list({ db }).find((p) => p.kind === 'quarterly')!;
    const title = roundTitleOf(plan, 'progress', '2026-Q4');
    expect(title).toBe('全县卫生健康系统2026年度重点工作·第四季度进展');
    const round = rounds.create(
      { db, now: now() },
      {
        planId: plan.id,
        title,
        mode: 'progress',
        period: '2026-Q4',
        fields: ['status', 'progress'],
        scope: 'lead',
        units: ['医政医管科', '疾控科'],
        dueDate: '2027-01-05',
      },
    );
    const { fileName, files } = await rounds.generateZip({ db }, { roundId: round.id });
    expect(fileName).toBe('全县卫生健康系统2026年度重点工作·第四季度进展-填报表.zip');
    expect(files.map((f) => f.fileName)).toEqual([
      '医政医管科-全县卫生健康系统2026年度重点工作·第四季度进展.xlsx',
      '疾控科-全县卫生健康系统2026年度重点工作·第四季度进展.xlsx',
    ]);
  });

  it('moves an automatic name on to the next period without a second year', () => {
    const round = Round.parse({
      id: 'r1',
      createdAt: '2026-10-01T08:00:00.000Z',
      planId: 'p1',
      title: '2026年度重点工作·第三季度进展',
      mode: 'progress',
      period: '2026-Q3',
      units: ['医政医管科'],
      dueDate: '2026-10-05',
      recurrence: 'quarterly',
    });
    expect(nextRoundDraft(round).title).toBe('2026年度重点工作·第四季度进展');
    const last = { ...round, title: '2026年度重点工作·第四季度进展', period: '2026-Q4' };
    expect(nextRoundDraft(last).title).toBe('2026年度重点工作·2027年第一季度进展');
    expect(nextRoundDraft({ ...last, title: '2026年度重点工作·2027年第一季度进展', period: '2027-Q1' }).title).toBe(
      '2026年度重点工作·2027年第二季度进展',
    );
    const monthly = { ...round, recurrence: 'monthly' as const, title: '2026年度重点工作·12月进展', period: '2026-12' };
    expect(nextRoundDraft(monthly).title).toBe('2026年度重点工作·2027年1月进展');
    expect(nextRoundDraft({ ...monthly, title: '2026年度重点工作·3月进展', period: '2026-03' }).title).toBe(
      '2026年度重点工作·4月进展',
    );
  });
});
