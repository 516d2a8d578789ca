// What a service behind a method is given besides its input: one shape, built at each call.
import type { Db } from '../store/db';
import type { OpenFiles } from './import';

export interface ServiceDeps {
  /** The open database, read at each call: a restore puts another one in its place. */
  db: Db;
  /** The time of this call (ISO). */
  now: string;
  /** Where the data (backups, …) lives. */
  dataDir: string;
  /** Files opened for import and kept for their preview and commit: one cache per host. */
  importFiles: OpenFiles;
  /** Closes the database, puts the given file in its place and opens it (restoring a backup). */
  replaceDatabase: (file: string) => void;
}

/** The part of the deps a service needs (tests and the CLI pass only that). */
export type DepsOf<K extends keyof ServiceDeps> = Pick<ServiceDeps, K>;
