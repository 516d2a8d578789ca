// Runs fuzz variants through the child process one at a time, each under a time limit: a hang or a crash of the
// child is a failure of that variant, and a new child takes over for the rest.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadBases, makeVariant, type Variant } from './mutate';
import type { FuzzReply, FuzzRequest } from './worker';

/** How long one file may take to import, open and commit; past it the importer is taken to hang. */
export const FILE_TIME_LIMIT_MS = 15_000;
/** The child's heap: a file that needs more is a failure (memory is bounded). */
export const CHILD_HEAP_MB = 1024;

export interface Failure {
  id: string;
  steps: string[];
  problems: string[];
}

export interface FuzzReport {
  variants: number;
  failures: Failure[];
  /** How many variants ended in each outcome ('ok', or the error code). */
  outcomes: Record<string, number>;
  ms: number;
}

const WORKER = join(process.cwd(), 'tests', 'fuzz', 'worker.ts');

class Child {
  private proc: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private pending: ((r: FuzzReply | { died: string }) => void) | undefined;

  private start(): ChildProcess {
    const proc = fork(WORKER, [], {
      execArgv: ['--import', 'tsx', `--max-old-space-size=${CHILD_HEAP_MB}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    // The child says when its host and import worker are up: a file's time limit counts from then, not from its start.
    this.ready = new Promise<void>((resolve) => {
      const onReady = (m: unknown) => {
        if ((m as { ready?: boolean }).ready !== true) return;
        proc.off('message', onReady);
        resolve();
      };
      proc.on('message', onReady);
      proc.once('exit', () => resolve());
    });
    proc.on('message', (m: FuzzReply | { ready: true }) => {
      if (!('ready' in m)) this.settle(m);
    });
    proc.on('exit', (code, signal) => {
      if (this.proc !== proc) return;
      this.proc = undefined;
      this.settle({ died: `the child exited (${signal ?? code}) ${stderr.trim().split('\n').slice(-3).join(' | ')}` });
    });
    this.proc = proc;
    return proc;
  }

  private settle(r: FuzzReply | { died: string }): void {
    const p = this.pending;
    this.pending = undefined;
    p?.(r);
  }

  async run(req: FuzzRequest, limitMs: number): Promise<FuzzReply | { died: string }> {
    const proc = this.proc ?? this.start();
    await this.ready;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        // Forget the child before it is killed, so that its exit is not taken for the next file's answer.
        this.proc = undefined;
        this.settle({ died: `hung: no answer within ${limitMs} ms` });
        proc.kill('SIGKILL');
      }, limitMs);
      this.pending = (r) => {
        clearTimeout(timer);
        resolve(r);
      };
      proc.send(req);
    });
  }

  stop(): Promise<void> {
    const proc = this.proc;
    if (!proc) return Promise.resolve();
    return new Promise((resolve) => {
      proc.once('exit', () => resolve());
      proc.disconnect();
    });
  }
}

export interface FuzzOptions {
  seed: number;
  count: number;
  /** Start at this variant index (to replay one: from = n, count = 1). */
  from?: number;
  limitMs?: number;
  onVariant?: (v: Variant, reply: FuzzReply | { died: string }) => void;
  /** Variants of another kind of file (old .xls workbooks); mutated sample workbooks when not given. */
  variants?: (seed: number, index: number) => Variant;
}

export async function fuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const bases = opts.variants ? [] : await loadBases();
  const child = new Child();
  const failures: Failure[] = [];
  const outcomes: Record<string, number> = {};
  const from = opts.from ?? 0;
  try {
    for (let i = from; i < from + opts.count; i++) {
      const v = opts.variants ? opts.variants(opts.seed, i) : makeVariant(bases, opts.seed, i);
      const reply = await child.run(
        { id: v.id, fileName: v.fileName, data: v.data, target: i % 3 === 0 ? 'append' : 'new' },
        opts.limitMs ?? FILE_TIME_LIMIT_MS,
      );
      opts.onVariant?.(v, reply);
      if ('died' in reply) {
        failures.push({ id: v.id, steps: v.steps, problems: [reply.died] });
        outcomes.died = (outcomes.died ?? 0) + 1;
        continue;
      }
      const key = reply.outcome.startsWith('ok') ? 'ok' : reply.outcome;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      if (reply.problems.length > 0) failures.push({ id: v.id, steps: v.steps, problems: reply.problems });
    }
  } finally {
    await child.stop();
  }
  return { variants: opts.count, failures, outcomes, ms: Date.now() - started };
}
