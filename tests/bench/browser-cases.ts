// Renderer cases of the benchmark, in Chromium against the built browser-mode host: opening a 10,000-row plan,
// scrolling it from top to bottom (beside the same grid with fixed row heights), and the JS heap with 50,000 rows.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { buildHost, planFolder } from './host-cases';

const CHROMIUM = process.env.PEIDANG_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORT = { width: 1440, height: 900 };
const PLAN_TITLE = '全省卫生健康系统重点任务配档表';
/**
 * A brisk scroll, as with a mouse wheel spun hard: 6 rows a frame, so the 10,000 rows take 1,667 frames (28 s at
 * 60 frames a second) in both grids, each frame bringing the same number of new rows.
 */
export const ROWS_PER_FRAME = 6;
const SCROLL_FRAMES = Math.ceil(10_000 / ROWS_PER_FRAME);
/** Scrolls of each grid after the warm-up (each about half a minute); their frames are pooled. */
const SCROLL_RUNS = 2;

export interface ScrollFigures {
  p50: number;
  p90: number;
  p95: number;
  max: number;
  frames: number;
}

interface Served {
  pageUrl: string;
  stop: () => Promise<void>;
}

/** The app as `npm run build` makes it (renderer and host), built into a folder of its own. */
async function buildApp(out: string): Promise<{ entry: string; staticDir: string }> {
  const entry = join(out, 'serve.cjs');
  const staticDir = join(out, 'renderer');
  await viteBuild({ logLevel: 'error', build: { outDir: staticDir, emptyOutDir: true } });
  await buildHost(entry);
  return { entry, staticDir };
}

function serve(entry: string, staticDir: string, dataDir: string): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, [entry, '--data-dir', dataDir, '--static', staticDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('PEIDANG_READY ')) return;
      const { url, token } = JSON.parse(line.slice('PEIDANG_READY '.length)) as { url: string; token: string };
      resolve({ pageUrl: `${url}#token=${token}`, stop });
    });
  });
}

// In-page scripts are passed as text: the bench runs under tsx, whose helpers would not exist in the page.

/** Waits for the click on the plan, then for row 0 with its text and one frame after it: ms from the click. */
const WATCH_OPEN = `void (window.__pdOpened = new Promise((resolve) => {
  let clicked = -1;
  document.addEventListener('click', (e) => { if (clicked < 0) clicked = e.timeStamp; }, { capture: true });
  const poll = () => {
    const cell = document.querySelector('.pd-grid .ag-row[row-index="0"] .ag-cell[col-id="goal"]');
    if (clicked >= 0 && cell && cell.textContent && cell.getBoundingClientRect().height > 0) {
      requestAnimationFrame(() => resolve(performance.now() - clicked));
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}))`;

/** Scrolls the grid from top to bottom in a given number of frames; gives each frame's time (rAF to rAF). */
const SCROLL = `(async (frames) => {
  const vp = document.querySelector('.pd-grid .ag-grid-viewport');
  vp.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const deltas = [];
  return new Promise((resolve) => {
    let last = -1;
    let i = 0;
    const step = (now) => {
      if (last >= 0) deltas.push(now - last);
      last = now;
      const max = vp.scrollHeight - vp.clientHeight;
      // Row heights measured on the way may grow the scroll height: go on until the bottom is really reached.
      if ((i >= frames && vp.scrollTop >= max - 1) || i >= 2 * frames) return resolve(deltas);
      i++;
      vp.scrollTop = Math.round(Math.min(1, i / frames) * max);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
})`;

async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

async function openPage(browser: Browser, pageUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
  await page.goto(pageUrl);
  await page.getByRole('listbox', { name: '方案' }).waitFor();
  return page;
}

async function openPlan(page: Page): Promise<number> {
  await page.evaluate(WATCH_OPEN);
  const title = page.locator('.pd-plan-item-title').getByText(PLAN_TITLE, { exact: true });
  await page.getByRole('option').filter({ has: title }).click();
  return (await page.evaluate('window.__pdOpened')) as number;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** `BENCH_TRACE=DIR` writes a Chromium trace of each measured scroll there, to see what runs in the long frames. */
const TRACE_DIR = process.env.BENCH_TRACE;
let traces = 0;

async function scrollOnce(browser: Browser, pageUrl: string, trace = false): Promise<number[]> {
  const page = await openPage(browser, pageUrl);
  try {
    await openPlan(page);
    const name = pageUrl.includes('bench-fixed-rows') ? 'fixed' : 'wrapped';
    const path = TRACE_DIR && trace ? join(TRACE_DIR, `scroll-${name}-${++traces}.json`) : undefined;
    if (path) await browser.startTracing(page, { path, screenshots: false });
    try {
      return (await page.evaluate(`${SCROLL}(${SCROLL_FRAMES})`)) as number[];
    } finally {
      if (path) await browser.stopTracing();
    }
  } finally {
    await page.close();
  }
}

export interface BrowserFigures {
  /** Click on the plan to its rows painted, ms, one per run. */
  open: number[];
  /** Frame times scrolling the plan with its wrapped rows, and with every row one fixed height. */
  scroll: ScrollFigures;
  scrollFixed: ScrollFigures;
  /** The renderer's JS heap after a forced GC with the 50,000-row plan open, MB. */
  heapMb: number;
}

function figures(deltas: number[]): ScrollFigures {
  return {
    p50: percentile(deltas, 50),
    p90: percentile(deltas, 90),
    p95: percentile(deltas, 95),
    max: percentile(deltas, 100),
    frames: deltas.length,
  };
}

/** Every renderer case after a warm-up: `runs` opens, two scrolls of each grid in turn, one heap reading. */
export async function browserCases(runs: number): Promise<BrowserFigures> {
  const out = mkdtempSync(join(tmpdir(), 'peidang-bench-app-'));
  const tenK = planFolder(10_000);
  const fiftyK = planFolder(50_000);
  const browser = await launch();
  const served: Served[] = [];
  try {
    const { entry, staticDir } = await buildApp(out);
    const host = await serve(entry, staticDir, tenK.dataDir);
    served.push(host);
    const open: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await openPage(browser, host.pageUrl);
      const ms = await openPlan(page);
      if (i > 0) open.push(ms);
      await page.close();
    }
    const fixedUrl = host.pageUrl.replace('/#', '/?bench-fixed-rows#');
    const wrapped: number[] = [];
    const fixed: number[] = [];
    await scrollOnce(browser, host.pageUrl);
    await scrollOnce(browser, fixedUrl);
    for (let i = 0; i < Math.min(runs, SCROLL_RUNS); i++) {
      wrapped.push(...(await scrollOnce(browser, host.pageUrl, true)));
      fixed.push(...(await scrollOnce(browser, fixedUrl, true)));
    }
    const big = await serve(entry, staticDir, fiftyK.dataDir);
    served.push(big);
    const page = await openPage(browser, big.pageUrl);
    await openPlan(page);
    const summary = (await page.locator('.pd-status-summary').textContent()) ?? '';
    if (!summary.includes('共 50000 项')) throw new Error(`the 50,000-row plan is not all there: ${summary}`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await page.close();
    return { open, scroll: figures(wrapped), scrollFixed: figures(fixed), heapMb: heap.usedSize / 2 ** 20 };
  } finally {
    await browser.close();
    for (const s of served) await s.stop();
    for (const dir of [out, tenK.dataDir, fiftyK.dataDir]) rmSync(dir, { recursive: true, force: true });
  }
}
