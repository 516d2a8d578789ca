// The directory of units: list, add or change, remove; and adding the names an import brought that it lacks.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { matchUnit, type Unit, type UnitDraft, type UnitKind } from '../../../shared/domain/unit-directory';
import { deleteUnit, listUnits, putUnit } from '../store/units';
import { inTransaction, type Db } from '../store/db';

export function list(db: Db): Unit[] {
  return listUnits(db);
}

export function save(db: Db, draft: UnitDraft): Unit {
  return inTransaction(db, () => {
    const others = listUnits(db).filter((u) => u.id !== draft.id);
    for (const name of [draft.name, draft.shortName, ...draft.aliases].filter(Boolean)) {
      const clash = matchUnit(others, name);
      if (clash) throw new AppError('UNIT_NAME_TAKEN', { name, unit: clash.name });
    }
    const unit: Unit = { ...draft, id: draft.id ?? randomUUID() };
    putUnit(db, unit);
    return unit;
  });
}

export function remove(db: Db, id: string): void {
  deleteUnit(db, id);
}

/** Adds names the directory lacks (as an import found them); names it knows already are left alone. */
export function addNames(db: Db, names: string[], kind: UnitKind): Unit[] {
  return inTransaction(db, () => {
    const added: Unit[] = [];
    for (const name of names) {
      if (matchUnit(listUnits(db), name)) continue;
      const unit: Unit = { id: randomUUID(), name, shortName: '', aliases: [], kind, leader: '', contact: '', phone: '' };
      putUnit(db, unit);
      added.push(unit);
    }
    return added;
  });
}
