// Reads an untrusted file's sheets off the host's event loop: in a worker thread with a heap cap and a deadline. A
// file that passes either is stopped and answered in Chinese; meanwhile the host goes on answering every other call.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import type { SheetGrid } from '../../shared/xlsx/sheet-grid';
import type { DocumentBlock } from '../../shared/xlsx/read-docx';
import type { WorkerAnswer, WorkerJob } from './import-worker';

export interface IsolationLimits {
  /** Past this the reading is stopped. */
  deadlineMs: number;
  /** The worker's heap (V8's old generation), in MB. */
  heapMb: number;
}

/** A 50,000-row 配档表 reads in a few seconds and about 200 MB; no file a clerk receives needs more than this. */
export const IMPORT_LIMITS: IsolationLimits = { deadlineMs: 60_000, heapMb: 1024 };
/** Readings at once (files of a batch of returns): each may take a core and its heap. */
const AT_ONCE = 2;

declare const __IMPORT_WORKER__: string | undefined;

/**
 * The worker's code: the bundle built beside the host's (dist/…/import-worker.cjs); when the host runs from its
 * sources (tests, the CLI through tsx), the worker's source bundled once by esbuild into a temporary file.
 */
function workerScript(): string {
  if (typeof __IMPORT_WORKER__ === 'string') {
    // In the installed desktop app the worker is kept out of app.asar (electron-builder.yml's asarUnpack).
    const built = join(__dirname, __IMPORT_WORKER__);
    const unpacked = built.replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked');
    return unpacked !== built && existsSync(unpacked) ? unpacked : built;
  }
  sourceBundle ??= bundleSource();
  return sourceBundle;
}

let sourceBundle: string | undefined;

/**
 * The worker's source bundled by esbuild into the temporary folder, once for all processes while the sources stay
 * the same (the name holds a digest of their sizes and times): each test file's process would otherwise bundle again.
 */
function bundleSource(): string {
  const root = process.cwd();
  const source = join(root, 'electron', 'host', 'import-worker.ts');
  if (!existsSync(source)) throw new Error(`the import worker is missing: ${source}`);
  const digest = createHash('sha256');
  for (const file of [source, ...sourcesUnder(join(root, 'shared'))]) {
    const st = statSync(file);
    digest.update(`${file}:${st.size}:${st.mtimeMs};`);
  }
  const outfile = join(tmpdir(), `peidang-import-worker-${digest.digest('hex').slice(0, 16)}.cjs`);
  if (existsSync(outfile)) return outfile;
  // Loaded by name at run time, so that the app's own bundles never include esbuild.
  const esbuild = createRequire(join(root, 'package.json'))('esbuild') as typeof import('esbuild');
  const partial = `${outfile}.${process.pid}.partial`;
  esbuild.buildSync({
    entryPoints: [source],
    outfile: partial,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  renameSync(partial, outfile);
  return outfile;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourcesUnder(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** Starts a worker ahead of the first file, so that a clerk's first import does not wait for it (the app's entries call it). */
export function prewarmImportWorker(): void {
  if (idle.length === 0 && running === 0) giveBack(startWorker(IMPORT_LIMITS), IMPORT_LIMITS);
}

let running = 0;
const waiting: (() => void)[] = [];
/** Workers that finished a file cleanly wait for the next (starting one costs more than most readings). */
const idle: Worker[] = [];

async function turn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The sheets of a file, read in a worker (given a copy of the bytes: the caller's stay whole). */
export function readSheetsIsolated(
  data: Uint8Array,
  fileName: string,
  limits: IsolationLimits = IMPORT_LIMITS,
): Promise<SheetGrid[]> {
  return turn(() => runWorker({ data: data.slice(), fileName }, limits)).then((a) => ('sheets' in a ? a.sheets : []));
}

/** A Word document's body (paragraphs and tables), read in a worker as a table's import is. */
export function readDocumentIsolated(
  data: Uint8Array,
  fileName: string,
  limits: IsolationLimits = IMPORT_LIMITS,
): Promise<DocumentBlock[]> {
  return turn(() => runWorker({ data: data.slice(), fileName, read: 'document' }, limits)).then((a) =>
    'blocks' in a ? a.blocks : [],
  );
}

function startWorker(limits: IsolationLimits): Worker {
  const worker = new Worker(workerScript(), {
    resourceLimits: {
      maxOldGenerationSizeMb: limits.heapMb,
      maxYoungGenerationSizeMb: Math.min(64, limits.heapMb / 4),
    },
    stdout: false,
    stderr: false,
  });
  // A worker that ends while it waits is no longer handed a file.
  worker.on('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}

function takeWorker(limits: IsolationLimits): Worker {
  // Only workers with the app's own limits are kept: a test's tighter ones are used once.
  const kept = limits === IMPORT_LIMITS ? idle.pop() : undefined;
  const worker = kept ?? startWorker(limits);
  worker.ref();
  return worker;
}

function giveBack(worker: Worker, limits: IsolationLimits): void {
  if (limits !== IMPORT_LIMITS || idle.length >= AT_ONCE) {
    void worker.terminate();
    return;
  }
  // An idle worker does not keep the process alive (the CLI, a test) and dies with it.
  worker.unref();
  idle.push(worker);
}

type Read = Extract<WorkerAnswer, { ok: true }>;

function runWorker(job: WorkerJob, limits: IsolationLimits): Promise<Read> {
  const fileName = job.fileName;
  const worker = takeWorker(limits);
  return new Promise<Read>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        stop(new AppError('IMPORT_STOPPED', { file: fileName, reason: `读取用了超过 ${limits.deadlineMs / 1000} 秒` })),
      limits.deadlineMs,
    );
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    /** A worker past its deadline, out of memory or failed is stopped, never used again. */
    const stop = (e: Error) => {
      done();
      void worker.terminate();
      reject(e);
    };
    const onMessage = (answer: WorkerAnswer) => {
      done();
      giveBack(worker, limits);
      if (answer.ok) resolve(answer);
      else reject(failure(answer));
    };
    const onError = (e: Error & { code?: string }) =>
      stop(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AppError('IMPORT_STOPPED', { file: fileName, reason: `读取需要的内存超过了上限 ${limits.heapMb} MB` })
          : e,
      );
    const onExit = (code: number) => stop(new Error(`the import worker stopped (exit code ${code}) without an answer`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job, [job.data.buffer as ArrayBuffer]);
  });
}

function failure(answer: Exclude<WorkerAnswer, { ok: true }>): Error {
  return 'code' in answer
    ? new AppError(answer.code, answer.params)
    : new Error(`the import worker failed: ${answer.internal}`);
}
