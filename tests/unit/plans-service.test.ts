// Plans as the side list shows them: create, rename, duplicate, delete to the trash and restore.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  add,
  create,
  duplicate,
  get,
  list,
  open,
  remove,
  restore,
  setColumns,
  trash,
  update,
} from '../../electron/host/services/plans';
import { remove as removeRows, setCells } from '../../electron/host/services/rows';
import { undo } from '../../electron/host/services/history';
import { TEMPLATES } from '../../shared/templates/kinds';
import { PlanKind, type ColumnDef } from '../../shared/domain/plan';
import type { Db } from '../../electron/host/store/db';
import { cleanupTemp, codeOf, idOf, item, meta, openTempDb, planWith, section, steadyClock, texts } from './temp-data';

let db: Db;
let now: () => string;

beforeEach(() => {
  db = openTempDb().db;
  now = steadyClock();
});
afterEach(cleanupTemp);

describe('create', () => {
  it('makes a blank plan of each kind with the columns of its template', () => {
    for (const kind of PlanKind.options) {
      const input = { ...meta, kind, title: `空白${kind}`, numbering: 'continuous', cadence: 'quarter' } as const;
      const plan = add({ db, now: now() }, input);
      const doc = get({ db }, { planId: plan.id });
      expect(doc.plan.columns).toEqual(TEMPLATES[kind].columns);
      expect(doc.rows).toEqual([]);
      expect(doc.history).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    }
    expect(list({ db }).map((p) => p.itemCount)).toEqual(PlanKind.options.map(() => 0));
  });

  it('keeps the given rows in order and counts only items', () => {
    const plan = create(db, { ...meta, kind: 'peidang' }, now(), [section('（一）'), item('甲'), item('乙')]);
    expect(texts(db, plan.id)).toEqual(['§（一）', '甲', '乙']);
    expect(list({ db })[0]).toMatchObject({
      id: plan.id,
      title: '测试方案',
      kind: 'peidang',
      itemCount: 2,
      deletedAt: null,
    });
  });
});

describe('list', () => {
  it('shows the newest year first, then the newest plan first within a year', () => {
    create(db, { ...meta, kind: 'peidang', title: '2025 旧', year: 2025 }, now());
    create(db, { ...meta, kind: 'quarterly', title: '2026 先建', year: 2026 }, now());
    create(db, { ...meta, kind: 'peidang', title: '2026 后建', year: 2026 }, now());
    expect(list({ db }).map((p) => p.title)).toEqual(['2026 后建', '2026 先建', '2025 旧']);
  });
});

describe('update', () => {
  it('renames a plan and the list shows the new title', () => {
    const id = planWith(db, now, ['甲']);
    const at = now();
    const delta = update({ db, now: at }, { planId: id, patch: { title: '新名字', docNo: '鲁卫办字〔2023〕46号' } });
    expect(delta.plan).toMatchObject({ title: '新名字', docNo: '鲁卫办字〔2023〕46号', updatedAt: at });
    expect(list({ db })[0]?.title).toBe('新名字');
    expect(open(db, id).plan.issuer).toBe('某卫生健康局');
  });

  it('calls a change of the 文号 修改方案信息 even when the dialog sends the unchanged title along', () => {
    const id = planWith(db, now, ['甲']);
    update({ db, now: now() }, { planId: id, patch: { ...meta, docNo: '鲁卫办字〔2023〕46号' } });
    expect(open(db, id).history.undoLabel).toBe('修改方案信息');
  });

  it('saving the plan dialog without a change leaves nothing to undo and keeps what can be redone', () => {
    const id = planWith(db, now, ['甲']);
    setCells(
      { db, now: now() },
      {
        planId: id,
        edits: [{ rowId: idOf(db, id, '甲'), key: 'measure', value: '改' }],
        append: [],
        label: '编辑单元格',
        source: 'edit',
      },
    );
    undo({ db, now: now() }, { planId: id });
    update({ db, now: now() }, { planId: id, patch: { ...meta } });
    expect(open(db, id).history).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: '编辑单元格' });
  });

  it('refuses to change a plan that is in the trash', () => {
    const id = planWith(db, now, []);
    remove({ db, now: now() }, { planId: id });
    expect(codeOf(() => update({ db, now: now() }, { planId: id, patch: { title: 'x' } }))).toBe('PLAN_NOT_FOUND');
  });
});

describe('duplicate', () => {
  it('copies the rows in order under a title marked 副本, leaving the original untouched by edits to the copy', () => {
    const id = planWith(db, now, ['甲', '乙', '丙']);
    const copy = duplicate({ db, now: now() }, { planId: id });
    expect(copy.title).toBe('测试方案（副本）');
    expect(copy.id).not.toBe(id);
    expect(texts(db, copy.id)).toEqual(['甲', '乙', '丙']);
    const copiedIds = open(db, copy.id).rows.map((r) => r.id);
    expect(copiedIds.some((r) => open(db, id).rows.some((o) => o.id === r))).toBe(false);
    setCells(
      { db, now: now() },
      {
        planId: copy.id,
        edits: [{ rowId: idOf(db, copy.id, '乙'), key: 'measure', value: '改' }],
        append: [],
        label: '编辑单元格',
        source: 'edit',
      },
    );
    expect(texts(db, id)).toEqual(['甲', '乙', '丙']);
    expect(texts(db, copy.id)).toEqual(['甲', '改', '丙']);
  });

  it('copies the cells as they are now, leaves deleted rows out, and starts the copy with nothing to undo', () => {
    const id = planWith(db, now, ['甲', '乙', '丙']);
    setCells(
      { db, now: now() },
      {
        planId: id,
        edits: [{ rowId: idOf(db, id, '乙'), key: 'lead', value: '医政处' }],
        append: [],
        label: '编辑单元格',
        source: 'edit',
      },
    );
    removeRows({ db, now: now() }, { planId: id, ids: [idOf(db, id, '甲')] });
    const copy = duplicate({ db, now: now() }, { planId: id });
    expect(open(db, copy.id).rows.map((r) => r.cells)).toEqual([{ measure: '乙', lead: '医政处' }, { measure: '丙' }]);
    expect(list({ db }).find((p) => p.id === copy.id)?.itemCount).toBe(2);
    expect(open(db, copy.id).history.canUndo).toBe(false);
  });
});

describe('remove and restore', () => {
  it('moves a plan to the trash, whole, and restores it with all its rows', () => {
    const id = planWith(db, now, ['甲', '乙']);
    const keep = planWith(db, now, ['留']);
    const at = now();
    remove({ db, now: at }, { planId: id });
    expect(list({ db }).map((p) => p.id)).toEqual([keep]);
    expect(trash({ db })).toMatchObject([{ id, deletedAt: at, itemCount: 2 }]);
    expect(codeOf(() => open(db, id))).toBe('PLAN_NOT_FOUND');
    const back = restore({ db }, { planId: id });
    expect(back.deletedAt).toBeNull();
    expect(trash({ db })).toEqual([]);
    expect(texts(db, id)).toEqual(['甲', '乙']);
  });

  it('shows the plan deleted last first in the trash', () => {
    const older = planWith(db, now, []);
    const newer = planWith(db, now, []);
    remove({ db, now: now() }, { planId: newer });
    remove({ db, now: now() }, { planId: older });
    expect(trash({ db }).map((p) => p.id)).toEqual([older, newer]);
  });

  it('answers PLAN_NOT_FOUND for a plan that never existed', () => {
    expect(codeOf(() => restore({ db }, { planId: 'no-such-plan' }))).toBe('PLAN_NOT_FOUND');
    expect(codeOf(() => remove({ db, now: now() }, { planId: 'no-such-plan' }))).toBe('PLAN_NOT_FOUND');
    expect(codeOf(() => open(db, 'no-such-plan'))).toBe('PLAN_NOT_FOUND');
  });

  it('refuses to move a plan to the trash twice', () => {
    const id = planWith(db, now, []);
    remove({ db, now: now() }, { planId: id });
    expect(codeOf(() => remove({ db, now: now() }, { planId: id }))).toBe('PLAN_NOT_FOUND');
    expect(trash({ db })).toHaveLength(1);
  });
});

describe('setColumns', () => {
  it('refuses two columns with one key, all columns hidden, or dropping a column that has text', () => {
    const { db } = openTempDb();
    const now = steadyClock();
    const plan = create(db, { ...meta, kind: 'peidang' }, now(), [
      { kind: 'item', title: '', cells: { measure: '甲', support: '基层处' } },
    ]);
    const [measure, goal] = plan.columns;
    const code = codeOf;
    const set = (columns: ColumnDef[]) => setColumns({ db, now: now() }, { planId: plan.id, columns, label: '修改列' });
    expect(code(() => set([measure!, { ...goal!, key: 'measure' }]))).toBe('COLUMNS_INVALID');
    expect(code(() => set(plan.columns.map((c) => ({ ...c, hidden: true }))))).toBe('COLUMNS_INVALID');
    expect(code(() => set(plan.columns.filter((c) => c.key !== 'support')))).toBe('COLUMNS_INVALID');
    // An empty column may go.
    const delta = set(plan.columns.filter((c) => c.key !== 'remark'));
    expect(delta.plan?.columns.map((c) => c.key)).toEqual(['measure', 'goal', 'deadline', 'lead', 'support']);
    expect(delta.history.undoLabel).toBe('修改列');
  });
});
