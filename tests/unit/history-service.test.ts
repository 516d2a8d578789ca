// Undo and redo over every kind of edit, kept in the database file so they outlast a restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redo, undo } from '../../electron/host/services/history';
import { insert, move, remove, setCells } from '../../electron/host/services/rows';
import { open, remove as trashPlan, update } from '../../electron/host/services/plans';
import type { Db } from '../../electron/host/store/db';
import {
  cleanupTemp,
  codeOf,
  idOf,
  ids,
  item,
  openTempDb,
  openTracked,
  planWith,
  steadyClock,
  texts,
} from './temp-data';

let db: Db;
let file: string;
let now: () => string;
let planId: string;
const START = ['甲', '乙', '丙', '丁', '戊'];

beforeEach(() => {
  ({ db, file } = openTempDb());
  now = steadyClock();
  planId = planWith(db, now, START);
});
afterEach(cleanupTemp);

function edit(measure: string, value: string): void {
  setCells(
    { db, now: now() },
    {
      planId,
      edits: [{ rowId: idOf(db, planId, measure), key: 'measure', value }],
      append: [],
      label: '编辑单元格',
      source: 'edit',
    },
  );
}

describe('undo and redo of each kind of edit', () => {
  it('undo of a cell edit puts the old text back, and redo the new one', () => {
    const id = idOf(db, planId, '乙');
    setCells(
      { db, now: now() },
      { planId, edits: [{ rowId: id, key: 'lead', value: '医政处' }], append: [], label: '编辑单元格', source: 'edit' },
    );
    setCells(
      { db, now: now() },
      { planId, edits: [{ rowId: id, key: 'lead', value: '规划处' }], append: [], label: '编辑单元格', source: 'edit' },
    );
    const undone = undo({ db, now: now() }, { planId });
    expect(undone.upserted).toEqual([{ id, kind: 'item', title: '', cells: { measure: '乙', lead: '医政处' } }]);
    expect(open(db, planId).rows[1]?.cells.lead).toBe('医政处');
    redo({ db, now: now() }, { planId });
    expect(open(db, planId).rows[1]?.cells.lead).toBe('规划处');
  });

  it('undo of a cleared cell brings its text back', () => {
    edit('丙', '');
    undo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual(START);
  });

  it('undo of an insert takes the new rows away, and redo brings the same rows back in place', () => {
    const made = insert(
      { db, now: now() },
      { planId, anchorId: idOf(db, planId, '丙'), where: 'above', rows: [item('新1'), item('新2')] },
    ).created;
    const undone = undo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual(START);
    expect(undone.removed.sort()).toEqual([...made].sort());
    const redone = redo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual(['甲', '乙', '新1', '新2', '丙', '丁', '戊']);
    expect(redone.order).toEqual(ids(db, planId));
    expect(ids(db, planId).slice(2, 4)).toEqual(made);
  });

  it('undo of a delete puts the rows back where they were', () => {
    remove({ db, now: now() }, { planId, ids: [idOf(db, planId, '甲'), idOf(db, planId, '丁')] });
    undo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual(START);
    redo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual(['乙', '丙', '戊']);
  });

  it('undo of a row move puts every row back in its place', () => {
    const before = ids(db, planId);
    move(
      { db, now: now() },
      { planId, ids: [idOf(db, planId, '丁'), idOf(db, planId, '戊')], beforeId: idOf(db, planId, '甲') },
    );
    undo({ db, now: now() }, { planId });
    expect(ids(db, planId)).toEqual(before);
  });

  it('undo of an insert that respaced the whole plan puts every row back in its place', () => {
    const anchor = idOf(db, planId, '乙');
    for (let i = 1; i <= 10; i++)
      insert({ db, now: now() }, { planId, anchorId: anchor, where: 'above', rows: [item(`新${i}`)] });
    const before = texts(db, planId);
    const respaced = insert({ db, now: now() }, { planId, anchorId: anchor, where: 'above', rows: [item('最后')] });
    expect(respaced.upserted.length).toBeGreaterThan(1);
    undo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual(before);
    redo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual([...before.slice(0, -4), '最后', '乙', '丙', '丁', '戊']);
  });

  it('undo of a paste removes the pasted rows and restores the edited cells', () => {
    const first = idOf(db, planId, '甲');
    setCells(
      { db, now: now() },
      {
        planId,
        edits: [{ rowId: first, key: 'measure', value: '改' }],
        append: [item('己'), item('庚')],
        label: '粘贴',
        source: 'edit',
      },
    );
    undo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual(START);
  });

  it('undo of a plan rename gives the plan its old title back', () => {
    update({ db, now: now() }, { planId: planId, patch: { title: '新名字' } });
    expect(open(db, planId).history.undoLabel).toBe('重命名');
    const undone = undo({ db, now: now() }, { planId });
    expect(undone.plan?.title).toBe('测试方案');
    expect(open(db, planId).plan.title).toBe('测试方案');
    const redone = redo({ db, now: now() }, { planId });
    expect(redone.plan?.title).toBe('新名字');
  });
});

describe('the undo stack', () => {
  it('undoes several edits newest first and redoes them oldest first', () => {
    edit('甲', 'A');
    insert({ db, now: now() }, { planId, anchorId: null, where: 'below', rows: [item('己')] });
    move({ db, now: now() }, { planId, ids: [idOf(db, planId, '己')], beforeId: idOf(db, planId, 'A') });
    const final = texts(db, planId);
    undo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual(['A', '乙', '丙', '丁', '戊', '己']);
    undo({ db, now: now() }, { planId });
    undo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual(START);
    for (let i = 0; i < 3; i++) redo({ db, now: now() }, { planId });
    expect(texts(db, planId)).toEqual(final);
  });

  it('says what undo and redo will do', () => {
    insert({ db, now: now() }, { planId, anchorId: null, where: 'below', rows: [item('己')] });
    expect(open(db, planId).history).toEqual({ canUndo: true, canRedo: false, undoLabel: '插入行', redoLabel: null });
    const delta = undo({ db, now: now() }, { planId });
    expect(delta.history).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: '插入行' });
  });

  it('a new edit after undo throws away what could have been redone', () => {
    edit('甲', 'A');
    undo({ db, now: now() }, { planId });
    edit('乙', 'B');
    expect(open(db, planId).history.canRedo).toBe(false);
    expect(codeOf(() => redo({ db, now: now() }, { planId }))).toBe('NOTHING_TO_REDO');
    expect(texts(db, planId)).toEqual(['甲', 'B', '丙', '丁', '戊']);
  });

  it('answers NOTHING_TO_UNDO on a fresh plan and NOTHING_TO_REDO when nothing was undone', () => {
    expect(codeOf(() => undo({ db, now: now() }, { planId }))).toBe('NOTHING_TO_UNDO');
    edit('甲', 'A');
    expect(codeOf(() => redo({ db, now: now() }, { planId }))).toBe('NOTHING_TO_REDO');
    undo({ db, now: now() }, { planId });
    expect(codeOf(() => undo({ db, now: now() }, { planId }))).toBe('NOTHING_TO_UNDO');
  });

  it('an edit that changes nothing leaves nothing to undo', () => {
    edit('甲', '甲');
    expect(codeOf(() => undo({ db, now: now() }, { planId }))).toBe('NOTHING_TO_UNDO');
  });

  it('undo in one plan leaves another plan alone', () => {
    const other = planWith(db, now, ['别的']);
    edit('甲', 'A');
    setCells(
      { db, now: now() },
      {
        planId: other,
        edits: [{ rowId: idOf(db, other, '别的'), key: 'measure', value: '改' }],
        append: [],
        label: '编辑单元格',
        source: 'edit',
      },
    );
    undo({ db, now: now() }, { planId });
    expect(texts(db, other)).toEqual(['改']);
    expect(texts(db, planId)).toEqual(START);
  });

  it('refuses to undo in a plan moved to the trash', () => {
    edit('甲', 'A');
    trashPlan({ db, now: now() }, { planId: planId });
    expect(codeOf(() => undo({ db, now: now() }, { planId }))).toBe('PLAN_NOT_FOUND');
  });
});

describe('undo across restarts', () => {
  it('undoes and redoes edits made before the database file was closed and opened again', () => {
    edit('甲', 'A');
    remove({ db, now: now() }, { planId, ids: [idOf(db, planId, '丙')] });
    db.close();
    const reopened = openTracked(file);
    expect(open(reopened, planId).history.undoLabel).toBe('删除行');
    undo({ db: reopened, now: now() }, { planId });
    undo({ db: reopened, now: now() }, { planId });
    expect(texts(reopened, planId)).toEqual(START);
    reopened.close();
    const again = openTracked(file);
    redo({ db: again, now: now() }, { planId });
    expect(texts(again, planId)).toEqual(['A', '乙', '丙', '丁', '戊']);
  });
});
