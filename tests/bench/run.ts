// npm run bench: each case run several times after a warm-up, side by side with its baseline in the same run;
// prints a table and one JSON line of medians and ratios. See BENCHMARKS.md for how to read it.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../../shared/xlsx/read-file';
import { peidangPlan, peidangWorkbook } from './generate';
import { cellEditTimes, startUpTimes } from './host-cases';
import { browserCases, ROWS_PER_FRAME, type ScrollFigures } from './browser-cases';
import type { ChildImport } from './import-child';
import { checkAndConsolidate, countyReturns, writeSummary, COUNTIES, ROWS_PER_COUNTY } from './round-cases';
import { exportPlan } from '../../shared/xlsx/export-plan';
import { ExportOptions } from '../../shared/domain/export';
import { layoutPlan } from '../../shared/xlsx/official-layout';
import { buildWorkbook } from '../../shared/xlsx/write-workbook';
import { asXls, firstReadTimes, floorRead, sheetJsRead } from './reader-cases';

interface Case {
  name: string;
  target: string;
  run: () => Promise<unknown>;
  baseline?: () => Promise<unknown>;
  limit?: number;
  /** A limit on the median itself, in seconds. */
  seconds?: number;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** ExcelJS alone reading the workbook: load it and touch every cell's value. */
async function excelJsRead(data: Uint8Array): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  let n = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== null) n++;
      }),
    ),
  );
  return n;
}

/**
 * ExcelJS writing the same cells with the same styles directly: the layout our exporter computed is taken as
 * given (widths, heights, merges, styles), so only the app's own work (layout, text measuring) is left out.
 */
function excelJsWrite(plan: ReturnType<typeof peidangPlan>): () => Promise<unknown> {
  const o = ExportOptions.parse({});
  const layout = layoutPlan(plan.plan, plan.rows, o);
  return async () => buildWorkbook(layout, o, '配档表', 'peidang').xlsx.writeBuffer();
}

interface Result {
  median_ms?: number;
  baseline_ms?: number;
  ratio?: number;
  /** Memory cases: the figure in MB. */
  mb?: number;
  /** The scroll case: the frame-time distribution of both grids, ms. */
  frames?: { wrapped: ScrollFigures; fixed: ScrollFigures };
  target: string;
  ok: boolean;
}

/** The 50,000-row import, each run in a process of its own (tests/bench/import-child.ts): its time and peak RSS. */
function importInChild(data: Uint8Array, runs: number): { ms: number[]; maxRssMb: number } {
  const dir = mkdtempSync(join(tmpdir(), 'peidang-bench-50k-'));
  const file = join(dir, '配档表-50000.xlsx');
  writeFileSync(file, data);
  const ms: number[] = [];
  let maxRssMb = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/import-child.ts', file], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`the 50,000-row import failed: ${run.stderr.slice(-800)}`);
      const out = JSON.parse(run.stdout) as ChildImport;
      if (out.rows !== 50_000) throw new Error(`expected 50000 rows, got ${out.rows}`);
      ms.push(out.ms);
      maxRssMb = Math.max(maxRssMb, out.maxRssMb);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { ms, maxRssMb };
}

/**
 * The readers' cases (tests/bench/reader-cases.ts): the .xls import against SheetJS, the .xlsx import against the
 * floor at 10,000 and 50,000 rows, and a first read in a fresh process against SheetJS's. `BENCH_ONLY=readers` runs
 * these alone.
 */
async function readerCases(data10k: Uint8Array): Promise<Case[]> {
  process.stdout.write('生成 .xls 与 50,000 行的测试数据…\n');
  const xls10k = asXls(data10k);
  const data50k = await peidangWorkbook(50_000);
  const importRows = (data: Uint8Array, name: string, rows: number) => async () => {
    const r = await importFile(data, name);
    if (r.rows.length !== rows) throw new Error(`expected ${rows} rows, got ${r.rows.length}`);
  };
  return [
    {
      name: 'import 10,000-row 配档表 .xls',
      target: '≤ 1.5× SheetJS reading it',
      limit: 1.5,
      run: importRows(xls10k, 'bench.xls', 10_000),
      baseline: async () => sheetJsRead(xls10k),
    },
    {
      name: 'import 10,000-row 配档表 .xlsx, against the floor',
      target: '≤ 3× the floor',
      limit: 3,
      run: importRows(data10k, 'bench.xlsx', 10_000),
      baseline: async () => floorRead(data10k),
    },
    {
      name: 'import 50,000-row 配档表 .xlsx, against the floor',
      target: '≤ 3× the floor',
      limit: 3,
      run: importRows(data50k, 'bench.xlsx', 50_000),
      baseline: async () => floorRead(data50k),
    },
  ];
}

/** A first read of a 1,000-row 配档表 in a fresh process, ours and SheetJS's (each bundled as shipped). */
async function firstRead(): Promise<Result> {
  const t = await firstReadTimes(await peidangWorkbook(1_000), RUNS);
  const m = median(t.ours);
  const b = median(t.sheetjs);
  return {
    median_ms: Math.round(m),
    baseline_ms: Math.round(b),
    ratio: Number((m / b).toFixed(2)),
    target: '≤ 1× SheetJS',
    ok: m <= b,
  };
}

async function runCases(cases: Case[], results: Record<string, Result>): Promise<void> {
  for (const c of cases) {
    await c.run();
    if (c.baseline) await c.baseline();
    const ours: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      if (c.baseline) base.push(await time(c.baseline));
      ours.push(await time(c.run));
    }
    const m = median(ours);
    const b = c.baseline ? median(base) : undefined;
    const ratio = b ? m / b : undefined;
    results[c.name] = {
      median_ms: Math.round(m),
      baseline_ms: b && Math.round(b),
      ratio: ratio && Number(ratio.toFixed(2)),
      target: c.target,
      ok:
        (ratio === undefined || c.limit === undefined || ratio <= c.limit) &&
        (c.seconds === undefined || m <= c.seconds * 1000),
    };
  }
}

function report(results: Record<string, Result>): void {
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length * 1));
  process.stdout.write(
    `\n${pad('case', 46)}${pad('median', 10)}${pad('baseline', 10)}${pad('ratio', 8)}${pad('target', 38)}ok\n`,
  );
  for (const [name, r] of Object.entries(results)) {
    const figure = r.mb !== undefined ? `${r.mb} MB` : `${r.median_ms} ms`;
    process.stdout.write(
      `${pad(name, 46)}${pad(figure, 10)}${pad(r.baseline_ms ? `${r.baseline_ms} ms` : '-', 10)}${pad(r.ratio ? `${r.ratio}×` : '-', 8)}${pad(r.target, 38)}${r.ok ? 'yes' : 'NO'}\n`,
    );
  }
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memory_gb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  process.stdout.write(`${JSON.stringify({ bench: 'peidang', runs: RUNS, machine, results })}\n`);
}

/** The renderer cases in Chromium: opening the 10,000-row plan, scrolling it (beside fixed rows), the heap at 50,000. */
async function rendererCases(results: Record<string, Result>): Promise<void> {
  process.stdout.write('Chromium：打开、滚动、内存…\n');
  const b = await browserCases(RUNS);
  const open = median(b.open);
  results['open 10,000-row plan, click to painted'] = {
    median_ms: Math.round(open),
    target: '≤ 1 s',
    ok: open <= 1000,
  };
  const scrollRatio = b.scroll.p95 / b.scrollFixed.p95;
  results[`scroll 10,000 rows (${ROWS_PER_FRAME}/frame), p95 frame`] = {
    median_ms: Number(b.scroll.p95.toFixed(1)),
    baseline_ms: Number(b.scrollFixed.p95.toFixed(1)),
    ratio: Number(scrollRatio.toFixed(2)),
    target: '≤ 17 ms, ≤ 1.5× fixed rows',
    ok: b.scroll.p95 <= 17 && scrollRatio <= 1.5,
    frames: { wrapped: b.scroll, fixed: b.scrollFixed },
  };
  results['renderer JS heap, 50,000-row plan open'] = {
    mb: Math.round(b.heapMb),
    target: '≤ 400 MB',
    ok: b.heapMb <= 400,
  };
}

async function main(): Promise<void> {
  process.stdout.write(`生成测试数据…\n`);
  if (process.env.BENCH_ONLY === 'readers') {
    const results: Record<string, Result> = {};
    await runCases(await readerCases(await peidangWorkbook(10_000)), results);
    results['first read in a fresh process, 1,000-row .xlsx'] = await firstRead();
    report(results);
    return;
  }
  if (process.env.BENCH_ONLY === 'renderer') {
    const results: Record<string, Result> = {};
    await rendererCases(results);
    report(results);
    return;
  }
  const data10k = await peidangWorkbook(10_000);
  const plan10k = peidangPlan(10_000);
  process.stdout.write(`生成 ${COUNTIES} 份回执…\n`);
  const returns = await countyReturns();
  const cases: Case[] = [
    {
      name: 'import 10,000-row 配档表 .xlsx',
      target: '≤ 1.5× ExcelJS alone',
      limit: 1.5,
      run: async () => {
        const r = await importFile(data10k, 'bench.xlsx');
        if (r.rows.length !== 10_000) throw new Error(`expected 10000 rows, got ${r.rows.length}`);
      },
      baseline: () => excelJsRead(data10k),
    },
    {
      name: 'export 10,000 rows, official styles',
      target: '≤ 1.5× ExcelJS writing directly',
      limit: 1.5,
      run: () => exportPlan(plan10k.plan, plan10k.rows),
      baseline: excelJsWrite(plan10k),
    },
    {
      name: `check and consolidate ${COUNTIES} returns of ${ROWS_PER_COUNTY} rows`,
      target: '≤ 10 s and ≤ 2× ExcelJS reading them',
      limit: 2,
      seconds: 10,
      run: () => checkAndConsolidate(returns),
      baseline: async () => {
        for (const f of returns.files) await excelJsRead(f.data);
      },
    },
    {
      // After the case above: the accepted returns written out as the 汇总表 (its share of the clerk's ≤ 10 s).
      name: `write the 汇总表 of ${COUNTIES * ROWS_PER_COUNTY} rows`,
      target: 'with the check ≤ 10 s',
      seconds: 10,
      run: () => writeSummary(returns),
    },
  ];
  const results: Record<string, Result> = {};
  await runCases([...cases, ...(await readerCases(data10k))], results);
  results['first read in a fresh process, 1,000-row .xlsx'] = await firstRead();
  returns.close();
  process.stdout.write('单元格编辑与启动…\n');
  const edit = await cellEditTimes(500);
  results['cell edit to committed (10,000-row plan), p99'] = {
    median_ms: Number(edit.p99.toFixed(2)),
    target: 'p99 ≤ 10 ms',
    ok: edit.p99 <= 10,
  };
  const starts = await startUpTimes(RUNS);
  const start = median(starts);
  results['host start-up to first plan (10,000 rows)'] = {
    median_ms: Math.round(start),
    target: '≤ 1.5 s',
    ok: start <= 1500,
  };
  process.stdout.write('导入 50,000 行…\n');
  const big = importInChild(await peidangWorkbook(50_000), RUNS);
  results['import 50,000-row 配档表, peak RSS'] = {
    median_ms: Math.round(median(big.ms)),
    mb: big.maxRssMb,
    target: 'finishes, ≤ 600 MB',
    ok: big.maxRssMb <= 600,
  };
  await rendererCases(results);
  report(results);
}

void main();
