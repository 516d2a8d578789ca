// Migration 0012 (groups in the one history), from a file of the version before it: every recorded change is kept as
// it was, undo still reads it, and a change to a group of the 单位名录 can now be recorded.
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

describe('migration 0012', () => {
  it('keeps the changes of an older file and takes changes to groups', () => {
    const db = new Database(join(tempDir(), 'before-0012.db'));
    raws.push(db);
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 12),
    );
    const before = schemaVersion(db);
    expect(before).toBeLessThan(12);
    db.prepare(
      "INSERT INTO plans (id, kind, title, year, columns, created_at, updated_at) VALUES ('p', 'peidang', '旧', 2026, '[]', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO actions (id, plan_id, label, source, created_at) VALUES (1, 'p', '修改单位', 'units', 't')",
    ).run();
    db.prepare(
      "INSERT INTO changes (action_id, seq, entity, entity_id, before, after, format, origin) VALUES (1, 0, 'unit', 'u', NULL, '{}', 2, '采用「医政处.xlsx」')",
    ).run();
    const group =
      "INSERT INTO changes (action_id, seq, entity, entity_id, before, after, format) VALUES (1, 1, 'group', 'g', NULL, '{}', 2)";
    expect(() => db.prepare(group).run()).toThrow(/CHECK/);
    migrate(db);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(12);
    // Every column kept, migration 0011's origin of each change too.
    expect(
      db.prepare('SELECT action_id, seq, entity, entity_id, before, after, format, origin FROM changes').all(),
    ).toEqual([
      {
        action_id: 1,
        seq: 0,
        entity: 'unit',
        entity_id: 'u',
        before: null,
        after: '{}',
        format: 2,
        origin: '采用「医政处.xlsx」',
      },
    ]);
    db.prepare(group).run();
    expect(() =>
      db
        .prepare("INSERT INTO changes (action_id, seq, entity, entity_id, format) VALUES (1, 2, 'elsewhere', 'x', 2)")
        .run(),
    ).toThrow(/CHECK/);
    // The index undo reads changes by stays.
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'changes'").all()).toEqual(
      expect.arrayContaining([{ name: 'changes_by_entity' }]),
    );
    // Deleting an action still takes its changes with it.
    db.pragma('foreign_keys = ON');
    db.prepare('DELETE FROM actions WHERE id = 1').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM changes').get()).toEqual({ n: 0 });
  });
});
