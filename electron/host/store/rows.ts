// Queries on the rows of a plan. A row's state is what history snapshots: position, kind, text, deleted.
import { z } from 'zod';
import { Cells, RowKind, type Row } from '../../../shared/domain/plan';
import { sql, type Db } from './db';

/** Everything stored about a row, as the history keeps it before and after a change. */
export const RowState = z.object({
  planId: z.string(),
  position: z.number().int(),
  kind: RowKind,
  title: z.string(),
  cells: Cells,
  deleted: z.boolean(),
});
export type RowState = z.infer<typeof RowState>;

interface RowRecord {
  id: string;
  plan_id: string;
  position: number;
  kind: string;
  title: string;
  cells: string;
  deleted: number;
}

function toState(r: RowRecord): RowState {
  return {
    planId: r.plan_id,
    position: r.position,
    kind: r.kind as RowState['kind'],
    title: r.title,
    cells: JSON.parse(r.cells) as Record<string, string>,
    deleted: r.deleted === 1,
  };
}

export function toRow(id: string, s: RowState): Row {
  return { id, kind: s.kind, title: s.title, cells: s.cells };
}

/** The live rows of a plan in order. */
export function listRows(db: Db, planId: string): Row[] {
  const recs = sql(db, 'SELECT * FROM rows WHERE plan_id = ? AND deleted = 0 ORDER BY position').all(
    planId,
  ) as RowRecord[];
  return recs.map((r) => toRow(r.id, toState(r)));
}

/** Ids and positions of the live rows of a plan in order. */
export function listPositions(db: Db, planId: string): { id: string; position: number }[] {
  return sql(db, 'SELECT id, position FROM rows WHERE plan_id = ? AND deleted = 0 ORDER BY position').all(planId) as {
    id: string;
    position: number;
  }[];
}

export function getRowState(db: Db, id: string): RowState | undefined {
  const r = sql(db, 'SELECT * FROM rows WHERE id = ?').get(id) as RowRecord | undefined;
  return r && toState(r);
}

/** The states of the given rows, by id: one query however many rows. */
export function rowStatesOf(db: Db, ids: readonly string[]): Map<string, RowState> {
  const recs = sql(db, 'SELECT * FROM rows WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as RowRecord[];
  return new Map(recs.map((r) => [r.id, toState(r)]));
}

/** Writes a row whole; null removes it (undo of a creation). */
export function putRowState(db: Db, id: string, s: RowState | null): void {
  if (s === null) {
    sql(db, 'DELETE FROM rows WHERE id = ?').run(id);
    return;
  }
  sql(
    db,
    `INSERT INTO rows (id, plan_id, position, kind, title, cells, deleted)
     VALUES (@id, @planId, @position, @kind, @title, @cells, @deleted)
     ON CONFLICT (id) DO UPDATE SET plan_id = excluded.plan_id, position = excluded.position, kind = excluded.kind,
       title = excluded.title, cells = excluded.cells, deleted = excluded.deleted`,
  ).run({ id, ...s, cells: JSON.stringify(s.cells), deleted: s.deleted ? 1 : 0 });
}

export function countItems(db: Db, planId: string): number {
  const r = sql(db, "SELECT COUNT(*) AS n FROM rows WHERE plan_id = ? AND deleted = 0 AND kind = 'item'").get(
    planId,
  ) as {
    n: number;
  };
  return r.n;
}
