// Row edits: cells and section titles, inserts, deletes and moves, each one action in the history.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf } from '../../../shared/api';
import type { RowDraft } from '../../../shared/domain/plan';
import { listPositions, listRows, type RowState } from '../store/rows';
import { sortedRowIds } from '../../../shared/domain/sort-rows';
import { localToday } from '../../../shared/domain/due-status';
import { inTransaction, type Db } from '../store/db';
import { PlanAction } from './action';
import { POSITION_STEP, requirePlan } from './plans';
import type { DepsOf } from './deps';

function liveRow(action: PlanAction, id: string): RowState {
  const s = action.row(id);
  if (!s || s.deleted || s.planId !== action.planId) throw new AppError('ROW_NOT_FOUND');
  return s;
}

export function setCells(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, edits, append, label, source }: InputOf<'rows.setCells'>,
): OutputOf<'rows.setCells'> {
  return inTransaction(db, () => {
    requirePlan(db, planId);
    const action = new PlanAction(db, planId, now);
    for (const e of edits) {
      const s = liveRow(action, e.rowId);
      if (e.key === 'title') {
        if (s.kind === 'section' && s.title !== e.value) action.setRow(e.rowId, { ...s, title: e.value });
      } else if ((s.cells[e.key] ?? '') !== e.value) {
        const cells = { ...s.cells };
        if (e.value === '') delete cells[e.key];
        else cells[e.key] = e.value;
        action.setRow(e.rowId, { ...s, cells });
      }
    }
    if (append.length > 0) appendRows(action, db, append);
    return action.commit(label, source);
  });
}

export function insert(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, anchorId, where, rows: drafts }: InputOf<'rows.insert'>,
): OutputOf<'rows.insert'> {
  return inTransaction(db, () => {
    requirePlan(db, planId);
    const action = new PlanAction(db, planId, now);
    const live = listPositions(db, planId);
    let beforeId: string | null = null;
    if (anchorId !== null) {
      liveRow(action, anchorId);
      const i = live.findIndex((r) => r.id === anchorId);
      beforeId = where === 'above' ? anchorId : (live[i + 1]?.id ?? null);
    } else if (where === 'above') {
      beforeId = live[0]?.id ?? null;
    }
    placeNew(action, live, beforeId, drafts);
    const sections = drafts.filter((d) => d.kind === 'section').length;
    return action.commit(sections === drafts.length ? '插入分组行' : '插入行');
  });
}

export function remove(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, ids }: InputOf<'rows.delete'>,
): OutputOf<'rows.delete'> {
  return inTransaction(db, () => {
    requirePlan(db, planId);
    const action = new PlanAction(db, planId, now);
    for (const id of new Set(ids)) action.setRow(id, { ...liveRow(action, id), deleted: true });
    return action.commit(ids.length > 1 ? `删除 ${ids.length} 行` : '删除行');
  });
}

/** Moves rows (kept in their current order) to stand above beforeId, or at the end when it is null. */
export function move(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, ids, beforeId }: InputOf<'rows.move'>,
): OutputOf<'rows.move'> {
  return inTransaction(db, () => {
    requirePlan(db, planId);
    const action = new PlanAction(db, planId, now);
    const moving = new Set(ids);
    for (const id of moving) liveRow(action, id);
    if (beforeId !== null && moving.has(beforeId)) return action.delta();
    const live = listPositions(db, planId);
    const block = live.filter((r) => moving.has(r.id)).map((r) => r.id);
    const rest = live.filter((r) => !moving.has(r.id));
    const at = beforeId === null ? rest.length : rest.findIndex((r) => r.id === beforeId);
    if (at < 0) throw new AppError('ROW_NOT_FOUND');
    place(
      action,
      rest,
      at,
      block.map((id) => ({ id, state: liveRow(action, id) })),
    );
    return action.commit('移动行');
  });
}

/** 排序: each section's items in the order of one column, as one action; sections keep their places. */
export function sort(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, key, direction }: InputOf<'rows.sort'>,
): OutputOf<'rows.sort'> {
  return inTransaction(db, () => {
    const plan = requirePlan(db, planId);
    const column = plan.columns.find((c) => c.key === key);
    if (!column) throw new AppError('COLUMNS_INVALID', { detail: `没有「${key}」这一列` });
    const order = sortedRowIds(plan, listRows(db, planId), key, direction, localToday(new Date(now)));
    const action = new PlanAction(db, planId, now);
    order.forEach((id, i) => {
      const state = action.row(id);
      const position = (i + 1) * POSITION_STEP;
      if (state && state.position !== position) action.setRow(id, { ...state, position });
    });
    return action.commit(`排序（${column.label}，${direction === 'asc' ? '升序' : '降序'}）`);
  });
}

/** Adds rows at the end of a plan within an action (a paste below the last row, an import into the plan). */
export function appendRows(action: PlanAction, db: Db, drafts: RowDraft[]): void {
  placeNew(action, listPositions(db, action.planId), null, drafts);
}

/** New rows after a row (null: at the end), in the action; says their ids in order. */
export function placeNewRows(
  action: PlanAction,
  live: { id: string; position: number }[],
  afterId: string | null,
  drafts: RowDraft[],
): string[] {
  const i = afterId === null ? -1 : live.findIndex((r) => r.id === afterId);
  const beforeId = i < 0 ? null : (live[i + 1]?.id ?? null);
  const from = action.created.length;
  placeNew(action, live, beforeId, drafts);
  return action.created.slice(from);
}

function placeNew(
  action: PlanAction,
  live: { id: string; position: number }[],
  beforeId: string | null,
  drafts: RowDraft[],
): void {
  const at = beforeId === null ? live.length : live.findIndex((r) => r.id === beforeId);
  const block = drafts.map((d) => ({
    id: randomUUID(),
    state: {
      planId: action.planId,
      position: 0,
      kind: d.kind,
      title: d.title,
      cells: d.cells,
      deleted: false,
    } as RowState,
  }));
  place(action, live, at, block);
}

/**
 * Puts a block of rows between rest[at-1] and rest[at]. Positions are spaced integers: a block that fits
 * in the gap touches only its own rows; otherwise the whole plan is spaced anew, inside the same action.
 */
function place(
  action: PlanAction,
  rest: { id: string; position: number }[],
  at: number,
  block: { id: string; state: RowState }[],
): void {
  const lo = at > 0 ? rest[at - 1]!.position : 0;
  const hi = at < rest.length ? rest[at]!.position : lo + (block.length + 1) * POSITION_STEP;
  const step = Math.floor((hi - lo) / (block.length + 1));
  if (step >= 1) {
    block.forEach((b, i) => action.setRow(b.id, { ...b.state, position: lo + step * (i + 1) }));
    return;
  }
  const order = [...rest.slice(0, at).map((r) => r.id), ...block.map((b) => b.id), ...rest.slice(at).map((r) => r.id)];
  const byId = new Map(block.map((b) => [b.id, b.state]));
  order.forEach((id, i) => {
    const position = (i + 1) * POSITION_STEP;
    const state = byId.get(id) ?? action.row(id);
    if (state && (byId.has(id) || state.position !== position)) action.setRow(id, { ...state, position });
  });
}
