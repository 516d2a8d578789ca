// Exporting a plan as an official .xlsx: the whole plan or the rows the filter shows.
import type { ExportOptions } from '../../../shared/domain/export';
import { exportFileName, exportPlan } from '../../../shared/xlsx/export-plan';
import { listRows } from '../store/rows';
import type { Db } from '../store/db';
import { requirePlan } from './plans';

export async function exportXlsx(db: Db, planId: string, options: ExportOptions, now: string): Promise<{ fileName: string; data: string; items: number }> {
  const plan = requirePlan(db, planId);
  const rows = listRows(db, planId);
  const bytes = await exportPlan(plan, rows, options);
  const wanted = options.rowIds ? new Set(options.rowIds) : null;
  const items = rows.filter((r) => r.kind === 'item' && (!wanted || wanted.has(r.id))).length;
  return { fileName: exportFileName(plan, now), data: Buffer.from(bytes).toString('base64'), items };
}
