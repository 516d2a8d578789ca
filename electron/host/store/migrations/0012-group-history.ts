// The groups of the 单位名录 (联系分组, 专项工作组) in the one history: a change to a group is an action of the open
// plan's history, as a change to a unit is, so Ctrl+Z takes it back. The history's list of things widens to 'group'.
import type { Migration } from './migration';

export const migration0012: Migration = {
  version: 12,
  name: 'group-history',
  up: `
    CREATE TABLE changes_v12 (
      action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      entity TEXT NOT NULL CHECK (entity IN ('row', 'plan', 'progress', 'submission', 'decision', 'unit', 'group')),
      entity_id TEXT NOT NULL,
      before TEXT,
      after TEXT,
      format INTEGER NOT NULL DEFAULT 1,
      -- Migration 0011's: the origin of this one change, where it differs from its action's.
      origin TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (action_id, seq)
    ) STRICT;
    INSERT INTO changes_v12 (action_id, seq, entity, entity_id, before, after, format, origin)
      SELECT action_id, seq, entity, entity_id, before, after, format, origin FROM changes;
    DROP TABLE changes;
    ALTER TABLE changes_v12 RENAME TO changes;
    CREATE INDEX changes_by_entity ON changes (entity, entity_id);
  `,
};
