// Row edits as the grid makes them: cells, pasted rows, inserts, deletes and moves, on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insert, move, remove, setCells, sort } from '../../electron/host/services/rows';
import { undo } from '../../electron/host/services/history';
import { create, list, open } from '../../electron/host/services/plans';
import { getRowState } from '../../electron/host/store/rows';
import type { Db } from '../../electron/host/store/db';
import {
  cleanupTemp,
  codeOf,
  idOf,
  ids,
  item,
  meta,
  openTempDb,
  planWith,
  section,
  steadyClock,
  texts,
} from './temp-data';

let db: Db;
let now: () => string;
let planId: string;

beforeEach(() => {
  db = openTempDb().db;
  now = steadyClock();
  planId = planWith(db, now, ['甲', '乙', '丙', '丁', '戊']);
});
afterEach(cleanupTemp);

describe('setCells', () => {
  it('keeps the typed text of a cell, line breaks included', () => {
    const id = idOf(db, planId, '乙');
    const delta = setCells(
      { db, now: now() },
      {
        planId,
        edits: [{ rowId: id, key: 'lead', value: '医政处\n规划处' }],
        append: [],
        label: '编辑单元格',
        source: 'edit',
      },
    );
    expect(delta.upserted.map((r) => r.cells.lead)).toEqual(['医政处\n规划处']);
    expect(delta.order).toBeUndefined();
    expect(open(db, planId).rows.find((r) => r.id === id)?.cells).toEqual({ measure: '乙', lead: '医政处\n规划处' });
  });

  it('empties a cell when its text is cleared', () => {
    const id = idOf(db, planId, '甲');
    setCells(
      { db, now: now() },
      { planId, edits: [{ rowId: id, key: 'measure', value: '' }], append: [], label: '清除内容', source: 'edit' },
    );
    expect(open(db, planId).rows[0]?.cells).toEqual({});
  });

  it('adds the rows of a paste below the last row at the end, in the order pasted', () => {
    const first = idOf(db, planId, '甲');
    const delta = setCells(
      { db, now: now() },
      {
        planId,
        edits: [{ rowId: first, key: 'deadline', value: '8月20日前' }],
        append: [item('己'), item('庚')],
        label: '粘贴',
        source: 'edit',
      },
    );
    expect(texts(db, planId)).toEqual(['甲', '乙', '丙', '丁', '戊', '己', '庚']);
    expect(delta.created).toHaveLength(2);
    expect(delta.order?.slice(-2)).toEqual(delta.created);
    expect(open(db, planId).rows[0]?.cells.deadline).toBe('8月20日前');
  });

  it('changes the text of a section row through its title', () => {
    const [sectionId] = insert(
      { db, now: now() },
      { planId, anchorId: null, where: 'above', rows: [section('（一）优化流程')] },
    ).created;
    setCells(
      { db, now: now() },
      {
        planId,
        edits: [{ rowId: sectionId!, key: 'title', value: '（一）优化健康服务流程' }],
        append: [],
        label: '编辑单元格',
        source: 'edit',
      },
    );
    expect(texts(db, planId)[0]).toBe('§（一）优化健康服务流程');
  });

  it('leaves the whole paste undone when one of its rows is gone', () => {
    const gone = idOf(db, planId, '丙');
    remove({ db, now: now() }, { planId, ids: [gone] });
    const edits = [
      { rowId: idOf(db, planId, '甲'), key: 'measure', value: '改过' },
      { rowId: gone, key: 'measure', value: '改过' },
    ];
    expect(
      codeOf(() =>
        setCells({ db, now: now() }, { planId, edits, append: [item('新')], label: '粘贴', source: 'edit' }),
      ),
    ).toBe('ROW_NOT_FOUND');
    expect(texts(db, planId)).toEqual(['甲', '乙', '丁', '戊']);
  });

  it('refuses to edit a row of another plan', () => {
    const other = planWith(db, now, ['别的']);
    const foreign = idOf(db, other, '别的');
    const edit = { rowId: foreign, key: 'measure', value: 'x' };
    expect(
      codeOf(() =>
        setCells({ db, now: now() }, { planId, edits: [edit], append: [], label: '编辑单元格', source: 'edit' }),
      ),
    ).toBe('ROW_NOT_FOUND');
    expect(texts(db, other)).toEqual(['别的']);
  });
});

describe('insert', () => {
  it('puts new rows right above the chosen row, in the order given', () => {
    const delta = insert(
      { db, now: now() },
      { planId, anchorId: idOf(db, planId, '丙'), where: 'above', rows: [item('新1'), item('新2')] },
    );
    expect(texts(db, planId)).toEqual(['甲', '乙', '新1', '新2', '丙', '丁', '戊']);
    expect(delta.order).toEqual(ids(db, planId));
    expect(delta.upserted.map((r) => r.cells.measure)).toEqual(['新1', '新2']);
  });

  it('puts new rows right below the chosen row, and below the last row at the end', () => {
    insert({ db, now: now() }, { planId, anchorId: idOf(db, planId, '乙'), where: 'below', rows: [item('新1')] });
    insert({ db, now: now() }, { planId, anchorId: idOf(db, planId, '戊'), where: 'below', rows: [item('末')] });
    expect(texts(db, planId)).toEqual(['甲', '乙', '新1', '丙', '丁', '戊', '末']);
  });

  it('puts rows at the top when no row is chosen and the insert is above', () => {
    insert({ db, now: now() }, { planId, anchorId: null, where: 'above', rows: [section('（一）分组')] });
    insert({ db, now: now() }, { planId, anchorId: null, where: 'below', rows: [item('尾')] });
    expect(texts(db, planId)).toEqual(['§（一）分组', '甲', '乙', '丙', '丁', '戊', '尾']);
  });

  it('gives an empty plan its first rows, above or below alike', () => {
    const empty = planWith(db, now, []);
    insert({ db, now: now() }, { planId: empty, anchorId: null, where: 'above', rows: [item('一')] });
    const other = planWith(db, now, []);
    insert({ db, now: now() }, { planId: other, anchorId: null, where: 'below', rows: [item('一'), item('二')] });
    expect(texts(db, empty)).toEqual(['一']);
    expect(texts(db, other)).toEqual(['一', '二']);
  });

  it('keeps the right order after 40 inserts above the same row', () => {
    const anchor = idOf(db, planId, '乙');
    for (let i = 1; i <= 40; i++)
      insert({ db, now: now() }, { planId, anchorId: anchor, where: 'above', rows: [item(`新${i}`)] });
    const made = Array.from({ length: 40 }, (_, i) => `新${i + 1}`);
    expect(texts(db, planId)).toEqual(['甲', ...made, '乙', '丙', '丁', '戊']);
  });

  it('keeps the right order after 40 inserts below the same row', () => {
    const anchor = idOf(db, planId, '甲');
    for (let i = 1; i <= 40; i++)
      insert({ db, now: now() }, { planId, anchorId: anchor, where: 'below', rows: [item(`新${i}`)] });
    const made = Array.from({ length: 40 }, (_, i) => `新${40 - i}`);
    expect(texts(db, planId)).toEqual(['甲', ...made, '乙', '丙', '丁', '戊']);
  });

  it('keeps the order of a block too big for the gap between two rows', () => {
    const block = Array.from({ length: 1500 }, (_, i) => `块${i + 1}`);
    insert({ db, now: now() }, { planId, anchorId: idOf(db, planId, '乙'), where: 'above', rows: block.map(item) });
    expect(texts(db, planId)).toEqual(['甲', ...block, '乙', '丙', '丁', '戊']);
  });

  it('refuses to insert next to a deleted row', () => {
    const gone = idOf(db, planId, '丁');
    remove({ db, now: now() }, { planId, ids: [gone] });
    expect(
      codeOf(() => insert({ db, now: now() }, { planId, anchorId: gone, where: 'above', rows: [item('新')] })),
    ).toBe('ROW_NOT_FOUND');
    expect(texts(db, planId)).toEqual(['甲', '乙', '丙', '戊']);
  });

  it('counts inserted items, not sections, in the plan list', () => {
    insert({ db, now: now() }, { planId, anchorId: null, where: 'above', rows: [section('（一）'), item('新')] });
    expect(list({ db }).find((p) => p.id === planId)?.itemCount).toBe(6);
  });
});

describe('remove', () => {
  it('takes rows out of the plan but keeps them in the file', () => {
    const gone = [idOf(db, planId, '乙'), idOf(db, planId, '丁')];
    const delta = remove({ db, now: now() }, { planId, ids: gone });
    expect(texts(db, planId)).toEqual(['甲', '丙', '戊']);
    expect(delta.removed.sort()).toEqual([...gone].sort());
    expect(getRowState(db, gone[0]!)).toMatchObject({ deleted: true, cells: { measure: '乙' } });
    expect(list({ db }).find((p) => p.id === planId)?.itemCount).toBe(3);
  });

  it('answers ROW_NOT_FOUND for a row already deleted', () => {
    const gone = idOf(db, planId, '乙');
    remove({ db, now: now() }, { planId, ids: [gone] });
    expect(codeOf(() => remove({ db, now: now() }, { planId, ids: [gone] }))).toBe('ROW_NOT_FOUND');
  });
});

describe('move', () => {
  it('moves a block of rows above a row, keeping their order in the plan', () => {
    const block = [idOf(db, planId, '丁'), idOf(db, planId, '乙')];
    const delta = move({ db, now: now() }, { planId, ids: block, beforeId: idOf(db, planId, '甲') });
    expect(texts(db, planId)).toEqual(['乙', '丁', '甲', '丙', '戊']);
    expect(delta.order).toEqual(ids(db, planId));
  });

  it('moves rows to the end when no row is given to stand above', () => {
    move({ db, now: now() }, { planId, ids: [idOf(db, planId, '甲'), idOf(db, planId, '丙')], beforeId: null });
    expect(texts(db, planId)).toEqual(['乙', '丁', '戊', '甲', '丙']);
  });

  it('keeps the right order when rows are moved one by one to the same spot until the gaps run out', () => {
    const many = planWith(
      db,
      now,
      Array.from({ length: 20 }, (_, i) => `行${i + 1}`),
    );
    const anchor = idOf(db, many, '行2');
    for (let i = 3; i <= 20; i++)
      move({ db, now: now() }, { planId: many, ids: [idOf(db, many, `行${i}`)], beforeId: anchor });
    const moved = Array.from({ length: 18 }, (_, i) => `行${i + 3}`);
    expect(texts(db, many)).toEqual(['行1', ...moved, '行2']);
  });

  it('does nothing when a row is moved above itself', () => {
    const id = idOf(db, planId, '丙');
    const delta = move({ db, now: now() }, { planId, ids: [id], beforeId: id });
    expect(texts(db, planId)).toEqual(['甲', '乙', '丙', '丁', '戊']);
    expect(delta.history.canUndo).toBe(false);
  });

  it('refuses to move rows above a row that is gone', () => {
    const gone = idOf(db, planId, '戊');
    remove({ db, now: now() }, { planId, ids: [gone] });
    expect(codeOf(() => move({ db, now: now() }, { planId, ids: [idOf(db, planId, '甲')], beforeId: gone }))).toBe(
      'ROW_NOT_FOUND',
    );
    expect(texts(db, planId)).toEqual(['甲', '乙', '丙', '丁']);
  });
});

describe('sort', () => {
  it('sorts each section by 完成时限 as read, keeps the sections in place, and one undo brings the old order back', () => {
    const sorted = create(db, { ...meta, kind: 'peidang' }, now(), [
      section('一'),
      { kind: 'item', title: '', cells: { measure: '甲', deadline: '年底前' } },
      { kind: 'item', title: '', cells: { measure: '乙', deadline: '长期坚持' } },
      { kind: 'item', title: '', cells: { measure: '丙', deadline: '6月底前' } },
      section('二'),
      { kind: 'item', title: '', cells: { measure: '丁', deadline: '9月底前' } },
      { kind: 'item', title: '', cells: { measure: '戊', deadline: '3月底前' } },
    ]).id;
    const delta = sort({ db, now: now() }, { planId: sorted, key: 'deadline', direction: 'asc' });
    expect(texts(db, sorted)).toEqual(['§一', '丙', '甲', '乙', '§二', '戊', '丁']);
    expect(delta.order).toEqual(ids(db, sorted));
    expect(delta.history.undoLabel).toBe('排序（完成时限，升序）');
    undo({ db, now: now() }, { planId: sorted });
    expect(texts(db, sorted)).toEqual(['§一', '甲', '乙', '丙', '§二', '丁', '戊']);
    expect(codeOf(() => sort({ db, now: now() }, { planId: sorted, key: 'nothing', direction: 'asc' }))).toBe(
      'COLUMNS_INVALID',
    );
  });
});
