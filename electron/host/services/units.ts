// The directory of units: list, add or change, merge, remove; and adding the names an import brought that it lacks.
// With the plan the clerk has open, each change is an action of that plan's history (Ctrl+Z takes it back).
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf } from '../../../shared/api';
import { isCollective } from '../../../shared/domain/unit-categories';
import { matchUnit, type Unit } from '../../../shared/domain/unit-directory';
import { getUnit, listUnits } from '../store/units';
import { inTransaction } from '../store/db';
import { DirectoryWriter } from './directory-writer';
import type { DepsOf } from './deps';

export function list({ db }: DepsOf<'db'>): OutputOf<'units.list'> {
  return listUnits(db);
}

/**
 * Adds or changes a unit. A name it is given that is another unit's own name (妇幼处 typed as an other name of
 * 妇幼健康处) merges that unit into it, in the same action: the other unit's names become other names of this one.
 */
export function save(
  { db, now }: DepsOf<'db' | 'now'>,
  { unit: draft, planId }: InputOf<'units.save'>,
): OutputOf<'units.save'> {
  return inTransaction(db, () => {
    const others = listUnits(db).filter((u) => u.id !== draft.id);
    if (isCollective(draft.name)) throw new AppError('UNIT_COLLECTIVE', { name: draft.name });
    const merging: Unit[] = [];
    for (const name of [draft.name, draft.shortName, ...draft.aliases].filter(Boolean)) {
      const clash = matchUnit(others, name);
      if (!clash) continue;
      if (name === draft.name || clash.name.replace(/\s/g, '') !== name.replace(/\s/g, ''))
        throw new AppError('UNIT_NAME_TAKEN', { name, unit: clash.name });
      if (!merging.includes(clash)) merging.push(clash);
    }
    const writer = new DirectoryWriter(db, planId, now);
    let unit: Unit = { ...draft, id: draft.id ?? randomUUID() };
    for (const m of merging) {
      unit = absorb(unit, m);
      writer.removeUnit(m.id);
    }
    writer.putUnit(unit);
    const label =
      merging.length > 0
        ? `合并单位（${merging.map((m) => m.name).join('、')} → ${unit.name}）`
        : draft.id
          ? `修改单位（${unit.name}）`
          : `新增单位（${unit.name}）`;
    return { ...unit, delta: writer.commit(label), merged: merging.map((m) => m.name) };
  });
}

/** Merges one unit into another: one unit, one name; the other's names, leader and contact kept where it lacks them. */
export function merge(
  { db, now }: DepsOf<'db' | 'now'>,
  { fromId, intoId, planId }: InputOf<'units.merge'>,
): OutputOf<'units.merge'> {
  return inTransaction(db, () => {
    const from = getUnit(db, fromId);
    const into = getUnit(db, intoId);
    if (!from || !into || from.id === into.id) throw new AppError('UNIT_NOT_FOUND');
    const writer = new DirectoryWriter(db, planId, now);
    const unit = absorb(into, from);
    writer.removeUnit(from.id);
    writer.putUnit(unit);
    return { ...unit, delta: writer.commit(`合并单位（${from.name} → ${into.name}）`) };
  });
}

function absorb(into: Unit, from: Unit): Unit {
  const own = [into.name, into.shortName].filter(Boolean);
  const aliases = [...into.aliases];
  for (const n of [from.name, from.shortName, ...from.aliases])
    if (n && !own.includes(n) && !aliases.includes(n)) aliases.push(n);
  if (aliases.length > 20) throw new AppError('UNIT_TOO_MANY_NAMES', { name: from.name, unit: into.name });
  return {
    ...into,
    aliases,
    leader: into.leader || from.leader,
    contact: into.contact || from.contact,
    phone: into.phone || from.phone,
  };
}

/** Removes a unit; one already gone is no error (nothing changes, no action recorded). */
export function remove(
  { db, now }: DepsOf<'db' | 'now'>,
  { id, planId }: InputOf<'units.delete'>,
): OutputOf<'units.delete'> {
  return inTransaction(db, () => {
    const u = getUnit(db, id);
    if (!u) return { ok: true as const, delta: null };
    const writer = new DirectoryWriter(db, planId, now);
    writer.removeUnit(id);
    return { ok: true as const, delta: writer.commit(`删除单位（${u.name}）`) };
  });
}

/** Adds names the directory lacks (as an import found them); names it knows already, and 各科室 and the like, are left alone. */
export function addNames(
  { db, now }: DepsOf<'db' | 'now'>,
  { names, kind, planId }: InputOf<'units.addNames'>,
): OutputOf<'units.addNames'> {
  return inTransaction(db, () => {
    const writer = new DirectoryWriter(db, planId, now);
    const known = listUnits(db);
    const added: Unit[] = [];
    for (const name of names) {
      if (matchUnit([...known, ...added], name) || isCollective(name)) continue;
      const unit: Unit = {
        id: randomUUID(),
        name,
        shortName: '',
        aliases: [],
        kind,
        leader: '',
        contact: '',
        phone: '',
      };
      writer.putUnit(unit);
      added.push(unit);
    }
    writer.commit(`加入单位名录（${added.length} 个）`);
    return added;
  });
}
