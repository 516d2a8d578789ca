// Exports a plan as an official .xlsx, or as a Word document for a notice's 附件, as the app and the command line do.
import { ExportOptions, type ExportOptionsInput } from '../domain/export';
import type { ColumnDef, Plan, Row } from '../domain/plan';
import { periodName, STATUS_NAMES, statusAt, type ProgressEntry } from '../domain/progress';
import { templateOf } from '../templates/kinds';
import { layoutPlan } from './official-layout';
import { writeDocument } from './write-docx';
import { writeWorkbook } from './write-workbook';

export async function exportPlan(
  plan: Plan,
  rows: readonly Row[],
  options: ExportOptionsInput = {},
  progress: readonly ProgressEntry[] = [],
): Promise<Uint8Array> {
  const { layout, o } = laidOut(plan, rows, options, progress);
  return writeWorkbook(layout, o, templateOf(plan.kind).name, plan.kind);
}

/** The same table in the same official layout, as a Word document (.docx). */
export async function exportPlanDocument(
  plan: Plan,
  rows: readonly Row[],
  options: ExportOptionsInput = {},
  progress: readonly ProgressEntry[] = [],
): Promise<Uint8Array> {
  const { layout, o } = laidOut(plan, rows, options, progress);
  return writeDocument(layout, o, plan.kind);
}

function laidOut(plan: Plan, rows: readonly Row[], options: ExportOptionsInput, progress: readonly ProgressEntry[]) {
  const o = ExportOptions.parse(options);
  const table = o.progressPeriod ? withProgress(plan, rows, progress, o.progressPeriod) : { plan, rows };
  return { layout: layoutPlan(table.plan, table.rows, o), o };
}

/** The plan with four more columns under 「…季度进展」: each row's status and report in the period. */
function withProgress(plan: Plan, rows: readonly Row[], entries: readonly ProgressEntry[], period: string): { plan: Plan; rows: Row[] } {
  const group = `${periodName(period)}进展`;
  const extra: ColumnDef[] = [
    { key: 'pStatus', label: '完成状态', group, role: 'note', width: 8 },
    { key: 'pProgress', label: '进展情况', group, role: 'text', width: 30 },
    { key: 'pProblems', label: '存在问题', group, role: 'text', width: 18 },
    { key: 'pNext', label: '下步打算', group, role: 'text', width: 18 },
  ];
  const withCells = rows.map((r) => {
    if (r.kind !== 'item') return r;
    const e = entries.find((x) => x.rowId === r.id && x.period === period);
    const status = statusAt(entries, r.id, period)?.status;
    return {
      ...r,
      cells: {
        ...r.cells,
        pStatus: status ? STATUS_NAMES[status] : '未填报',
        ...(e ? { pProgress: e.progress, pProblems: e.problems, pNext: e.nextSteps } : {}),
      },
    };
  });
  return { plan: { ...plan, columns: [...plan.columns, ...extra] }, rows: withCells };
}

/** The file name a clerk expects: the plan's title and the date, with what Windows forbids taken out. */
export function exportFileName(plan: Plan, now: string, extension: 'xlsx' | 'docx' = 'xlsx'): string {
  const date = now.slice(0, 10).replace(/-/g, '');
  const title = plan.title.replace(/[\\/:*?"<>|\r\n\t]/g, ' ').trim().slice(0, 120) || '导出';
  return `${title}-${date}.${extension}`;
}
