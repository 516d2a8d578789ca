// What every handler may use: the open database, where the data lives, and the clock.
import type { Db } from './store/db';

export interface HostContext {
  db: Db;
  dataDir: string;
  dbPath: string;
  mode: 'electron' | 'browser';
  version: string;
  now: () => string;
}
