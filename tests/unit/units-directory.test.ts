// The directory of units: names, short names and other names matched as one unit; suggestions; the service.
import { afterEach, describe, expect, it } from 'vitest';
import {
  canonicalUnit,
  guessUnitKind,
  matchUnit,
  suggestUnitNames,
  suggestUnits,
  unknownUnits,
  type Unit,
  type UnitDraft,
} from '../../shared/domain/unit-directory';
import { unitNamesOf } from '../../shared/domain/units';
import * as units from '../../electron/host/services/units';
import { cleanupTemp, codeOf, openTempDb, startTempHost } from './temp-data';
import * as plans from '../../electron/host/services/plans';
import { redo, undo } from '../../electron/host/services/history';
import { categoryOf, isCollective, membersOf, SHARED_UNITS } from '../../shared/domain/unit-categories';
import { overviewOf } from '../../shared/domain/progress-overview';
import { candidateUnits, rowsByUnit, type Round } from '../../shared/domain/round';

afterEach(cleanupTemp);

const NOW = '2026-03-01T08:00:00.000Z';

const dir: Unit[] = [
  {
    id: '1',
    name: '医政处',
    shortName: '',
    aliases: ['医政医管处'],
    kind: 'office',
    leader: '',
    contact: '',
    phone: '',
  },
  {
    id: '2',
    name: '县人民医院',
    shortName: '县医院',
    aliases: [],
    kind: 'subordinate',
    leader: '徐庆',
    contact: '',
    phone: '',
  },
  { id: '3', name: '财务管理处', shortName: '财务处', aliases: [], kind: 'office', leader: '', contact: '', phone: '' },
];

describe('matching names against the directory', () => {
  it('takes the full name, the short name and any other name, spaces ignored, as the same unit', () => {
    expect(matchUnit(dir, '医政医管处')?.id).toBe('1');
    expect(matchUnit(dir, ' 县 医院 ')?.id).toBe('2');
    expect(canonicalUnit(dir, '财务处')).toBe('财务管理处');
    expect(canonicalUnit(dir, '疾控处')).toBe('疾控处');
  });

  it('lists each unknown name once, in the order met', () => {
    expect(unknownUnits(dir, ['疾控处', '医政处', '体改处', '疾控处'])).toEqual(['疾控处', '体改处']);
  });

  it('suggests units whose names start with what is typed before those that only contain it', () => {
    expect(suggestUnits(dir, '财务').map((u) => u.name)).toEqual(['财务管理处']);
    expect(suggestUnits(dir, '医').map((u) => u.name)).toEqual(['医政处', '县人民医院']);
  });

  it('suggests the directory’s units (by any of their names) before the names only the plan uses', () => {
    const plan = ['医改办', '县医院', '体改处', '乡医科'];
    const got = suggestUnitNames(dir, plan, '医');
    expect(got.map((s) => [s.name, s.planOnly])).toEqual([
      ['医政处', false],
      ['县人民医院', false],
      ['医改办', true],
      ['乡医科', true],
    ]);
    expect(suggestUnitNames(dir, plan, '医政医管').map((s) => s.name)).toEqual(['医政处']);
    expect(suggestUnitNames(dir, plan, '医', 3).map((s) => s.name)).toEqual(['医政处', '县人民医院', '医改办']);
  });

  it('reads the names a plan’s unit columns hold, each once, and guesses what a new name is', () => {
    const columns = [
      { key: 'lead', role: 'unit' },
      { key: 'goal', role: 'text' },
    ];
    const rows: { kind: string; cells: Record<string, string> }[] = [
      { kind: 'item', cells: { lead: '医政处、体改处', goal: '规划处' } },
      { kind: 'section', cells: { lead: '组织处' } },
      { kind: 'item', cells: { lead: '体改处\n县医院' } },
    ];
    expect(unitNamesOf(columns, rows)).toEqual(['医政处', '体改处', '县医院']);
    expect(guessUnitKind('体改处')).toBe('office');
    expect(guessUnitKind('县妇幼保健院')).toBe('subordinate');
  });
});

describe('the units service', () => {
  it('starts a new database with the units of the sample plans, 医政医管处 an other name of 医政处', () => {
    const { host } = startTempHost(true);
    const all = units.list({ db: host.ctx.db });
    expect(all.find((u) => u.name === '医政处')?.aliases).toEqual(['医政医管处']);
    expect(all.some((u) => u.name === '医政医管处')).toBe(false);
    expect(all.find((u) => u.name === '县人民医院')?.kind).toBe('subordinate');
    expect(all.find((u) => u.name === '基层处')?.kind).toBe('office');
  });

  it('refuses a name another unit already has, and adds only the names it lacks', () => {
    const { db } = openTempDb();
    const deps = { db, now: NOW };
    units.save(deps, {
      unit: {
        name: '县人民医院',
        shortName: '县医院',
        aliases: [],
        kind: 'subordinate',
        leader: '',
        contact: '',
        phone: '',
      },
    });
    expect(
      codeOf(() =>
        units.save(deps, {
          unit: { name: '县医院', shortName: '', aliases: [], kind: 'subordinate', leader: '', contact: '', phone: '' },
        }),
      ),
    ).toBe('UNIT_NAME_TAKEN');
    expect(units.addNames(deps, { names: ['县医院', '县中医医院'], kind: 'subordinate' }).map((u) => u.name)).toEqual([
      '县中医医院',
    ]);
    const first = units.list(deps)[0]!;
    units.remove(deps, { id: first.id });
    expect(units.list(deps).map((u) => u.name)).toEqual(['县中医医院']);
  });
});

describe('one unit, one name', () => {
  it('merges 营养科 into 营养健康科 (as 妇幼处 into 妇幼健康处) when it is given as an other name, as one action of the open plan that undo takes back', () => {
    const { host } = startTempHost(true);
    const deps = { db: host.ctx.db, now: NOW };
    const planId = plans.list(deps)[0]!.id;
    const small = units.save(deps, {
      unit: { name: '营养科', shortName: '', aliases: [], kind: 'office', leader: '', contact: '张三', phone: '123' },
      planId,
    });
    const bigDraft: UnitDraft = {
      name: '营养健康科',
      shortName: '',
      aliases: [],
      kind: 'office',
      leader: '',
      contact: '',
      phone: '',
    };
    const big = units.save(deps, { unit: bigDraft, planId });
    const out = units.save(deps, { unit: { ...bigDraft, id: big.id, aliases: ['营养科'] }, planId });
    expect(out.merged).toEqual(['营养科']);
    expect(out.delta?.history.undoLabel).toBe('合并单位（营养科 → 营养健康科）');
    expect(out.delta?.unitsChanged).toBe(true);
    const after = units.list(deps);
    expect(after.some((u) => u.id === small.id)).toBe(false);
    expect(after.find((u) => u.id === big.id)).toMatchObject({ aliases: ['营养科'], contact: '张三', phone: '123' });
    undo(deps, { planId });
    expect(units.list(deps).find((u) => u.id === small.id)).toMatchObject({ name: '营养科', contact: '张三' });
    expect(units.list(deps).find((u) => u.id === big.id)?.aliases).toEqual([]);
    redo(deps, { planId });
    expect(units.list(deps).some((u) => u.id === small.id)).toBe(false);
  });

  it('merges two units by their ids, and refuses a collective word as a unit', () => {
    const { db } = openTempDb();
    const deps = { db, now: NOW };
    const a = units.save(deps, {
      unit: { name: '医政医管处', shortName: '', aliases: [], kind: 'office', leader: '', contact: '', phone: '' },
    });
    const b = units.save(deps, {
      unit: { name: '医政处', shortName: '', aliases: [], kind: 'office', leader: '李', contact: '', phone: '' },
    });
    expect(units.merge(deps, { fromId: b.id, intoId: a.id })).toMatchObject({
      name: '医政医管处',
      aliases: ['医政处'],
      leader: '李',
    });
    expect(
      codeOf(() =>
        units.save(deps, {
          unit: { name: '各科室', shortName: '', aliases: [], kind: 'office', leader: '', contact: '', phone: '' },
        }),
      ),
    ).toBe('UNIT_COLLECTIVE');
  });

  it('counts an other name as its unit in 进度总览, and collective words under 各单位（共同）', () => {
    const plan = {
      id: 'p',
      kind: 'peidang',
      title: 't',
      issuer: '',
      docNo: '',
      year: 2026,
      attachmentLabel: '',
      numbering: 'continuous',
      cadence: 'quarter',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
      columns: [
        { key: 'measure', label: '措施', role: 'text', width: 20 },
        { key: 'lead', label: '牵头单位', role: 'unit', width: 10 },
      ],
    } as const;
    const row = (id: string, lead: string) => ({ id, kind: 'item' as const, title: '', cells: { measure: id, lead } });
    const o = overviewOf(
      { ...plan, columns: [...plan.columns] },
      [row('a', '医政处'), row('b', '医政医管处'), row('c', '各医疗卫生单位'), row('d', '各科室')],
      [],
      '2026-Q1',
      '2026-01-10',
      dir,
    );
    expect(o.byUnit.map((u) => [u.unit, u.total])).toEqual([
      [SHARED_UNITS, 2],
      ['医政处', 2],
    ]);
  });
});

describe('collective words', () => {
  it('are categories of units, never units: not offered for the 单位名录', () => {
    for (const w of [
      '各科室',
      '各处室',
      '委机关各科室',
      '各医疗卫生单位',
      '各卫生院',
      '各镇（街道）卫计办',
      '各镇(街道)卫计办',
      '各县（市、区）卫生健康局',
      '各有关单位',
    ]) {
      expect(isCollective(w), w).toBe(true);
    }
    for (const w of ['医政处', '县人民医院', '各庄镇卫生院']) expect(isCollective(w), w).toBe(false);
    expect(unknownUnits(dir, ['各科室', '疾控处', '各医疗卫生单位'])).toEqual(['疾控处']);
    expect(categoryOf('各卫生院')?.name).toBe('各卫生院');
    expect(membersOf(dir, '各科室').map((u) => u.name)).toEqual(['医政处', '财务管理处']);
  });

  it('send their rows to every unit of the category in a round, the units listed for the clerk', () => {
    const plan = {
      kind: 'peidang' as const,
      columns: [{ key: 'lead', label: '牵头单位', role: 'unit' as const, width: 10 }],
    };
    const rows = [
      { id: 'r1', kind: 'item' as const, title: '', cells: { lead: '各科室' } },
      { id: 'r2', kind: 'item' as const, title: '', cells: { lead: '县医院' } },
    ];
    const listed = candidateUnits(plan as never, rows, dir);
    expect(listed.inPlan).toEqual(['医政处', '财务管理处', '县人民医院']);
    const round = {
      units: ['医政处', '财务管理处', '县人民医院'],
      scope: 'lead',
      mode: 'progress',
    } as unknown as Round;
    const byUnit = rowsByUnit(round, plan, rows, dir);
    expect([...byUnit].map(([u, r]) => [u, r.map((x) => x.id)])).toEqual([
      ['医政处', ['r1']],
      ['财务管理处', ['r1']],
      ['县人民医院', ['r2']],
    ]);
  });
});

describe('the year of an import', () => {
  it('is read from the title, the 文号 or the date under the table, else guessed from the file date or today and marked', async () => {
    const { yearOfImport } = await import('../../shared/domain/import-year');
    expect(yearOfImport({ title: '全县2025年民生实事', meta: {} }, '2026-11-30T00:00:00Z')).toMatchObject({
      year: 2025,
      source: 'title',
      sure: true,
    });
    expect(
      yearOfImport({ title: '配档表', meta: { docNo: '鲁卫办字〔2023〕46号' } }, '2026-11-30T00:00:00Z'),
    ).toMatchObject({ year: 2023, source: 'docNo', sure: true });
    expect(yearOfImport({ title: '配档表', meta: {} }, '2026-11-30T00:00:00Z', '2023-06-02')).toMatchObject({
      year: 2023,
      source: 'fileDate',
      sure: false,
    });
    expect(yearOfImport({ title: '配档表', meta: {} }, '2026-11-30T00:00:00Z')).toMatchObject({
      year: 2026,
      source: 'today',
      sure: false,
    });
  });
});
