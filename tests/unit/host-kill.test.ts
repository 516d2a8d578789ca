// The host killed outright (SIGKILL) in the middle of an import of 136 files, an export, a backup or a run of edits:
// the next start passes SQLite's integrity check and holds every step it had reported committed, and no half of one.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../electron/host/host';
import { backupDir, listBackups } from '../../electron/host/services/backup';
import { checkBackup } from '../../electron/host/store/backup';
import type { BusyTask } from '../faults/busy-host';
import { cleanupTemp, tempDir } from './temp-data';

afterEach(cleanupTemp);

/**
 * Runs the busy host until it has printed `steps` lines starting with `at` (`done`: steps committed; `start`: an
 * import read and its commit begun), kills it there, and gives back every line it printed.
 */
function killAfter(dataDir: string, task: BusyTask, steps: number, at: 'done' | 'start' = 'done'): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/faults/busy-host.ts', dataDir, task], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`the host ended by itself (${code}): ${errors}`)),
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      if (lines.filter((l) => l.startsWith(`${at} `)).length === steps) child.kill('SIGKILL');
    });
  });
}

function restart(dataDir: string): Host {
  const host = startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined });
  expect(host.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  return host;
}

const rowsOf = (host: Host, planId: string) =>
  (host.ctx.db.prepare('SELECT count(*) AS n FROM rows WHERE plan_id = ?').get(planId) as { n: number }).n;
const planIds = (host: Host) =>
  (host.ctx.db.prepare('SELECT id FROM plans ORDER BY created_at, rowid').all() as Array<{ id: string }>).map(
    (p) => p.id,
  );

describe('the host killed (SIGKILL)', { timeout: 120_000 }, () => {
  it('during an import of 136 files: every import reported done is there whole, the one cut short is there whole or not at all', async () => {
    const dataDir = join(tempDir(), 'data');
    // Killed as the 12th import's backup and commit begin.
    const lines = await killAfter(dataDir, 'import', 12, 'start');
    const done = lines.filter((l) => l.startsWith('done ')).map((l) => l.split(' '));
    const host = restart(dataDir);
    const ids = planIds(host);
    for (const [, , planId, rows] of done) expect(rowsOf(host, planId!)).toBe(Number(rows));
    const extra = ids.slice(2).filter((id) => !done.some((d) => d[2] === id));
    expect(extra.length).toBeLessThanOrEqual(1);
    const cut = lines
      .filter((l) => l.startsWith('start '))
      .at(-1)!
      .split(' ');
    for (const id of extra) expect(rowsOf(host, id)).toBe(Number(cut[2]));
    expect(ids).toHaveLength(2 + done.length + extra.length);
    host.close();
  });

  it('during a run of edits: the last edit reported saved is there, or the one after it', async () => {
    const dataDir = join(tempDir(), 'data');
    const lines = await killAfter(dataDir, 'edit', 20);
    const last = Number(
      lines
        .filter((l) => l.startsWith('done '))
        .at(-1)!
        .split(' ')[1],
    );
    const host = restart(dataDir);
    const planId = lines[0]!.split(' ')[1]!;
    const measure = (
      host.ctx.db.prepare('SELECT cells FROM rows WHERE plan_id = ? ORDER BY position LIMIT 1').get(planId) as {
        cells: string;
      }
    ).cells;
    expect([`第${last}次编辑`, `第${last + 1}次编辑`]).toContain(JSON.parse(measure).measure);
    host.close();
  });

  it.each(['export', 'backup'] as const)(
    'during an export or a backup (%s): the data as it was, and every listed backup sound',
    async (task) => {
      const dataDir = join(tempDir(), 'data');
      const first = startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined });
      const before = JSON.stringify(first.ctx.db.prepare('SELECT id, cells FROM rows ORDER BY id').all());
      first.close();
      await killAfter(dataDir, task, 3);
      const host = restart(dataDir);
      expect(JSON.stringify(host.ctx.db.prepare('SELECT id, cells FROM rows ORDER BY id').all())).toBe(before);
      const backups = listBackups(dataDir);
      expect(backups.length).toBeGreaterThan(task === 'backup' ? 3 : 0);
      for (const b of backups) expect(checkBackup(b.file)).toMatchObject({ ok: true });
      // A backup cut short kept its .partial name (never listed, never offered for a restore); the next start removed
      // it with SQLite's journal beside it, so only whole backups are left.
      expect(readdirSync(backupDir(dataDir))).toHaveLength(backups.length);
      host.close();
    },
  );
});
