// How each output of a plan is laid out (paper, columns, 字号), remembered per plan; a round's fill-in sheet layout.
import type { Migration } from './migration';

export const migration0010: Migration = {
  version: 10,
  name: 'output-layouts',
  up: `
    CREATE TABLE output_layouts (
      plan_id TEXT NOT NULL REFERENCES plans(id),
      output TEXT NOT NULL CHECK (output IN ('export', 'print', 'fillIn', 'summary')),
      settings TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (plan_id, output)
    ) STRICT;
    ALTER TABLE rounds ADD COLUMN sheet TEXT;
  `,
};
