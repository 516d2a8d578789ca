// Queries on the layout each output of a plan was last given (paper, columns, 字号).
import { OutputLayout, type OutputKind } from '../../../shared/domain/paper';
import { sql, type Db } from './db';

export function getOutputLayout(db: Db, planId: string, output: OutputKind): OutputLayout | null {
  const r = sql(db, 'SELECT settings FROM output_layouts WHERE plan_id = ? AND output = ?').get(planId, output) as
    { settings: string } | undefined;
  if (!r) return null;
  const parsed = OutputLayout.safeParse(JSON.parse(r.settings));
  return parsed.success ? parsed.data : null;
}

export function saveOutputLayout(db: Db, planId: string, output: OutputKind, layout: OutputLayout, now: string): void {
  sql(
    db,
    `INSERT INTO output_layouts (plan_id, output, settings, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (plan_id, output) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
  ).run(planId, output, JSON.stringify(layout), now);
}
