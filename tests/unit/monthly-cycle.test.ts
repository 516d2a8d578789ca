// Seed 004's monthly cycle through the host's services: a monthly round (每月3日前报上月) and 开始下一期, a 备案
// round that takes a file of any kind, the board of units × periods with its two exports, the groups of the
// 单位名录 read from the seed's 附件 lists, and 测评 sheets kept and ranked with the directory's names.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import * as plans from '../../electron/host/services/plans';
import * as rounds from '../../electron/host/services/rounds';
import * as returns from '../../electron/host/services/returns';
import * as recurring from '../../electron/host/services/recurring';
import * as groups from '../../electron/host/services/groups';
import * as scores from '../../electron/host/services/scores';
import * as units from '../../electron/host/services/units';
import { dueDateOf, nextPeriod } from '../../shared/domain/recurrence';
import { chaseByGroup, parseGroupLists } from '../../shared/domain/unit-groups';
import { readSheets } from '../../shared/xlsx/read-file';
import { SEED_DOCUMENTS_DIR } from '../support/fixtures';
import { CITY_HOSPITAL, MONTHS, scoreSheetBytes } from '../support/score-sheets';
import { cleanupTemp, startTempHost, steadyClock } from './temp-data';
import { expectSeed004ContactGroups } from '../support/seed-004-groups';

afterEach(cleanupTemp);

const SEED_004 = readFileSync(
  join(
    SEED_DOCUMENTS_DIR,
    readdirSync(SEED_DOCUMENTS_DIR).find((f) => f.startsWith('004_'))!,
  ),
  'utf8',
);
const COUNTIES = ['东昌府区', '莘县', '临清市'];

function seeded() {
  const { host } = startTempHost();
  const db = host.ctx.db;
  const plan = plans.list({ db }).find((p) => p.kind === 'peidang')!;
  return { db, plan, now: steadyClock(Date.UTC(2026, 9, 1, 8)) };
}

const doc = (text: string) => new TextEncoder().encode(text);

async function documentText(data: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('periods of a recurring round', () => {
  it('steps month by month and quarter by quarter across the year end, the due day in the month after', () => {
    expect([nextPeriod('2026-10'), nextPeriod('2026-12'), nextPeriod('2026-Q4')]).toEqual([
      '2026-11',
      '2027-01',
      '2027-Q1',
    ]);
    expect([
      dueDateOf('2026-10', 3),
      dueDateOf('2026-12', 3),
      dueDateOf('2026-01', 31),
      dueDateOf('2026-Q3', 10),
    ]).toEqual(['2026-11-03', '2027-01-03', '2026-02-28', '2026-10-10']);
  });
});

describe('a monthly round and 开始下一期', () => {
  it('makes the next month with the same units and note, the title and due date moved on, once', () => {
    const { db, plan, now } = seeded();
    const first = rounds.create(
      { db, now: now() },
      {
        planId: plan.id,
        title: '2026年10月工作开展情况',
        mode: 'table',
        period: '2026-10',
        units: COUNTIES,
        dueDate: '2026-11-03',
        instructions: '报工作专班',
        recurrence: 'monthly',
        dueDay: 3,
        asks: 'file',
      },
    );
    expect(first).toMatchObject({ period: '2026-10', recurrence: 'monthly', dueDay: 3, asks: 'file' });
    const second = recurring.startNext({ db, now: now() }, { roundId: first.id });
    expect(second).toMatchObject({
      title: '2026年11月工作开展情况',
      period: '2026-11',
      dueDate: '2026-12-03',
      units: COUNTIES,
      instructions: '报工作专班',
      seriesId: first.id,
    });
    expect(() => recurring.startNext({ db, now: now() }, { roundId: first.id })).toThrow(
      expect.objectContaining({ code: 'ROUND_INVALID', params: { detail: '2026年11月的任务已经开始了' } }),
    );
    const third = recurring.startNext({ db, now: now() }, { roundId: second.id });
    expect(third).toMatchObject({ period: '2026-12', dueDate: '2027-01-03', seriesId: first.id });
  });

  it('refuses a monthly round without its first month or due day', () => {
    const { db, plan, now } = seeded();
    const base = {
      planId: plan.id,
      title: '月报',
      mode: 'table' as const,
      units: COUNTIES,
      dueDate: '2026-11-03',
      recurrence: 'monthly' as const,
    };
    expect(() => rounds.create({ db, now: now() }, { ...base, period: null, dueDay: 3 })).toThrow(
      expect.objectContaining({ code: 'ROUND_INVALID' }),
    );
    expect(() => rounds.create({ db, now: now() }, { ...base, period: '2026-Q3', dueDay: 3 })).toThrow(
      expect.objectContaining({ code: 'ROUND_INVALID' }),
    );
    expect(() => rounds.create({ db, now: now() }, { ...base, period: '2026-10' })).toThrow(
      expect.objectContaining({ code: 'ROUND_INVALID' }),
    );
  });
});

describe('备案 and the board of units × periods', () => {
  it('keeps a file of any kind as received, matched by its name, and shows 按时 / 逾期 N 天 / 未报 / 退回 over two months', async () => {
    const { db, plan, now } = seeded();
    const oct = rounds.create(
      { db, now: now() },
      {
        planId: plan.id,
        title: '2026年10月工作开展情况',
        mode: 'table',
        period: '2026-10',
        units: COUNTIES,
        dueDate: '2026-11-03',
        recurrence: 'monthly',
        dueDay: 3,
        asks: 'file',
      },
    );
    const r1 = await returns.receive(
      { db, now: '2026-11-07T02:00:00.000Z' },
      {
        roundId: oct.id,
        files: [
          {
            fileName: '东昌府区10月工作情况.pdf',
            data: doc('%PDF-1.4 东昌府区'),
            receivedAt: '2026-11-02T02:00:00.000Z',
          },
          { fileName: '莘县-10月.docx', data: doc('PK 莘县'), receivedAt: '2026-11-06T02:00:00.000Z' },
          { fileName: '情况报告.wps', data: doc('WPS 没写单位') },
        ],
      },
    );
    expect(r1.errors).toEqual([]);
    expect(r1.received.map((s) => [s.unit, s.state, s.late, s.problems.length])).toEqual([
      ['东昌府区', 'received', false, 0],
      ['莘县', 'received', true, 0],
      [null, 'unassigned', true, 1],
    ]);
    // The clerk says whose the third is: 临清市's, sent on the 7th, and it is sent back.
    const third = await returns.assign({ db, now: now() }, { submissionId: r1.received[2]!.id, unit: '临清市' });
    returns.sendBack({ db, now: now() }, { submissionId: third.id, reason: '请加盖公章' });
    expect(Buffer.from(returns.originalFile({ db }, { submissionId: r1.received[0]!.id }).data).toString()).toBe(
      '%PDF-1.4 东昌府区',
    );
    returns.accept({ db, now: now() }, { submissionId: r1.received[0]!.id });

    const nov = recurring.startNext({ db, now: now() }, { roundId: oct.id });
    await returns.receive(
      { db, now: '2026-12-03T09:00:00.000Z' },
      {
        roundId: nov.id,
        files: [{ fileName: '临清市11月.xlsx', data: doc('临清市 11月'), receivedAt: '2026-12-03T09:00:00.000Z' }],
      },
    );

    const board = recurring.timeliness({ db }, { roundId: nov.id, today: '2026-12-05' });
    expect(board.periods.map((p) => p.period)).toEqual(['2026-10', '2026-11']);
    expect(
      board.units.map((u) => [
        u.unit,
        ...u.cells.map((c) => (c ? `${c.status}${c.daysLate || ''}` : '—')),
        u.onTime,
        u.late,
        u.missing,
      ]),
    ).toEqual([
      ['东昌府区', 'onTime', 'missing', 1, 0, 1],
      ['莘县', 'late3', 'missing', 0, 1, 1],
      ['临清市', 'returned4', 'onTime', 1, 0, 0],
    ]);

    const notice = await recurring.exportTimeliness({ db }, { roundId: nov.id, format: 'docx', today: '2026-12-05' });
    const text = await documentText(notice.data);
    expect(text).toContain('关于2026年11月工作开展情况报送情况的通报');
    expect(text).toContain('应报 3 个单位，按时报送 1 个，逾期报送 0 个，未报送 2 个');
    expect(text).toContain('东昌府区、莘县。请上述单位');
    expect(text).toContain('逾期3天');
    // The table's last row, the closing line and the signature go to one page (LibreOffice left the signature alone).
    const xml = await (await JSZip.loadAsync(notice.data)).file('word/document.xml')!.async('string');
    expect(xml.slice(xml.lastIndexOf('<w:tr>'), xml.lastIndexOf('</w:tbl>'))).toContain('<w:keepNext/>');
    const closing = xml.slice(xml.lastIndexOf('</w:tbl>'), xml.indexOf('请各单位高度重视'));
    expect(closing).toContain('<w:keepNext/>');
    const octNotice = await documentText(
      (await recurring.exportTimeliness({ db }, { roundId: oct.id, format: 'docx', today: '2026-12-05' })).data,
    );
    expect(octNotice).toContain('莘县（逾期3天）');
    expect(octNotice).toContain('临清市报送的材料已退回');

    const sheet = await recurring.exportTimeliness({ db }, { roundId: nov.id, format: 'xlsx', today: '2026-12-05' });
    const [grid] = await readSheets(sheet.data, sheet.fileName);
    expect(grid!.cells[0]![0]).toBe('工作开展情况报送情况统计表');
    expect(grid!.cells[1]!.slice(0, 3)).toEqual(['单位', '2026年10月\n（11月3日前）', '2026年11月\n（12月3日前）']);
    expect(grid!.cells[3]).toEqual(['莘县', '逾期3天', '未报', '0', '1', '1']);
  });

  it('does not make fill-in sheets for a 备案 round', async () => {
    const { db, plan, now } = seeded();
    const filing = rounds.create(
      { db, now: now() },
      {
        planId: plan.id,
        title: '实施方案备案',
        mode: 'table',
        period: null,
        units: COUNTIES,
        dueDate: '2026-07-26',
        asks: 'file',
      },
    );
    await expect(rounds.generate({ db }, { roundId: filing.id, folder: '/tmp' })).rejects.toMatchObject({
      code: 'ROUND_INVALID',
    });
  });
});

describe('groups from the seed’s 附件 lists', () => {
  it('reads the eleven 联系单位 groups of 附件2 and the thirteen 专项工作组 of 附件1', () => {
    const all = parseGroupLists(SEED_004);
    const contact = all.filter((g) => g.kind === 'contact');
    const work = all.filter((g) => g.kind === 'work');
    expectSeed004ContactGroups(contact);
    expect(work).toHaveLength(13);
    expect(work[0]).toMatchObject({
      name: '中医药管理组',
      leader: '谢华',
      deputy: '张建福',
      offices: ['中医药科技教育科', '中医药发展规划和产业发展科'],
    });
    expect(work[0]!.duty).toMatch(/^牵头负责督促指导中医医疗机构工作措施落实.*组织中医医疗机构开展大型义诊活动。$/);
    expect(work[10]).toMatchObject({ name: '宣传组', leader: '张秀珍', offices: ['宣传与健康促进科'] });
    expect(work[12]).toMatchObject({
      name: '规划财务和信息化组',
      leader: '费瑞金',
      offices: ['规划财务与信息化科', '信息中心'],
    });
  });

  it('keeps them in the 单位名录, matches a unit by another name, and writes 催报 per group', () => {
    const { db, now } = seeded();
    const deps = { db, now: now() };
    const kept = groups.importText(deps, { text: SEED_004, source: '004.txt' });
    expect(kept.filter((g) => g.kind === 'contact')).toHaveLength(11);
    units.save(deps, { unit: CITY_HOSPITAL });
    const again = groups.importText(deps, { text: SEED_004.slice(SEED_004.indexOf('附件 2')), source: '附件2' });
    expect(again.filter((g) => g.kind === 'work')).toHaveLength(13);
    expect(chaseByGroup(['聊城市人民医院', '莘县', '某某医院'], again, units.list(deps))).toEqual([
      { group: '第一组（组长魏天山、副组长刘庆华）', units: ['聊城市人民医院'] },
      { group: '第二组（组长谢华、副组长张建福）', units: ['莘县'] },
      { group: '未分组', units: ['某某医院'] },
    ]);
    expect(() => groups.importText(deps, { text: '没有分组的文字', source: '' })).toThrow(
      expect.objectContaining({ code: 'GROUPS_NONE' }),
    );
  });
});

describe('测评 sheets in the app', () => {
  it('keeps each month, replaces a month imported again, ranks with the directory’s names and writes the 通报', async () => {
    const { db, now } = seeded();
    const deps = { db, now: now() };
    units.save(deps, { unit: CITY_HOSPITAL });
    for (const m of MONTHS)
      await scores.importSheet({ db, now: now() }, { fileName: m.fileName, data: await scoreSheetBytes(m) });
    await scores.importSheet(
      { db, now: now() },
      { fileName: MONTHS[2].fileName, data: await scoreSheetBytes(MONTHS[2]) },
    );
    expect(scores.list(deps).map((s) => [s.period, s.units])).toEqual([
      ['2026-09', 28],
      ['2026-10', 28],
      ['2026-11', 28],
    ]);
    const nov = scores.rankings(deps, { bottom: 3 })[2]!;
    const city = nov.groups[1]!.units;
    expect(city.find((u) => u.unit === '市人民医院')).toMatchObject({ rank: 2, previousRank: 2, change: 0 });
    const notice = await scores.exportNotice(deps, {
      period: '2026-11',
      bottom: 3,
      issuer: '聊城市卫生健康委员会',
      today: '2026-12-03',
    });
    expect(notice.fileName).toBe('2026年11月测评通报.docx');
    expect(await documentText(notice.data)).toContain('聊城市卫生健康委员会');
    await expect(
      scores.exportNotice(deps, { period: '2025-01', bottom: 3, issuer: '', today: '2026-12-03' }),
    ).rejects.toMatchObject({
      code: 'SCORES_NOT_FOUND',
    });
  });
});
