// Migration 0013 (each unit column stored as 牵头 or 配合), from a file of the version before it: the plans already
// written get the part their columns' names give, whatever the order of the columns, and nothing else changes.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion } from '../../electron/host/store/migrations';
import { getPlan } from '../../electron/host/store/plans';
import { leadColumn, supportColumn } from '../../shared/domain/column-roles';
import { fixturePath } from '../support/fixtures';
import { cleanupTemp, tempDir } from './temp-data';

const raws: Database.Database[] = [];
afterEach(() => {
  for (const db of raws.splice(0)) db.close();
  cleanupTemp();
});

function openCopyOfV12(): Database.Database {
  const file = join(tempDir(), 'before-0013.db');
  copyFileSync(fixturePath('db-v12.db'), file);
  const db = new Database(file);
  raws.push(db);
  return db;
}

const SUPPORT_FIRST = [
  { key: 'measure', label: '具体措施', role: 'text', width: 22 },
  { key: 'c1', label: '配合处室', role: 'unit', width: 14 },
  { key: 'c2', label: '牵头处室', role: 'unit', width: 14 },
  { key: 'leader', label: '分管领导', role: 'person', width: 8 },
];

describe('migration 0013', () => {
  it('stores 牵头 and 配合 on the unit columns of the plans a version 12 file holds', () => {
    const db = openCopyOfV12();
    expect(schemaVersion(db)).toBe(12);
    db.prepare(
      "INSERT INTO plans (id, kind, title, year, columns, created_at, updated_at) VALUES ('p2', 'peidang', '配合在前', 2026, ?, 't', 't')",
    ).run(JSON.stringify(SUPPORT_FIRST));
    migrate(db);
    expect(schemaVersion(db)).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);

    const old = getPlan(db, 'p1')!;
    expect(old.columns.map((c) => [c.key, c.part])).toEqual([
      ['measure', undefined],
      ['deadline', undefined],
      ['lead', 'lead'],
      ['c1', 'support'],
    ]);
    const supportFirst = getPlan(db, 'p2')!;
    expect(supportFirst.columns.map((c) => c.part)).toEqual([undefined, 'support', 'lead', undefined]);
    expect(leadColumn(supportFirst)?.label).toBe('牵头处室');
    expect(supportColumn(supportFirst)?.label).toBe('配合处室');
    // The rest of each column is as it was.
    expect(supportFirst.columns.map(({ part: _part, ...c }) => c)).toEqual(SUPPORT_FIRST);
  });
});
