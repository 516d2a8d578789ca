// Opening a data file: migrations in order, in one transaction, recorded in user_version; newer files refused.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion } from '../../electron/host/store/migrations';
import type { Migration } from '../../electron/host/store/migrations/migration';
import { openDatabase } from '../../electron/host/store/db';
import { create, list } from '../../electron/host/services/plans';
import { AppError } from '../../shared/errors';
import { cleanupTemp, meta, openTracked, tempDir } from './temp-data';

afterEach(cleanupTemp);

const raws: Database.Database[] = [];
afterEach(() => {
  for (const db of raws.splice(0)) if (db.open) db.close();
});

/** A bare SQLite connection, without the app's migrations. */
function raw(file: string): Database.Database {
  const db = new Database(file);
  raws.push(db);
  return db;
}

function tables(db: Database.Database): string[] {
  const recs = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  return recs.map((r) => r.name);
}

const first: Migration = { version: 1, name: 'first', up: 'CREATE TABLE a (x INTEGER) STRICT;' };
const second: Migration = { version: 2, name: 'second', up: 'CREATE TABLE b (y TEXT) STRICT;' };
const broken: Migration = {
  version: 2,
  name: 'broken',
  up: 'CREATE TABLE b (y TEXT) STRICT; INSERT INTO nowhere VALUES (1);',
};

describe('the migrations of the app', () => {
  it('are numbered 1, 2, 3 … in the order they run', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('0001 turns an empty file (version 0) into the schema of plans, rows and history', () => {
    const db = raw(join(tempDir(), 'v0.db'));
    expect(schemaVersion(db)).toBe(0);
    migrate(db);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(expect.arrayContaining(['actions', 'changes', 'meta', 'plans', 'rows']));
  });

  it('0001 makes STRICT tables that refuse text where a number belongs', () => {
    const db = raw(join(tempDir(), 'strict.db'));
    migrate(db);
    db.prepare(
      "INSERT INTO plans (id, kind, title, year, columns, created_at, updated_at) VALUES ('p', 'peidang', 't', 2026, '[]', 'x', 'x')",
    ).run();
    const bad = db.prepare("INSERT INTO rows (id, plan_id, position, kind) VALUES ('r', 'p', 'abc', 'item')");
    expect(() => bad.run()).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});

describe('each migration, from a file of the version before it', () => {
  it('0002 adds the remembered import mappings and keeps the plans', () => {
    const db = raw(join(tempDir(), 'v1.db'));
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      "INSERT INTO plans (id, kind, title, year, columns, created_at, updated_at) VALUES ('p', 'peidang', '旧方案', 2025, '[]', 't', 't')",
    ).run();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toContain('import_mappings');
    expect(db.prepare('SELECT title FROM plans').get()).toEqual({ title: '旧方案' });
  });

  it('0003 gives every existing plan continuous 序号 and refuses an unknown numbering', () => {
    const db = raw(join(tempDir(), 'v2.db'));
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare(
      "INSERT INTO plans (id, kind, title, year, columns, created_at, updated_at) VALUES ('p', 'minsheng', '民生实事', 2025, '[]', 't', 't')",
    ).run();
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(db.prepare('SELECT numbering FROM plans').get()).toEqual({ numbering: 'continuous' });
    expect(() => db.prepare("UPDATE plans SET numbering = 'random'").run()).toThrow(/CHECK/);
  });
});

describe('migration 0007', () => {
  it('gives every unit of a version 6 file an empty 联系人 and 电话, and keeps the rest', () => {
    const db = raw(join(tempDir(), 'v6.db'));
    migrate(db, MIGRATIONS.slice(0, 6));
    db.prepare(
      "INSERT INTO units (id, name, short_name, aliases, kind, leader, position) VALUES ('u', '医政医管处', '医政处', '[]', 'office', '王', 1)",
    ).run();
    migrate(db, MIGRATIONS.slice(0, 7));
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT name, short_name, leader, contact, phone FROM units').get()).toEqual({
      name: '医政医管处',
      short_name: '医政处',
      leader: '王',
      contact: '',
      phone: '',
    });
  });
});

describe('migration 0010', () => {
  it('keeps the rounds of a version 7 file (their sheets laid out by default) and remembers outputs per plan', () => {
    const db = raw(join(tempDir(), 'v7.db'));
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 7),
    );
    db.prepare(
      "INSERT INTO plans (id, kind, title, year, columns, created_at, updated_at) VALUES ('p', 'peidang', '旧', 2025, '[]', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO rounds (id, plan_id, title, mode, scope, units, due_date, created_at) VALUES ('r', 'p', '一季度', 'progress', 'lead', '[]', '2025-03-31', 't')",
    ).run();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 10),
    );
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT title, sheet FROM rounds').get()).toEqual({ title: '一季度', sheet: null });
    db.prepare(
      "INSERT INTO output_layouts (plan_id, output, settings, updated_at) VALUES ('p', 'export', '{}', 't')",
    ).run();
    expect(() =>
      db
        .prepare("INSERT INTO output_layouts (plan_id, output, settings, updated_at) VALUES ('p', 'other', '{}', 't')")
        .run(),
    ).toThrow(/CHECK/);
  });
});

describe('migration 0004', () => {
  it('keeps the history of a version 3 file and adds progress and each plan’s cadence', () => {
    const db = raw(join(tempDir(), 'v3.db'));
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      "INSERT INTO plans (id, kind, title, year, columns, created_at, updated_at) VALUES ('p', 'peidang', '旧', 2025, '[]', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO actions (id, plan_id, label, source, created_at) VALUES (1, 'p', '编辑单元格', 'edit', 't')",
    ).run();
    db.prepare(
      "INSERT INTO changes (action_id, seq, entity, entity_id, before, after) VALUES (1, 0, 'row', 'r', NULL, '{}')",
    ).run();
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(db.prepare('SELECT entity, entity_id FROM changes').all()).toEqual([{ entity: 'row', entity_id: 'r' }]);
    expect(db.prepare('SELECT cadence FROM plans').get()).toEqual({ cadence: 'quarter' });
    expect(tables(db)).toContain('progress');
    db.prepare(
      "INSERT INTO changes (action_id, seq, entity, entity_id, before, after) VALUES (1, 1, 'progress', 'r|2025-Q1', NULL, '{}')",
    ).run();
    expect(() =>
      db.prepare("INSERT INTO changes (action_id, seq, entity, entity_id) VALUES (1, 2, 'other', 'x')").run(),
    ).toThrow(/CHECK/);
  });
});

describe('openDatabase', () => {
  it('creates a new data file at the current schema version, in WAL mode with foreign keys on', () => {
    const db = openTracked(join(tempDir(), 'new.db'));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('opens an existing file again without redoing migrations and keeps what was saved', () => {
    const file = join(tempDir(), 'again.db');
    const db = openTracked(file);
    create(db, { ...meta, kind: 'peidang' }, '2026-01-01T00:00:00.000Z');
    db.close();
    const reopened = openTracked(file);
    expect(schemaVersion(reopened)).toBe(SCHEMA_VERSION);
    expect(list({ db: reopened }).map((p) => p.title)).toEqual(['测试方案']);
  });

  it('refuses a file written by a newer version with DB_NEWER_VERSION and leaves it untouched', () => {
    const file = join(tempDir(), 'newer.db');
    const future = raw(file);
    future.exec('CREATE TABLE future_things (x TEXT)');
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    let thrown: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({
      code: 'DB_NEWER_VERSION',
      params: { found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION },
    });
    const after = raw(file);
    expect(schemaVersion(after)).toBe(SCHEMA_VERSION + 1);
    expect(tables(after)).toEqual(['future_things']);
  });
});

describe('migrate', () => {
  it('runs only the pending migrations of a file at the previous version', () => {
    const db = raw(join(tempDir(), 'v1.db'));
    migrate(db, [first]);
    db.prepare('INSERT INTO a (x) VALUES (7)').run();
    migrate(db, [first, second]);
    expect(schemaVersion(db)).toBe(2);
    expect(tables(db)).toEqual(['a', 'b']);
    expect(db.prepare('SELECT x FROM a').pluck().get()).toBe(7);
  });

  it('runs all pending migrations in one transaction: when one fails, the file stays at its old version', () => {
    const db = raw(join(tempDir(), 'half.db'));
    expect(() => migrate(db, [first, broken])).toThrow(/no such table: nowhere/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('does nothing to a file already at the latest version', () => {
    const db = raw(join(tempDir(), 'done.db'));
    migrate(db, [first, second]);
    db.prepare('INSERT INTO b (y) VALUES (?)').run('留着');
    migrate(db, [first, second]);
    expect(db.prepare('SELECT y FROM b').pluck().all()).toEqual(['留着']);
  });
});

describe('migration 0008', () => {
  it('keeps the history of a version 7 file as snapshots of format 1, and lets returns, decisions and units join it', () => {
    const db = raw(join(tempDir(), 'v7.db'));
    migrate(db, MIGRATIONS.slice(0, 7));
    db.prepare(
      "INSERT INTO plans (id, kind, title, year, columns, created_at, updated_at) VALUES ('p', 'peidang', '旧', 2025, '[]', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO actions (id, plan_id, label, source, created_at) VALUES (1, 'p', '编辑单元格', 'edit', 't')",
    ).run();
    db.prepare(
      "INSERT INTO changes (action_id, seq, entity, entity_id, before, after) VALUES (1, 0, 'row', 'r', NULL, '{}')",
    ).run();
    migrate(db, MIGRATIONS.slice(0, 8));
    expect(db.prepare('SELECT entity, entity_id, format FROM changes').all()).toEqual([
      { entity: 'row', entity_id: 'r', format: 1 },
    ]);
    expect(db.prepare('SELECT origin FROM actions').get()).toEqual({ origin: '' });
    for (const [seq, entity] of [
      [1, 'submission'],
      [2, 'decision'],
      [3, 'unit'],
    ] as const) {
      db.prepare('INSERT INTO changes (action_id, seq, entity, entity_id, format) VALUES (1, ?, ?, ?, 2)').run(
        seq,
        entity,
        'x',
      );
    }
    expect(() =>
      db.prepare("INSERT INTO changes (action_id, seq, entity, entity_id) VALUES (1, 9, 'other', 'x')").run(),
    ).toThrow(/CHECK/);
  });
});

describe('migration 0011', () => {
  it('keeps the history of a version 10 file (its changes of no origin of their own) and records undo and redo', () => {
    const db = raw(join(tempDir(), 'v10.db'));
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 10),
    );
    db.prepare(
      "INSERT INTO plans (id, kind, title, year, columns, created_at, updated_at) VALUES ('p', 'peidang', '旧', 2025, '[]', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO actions (id, plan_id, label, source, created_at) VALUES (1, 'p', '编辑单元格', 'edit', 't')",
    ).run();
    db.prepare(
      "INSERT INTO changes (action_id, seq, entity, entity_id, before, after) VALUES (1, 0, 'row', 'r', NULL, '{}')",
    ).run();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 11),
    );
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare('SELECT origin, format FROM changes').get()).toEqual({ origin: '', format: 1 });
    db.prepare("INSERT INTO action_events (action_id, kind, at) VALUES (1, 'undo', 't')").run();
    expect(() =>
      db.prepare("INSERT INTO action_events (action_id, kind, at) VALUES (1, 'other', 't')").run(),
    ).toThrow();
    db.prepare("INSERT INTO plan_origins (plan_id, origin, at) VALUES ('p', 'import:旧.xlsx', 't')").run();
  });
});
