// The shape of one schema migration: a version, a name, the SQL that moves the schema up, and any data it moves.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up: string;
  /** Data SQL alone cannot move (a rule of the domain), run right after `up` in the same transaction. */
  data?: (db: Database.Database) => void;
}
