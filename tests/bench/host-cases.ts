// Host-side cases of the benchmark: a cell edit until it is committed to SQLite, and start-up with 10,000 rows.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { startHost } from '../../electron/host/host';
import { create } from '../../electron/host/services/plans';
import type { RowDraft } from '../../shared/domain/plan';
import { peidangPlan } from './generate';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** A data folder holding one 10,000-row 配档表, as the host writes it. */
export function tenThousandRowFolder(): { dataDir: string; planId: string; rowIds: string[] } {
  return planFolder(10_000);
}

/** A data folder holding one 配档表 of `size` rows, as the host writes it. */
export function planFolder(size: number): { dataDir: string; planId: string; rowIds: string[] } {
  const dataDir = mkdtempSync(join(tmpdir(), 'peidang-bench-'));
  const host = startHost({ dataDir, mode: 'browser', version: 'bench', log: () => undefined, seed: false });
  const { plan, rows } = peidangPlan(size);
  const drafts: RowDraft[] = rows.map((r) => ({ kind: r.kind, title: r.title, cells: r.cells }));
  const made = create(host.ctx.db, { ...plan }, new Date().toISOString(), drafts);
  const rowIds = (
    host.ctx.db.prepare('SELECT id FROM rows WHERE plan_id = ? ORDER BY position').all(made.id) as { id: string }[]
  ).map((r) => r.id);
  host.close();
  return { dataDir, planId: made.id, rowIds };
}

/** Cell edits through the dispatcher (validation, transaction, history), each timed until committed. */
export async function cellEditTimes(edits: number): Promise<{ p50: number; p99: number }> {
  const { dataDir, planId, rowIds } = tenThousandRowFolder();
  const host = startHost({ dataDir, mode: 'browser', version: 'bench', log: () => undefined, seed: false });
  const times: number[] = [];
  try {
    for (let i = 0; i < edits; i++) {
      const rowId = rowIds[(i * 7919) % rowIds.length]!;
      const t = performance.now();
      const out = await host.invoke('rows.setCells', {
        planId,
        edits: [{ rowId, key: 'goal', value: `第${i}次修改\n②第二行` }],
      });
      times.push(performance.now() - t);
      if (!out.ok) throw new Error(out.error.message);
    }
  } finally {
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** The built browser-mode host, started as a process on a 10,000-row folder, until the first plan is fetched. */
export async function startUpTimes(runs: number): Promise<number[]> {
  const out = mkdtempSync(join(tmpdir(), 'peidang-bench-build-'));
  const entry = join(out, 'serve.cjs');
  await buildHost(entry);
  const { dataDir, planId } = tenThousandRowFolder();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) times.push(await startOnce(entry, dataDir, planId));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
  return times;
}

function startOnce(entry: string, dataDir: string, planId: string): Promise<number> {
  const t = performance.now();
  const child = spawn(process.execPath, [entry, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('PEIDANG_READY ')) return;
      const { url, token } = JSON.parse(line.slice('PEIDANG_READY '.length)) as { url: string; token: string };
      const call = (method: string, input: unknown) =>
        fetch(`${url}api/invoke/${method}`, {
          method: 'POST',
          headers: { 'x-peidang-token': token, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
      call('plans.list', {})
        .then(() => call('plans.get', { planId }))
        .then((res) => res.json())
        .then((body: { ok: boolean }) => {
          const ms = performance.now() - t;
          child.kill('SIGTERM');
          child.once('exit', () => (body.ok ? resolve(ms) : reject(new Error('plans.get failed'))));
        }, reject);
    });
    child.once('error', reject);
  });
}

/** The browser-mode host bundled as \`npm run build\` bundles it, into a file of the bench's own. */
export async function buildHost(entry: string): Promise<void> {
  await build({
    entryPoints: ['electron/host/serve.ts'],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    define: { __APP_VERSION__: '"bench"' },
    logLevel: 'error',
    nodePaths: [join(process.cwd(), 'node_modules')],
  });
}
