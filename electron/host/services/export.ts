// Exporting a plan as an official .xlsx or Word document (the whole plan or the rows the filters show), 进度总览 and the progress report.
import type { InputOf, OutputOf } from '../../../shared/api';
import { ExportOptions } from '../../../shared/domain/export';
import { overviewOf } from '../../../shared/domain/progress-overview';
import { listUnits } from '../store/units';
import { periodName } from '../../../shared/domain/progress';
import { layoutOverview } from '../../../shared/xlsx/overview-layout';
import { buildWorkbook } from '../../../shared/xlsx/write-workbook';
import { checkFit, exportFileName, exportPlan, exportPlanDocument } from '../../../shared/xlsx/export-plan';
import { listRows } from '../store/rows';
import { writeProgressReport } from '../../../shared/xlsx/progress-report';
import { listProgress } from '../store/progress';
import { getOutputLayout, saveOutputLayout } from '../store/output-layouts';
import type { OutputLayout } from '../../../shared/domain/paper';
import { requirePlan } from './plans';
import type { DepsOf } from './deps';

/** export.xlsx: the plan (or the rows the filters show) as an Excel workbook. */
export function xlsx(deps: DepsOf<'db' | 'now'>, input: InputOf<'export.xlsx'>): Promise<OutputOf<'export.xlsx'>> {
  return exportPlanFile('xlsx', deps, input);
}

/** export.docx: the same table as a Word document, to attach to a notice. */
export function docx(deps: DepsOf<'db' | 'now'>, input: InputOf<'export.docx'>): Promise<OutputOf<'export.docx'>> {
  return exportPlanFile('docx', deps, input);
}

async function exportPlanFile(
  format: 'xlsx' | 'docx',
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, options }: InputOf<'export.xlsx'>,
): Promise<OutputOf<'export.xlsx'>> {
  const plan = requirePlan(db, planId);
  const rows = listRows(db, planId);
  const progress = options.progressPeriod ? listProgress(db, planId) : [];
  // What was changed to write the file safely (characters removed, cells cut), each with its row and column.
  const warnings: string[] = [];
  const bytes = await (format === 'xlsx' ? exportPlan : exportPlanDocument)(plan, rows, options, progress, warnings);
  saveLayout({ db, now }, { planId, output: 'export', layout: layoutOfOptions(options) });
  const wanted = options.rowIds ? new Set(options.rowIds) : null;
  const items = rows.filter((r) => r.kind === 'item' && (!wanted || wanted.has(r.id))).length;
  return { fileName: exportFileName(plan, now, format), data: bytes, items, warnings };
}

/** Asked before writing: whether the chosen columns fit the paper at 小五 or more, and which papers would. */
export function check({ db }: DepsOf<'db'>, { planId, options }: InputOf<'export.check'>): OutputOf<'export.check'> {
  const plan = requirePlan(db, planId);
  const progress = options.progressPeriod ? listProgress(db, planId) : [];
  return checkFit(plan, listRows(db, planId), options, progress);
}

/** The period's 进展情况报告 as a Word document: the items section by section with what was reported. */
export async function exportReport(
  { db }: DepsOf<'db'>,
  { planId, period, today }: InputOf<'progress.exportReport'>,
): Promise<OutputOf<'progress.exportReport'>> {
  const plan = requirePlan(db, planId);
  const bytes = await writeProgressReport(plan, listRows(db, planId), listProgress(db, planId), period, today);
  const fileName = exportFileName(
    { ...plan, title: `${plan.title}-${periodName(period)}进展情况` },
    `${today}T00:00:00Z`,
    'docx',
  );
  return { fileName, data: bytes };
}

/** 进度总览 as an .xlsx, as of the user's today (the client's day decides what is overdue). */
export async function exportOverview(
  { db }: DepsOf<'db'>,
  { planId, period, today }: InputOf<'progress.exportOverview'>,
): Promise<OutputOf<'progress.exportOverview'>> {
  const plan = requirePlan(db, planId);
  const o = ExportOptions.parse({ orientation: 'portrait', bodySize: 10.5, headerSize: 10.5 });
  const overview = overviewOf(plan, listRows(db, planId), listProgress(db, planId), period, today, listUnits(db));
  const wb = buildWorkbook(layoutOverview(plan, overview, period, o), o, '进度总览', plan.kind);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const fileName = exportFileName(
    { ...plan, title: `${plan.title}-进度总览-${periodName(period)}` },
    `${today}T00:00:00Z`,
  );
  return { fileName, data: bytes };
}

/** The layout an output of the plan was last given, after checking the plan exists. */
export function getLayout({ db }: DepsOf<'db'>, { planId, output }: InputOf<'layouts.get'>): OutputOf<'layouts.get'> {
  requirePlan(db, planId);
  return getOutputLayout(db, planId, output);
}

export function saveLayout(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, output, layout }: InputOf<'layouts.save'>,
): OutputOf<'layouts.save'> {
  requirePlan(db, planId);
  saveOutputLayout(db, planId, output, layout, now);
  return { ok: true };
}

function layoutOfOptions(o: ExportOptions): OutputLayout {
  return {
    paper: o.paper,
    orientation: o.orientation,
    titleSize: o.titleSize,
    headerSize: o.headerSize,
    bodySize: o.bodySize,
    ...(o.columns ? { columns: o.columns } : {}),
  };
}
