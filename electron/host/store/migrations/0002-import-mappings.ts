// Column mappings the user corrected in the import preview, remembered by the shape of the file's header.
import type { Migration } from './migration';

export const migration0002: Migration = {
  version: 2,
  name: 'import-mappings',
  up: `
    CREATE TABLE import_mappings (
      shape TEXT PRIMARY KEY,
      options TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
