// Plans, their rows, and the history of every change (actions made of row and plan snapshots).
import type { Migration } from './migration';

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE plans (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      issuer TEXT NOT NULL DEFAULT '',
      doc_no TEXT NOT NULL DEFAULT '',
      year INTEGER NOT NULL,
      attachment_label TEXT NOT NULL DEFAULT '',
      columns TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE TABLE rows (
      id TEXT PRIMARY KEY,
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('item', 'section')),
      title TEXT NOT NULL DEFAULT '',
      cells TEXT NOT NULL DEFAULT '{}',
      deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
    ) STRICT;
    CREATE INDEX rows_by_plan ON rows (plan_id, deleted, position);

    CREATE TABLE actions (
      id INTEGER PRIMARY KEY,
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      label TEXT NOT NULL,
      source TEXT NOT NULL,
      created_at TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded'))
    ) STRICT;
    CREATE INDEX actions_by_plan ON actions (plan_id, state, id);

    CREATE TABLE changes (
      action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      entity TEXT NOT NULL CHECK (entity IN ('row', 'plan')),
      entity_id TEXT NOT NULL,
      before TEXT,
      after TEXT,
      PRIMARY KEY (action_id, seq)
    ) STRICT;

    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
