// Every table the app writes, for every sample and seed plan: the .xlsx and .docx export, a progress round's fill-in
// sheet, and the 汇总表 of filled returns; made with the app's own writers, for the paper and well-formedness tests.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plan, Row } from '../../shared/domain/plan';
import { rowsByUnit, unitKeysOf, type Round, type Submission } from '../../shared/domain/round';
import { splitUnits } from '../../shared/domain/units';
import { consolidate, writeConsolidation } from '../../shared/xlsx/consolidate';
import { exportPlan, exportPlanDocument } from '../../shared/xlsx/export-plan';
import { writeFillInSheet } from '../../shared/xlsx/fill-in-sheet';
import { planFromImport } from '../../shared/xlsx/plan-from-import';
import { importFile } from '../../shared/xlsx/read-file';
import { samplePath } from './fixtures';

export interface TestPlan {
  name: string;
  plan: Plan;
  rows: Row[];
}

export interface WrittenFile {
  /** A file name without spaces: plan and output. */
  name: string;
  ext: 'xlsx' | 'docx';
  bytes: Uint8Array;
  /** The unit names the file's unit columns hold, each as often as it occurs there. */
  units: string[];
  warnings: string[];
}

/** The sample plans (one of each kind; a unit's filled 突破事项 table besides the empty template) as the app imports them. */
export const SAMPLE_PLANS = [
  '配档表-百日攻坚行动.xlsx',
  '重点工作清单-2026.xlsx',
  '民生实事-2025.xlsx',
  '突破事项汇总表-模板.xlsx',
  '返回/突破事项-区人民医院.xlsx',
];

export async function samplePlan(file: string, now = '2026-11-30T08:00:00.000Z'): Promise<TestPlan> {
  const result = await importFile(new Uint8Array(readFileSync(samplePath(file))), basename(file), {});
  const { meta, columns, rows } = planFromImport(result, now);
  const plan: Plan = {
    ...meta,
    kind: result.kind,
    id: `sample-${meta.kind}`,
    columns,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  return { name: basename(file).replace(/\.\w+$/, ''), plan, rows: rows.map((r, i) => ({ ...r, id: `r${i}` })) };
}

/** The units a progress round of the plan goes to: those its lead column names. */
function leadUnits(plan: Plan, rows: readonly Row[]): string[] {
  const key = unitKeysOf(plan).lead;
  return [...new Set(rows.filter((r) => r.kind === 'item').flatMap((r) => splitUnits(r.cells[key ?? ''] ?? '')))];
}

function progressRound(plan: Plan, units: string[]): Round {
  return {
    id: `round-${plan.id}`,
    planId: plan.id,
    title: `${plan.title}第四季度进展`,
    mode: 'progress',
    period: `${plan.year}-Q4`,
    fields: ['status', 'progress', 'problems', 'nextSteps', 'doneOn'],
    required: ['status', 'progress'],
    scope: 'lead',
    units,
    dueDate: `${plan.year}-12-25`,
    instructions: '',
    blankRows: 10,
    createdAt: '2026-11-30T08:00:00.000Z',
  };
}

/** What each unit reports on each of its rows, as an accepted return. */
function filledReturns(round: Round, byUnit: ReadonlyMap<string, Row[]>): Submission[] {
  return [...byUnit].map(([unit, rows], i) => ({
    id: `sub-${i}`,
    roundId: round.id,
    unit,
    fileName: `${unit}.xlsx`,
    receivedAt: '2026-12-20T02:00:00.000Z',
    matchedBy: 'sheet',
    state: 'accepted',
    rows: rows.map((r, k) => ({
      rowId: r.id,
      line: 7 + k,
      cells: {
        status: '推进中',
        progress: `${unit}已完成全年任务的八成，①完成调研；②形成方案，报局党委审定。`,
        problems: '资金到位较慢。',
        nextSteps: '年底前全部完成。',
        doneOn: '',
      },
    })),
    problems: [],
    decidedAt: '2026-12-21T02:00:00.000Z',
    reason: '',
    supersedes: null,
    late: false,
  }));
}

function unitNames(plan: Plan, rows: readonly Row[], keys: readonly string[]): string[] {
  const unitKeys = plan.columns.filter((c) => c.role === 'unit' && keys.includes(c.key)).map((c) => c.key);
  return rows.filter((r) => r.kind === 'item').flatMap((r) => unitKeys.flatMap((k) => splitUnits(r.cells[k] ?? '')));
}

/** The four outputs of a plan. */
export async function writtenFiles(t: TestPlan): Promise<WrittenFile[]> {
  const { plan, rows } = t;
  const all = plan.columns.filter((c) => !c.hidden).map((c) => c.key);
  const out: WrittenFile[] = [];
  const w1: string[] = [];
  out.push({
    name: `${t.name}-导出`,
    ext: 'xlsx',
    bytes: await exportPlan(plan, rows, {}, [], w1),
    units: unitNames(plan, rows, all),
    warnings: w1,
  });
  const w2: string[] = [];
  out.push({
    name: `${t.name}-导出Word`,
    ext: 'docx',
    bytes: await exportPlanDocument(plan, rows, {}, [], w2),
    units: unitNames(plan, rows, all),
    warnings: w2,
  });
  const units = leadUnits(plan, rows);
  if (units.length === 0) return out;
  const round = progressRound(plan, units);
  const byUnit = rowsByUnit(round, plan, rows, []);
  const [unit, unitRows] = [...byUnit].sort((a, b) => b[1].length - a[1].length)[0]!;
  const w3: string[] = [];
  const sheet = await writeFillInSheet(round, plan, unit, unitRows, rows, w3);
  out.push({
    name: `${t.name}-填报表`,
    ext: 'xlsx',
    bytes: sheet,
    units: unitNames(plan, unitRows, all),
    warnings: w3,
  });
  const c = consolidate(round, plan, rows, filledReturns(round, byUnit), 'item');
  const w4: string[] = [];
  const summary = await writeConsolidation(c, false, {}, w4);
  out.push({ name: `${t.name}-汇总表`, ext: 'xlsx', bytes: summary, units: [], warnings: w4 });
  return out;
}
