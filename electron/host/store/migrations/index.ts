// Runs pending migrations in order inside one transaction, recorded in PRAGMA user_version.
import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import type { Migration } from './migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-import-mappings';
import { migration0003 } from './0003-plan-numbering';
import { migration0004 } from './0004-progress';
import { migration0005 } from './0005-units';
import { migration0006 } from './0006-rounds';
import { migration0007 } from './0007-unit-contacts';
import { migration0008 } from './0008-one-history';
import { migration0009 } from './0009-monthly-cycle';
import { migration0010 } from './0010-output-layouts';
import { migration0011 } from './0011-history-origins';
import { migration0012 } from './0012-group-history';
import { migration0013 } from './0013-column-parts';

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the schema to SCHEMA_VERSION; refuses a database written by a newer version of the app. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const target = migrations[migrations.length - 1]!.version;
  const current = schemaVersion(db);
  if (current > target) {
    throw new AppError('DB_NEWER_VERSION', { found: current, supported: target });
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.up);
      m.data?.(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
}
