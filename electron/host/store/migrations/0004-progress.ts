// Progress per row and period, kept in the history like every other change; plans say how often they report.
import type { Migration } from './migration';

export const migration0004: Migration = {
  version: 4,
  name: 'progress',
  up: `
    CREATE TABLE changes_v4 (
      action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      entity TEXT NOT NULL CHECK (entity IN ('row', 'plan', 'progress')),
      entity_id TEXT NOT NULL,
      before TEXT,
      after TEXT,
      PRIMARY KEY (action_id, seq)
    ) STRICT;
    INSERT INTO changes_v4 SELECT action_id, seq, entity, entity_id, before, after FROM changes;
    DROP TABLE changes;
    ALTER TABLE changes_v4 RENAME TO changes;

    CREATE TABLE progress (
      row_id TEXT NOT NULL REFERENCES rows(id) ON DELETE CASCADE,
      period TEXT NOT NULL,
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'behind')),
      progress TEXT NOT NULL DEFAULT '',
      problems TEXT NOT NULL DEFAULT '',
      next_steps TEXT NOT NULL DEFAULT '',
      reporter TEXT NOT NULL DEFAULT '',
      reported_at TEXT NOT NULL,
      PRIMARY KEY (row_id, period)
    ) STRICT;
    CREATE INDEX progress_by_plan ON progress (plan_id, period);

    ALTER TABLE plans ADD COLUMN cadence TEXT NOT NULL DEFAULT 'quarter' CHECK (cadence IN ('quarter', 'month'));
  `,
};
