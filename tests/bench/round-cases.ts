// The collection case of the benchmark: 136 counties each send back a 50-row sheet; the host checks them all,
// accepts them and writes the 汇总表, through the dispatcher as the app calls it, beside ExcelJS reading the files.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { startHost, type Host } from '../../electron/host/host';
import { create } from '../../electron/host/services/plans';
import type { RowDraft } from '../../shared/domain/plan';
import { MARKER_SHEET } from '../../shared/xlsx/round-marker';
import { FIELDS } from '../../shared/domain/round';
import { batchesOf } from '../../renderer/features/rounds/receive-batches';

export const COUNTIES = 136;
export const ROWS_PER_COUNTY = 50;

export interface ReturnsSetup {
  host: Host;
  roundId: string;
  files: { fileName: string; data: Uint8Array }[];
  close: () => void;
}

/** A province's plan with 50 rows led by each of 136 counties, its round, and every county's sheet filled in. */
export async function countyReturns(): Promise<ReturnsSetup> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peidang-bench-rounds-'));
  const host = startHost({ dataDir, mode: 'browser', version: 'bench', log: () => undefined, seed: false });
  const counties = Array.from({ length: COUNTIES }, (_, i) => `第${i + 1}县卫生健康局`);
  const drafts: RowDraft[] = counties.flatMap((county, c) =>
    Array.from({ length: ROWS_PER_COUNTY }, (_, r) => ({
      kind: 'item' as const,
      title: '',
      cells: {
        measure: `第${c * ROWS_PER_COUNTY + r + 1}项：推进县域医共体建设`,
        goal: `①完成牵头医院与成员单位人财物统一管理；\n②县域内就诊率达到${80 + (r % 15)}%。`,
        deadline: ['6月底前', '9月底前', '12月底前'][r % 3]!,
        lead: county,
        support: '市卫生健康委',
      },
    })),
  );
  const plan = create(
    host.ctx.db,
    { kind: 'peidang', title: '全市县域医共体建设配档表', issuer: '', docNo: '', year: 2026, attachmentLabel: '' },
    new Date().toISOString(),
    drafts,
  );
  const made = await host.invoke('rounds.create', {
    planId: plan.id,
    title: '县域医共体建设进展填报',
    mode: 'progress',
    period: '2026-Q1',
    fields: ['status', 'progress', 'problems', 'nextSteps'],
    required: ['status', 'progress'],
    units: counties,
    dueDate: '2026-04-03',
  });
  if (!made.ok) throw new Error(made.error.message);
  const roundId = (made.data as { id: string }).id;
  const folder = join(dataDir, '下发');
  const gen = await host.invoke('rounds.generate', { roundId, folder });
  if (!gen.ok) throw new Error(gen.error.message);
  const files: ReturnsSetup['files'] = [];
  for (const name of readdirSync(folder)) files.push({ fileName: name, data: await filled(join(folder, name)) });
  return { host, roundId, files, close: () => (host.close(), rmSync(dataDir, { recursive: true, force: true })) };
}

/** A county's sheet with every open row filled in, as it would send it back: the columns found by their headers. */
async function filled(path: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.name !== MARKER_SHEET)!;
  const answers: Record<string, string> = {
    [FIELDS.status.label]: '推进中',
    [FIELDS.progress.label]: '已完成牵头医院人事统一管理，财务统一核算正在推进。',
    [FIELDS.problems.label]: '信息系统尚未互联互通',
    [FIELDS.nextSteps.label]: '下季度完成信息平台对接',
  };
  const columns = new Map<number, string>();
  ws.eachRow((row) => {
    if (columns.size > 0) return;
    row.eachCell((cell, col) => {
      const answer = answers[String(cell.value ?? '').trim()];
      if (answer !== undefined) columns.set(col, answer);
    });
  });
  if (columns.size !== Object.keys(answers).length) throw new Error(`the fill-in sheet ${path} lacks a column to fill`);
  ws.eachRow((row) => {
    for (const [col, answer] of columns) {
      const cell = row.getCell(col);
      if (cell.protection?.locked === false) cell.value = answer;
    }
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** What a clerk does with the 136 files: take them in (each read and checked, kept as received), then 全部采用. */
export async function checkAndConsolidate(s: ReturnsSetup): Promise<void> {
  // Each run starts from no returns: the files would otherwise be refused as already received.
  s.host.ctx.db.exec('DELETE FROM round_decisions; DELETE FROM submissions;');
  // In calls as the app makes them.
  for (const batch of batchesOf(s.files.map((f) => ({ ...f, size: f.data.length })))) {
    const files = batch.map((f) => ({ fileName: f.fileName, data: Buffer.from(f.data).toString('base64') }));
    const out = await s.host.invoke('rounds.receive', { roundId: s.roundId, files });
    if (!out.ok) throw new Error(out.error.message);
    const data = out.data as { received: { id: string; problems: unknown[] }[]; errors: unknown[] };
    if (data.errors.length > 0 || data.received.some((r) => r.problems.length > 0))
      throw new Error('a clean return was not taken in clean');
  }
  // 全部采用, as a clerk with a hundred clean files does.
  const accepted = await s.host.invoke('rounds.acceptAll', { roundId: s.roundId });
  if (!accepted.ok || (accepted.data as { accepted: number }).accepted !== COUNTIES)
    throw new Error('not every return was accepted');
}

/** The 汇总表 of the accepted returns written as an official .xlsx (6,800 rows), after checkAndConsolidate. */
export async function writeSummary(s: ReturnsSetup): Promise<void> {
  const summary = await s.host.invoke('rounds.exportSummary', { roundId: s.roundId });
  if (!summary.ok || (summary.data as { rows: number }).rows !== COUNTIES * ROWS_PER_COUNTY)
    throw new Error('the 汇总表 lacks rows');
}
