// One history for every change: returns' states, their decisions and the 单位名录 join rows, plan and progress in
// the undoable record; each snapshot says the format it was written in, and each action where its change came from.
import type { Migration } from './migration';

export const migration0008: Migration = {
  version: 8,
  name: 'one-history',
  up: `
    CREATE TABLE changes_v8 (
      action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      entity TEXT NOT NULL CHECK (entity IN ('row', 'plan', 'progress', 'submission', 'decision', 'unit')),
      entity_id TEXT NOT NULL,
      before TEXT,
      after TEXT,
      -- The snapshot format the before and after were written in; 1 for everything written before it was kept.
      format INTEGER NOT NULL DEFAULT 1,
      PRIMARY KEY (action_id, seq)
    ) STRICT;
    INSERT INTO changes_v8 (action_id, seq, entity, entity_id, before, after, format)
      SELECT action_id, seq, entity, entity_id, before, after, 1 FROM changes;
    DROP TABLE changes;
    ALTER TABLE changes_v8 RENAME TO changes;
    CREATE INDEX changes_by_entity ON changes (entity, entity_id);

    -- Where the change came from, beyond its source: the imported file's name, the unit whose return was accepted.
    ALTER TABLE actions ADD COLUMN origin TEXT NOT NULL DEFAULT '';

    -- The rows of the plan an accepted file brought in (a 突破事项 round), so that what replaces it can take them out.
    ALTER TABLE submissions ADD COLUMN added_rows TEXT NOT NULL DEFAULT '[]';
  `,
};
