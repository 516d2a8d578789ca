// Small facts about the database itself, such as whether the sample plans were put in.
import { sql, type Db } from './db';

export function getMeta(db: Db, key: string): string | undefined {
  const r = sql(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return r?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  sql(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}
