// 修改记录: where each change of an action came from when one action gathers several sources (全部采用: each unit's
// file), when an action was undone and redone, and the file a plan was made from, so a cell's record tells its
// whole story.
import type { Migration } from './migration';

export const migration0011: Migration = {
  version: 11,
  name: 'history-origins',
  up: `
    -- The origin of this one change, where it differs from its action's (empty: the action's origin holds).
    ALTER TABLE changes ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    CREATE TABLE action_events (
      id INTEGER PRIMARY KEY,
      action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('undo', 'redo')),
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX action_events_by_action ON action_events (action_id);
    -- Where a plan's first rows came from (the file it was imported from), which its history does not record.
    CREATE TABLE plan_origins (
      plan_id TEXT PRIMARY KEY REFERENCES plans(id),
      origin TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;
  `,
};
