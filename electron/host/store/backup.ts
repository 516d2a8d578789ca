// Copies of the database: a consistent snapshot of an open one, the checks a file must pass to be restored (sound,
// of a version this app opens, and with exactly the app's schema), and the checkpoint of a file left by a crash.
import Database from 'better-sqlite3';
import { sql, type Db } from './db';
import { MIGRATIONS, migrate, SCHEMA_VERSION } from './migrations';

/** Writes a consistent, compact copy of the open database to `file` (SQLite's VACUUM INTO). */
export function snapshotInto(db: Db, file: string): void {
  sql(db, 'VACUUM INTO ?').run(file);
}

export type BackupCheck =
  { ok: true; version: number } | { ok: false; reason: 'corrupt' | 'newer' | 'not-ours' | 'foreign-schema' };

/**
 * Opens a file read-only and says whether it is a sound database of this app that this version can open. Its schema
 * must be exactly the one the app's migrations make at its version: a trigger, a view or any other object planted in
 * it would run inside the app (a trigger that empties a plan on the next edit, outside the undo history).
 */
export function checkBackup(file: string): BackupCheck {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    // Functions with side effects are never run from the schema of a file someone sent.
    db.pragma('trusted_schema = OFF');
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, reason: 'corrupt' };
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) return { ok: false, reason: 'newer' };
    const hasPlans = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'plans'").get();
    if (!hasPlans || version < 1) return { ok: false, reason: 'not-ours' };
    if (schemaOf(db).join('\n') !== schemaAt(version).join('\n')) return { ok: false, reason: 'foreign-schema' };
    return { ok: true, version };
  } catch {
    return { ok: false, reason: 'corrupt' };
  } finally {
    db?.close();
  }
}

/** Every object of a database as SQLite records it (its kind, name, table and CREATE statement), in one order. */
function schemaOf(db: Database.Database): string[] {
  const objects = db
    .prepare('SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master ORDER BY type, name')
    .all() as {
    type: string;
    name: string;
    tbl: string;
    sql: string | null;
  }[];
  // SQLite's statistics tables (PRAGMA optimize) hold no code; everything else must be the app's.
  return objects
    .filter((o) => !/^sqlite_stat\d$/.test(o.name))
    .map((o) => `${o.type}\t${o.name}\t${o.tbl}\t${normalizeSql(o.sql)}`);
}

/** SQLite keeps a CREATE statement as written; only the space around it can differ between copies. */
function normalizeSql(s: string | null): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

const schemas = new Map<number, string[]>();

/** The schema the app's migrations make at a version, built once in memory. */
function schemaAt(version: number): string[] {
  let schema = schemas.get(version);
  if (!schema) {
    const db = new Database(':memory:');
    try {
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= version),
      );
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    schemas.set(version, schema);
  }
  return schema;
}

/**
 * Moves what a WAL file holds into its database file (a crash leaves acknowledged commits there), so that a copy of
 * the file alone has them. False when the file cannot be opened as a database (then its WAL is to be kept beside it).
 */
export function checkpointFile(file: string): boolean {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('trusted_schema = OFF');
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
