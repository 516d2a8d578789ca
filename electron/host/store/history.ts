// The history of changes: each user action with the before and after state of everything it touched.
import { sql, type Db } from './db';

export type Entity = 'row' | 'plan' | 'progress';

export interface Change {
  entity: Entity;
  entityId: string;
  /** JSON of the state before; null when the thing did not exist. */
  before: string | null;
  after: string | null;
}

export interface ActionRecord {
  id: number;
  label: string;
}

/** Records an action as done and drops the redo stack of its plan, as any new edit does. */
export function recordAction(db: Db, planId: string, label: string, source: string, at: string, changes: Change[]): number {
  sql(db, "UPDATE actions SET state = 'discarded' WHERE plan_id = ? AND state = 'undone'").run(planId);
  const info = sql(db, 'INSERT INTO actions (plan_id, label, source, created_at) VALUES (?, ?, ?, ?)').run(
    planId,
    label,
    source,
    at,
  );
  const actionId = Number(info.lastInsertRowid);
  const insert = sql(db, 'INSERT INTO changes (action_id, seq, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?)');
  changes.forEach((c, seq) => insert.run(actionId, seq, c.entity, c.entityId, c.before, c.after));
  return actionId;
}

export function lastDone(db: Db, planId: string): ActionRecord | undefined {
  return sql(db, "SELECT id, label FROM actions WHERE plan_id = ? AND state = 'done' ORDER BY id DESC LIMIT 1").get(planId) as
    | ActionRecord
    | undefined;
}

export function firstUndone(db: Db, planId: string): ActionRecord | undefined {
  return sql(db, "SELECT id, label FROM actions WHERE plan_id = ? AND state = 'undone' ORDER BY id ASC LIMIT 1").get(
    planId,
  ) as ActionRecord | undefined;
}

export function changesOf(db: Db, actionId: number): Change[] {
  const recs = sql(db, 'SELECT entity, entity_id, before, after FROM changes WHERE action_id = ? ORDER BY seq').all(actionId) as {
    entity: Entity;
    entity_id: string;
    before: string | null;
    after: string | null;
  }[];
  return recs.map((r) => ({ entity: r.entity, entityId: r.entity_id, before: r.before, after: r.after }));
}

export function setActionState(db: Db, actionId: number, state: 'done' | 'undone'): void {
  sql(db, 'UPDATE actions SET state = ? WHERE id = ?').run(state, actionId);
}
