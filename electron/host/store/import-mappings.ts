// Queries on remembered import mappings.
import { ImportOptions } from '../../../shared/domain/import';
import { sql, type Db } from './db';

export function getMapping(db: Db, shape: string): ImportOptions | undefined {
  const r = sql(db, 'SELECT options FROM import_mappings WHERE shape = ?').get(shape) as
    { options: string } | undefined;
  if (!r) return undefined;
  const parsed = ImportOptions.safeParse(JSON.parse(r.options));
  return parsed.success ? parsed.data : undefined;
}

export function putMapping(db: Db, shape: string, options: ImportOptions, at: string): void {
  sql(
    db,
    `INSERT INTO import_mappings (shape, options, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (shape) DO UPDATE SET options = excluded.options, updated_at = excluded.updated_at`,
  ).run(shape, JSON.stringify(options), at);
}
