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
    'INSERT INTO changes (action_id, seq, entity, entity_id, before, after, format) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  changes.forEach((c, seq) => insert.run(actionId, seq, c.entity, c.entityId, c.before, c.after, c.format));
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

export function setActionState(db: Db, actionId: number, state: 'done' | 'undone'): void {
  sql(db, 'UPDATE actions SET state = ? WHERE id = ?').run(state, actionId);
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
