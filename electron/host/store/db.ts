// Opening the database: pragmas, migrations, and one cache of prepared statements per connection.
import Database from 'better-sqlite3';
import { migrate, schemaVersion, SCHEMA_VERSION } from './migrations';

export type Db = Database.Database;

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** Prepares a statement once per connection; the SQL text is the key. */
export function sql(db: Db, text: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = db.prepare(text);
    cache.set(text, stmt);
  }
  return stmt;
}

/** Opens the database; `beforeUpgrade` runs (for a backup) when an existing file is about to be migrated. */
export function openDatabase(file: string, beforeUpgrade?: (db: Db) => void): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a commit the app acknowledged survives a power cut too (NORMAL may roll back the last ones then).
    db.pragma('synchronous = FULL');
    // Functions with side effects are never run from the schema (a restored file's is checked, this is the second guard).
    db.pragma('trusted_schema = OFF');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 3000');
    const version = schemaVersion(db);
    if (beforeUpgrade && version > 0 && version < SCHEMA_VERSION) beforeUpgrade(db);
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Runs fn as one transaction: a user action is all or nothing. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn)();
}
