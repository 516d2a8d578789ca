// The shape of one schema migration: a version, a name, and the SQL that moves the schema up.
export interface Migration {
  version: number;
  name: string;
  up: string;
}
