// Migration 0009 (seed 004's monthly cycle), from a file of the version before it: rounds keep what they were and
// read as one-off rounds asking for rows; the tables of 测评 sheets and unit groups are there, STRICT.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion } from '../../electron/host/store/migrations';
import { cleanupTemp, tempDir } from './temp-data';

const raws: Database.Database[] = [];
afterEach(() => {
  for (const db of raws.splice(0)) db.close();
  cleanupTemp();
});

describe('migration 0009', () => {
  it('gives every round of an older file no recurrence and rows to ask for, and adds the 测评 and group tables', () => {
    const db = new Database(join(tempDir(), 'before-0009.db'));
    raws.push(db);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 9),
    );
    db.prepare(
      "INSERT INTO plans (id, kind, title, year, columns, created_at, updated_at) VALUES ('p', 'peidang', '旧', 2026, '[]', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO rounds (id, plan_id, title, mode, period, scope, units, due_date, created_at) VALUES ('r', 'p', '一季度进展', 'progress', '2026-Q1', 'lead', '[\"医政处\"]', '2026-04-05', 't')",
    ).run();
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 9),
    );
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare('SELECT title, recurrence, due_day, series_id, asks FROM rounds').get()).toEqual({
      title: '一季度进展',
      recurrence: 'none',
      due_day: null,
      series_id: null,
      asks: 'rows',
    });
    expect(() => db.prepare("UPDATE rounds SET recurrence = 'weekly'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE rounds SET asks = 'mail'").run()).toThrow(/CHECK/);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(expect.arrayContaining(['score_sheets', 'unit_groups']));
    expect(() =>
      db.prepare("INSERT INTO unit_groups (id, kind, name, position) VALUES ('g', 'contact', '第一组', 'x')").run(),
    ).toThrow(/INTEGER/);
  });
});
