// The history of changes: each user action with the before and after state of everything it touched.
import { sql, type Db } from './db';
import type { HistoryState } from '../../../shared/domain/plan';

export type Entity = 'row' | 'plan' | 'progress' | 'submission' | 'decision' | 'unit' | 'group';

export interface Change {
  entity: Entity;
  entityId: string;
  /** JSON of the state before; null when the thing did not exist. */
  before: string | null;
  after: string | null;
  /** The snapshot format before and after were written in (see services/snapshots.ts). */
  format: number;
  /** Where this one change came from, when its action gathers several sources (全部采用); empty: the action's. */
  origin?: string;
}

export interface ActionRecord {
  id: number;
  label: string;
}

/** Records an action as done and drops the redo stack of its plan, as any new edit does. */
export function recordAction(
  db: Db,
  planId: string,
  label: string,
  source: string,
  at: string,
  changes: Change[],
  origin = '',
): number {
  sql(db, "UPDATE actions SET state = 'discarded' WHERE plan_id = ? AND state = 'undone'").run(planId);
  const info = sql(db, 'INSERT INTO actions (plan_id, label, source, created_at, origin) VALUES (?, ?, ?, ?, ?)').run(
    planId,
    label,
    source,
    at,
    origin,
  );
  const actionId = Number(info.lastInsertRowid);
  const insert = sql(
    db,
    'INSERT INTO changes (action_id, seq, entity, entity_id, before, after, format, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  changes.forEach((c, seq) =>
    insert.run(actionId, seq, c.entity, c.entityId, c.before, c.after, c.format, c.origin ?? ''),
  );
  return actionId;
}

export function lastDone(db: Db, planId: string): ActionRecord | undefined {
  return sql(db, "SELECT id, label FROM actions WHERE plan_id = ? AND state = 'done' ORDER BY id DESC LIMIT 1").get(
    planId,
  ) as ActionRecord | undefined;
}

export function firstUndone(db: Db, planId: string): ActionRecord | undefined {
  return sql(db, "SELECT id, label FROM actions WHERE plan_id = ? AND state = 'undone' ORDER BY id ASC LIMIT 1").get(
    planId,
  ) as ActionRecord | undefined;
}

export function changesOf(db: Db, actionId: number): Change[] {
  const recs = sql(
    db,
    'SELECT entity, entity_id, before, after, format FROM changes WHERE action_id = ? ORDER BY seq',
  ).all(actionId) as {
    entity: Entity;
    entity_id: string;
    before: string | null;
    after: string | null;
    format: number;
  }[];
  return recs.map((r) => ({
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    format: r.format,
  }));
}

/** Moves an action along the record (undo, redo) and keeps when that happened, for 修改记录. */
export function setActionState(db: Db, actionId: number, state: 'done' | 'undone', at: string): void {
  sql(db, 'UPDATE actions SET state = ? WHERE id = ?').run(state, actionId);
  sql(db, 'INSERT INTO action_events (action_id, kind, at) VALUES (?, ?, ?)').run(
    actionId,
    state === 'undone' ? 'undo' : 'redo',
    at,
  );
}

export interface EntityChange {
  actionId: number;
  label: string;
  source: string;
  origin: string;
  at: string;
  state: 'done' | 'undone' | 'discarded';
  before: string | null;
  after: string | null;
  format: number;
}

/** Every recorded change of one thing (a row, a progress entry …) in a plan, newest first, undone ones included. */
export function changesOfEntity(db: Db, planId: string, entity: Entity, entityId: string, limit = 200): EntityChange[] {
  return sql(
    db,
    `SELECT a.id AS actionId, a.label, a.source, a.origin, a.created_at AS at, a.state, c.before, c.after, c.format
       FROM changes c JOIN actions a ON a.id = c.action_id
      WHERE a.plan_id = ? AND c.entity = ? AND c.entity_id = ? AND a.state <> 'discarded'
      ORDER BY a.id DESC LIMIT ?`,
  ).all(planId, entity, entityId, limit) as EntityChange[];
}

/** The latest action done on a plan that changed a thing, if any. */
export function lastActionOn(db: Db, planId: string, entity: Entity, entityId: string): number | undefined {
  const r = sql(
    db,
    `SELECT a.id FROM changes c JOIN actions a ON a.id = c.action_id
      WHERE a.plan_id = ? AND c.entity = ? AND c.entity_id = ? AND a.state = 'done' ORDER BY a.id DESC LIMIT 1`,
  ).get(planId, entity, entityId) as { id: number } | undefined;
  return r?.id;
}

/** What the undo and redo buttons show: whether there is an action to take back or to do again, and its name. */
export function historyState(db: Db, planId: string): HistoryState {
  const undo = lastDone(db, planId);
  const redo = firstUndone(db, planId);
  return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
}

export interface RowChangeRecord {
  actionId: number;
  state: 'done' | 'undone';
  label: string;
  source: string;
  origin: string;
  at: string;
  entity: Entity;
  entityId: string;
  before: string | null;
  after: string | null;
  format: number;
  /** The change's own origin (empty: the action's holds). */
  changeOrigin: string;
}

/**
 * 修改记录 of a row: the changes of the latest `limit` actions that touched the row or its progress (ids
 * `rowId|period`, read as a range of the index), newest first; actions dropped from the redo stack left out.
 */
export function changesOfRow(db: Db, planId: string, rowId: string, limit: number): RowChangeRecord[] {
  return sql(
    db,
    `WITH touched AS (
       SELECT DISTINCT a.id FROM changes c JOIN actions a ON a.id = c.action_id
        WHERE a.plan_id = ? AND a.state <> 'discarded'
          AND ((c.entity = 'row' AND c.entity_id = ?) OR (c.entity = 'progress' AND c.entity_id >= ? AND c.entity_id < ?))
        ORDER BY a.id DESC LIMIT ?)
     SELECT a.id AS actionId, a.state, a.label, a.source, a.origin, a.created_at AS at, c.entity, c.entity_id AS entityId,
            c.before, c.after, c.format, c.origin AS changeOrigin
       FROM touched t JOIN actions a ON a.id = t.id JOIN changes c ON c.action_id = a.id
      WHERE (c.entity = 'row' AND c.entity_id = ?) OR (c.entity = 'progress' AND c.entity_id >= ? AND c.entity_id < ?)
      ORDER BY a.id DESC, c.seq`,
  ).all(planId, rowId, `${rowId}|`, `${rowId}}`, limit, rowId, `${rowId}|`, `${rowId}}`) as RowChangeRecord[];
}

export interface ActionEvent {
  actionId: number;
  kind: 'undo' | 'redo';
  at: string;
  id: number;
}

/** When each of these actions was undone and redone, oldest first. */
export function eventsOf(db: Db, actionIds: readonly number[]): ActionEvent[] {
  if (actionIds.length === 0) return [];
  return sql(
    db,
    `SELECT id, action_id AS actionId, kind, at FROM action_events
      WHERE action_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).all(JSON.stringify(actionIds)) as ActionEvent[];
}

/** Keeps where a new plan's rows came from (`import:FILE`): its creation is not an action of its history. */
export function putPlanOrigin(db: Db, planId: string, origin: string, at: string): void {
  sql(db, 'INSERT OR REPLACE INTO plan_origins (plan_id, origin, at) VALUES (?, ?, ?)').run(planId, origin, at);
}

export function planOrigin(db: Db, planId: string): { origin: string; at: string } | undefined {
  return sql(db, 'SELECT origin, at FROM plan_origins WHERE plan_id = ?').get(planId) as
    { origin: string; at: string } | undefined;
}
