// Queries on the groups of the 单位名录 (联系单位 groups and 专项工作组).
import { z } from 'zod';
import type { GroupKind, UnitGroup } from '../../../shared/domain/unit-groups';
import { sql, type Db } from './db';

interface GroupRecord {
  id: string;
  kind: string;
  name: string;
  leader: string;
  deputy: string;
  units: string;
  offices: string;
  duty: string;
}

const Names = z.array(z.string());

function toGroup(r: GroupRecord): UnitGroup {
  return {
    id: r.id,
    kind: r.kind as GroupKind,
    name: r.name,
    leader: r.leader,
    deputy: r.deputy,
    units: Names.parse(JSON.parse(r.units)),
    offices: Names.parse(JSON.parse(r.offices)),
    duty: r.duty,
  };
}

export function listGroups(db: Db): UnitGroup[] {
  return (sql(db, 'SELECT * FROM unit_groups ORDER BY kind, position').all() as GroupRecord[]).map(toGroup);
}

export function getGroup(db: Db, id: string): UnitGroup | undefined {
  const r = sql(db, 'SELECT * FROM unit_groups WHERE id = ?').get(id) as GroupRecord | undefined;
  return r ? toGroup(r) : undefined;
}

/** Adds a group at the end of the list, or changes one in its place. */
export function putGroup(db: Db, g: UnitGroup): void {
  sql(
    db,
    `INSERT INTO unit_groups (id, kind, name, position, leader, deputy, units, offices, duty)
     VALUES (@id, @kind, @name, (SELECT COALESCE(MAX(position), 0) + 1 FROM unit_groups), @leader, @deputy, @units, @offices, @duty)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, leader = excluded.leader, deputy = excluded.deputy,
       units = excluded.units, offices = excluded.offices, duty = excluded.duty`,
  ).run({ ...g, units: JSON.stringify(g.units), offices: JSON.stringify(g.offices) });
}

export function deleteGroup(db: Db, id: string): boolean {
  return sql(db, 'DELETE FROM unit_groups WHERE id = ?').run(id).changes > 0;
}

export function deleteGroupsOfKind(db: Db, kind: GroupKind): void {
  sql(db, 'DELETE FROM unit_groups WHERE kind = ?').run(kind);
}
