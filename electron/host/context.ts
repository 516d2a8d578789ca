// What every handler may use: the open database, where the data lives, and the clock.
import type { Db } from './store/db';

export interface HostContext {
  db: Db;
  dataDir: string;
  dbPath: string;
  mode: 'electron' | 'browser';
  version: string;
  now: () => string;
  /** Closes the database, puts the given file in its place and opens it (restoring a backup). */
  replaceDatabase: (file: string) => void;
}
