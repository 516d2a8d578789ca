// What a service behind a method is given besides its input: one shape, built at each call.
import type { Db } from '../store/db';

export interface ServiceDeps {
  /** The open database, read at each call: a restore puts another one in its place. */
  db: Db;
  /** The time of this call (ISO). */
  now: string;
  /** Where the data (backups, …) lives. */
  dataDir: string;
}

/** The part of the deps a service needs (tests and the CLI pass only that). */
export type DepsOf<K extends keyof ServiceDeps> = Pick<ServiceDeps, K>;
