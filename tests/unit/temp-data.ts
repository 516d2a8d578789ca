// Shared by the unit tests: real SQLite files in temporary folders, a steady clock, and small plan builders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../electron/host/store/db';
import { startHost, type Host } from '../../electron/host/host';
import { create, open } from '../../electron/host/services/plans';
import type { PlanKind, RowDraft } from '../../shared/domain/plan';
import { AppError } from '../../shared/errors';

const dirs: string[] = [];
const dbs: Db[] = [];
const hosts: Host[] = [];

/** A fresh folder under the system's temporary folder, removed by cleanupTemp. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'peidang-unit-'));
  dirs.push(dir);
  return dir;
}

/** Opens (creating and migrating if need be) a database file; closed by cleanupTemp. */
export function openTracked(file: string): Db {
  const db = openDatabase(file);
  dbs.push(db);
  return db;
}

export function openTempDb(): { db: Db; file: string } {
  const file = join(tempDir(), 'peidang.db');
  return { db: openTracked(file), file };
}

/** Starts the real host on a fresh data folder, as browser mode does; its log lines are kept for the test. */
export function startTempHost(seed = true): { host: Host; logLines: string[]; dataDir: string } {
  const dataDir = tempDir();
  const logLines: string[] = [];
  const host = startHost({ dataDir, mode: 'browser', version: 'test', log: (line) => logLines.push(line), seed });
  hosts.push(host);
  return { host, logLines, dataDir };
}

export function cleanupTemp(): void {
  for (const host of hosts.splice(0)) if (host.ctx.db.open) host.close();
  for (const db of dbs.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A clock that moves one second per reading, so times are distinct and ordered. */
export function steadyClock(start = Date.UTC(2026, 0, 5, 8, 0, 0)): () => string {
  let t = start;
  return () => {
    t += 1000;
    return new Date(t).toISOString();
  };
}

export const meta = { title: '测试方案', issuer: '某卫生健康局', docNo: '', year: 2026, attachmentLabel: '' };

export function item(measure: string): RowDraft {
  return { kind: 'item', title: '', cells: { measure } };
}

export function section(title: string): RowDraft {
  return { kind: 'section', title, cells: {} };
}

/** Creates a 配档表 plan with one item row per text given. */
export function planWith(db: Db, now: () => string, texts: string[], kind: PlanKind = 'peidang'): string {
  return create(db, { ...meta, kind }, now(), texts.map(item)).id;
}

/** What the clerk reads down the plan: the measure of each item, the title of each section. */
export function texts(db: Db, planId: string): string[] {
  return open(db, planId).rows.map((r) => (r.kind === 'section' ? `§${r.title}` : (r.cells.measure ?? '')));
}

export function ids(db: Db, planId: string): string[] {
  return open(db, planId).rows.map((r) => r.id);
}

/** The id of the row whose measure is the given text. */
export function idOf(db: Db, planId: string, measure: string): string {
  const row = open(db, planId).rows.find((r) => r.cells.measure === measure);
  if (!row) throw new Error(`no row ${measure}`);
  return row.id;
}

/** Runs fn and gives back the AppError code it throws, or 'none'. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
  return 'none';
}
