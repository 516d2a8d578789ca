// What every handler may use: the open database, where the data lives, and the clock.
import type { Db } from './store/db';

/** What only the desktop shell (electron/main) can do, given to the host at start-up; absent in browser mode. */
export interface DesktopShell {
  /** The native folder dialog, starting at `start`; null when the clerk cancels it. */
  pickFolder: (start: string) => Promise<string | null>;
  /** Shows a folder in Explorer or Finder; resolves '' or the reason it could not. */
  openFolder: (folder: string) => Promise<string>;
}

export interface HostContext {
  db: Db;
  dataDir: string;
  dbPath: string;
  mode: 'electron' | 'browser';
  version: string;
  now: () => string;
  /** Closes the database, puts the given file in its place and opens it (restoring a backup). */
  replaceDatabase: (file: string) => void;
  desktop?: DesktopShell;
}
