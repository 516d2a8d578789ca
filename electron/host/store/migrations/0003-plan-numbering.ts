// How a plan counts 序号: through the whole plan (the default) or anew under each section.
import type { Migration } from './migration';

export const migration0003: Migration = {
  version: 3,
  name: 'plan-numbering',
  up: `
    ALTER TABLE plans ADD COLUMN numbering TEXT NOT NULL DEFAULT 'continuous' CHECK (numbering IN ('continuous', 'per-section'));
  `,
};
