// Queries on the directory of units.
import { z } from 'zod';
import type { Unit, UnitKind } from '../../../shared/domain/unit-directory';
import { sql, type Db } from './db';

interface UnitRecord {
  id: string;
  name: string;
  short_name: string;
  aliases: string;
  kind: string;
  leader: string;
  contact: string;
  phone: string;
}

const Aliases = z.array(z.string());

function toUnit(r: UnitRecord): Unit {
  return {
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    aliases: Aliases.parse(JSON.parse(r.aliases)),
    kind: r.kind as UnitKind,
    leader: r.leader,
    contact: r.contact,
    phone: r.phone,
  };
}

export function listUnits(db: Db): Unit[] {
  return (sql(db, 'SELECT * FROM units ORDER BY kind, position').all() as UnitRecord[]).map(toUnit);
}

export function unitByName(db: Db, name: string): Unit | undefined {
  const r = sql(db, 'SELECT * FROM units WHERE name = ?').get(name) as UnitRecord | undefined;
  return r && toUnit(r);
}

export function putUnit(db: Db, u: Unit): void {
  sql(
    db,
    `INSERT INTO units (id, name, short_name, aliases, kind, leader, contact, phone, position)
     VALUES (@id, @name, @shortName, @aliases, @kind, @leader, @contact, @phone, (SELECT COALESCE(MAX(position), 0) + 1 FROM units))
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, short_name = excluded.short_name, aliases = excluded.aliases,
       kind = excluded.kind, leader = excluded.leader, contact = excluded.contact, phone = excluded.phone`,
  ).run({ ...u, aliases: JSON.stringify(u.aliases) });
}

export function deleteUnit(db: Db, id: string): void {
  sql(db, 'DELETE FROM units WHERE id = ?').run(id);
}

export function getUnit(db: Db, id: string): Unit | undefined {
  const r = sql(db, 'SELECT * FROM units WHERE id = ?').get(id) as UnitRecord | undefined;
  return r && toUnit(r);
}
