// Each unit's 联系人 and 电话, for chasing a unit whose return is missing.
import type { Migration } from './migration';

export const migration0007: Migration = {
  version: 7,
  name: 'unit-contacts',
  up: `
    ALTER TABLE units ADD COLUMN contact TEXT NOT NULL DEFAULT '';
    ALTER TABLE units ADD COLUMN phone TEXT NOT NULL DEFAULT '';
  `,
};
