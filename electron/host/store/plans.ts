// Queries on the plans table, with the mapper from its rows to the domain's Plan.
import { z } from 'zod';
import { ColumnDef, type Plan, type PlanKind, type PlanSummary } from '../../../shared/domain/plan';
import { AppError } from '../../../shared/errors';
import { sql, type Db } from './db';

interface PlanRecord {
  id: string;
  kind: string;
  title: string;
  issuer: string;
  doc_no: string;
  year: number;
  attachment_label: string;
  numbering: string;
  cadence: string;
  columns: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const Columns = z.array(ColumnDef);

function toPlan(r: PlanRecord): Plan {
  return {
    id: r.id,
    kind: r.kind as PlanKind,
    title: r.title,
    issuer: r.issuer,
    docNo: r.doc_no,
    year: r.year,
    attachmentLabel: r.attachment_label,
    numbering: r.numbering === 'per-section' ? 'per-section' : 'continuous',
    cadence: r.cadence === 'month' ? 'month' : 'quarter',
    columns: Columns.parse(JSON.parse(r.columns)),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function getPlan(db: Db, id: string): Plan | undefined {
  const r = sql(db, 'SELECT * FROM plans WHERE id = ?').get(id) as PlanRecord | undefined;
  return r && toPlan(r);
}

export function listPlans(db: Db, deleted: boolean): PlanSummary[] {
  const rows = sql(
    db,
    `SELECT p.*, (SELECT COUNT(*) FROM rows r WHERE r.plan_id = p.id AND r.deleted = 0 AND r.kind = 'item') AS item_count
       FROM plans p
      WHERE (p.deleted_at IS NOT NULL) = ?
      ORDER BY ${deleted ? 'p.deleted_at DESC' : 'p.year DESC, p.created_at DESC'}`,
  ).all(deleted ? 1 : 0) as (PlanRecord & { item_count: number })[];
  return rows.map((r) => {
    const { columns: _columns, ...plan } = toPlan(r);
    return { ...plan, itemCount: r.item_count };
  });
}

/** Writes a plan whole (insert or replace), as creation, undo and redo need. */
export function putPlan(db: Db, p: Plan): void {
  sql(
    db,
    `INSERT INTO plans (id, kind, title, issuer, doc_no, year, attachment_label, numbering, cadence, columns, created_at, updated_at, deleted_at)
     VALUES (@id, @kind, @title, @issuer, @docNo, @year, @attachmentLabel, @numbering, @cadence, @columns, @createdAt, @updatedAt, @deletedAt)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title, issuer = excluded.issuer,
       doc_no = excluded.doc_no, year = excluded.year, attachment_label = excluded.attachment_label,
       numbering = excluded.numbering, cadence = excluded.cadence, columns = excluded.columns, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
  ).run({ ...p, columns: JSON.stringify(p.columns) });
}

export function touchPlan(db: Db, id: string, at: string): void {
  sql(db, 'UPDATE plans SET updated_at = ? WHERE id = ?').run(at, id);
}

export function setPlanDeleted(db: Db, id: string, deletedAt: string | null): void {
  sql(db, 'UPDATE plans SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
}

/** The plan, or PLAN_NOT_FOUND when there is none or it is in the 回收站. */
export function requirePlan(db: Db, planId: string): Plan {
  const plan = getPlan(db, planId);
  if (!plan || plan.deletedAt !== null) throw new AppError('PLAN_NOT_FOUND');
  return plan;
}
