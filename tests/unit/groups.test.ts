// The groups of the 单位名录 through the host's services: seed 004's 附件 lists read from its Word document (as
// paragraphs and as a table) and shown before anything is kept, then kept; groups added, renamed, given leaders and
// units, deleted, each an action of the open plan's history that undo takes back and redo puts again.
import { afterEach, describe, expect, it } from 'vitest';
import * as groups from '../../electron/host/services/groups';
import * as history from '../../electron/host/services/history';
import * as plans from '../../electron/host/services/plans';
import { seed004Document, SEED_004_TEXT } from '../support/seed-004-document';
import { expectSeed004ContactGroups } from '../support/seed-004-groups';
import { docx, p } from '../e2e/support/word-document';
import { cleanupTemp, codeOf, startTempHost, steadyClock } from './temp-data';
import type { Db } from '../../electron/host/store/db';

afterEach(cleanupTemp);

function seeded() {
  const { host } = startTempHost();
  const db = host.ctx.db;
  const planId = plans.list({ db })[0]!.id;
  const clock = steadyClock(Date.UTC(2026, 10, 30, 8));
  return { db, planId, deps: () => ({ db, now: clock() }) };
}

const names = (db: Db) => groups.list({ db }).map((g) => `${g.name}:${g.leader}:${g.units.join('、')}`);

describe('groups read from seed 004’s Word document', () => {
  it.each([
    ['paragraphs', false],
    ['a table with the group merged down', true],
  ])('reads 附件2 as %s and 附件1’s work groups, and writes nothing before they are kept', async (_, asTable) => {
    const { db } = seeded();
    const read = await groups.preview(
      { db },
      {
        file: { fileName: '服务能力攻坚行动方案.docx', data: seed004Document(asTable) },
      },
    );
    const contact = read.groups.filter((g) => g.kind === 'contact');
    const work = read.groups.filter((g) => g.kind === 'work');
    expectSeed004ContactGroups(contact);
    expect(work).toHaveLength(13);
    expect(work[12]).toMatchObject({
      name: '规划财务和信息化组',
      leader: '费瑞金',
      offices: ['规划财务与信息化科', '信息中心'],
    });
    // The last work group's duty stops where 附件2 begins.
    expect(work[12]!.duty).not.toContain('附件');
    expect(work[12]!.duty).not.toContain('联系单位名单');
    expect(read.unknownUnits).toContain('鲁西南医院');
    expect(groups.list({ db })).toEqual([]);
  });

  it('names a file that is not a Word document, and a document without groups', async () => {
    const { db } = seeded();
    await expect(
      groups.preview({ db }, { file: { fileName: '名单.xlsx', data: new TextEncoder().encode('a,b\n1,2') } }),
    ).rejects.toMatchObject({ code: 'GROUPS_NOT_A_DOCUMENT' });
    await expect(
      groups.preview({ db }, { file: { fileName: '通知.docx', data: docx(p('关于开展服务能力攻坚行动的通知')) } }),
    ).rejects.toMatchObject({ code: 'GROUPS_NONE', params: { source: '通知.docx' } });
  });

  it('keeps what was previewed as one action: the groups of each kind read replace that kind, undo brings the old ones back', async () => {
    const { db, planId, deps } = seeded();
    groups.save(deps(), {
      group: { kind: 'contact', name: '第一组', leader: '旧组长', deputy: '', units: ['莘县'], offices: [], duty: '' },
      planId,
    });
    const read = await groups.preview({ db }, { text: SEED_004_TEXT.slice(SEED_004_TEXT.indexOf('附件 2')) });
    expect(read.replaced).toEqual(['第一组']);
    const kept = groups.replace(deps(), { groups: read.groups, planId });
    expect(kept.groups).toHaveLength(11);
    expect(kept.delta?.unitsChanged).toBe(true);
    expect(kept.delta?.history.undoLabel).toBe('读入分组名单（11 个）');
    history.undo(deps(), { planId });
    expect(names(db)).toEqual(['第一组:旧组长:莘县']);
    history.redo(deps(), { planId });
    expect(groups.list({ db })).toHaveLength(11);
  });
});

describe('editing groups', () => {
  it('adds, renames, sets leaders, adds and removes units and deletes, each undone and redone in turn', () => {
    const { db, planId, deps } = seeded();
    const g = groups.save(deps(), {
      group: {
        kind: 'contact',
        name: '第一组',
        leader: '魏天山',
        deputy: '',
        units: ['东昌府区'],
        offices: [],
        duty: '',
      },
      planId,
    });
    expect(g.delta?.history.undoLabel).toBe('新增分组（第一组）');
    groups.save(deps(), {
      group: { ...g, name: '第一联系组', deputy: '刘庆华', units: ['东昌府区', '市人民医院'] },
      planId,
    });
    expect(names(db)).toEqual(['第一联系组:魏天山:东昌府区、市人民医院']);
    expect(groups.list({ db })[0]!.deputy).toBe('刘庆华');
    const removedUnit = groups.save(deps(), { group: { ...groups.list({ db })[0]!, units: ['市人民医院'] }, planId });
    expect(removedUnit.delta?.history.undoLabel).toBe('修改分组（第一联系组）');
    const deleted = groups.remove(deps(), { id: g.id, planId });
    expect(deleted.delta?.history.undoLabel).toBe('删除分组（第一联系组）');
    expect(groups.list({ db })).toEqual([]);

    history.undo(deps(), { planId });
    expect(names(db)).toEqual(['第一联系组:魏天山:市人民医院']);
    history.undo(deps(), { planId });
    expect(names(db)).toEqual(['第一联系组:魏天山:东昌府区、市人民医院']);
    history.undo(deps(), { planId });
    expect(names(db)).toEqual(['第一组:魏天山:东昌府区']);
    history.undo(deps(), { planId });
    expect(groups.list({ db })).toEqual([]);
    history.redo(deps(), { planId });
    history.redo(deps(), { planId });
    expect(names(db)).toEqual(['第一联系组:魏天山:东昌府区、市人民医院']);
  });

  it('refuses a second group of the same name, and a group that is gone', () => {
    const { planId, deps } = seeded();
    const g = groups.save(deps(), {
      group: {
        kind: 'work',
        name: '宣传组',
        leader: '张秀珍',
        deputy: '',
        units: [],
        offices: ['宣传与健康促进科'],
        duty: '',
      },
      planId,
    });
    expect(codeOf(() => groups.save(deps(), { group: { ...g, id: undefined }, planId }))).toBe('GROUP_NAME_TAKEN');
    groups.remove(deps(), { id: g.id, planId });
    expect(codeOf(() => groups.save(deps(), { group: g, planId }))).toBe('GROUP_NOT_FOUND');
    expect(codeOf(() => groups.remove(deps(), { id: g.id, planId }))).toBe('GROUP_NOT_FOUND');
  });
});
