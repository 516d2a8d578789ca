// The directory of units (单位名录) with short names, other names and leaders.
import type { Migration } from './migration';

export const migration0005: Migration = {
  version: 5,
  name: 'units',
  up: `
    CREATE TABLE units (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      short_name TEXT NOT NULL DEFAULT '',
      aliases TEXT NOT NULL DEFAULT '[]',
      kind TEXT NOT NULL CHECK (kind IN ('office', 'subordinate')),
      leader TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL
    ) STRICT;
  `,
};
