// Seed 004's monthly cycle: rounds that repeat (每月/每季度) and 备案 rounds that ask for a file; 测评 score
// sheets kept as received; the groups of the 单位名录 (联系单位 groups and 专项工作组).
import type { Migration } from './migration';

export const migration0009: Migration = {
  version: 9,
  name: 'monthly-cycle',
  up: `
    ALTER TABLE rounds ADD COLUMN recurrence TEXT NOT NULL DEFAULT 'none' CHECK (recurrence IN ('none', 'monthly', 'quarterly'));
    ALTER TABLE rounds ADD COLUMN due_day INTEGER CHECK (due_day BETWEEN 1 AND 31);
    ALTER TABLE rounds ADD COLUMN series_id TEXT;
    ALTER TABLE rounds ADD COLUMN asks TEXT NOT NULL DEFAULT 'rows' CHECK (asks IN ('rows', 'file'));
    CREATE INDEX rounds_series ON rounds (series_id);

    CREATE TABLE score_sheets (
      id TEXT PRIMARY KEY,
      period TEXT NOT NULL,
      file_name TEXT NOT NULL,
      file_data BLOB NOT NULL,
      -- The sheet as read (indicators, lines, warnings), JSON.
      sheet TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      -- A later sheet of the same period replaces it; the earlier stays on record.
      replaced_at TEXT
    ) STRICT;
    CREATE INDEX score_sheets_period ON score_sheets (period);

    CREATE TABLE unit_groups (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('contact', 'work')),
      name TEXT NOT NULL,
      position INTEGER NOT NULL,
      leader TEXT NOT NULL DEFAULT '',
      deputy TEXT NOT NULL DEFAULT '',
      -- 联系单位 of a contact group, JSON array of names.
      units TEXT NOT NULL DEFAULT '[]',
      -- 责任科室 of a work group, JSON array of names.
      offices TEXT NOT NULL DEFAULT '[]',
      duty TEXT NOT NULL DEFAULT ''
    ) STRICT;
  `,
};
