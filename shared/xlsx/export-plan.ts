// Exports a plan as an official .xlsx, as the app and the command line both do.
import { ExportOptions, type ExportOptionsInput } from '../domain/export';
import type { Plan, Row } from '../domain/plan';
import { templateOf } from '../templates/kinds';
import { layoutPlan } from './official-layout';
import { writeWorkbook } from './write-workbook';

export async function exportPlan(plan: Plan, rows: readonly Row[], options: ExportOptionsInput = {}): Promise<Uint8Array> {
  const o = ExportOptions.parse(options);
  return writeWorkbook(layoutPlan(plan, rows, o), o, templateOf(plan.kind).name, plan.kind);
}

/** The file name a clerk expects: the plan's title and the date, with what Windows forbids taken out. */
export function exportFileName(plan: Plan, now: string): string {
  const date = now.slice(0, 10).replace(/-/g, '');
  const title = plan.title.replace(/[\\/:*?"<>|\r\n\t]/g, ' ').trim().slice(0, 120) || '导出';
  return `${title}-${date}.xlsx`;
}
