// Plans: list, open, create, rename, duplicate, delete to the trash and restore.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf } from '../../../shared/api';
import type {
  ColumnDef,
  Numbering,
  Plan,
  PlanDocument,
  PlanKind,
  PlanMeta,
  RowDraft,
} from '../../../shared/domain/plan';
import { templateOf } from '../../../shared/templates/kinds';
import { withParts } from '../../../shared/domain/column-roles';
import type { Cadence } from '../../../shared/domain/progress';
import { getPlan, listPlans, putPlan, requirePlan, setPlanDeleted } from '../store/plans';
import { listPositions, listRows, putRowState, getRowState } from '../store/rows';
import { inTransaction, type Db } from '../store/db';
import { PlanAction } from './action';
import { historyState } from './history';
import type { DepsOf } from './deps';

export const POSITION_STEP = 1024;

export { requirePlan };

export function list({ db }: DepsOf<'db'>): OutputOf<'plans.list'> {
  return listPlans(db, false);
}

export function trash({ db }: DepsOf<'db'>): OutputOf<'plans.trash'> {
  return listPlans(db, true);
}

/** The plan with its rows and its history's state (what other services and the tests read back, too). */
export function open(db: Db, planId: string): PlanDocument {
  const plan = requirePlan(db, planId);
  return { plan, rows: listRows(db, planId), history: historyState(db, planId) };
}

export function get({ db }: DepsOf<'db'>, { planId }: InputOf<'plans.get'>): OutputOf<'plans.get'> {
  return open(db, planId);
}

/** plans.create: a new plan of its kind's columns, no rows (create below is what an import or a seed makes). */
export function add({ db, now }: DepsOf<'db' | 'now'>, input: InputOf<'plans.create'>): OutputOf<'plans.create'> {
  return create(db, input, now);
}

/** Creates a plan with its kind's columns (or the given ones, as an import brings), and the given rows. */
export function create(
  db: Db,
  input: Omit<PlanMeta, 'numbering' | 'cadence'> & { kind: PlanKind; numbering?: Numbering; cadence?: Cadence },
  now: string,
  rows: RowDraft[] = [],
  columns: ColumnDef[] = templateOf(input.kind).columns,
): Plan {
  return inTransaction(db, () => {
    const plan: Plan = {
      id: randomUUID(),
      kind: input.kind,
      title: input.title,
      issuer: input.issuer,
      docNo: input.docNo,
      year: input.year,
      attachmentLabel: input.attachmentLabel,
      numbering: input.numbering ?? 'continuous',
      cadence: input.cadence ?? 'quarter',
      // Each unit column is stored as 牵头 or 配合 from the start: the one answer every count asks.
      columns: withParts(columns),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    putPlan(db, plan);
    rows.forEach((r, i) =>
      putRowState(db, randomUUID(), {
        planId: plan.id,
        position: (i + 1) * POSITION_STEP,
        kind: r.kind,
        title: r.title,
        cells: r.cells,
        deleted: false,
      }),
    );
    return plan;
  });
}

export function update(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, patch }: InputOf<'plans.update'>,
): OutputOf<'plans.update'> {
  return inTransaction(db, () => {
    const plan = requirePlan(db, planId);
    const action = new PlanAction(db, planId, now);
    const changed = (Object.keys(patch) as (keyof PlanMeta)[]).filter(
      (k) => patch[k] !== undefined && patch[k] !== plan[k],
    );
    // Saving the dialog unchanged is no edit: nothing to record, and the redo stack stays.
    if (changed.length === 0) return action.delta();
    action.setPlan({ ...plan, ...patch, updatedAt: now });
    return action.commit(changed.length === 1 && changed[0] === 'title' ? '重命名' : '修改方案信息');
  });
}

export function duplicate(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId }: InputOf<'plans.duplicate'>,
): OutputOf<'plans.duplicate'> {
  return inTransaction(db, () => {
    const plan = requirePlan(db, planId);
    const copy: Plan = { ...plan, id: randomUUID(), title: `${plan.title}（副本）`, createdAt: now, updatedAt: now };
    putPlan(db, copy);
    for (const { id } of listPositions(db, planId)) {
      const state = getRowState(db, id);
      if (state) putRowState(db, randomUUID(), { ...state, planId: copy.id });
    }
    return copy;
  });
}

/** Moves a plan to the trash (回收站); it stays there, whole, until restored. */
export function remove(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId }: InputOf<'plans.delete'>,
): OutputOf<'plans.delete'> {
  inTransaction(db, () => {
    requirePlan(db, planId);
    setPlanDeleted(db, planId, now);
  });
  return { ok: true };
}

export function restore({ db }: DepsOf<'db'>, { planId }: InputOf<'plans.restore'>): OutputOf<'plans.restore'> {
  return inTransaction(db, () => {
    const plan = getPlan(db, planId);
    if (!plan) throw new AppError('PLAN_NOT_FOUND');
    setPlanDeleted(db, planId, null);
    return { ...plan, deletedAt: null };
  });
}

/** Renames, adds, hides or reorders the plan's columns, as one undoable action; cells of hidden columns stay. */
export function setColumns(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, columns, label }: InputOf<'plans.setColumns'>,
): OutputOf<'plans.setColumns'> {
  return inTransaction(db, () => {
    const plan = requirePlan(db, planId);
    const keys = new Set<string>();
    for (const c of columns) {
      if (keys.has(c.key)) throw new AppError('COLUMNS_INVALID', { detail: `「${c.label}」与另一列重复` });
      keys.add(c.key);
    }
    if (columns.every((c) => c.hidden)) throw new AppError('COLUMNS_INVALID', { detail: '至少要显示一列' });
    const gone = plan.columns.filter((c) => !keys.has(c.key));
    if (gone.length > 0) {
      // A column with text in it is hidden, never dropped: nothing typed is lost.
      const used = listRows(db, planId).some((r) => gone.some((c) => (r.cells[c.key] ?? '') !== ''));
      if (used)
        throw new AppError('COLUMNS_INVALID', { detail: `「${gone[0]!.label}」列中有内容，只能隐藏，不能删除` });
    }
    const action = new PlanAction(db, planId, now);
    action.setPlan({ ...plan, columns: withParts(columns), updatedAt: now });
    return action.commit(label);
  });
}
