// Collection rounds (填报任务), the files units send back (回执) kept as received, and every decision on them.
import type { Migration } from './migration';

export const migration0006: Migration = {
  version: 6,
  name: 'rounds',
  up: `
    CREATE TABLE rounds (
      id TEXT PRIMARY KEY,
      plan_id TEXT NOT NULL REFERENCES plans(id),
      title TEXT NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('progress', 'table')),
      period TEXT,
      fields TEXT NOT NULL DEFAULT '[]',
      required TEXT NOT NULL DEFAULT '[]',
      scope TEXT NOT NULL CHECK (scope IN ('lead', 'involved', 'all')),
      units TEXT NOT NULL,
      due_date TEXT NOT NULL,
      instructions TEXT NOT NULL DEFAULT '',
      blank_rows INTEGER NOT NULL DEFAULT 10,
      created_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX rounds_plan ON rounds (plan_id);

    CREATE TABLE submissions (
      id TEXT PRIMARY KEY,
      round_id TEXT NOT NULL REFERENCES rounds(id),
      unit TEXT,
      file_name TEXT NOT NULL,
      file_data BLOB NOT NULL,
      file_hash TEXT NOT NULL,
      received_at TEXT NOT NULL,
      matched_by TEXT CHECK (matched_by IN ('sheet', 'cell', 'fileName', 'user')),
      state TEXT NOT NULL CHECK (state IN ('unassigned', 'received', 'accepted', 'returned', 'superseded')),
      rows TEXT NOT NULL,
      problems TEXT NOT NULL,
      decided_at TEXT,
      reason TEXT NOT NULL DEFAULT '',
      supersedes TEXT,
      late INTEGER NOT NULL DEFAULT 0,
      -- The progress entries an acceptance replaced, so that it can be taken back.
      replaced TEXT
    ) STRICT;
    CREATE INDEX submissions_round ON submissions (round_id, unit);

    CREATE TABLE round_decisions (
      id INTEGER PRIMARY KEY,
      submission_id TEXT NOT NULL REFERENCES submissions(id),
      action TEXT NOT NULL CHECK (action IN ('receive', 'assign', 'accept', 'return', 'undo')),
      reason TEXT NOT NULL DEFAULT '',
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX round_decisions_submission ON round_decisions (submission_id);
  `,
};
