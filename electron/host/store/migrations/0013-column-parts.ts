// Each unit column of a plan stored as 牵头 (lead) or 配合 (support): until now the part was guessed from the column's
// key and name at every count; from this version it is a property of the column, set once here for the plans
// already written (by the same rule import uses), and from then on at import and in 列设置.
import type Database from 'better-sqlite3';
import { derivedPart } from '../../../../shared/domain/column-roles';
import type { Migration } from './migration';

interface StoredColumn {
  key: string;
  label: string;
  role: string;
  part?: string;
}

function storeParts(db: Database.Database): void {
  const plans = db.prepare('SELECT id, columns FROM plans').all() as { id: string; columns: string }[];
  const update = db.prepare('UPDATE plans SET columns = ? WHERE id = ?');
  for (const p of plans) {
    const columns = JSON.parse(p.columns) as StoredColumn[];
    if (!columns.some((c) => c.role === 'unit' && c.part === undefined)) continue;
    const parted = columns.map((c) => (c.role === 'unit' && c.part === undefined ? { ...c, part: derivedPart(c) } : c));
    update.run(JSON.stringify(parted), p.id);
  }
}

export const migration0013: Migration = {
  version: 13,
  name: 'column-parts',
  up: '',
  data: storeParts,
};
