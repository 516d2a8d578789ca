// The fuzzer's child process: imports each file it is sent with importFile and through a real host, and says what
// happened. It runs apart so that a hang or a crash of the importer is seen by the parent, not suffered by it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type Host } from '../../electron/host/host';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { importFile } from '../../shared/xlsx/read-file';
import { readSheetsIsolated } from '../../electron/host/read-isolated';
import type { Envelope } from '../../shared/api';

export interface FuzzRequest {
  id: string;
  fileName: string;
  data: Uint8Array;
  /** Commit as a new plan, or append into the first plan of the list. */
  target: 'new' | 'append';
}

export interface FuzzReply {
  id: string;
  /** Each problem found; none means the variant passed. */
  problems: string[];
  /** 'ok N' with the rows read, or the error code the file got. */
  outcome: string;
}

/** A message fit for a clerk: Chinese, naming no stack frame or JavaScript error. */
export function clerkMessage(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text) && !/\n\s+at |Error:|undefined|\[object /.test(text);
}

const RECYCLE_AFTER = 150;

let host: Host | undefined;
let dataDir = '';
let served = 0;

function freshHost(): Host {
  if (host) host.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = mkdtempSync(join(tmpdir(), 'peidang-fuzz-'));
  host = startHost({ dataDir, mode: 'browser', version: 'fuzz', log: () => undefined, seed: true });
  served = 0;
  return host;
}

function counts(h: Host): { plans: number; rows: number; actions: number } {
  const one = (table: string) => (h.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { plans: one('plans'), rows: one('rows'), actions: one('actions') };
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** importFile on its own: data or an AppError with a Chinese message, nothing else. */
async function direct(req: FuzzRequest, problems: string[]): Promise<string> {
  try {
    const r = await importFile(req.data, req.fileName);
    return `ok ${r.rows.length}`;
  } catch (e) {
    if (!(e instanceof AppError)) {
      problems.push(`importFile threw a non-AppError: ${errorText(e)}`);
      return 'crash';
    }
    const text = messageOf(e.code, e.params);
    if (!clerkMessage(text)) problems.push(`importFile message not for a clerk: ${text}`);
    return e.code;
  }
}

function checkFailure(env: Envelope, step: string, problems: string[]): void {
  if (env.ok) return;
  if (env.error.code === 'INTERNAL') problems.push(`${step} failed with an internal error`);
  if (!clerkMessage(env.error.message)) problems.push(`${step} message not for a clerk: ${env.error.message}`);
}

/** The host's path: import.open, then import.commit as a new plan or into an existing one. */
async function throughHost(req: FuzzRequest, directOutcome: string, problems: string[]): Promise<void> {
  const h = host && served < RECYCLE_AFTER ? host : freshHost();
  served++;
  const before = counts(h);
  const opened = await h.invoke('import.open', {
    fileName: req.fileName,
    data: Buffer.from(req.data).toString('base64'),
  });
  checkFailure(opened, 'import.open', problems);
  const openedAs = opened.ok ? 'ok' : opened.error.code;
  if (openedAs !== (directOutcome.startsWith('ok') ? 'ok' : directOutcome))
    problems.push(`import.open said ${openedAs}, importFile ${directOutcome}`);
  if (!opened.ok) {
    if (JSON.stringify(counts(h)) !== JSON.stringify(before)) problems.push('a failed open changed the database');
    return;
  }
  const { fileId, itemCount, sectionCount } = opened.data as {
    fileId: string;
    itemCount: number;
    sectionCount: number;
  };
  const firstPlan = (
    h.ctx.db.prepare('SELECT id FROM plans WHERE deleted_at IS NULL ORDER BY rowid LIMIT 1').get() as
      { id: string } | undefined
  )?.id;
  const target =
    req.target === 'append' && firstPlan ? { mode: 'append' as const, planId: firstPlan } : { mode: 'new' as const };
  const committed = await h.invoke('import.commit', { fileId, options: {}, target });
  checkFailure(committed, 'import.commit', problems);
  const after = counts(h);
  if (!committed.ok) {
    if (JSON.stringify(after) !== JSON.stringify(before))
      problems.push(`a failed commit changed the database: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    return;
  }
  const expectPlans = before.plans + (target.mode === 'new' ? 1 : 0);
  if (after.plans !== expectPlans) problems.push(`plans ${before.plans} -> ${after.plans}, expected ${expectPlans}`);
  if (after.rows !== before.rows + itemCount + sectionCount)
    problems.push(`rows ${before.rows} -> ${after.rows}, expected +${itemCount + sectionCount}`);
  if (target.mode === 'append' && itemCount + sectionCount > 0 && after.actions !== before.actions + 1)
    problems.push(`actions ${before.actions} -> ${after.actions}, expected one more`);
}

async function handle(req: FuzzRequest): Promise<FuzzReply> {
  const problems: string[] = [];
  const outcome = await direct(req, problems);
  try {
    await throughHost(req, outcome, problems);
  } catch (e) {
    problems.push(`the host path threw: ${errorText(e)}`);
  }
  return { id: req.id, problems, outcome };
}

process.on('message', (msg: FuzzRequest) => {
  void handle({ ...msg, data: new Uint8Array(msg.data) }).then((reply) => process.send!(reply));
});

// Ready once the host is up and its import worker has read a first file: starting them is not a file's time.
freshHost();
void readSheetsIsolated(new Uint8Array(Buffer.from('序号,行动措施\n1,热身\n')), '热身.csv').then(() =>
  process.send!({ ready: true }),
);
process.on('disconnect', () => {
  host?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
