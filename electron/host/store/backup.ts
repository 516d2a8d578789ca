// Copies of the database: a consistent snapshot of an open one, and the checks a file must pass to be restored.
import Database from 'better-sqlite3';
import { sql, type Db } from './db';
import { SCHEMA_VERSION } from './migrations';

/** Writes a consistent, compact copy of the open database to `file` (SQLite's VACUUM INTO). */
export function snapshotInto(db: Db, file: string): void {
  sql(db, 'VACUUM INTO ?').run(file);
}

export type BackupCheck = { ok: true; version: number } | { ok: false; reason: 'corrupt' | 'newer' | 'not-ours' };

/** Opens a file read-only and says whether it is a sound database of this app that this version can open. */
export function checkBackup(file: string): BackupCheck {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, reason: 'corrupt' };
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) return { ok: false, reason: 'newer' };
    const hasPlans = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'plans'").get();
    if (!hasPlans) return { ok: false, reason: 'not-ours' };
    return { ok: true, version };
  } catch {
    return { ok: false, reason: 'corrupt' };
  } finally {
    db?.close();
  }
}
