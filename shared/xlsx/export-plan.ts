// Exports a plan as an official .xlsx, or as a Word document for a notice's 附件, as the app and the command line do.
import { ExportOptions, chosenColumns, type ExportOptionsInput } from '../domain/export';
import type { ColumnDef, Plan, Row } from '../domain/plan';
import { periodName, STATUS_NAMES, statusAt, type ProgressEntry } from '../domain/progress';
import { templateOf } from '../templates/kinds';
import { fitTable, layoutPlan, paperThatFits, tooWide } from './official-layout';
import { otherPapers } from '../domain/paper';
import { messageOf } from '../messages.zh-CN';
import type { AppError } from '../errors';
import type { FitCheck } from '../domain/export';
import { writeDocument } from './write-docx';
import { writeWorkbook } from './write-workbook';

/** The plan as an official .xlsx; what had to be changed to write it safely goes into `warnings`. */
export async function exportPlan(
  plan: Plan,
  rows: readonly Row[],
  options: ExportOptionsInput = {},
  progress: readonly ProgressEntry[] = [],
  warnings: string[] = [],
): Promise<Uint8Array> {
  const { layout, o } = laidOut(plan, rows, options, progress);
  return writeWorkbook(layout, o, templateOf(plan.kind).name, plan.kind, warnings);
}

/** The same table in the same official layout, as a Word document (.docx). */
export async function exportPlanDocument(
  plan: Plan,
  rows: readonly Row[],
  options: ExportOptionsInput = {},
  progress: readonly ProgressEntry[] = [],
  warnings: string[] = [],
): Promise<Uint8Array> {
  const { layout, o } = laidOut(plan, rows, options, progress);
  return writeDocument(layout, o, plan.kind, warnings);
}

/** The options and the plan as the output lays them out: the chosen columns, and the period's progress after them. */
export function exportTable(
  plan: Plan,
  rows: readonly Row[],
  options: ExportOptionsInput,
  progress: readonly ProgressEntry[],
): { plan: Plan; rows: readonly Row[]; o: ExportOptions } {
  const parsed = ExportOptions.parse(options);
  const keys = chosenColumns(plan, parsed.columns).map((c) => c.key);
  if (!parsed.progressPeriod) return { plan, rows, o: { ...parsed, columns: keys } };
  const table = withProgress(plan, rows, progress, parsed.progressPeriod);
  return { ...table, o: { ...parsed, columns: [...keys, ...PROGRESS_KEYS] } };
}

/** The table laid out; on A3 when it fits there and not on A4, unless the paper was chosen. */
function laidOut(plan: Plan, rows: readonly Row[], options: ExportOptionsInput, progress: readonly ProgressEntry[]) {
  const t = exportTable(plan, rows, options, progress);
  const extras = { keep: PROGRESS_KEYS };
  if (options.paper) return { layout: layoutPlan(t.plan, t.rows, t.o, extras), o: t.o };
  const { o, fit } = paperThatFits(t.plan, t.rows, t.o, extras);
  return { layout: layoutPlan(t.plan, t.rows, o, extras, fit), o };
}

/** Whether the table fits the chosen paper at 9 pt or more, the 字号 it prints at, and the papers it would fit. */
export function checkFit(
  plan: Plan,
  rows: readonly Row[],
  options: ExportOptionsInput,
  progress: readonly ProgressEntry[],
): FitCheck {
  const t = exportTable(plan, rows, options, progress);
  const extras = { keep: PROGRESS_KEYS };
  const fit = fitTable(t.plan, t.rows, t.o, extras);
  // The papers that hold the table: at the chosen size and with its rows whole where this one does not.
  const better = (f: ReturnType<typeof fitTable>) =>
    f.fits && (fit.fits ? (f.bodySize > fit.bodySize || (fit.tooTall && !f.tooTall)) && !f.tooTall : true);
  const others = otherPapers(fit.paper).filter((p) =>
    better(fitTable(t.plan, t.rows, { ...t.o, paper: p.size, orientation: p.orientation }, extras)),
  );
  return {
    fits: fit.fits,
    tooTall: fit.tooTall,
    bodySize: fit.bodySize,
    columns: fit.columns.length + 1,
    message: fit.fits ? '' : tooWideMessage(tooWide(t.plan, t.rows, t.o, fit, extras)),
    papers: others,
  };
}

const PROGRESS_KEYS = ['pStatus', 'pProgress', 'pProblems', 'pNext'];

function tooWideMessage(e: AppError): string {
  return messageOf(e.code, e.params);
}

/** The plan with four more columns under 「…季度进展」: each row's status and report in the period. */
function withProgress(
  plan: Plan,
  rows: readonly Row[],
  entries: readonly ProgressEntry[],
  period: string,
): { plan: Plan; rows: Row[] } {
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
  const title =
    plan.title
      .replace(/[\\/:*?"<>|\r\n\t]/g, ' ')
      .trim()
      .slice(0, 120) || '导出';
  return `${title}-${date}.${extension}`;
}
