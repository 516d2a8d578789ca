// The sample plans a new database starts with, made from the seed documents and kept as data in seeds/.
import peidang from '../../../seeds/peidang-bairi-gongjian-2023.json';
import quarterly from '../../../seeds/quarterly-yiyuan-2026.json';
import { SeedPlan } from '../../../shared/domain/seed';
import type { RowDraft } from '../../../shared/domain/plan';
import { getMeta, setMeta } from '../store/meta';
import { inTransaction, type Db } from '../store/db';
import { create } from './plans';
import { addNames } from './units';
import { isCollective } from '../../../shared/domain/unit-categories';
import { putUnit, unitByName } from '../store/units';
import { templateOf } from '../../../shared/templates/kinds';
import { splitUnits } from '../../../shared/domain/units';
import { unitColumns } from '../../../shared/domain/column-roles';

const SEEDS: unknown[] = [peidang, quarterly];

/** The units the sample plans name, as a first directory; 医政医管处 is another name of 医政处. */
function seedUnits(db: Db, seeds: SeedPlan[]): void {
  const names: string[] = [];
  for (const seed of seeds) {
    const unitKeys = unitColumns(templateOf(seed.kind)).map((c) => c.key);
    for (const r of seed.rows)
      if ('cells' in r)
        for (const k of unitKeys) for (const n of splitUnits(r.cells[k] ?? '')) if (!names.includes(n)) names.push(n);
  }
  // 各科室, 各医疗卫生单位 … name everyone, not a unit.
  names.splice(0, names.length, ...names.filter((n) => !isCollective(n)));
  const aliases: Record<string, string> = { 医政医管处: '医政处' };
  const offices = names.filter((n) => /[处科办室组]$/.test(n) && !(n in aliases));
  // No plan is open: the names go straight to the directory, outside any plan's history (the time is not recorded).
  const deps = { db, now: '' };
  addNames(deps, { names: offices, kind: 'office' });
  addNames(deps, { names: names.filter((n) => !offices.includes(n) && !(n in aliases)), kind: 'subordinate' });
  for (const [alias, name] of Object.entries(aliases)) {
    const unit = unitByName(db, name);
    if (unit && !unit.aliases.includes(alias)) putUnit(db, { ...unit, aliases: [...unit.aliases, alias] });
  }
}

/** Puts the sample plans in once, on the first start; a user who deletes them does not get them back. */
export function seedOnce(db: Db, now: string): void {
  if (getMeta(db, 'seeded') !== undefined) return;
  inTransaction(db, () => {
    // Listed in reverse so that the first seed is the newest, shown first among plans of the same year.
    for (const raw of [...SEEDS].reverse()) {
      const seed = SeedPlan.parse(raw);
      const rows: RowDraft[] = seed.rows.map((r) =>
        'section' in r ? { kind: 'section', title: r.section, cells: {} } : { kind: 'item', title: '', cells: r.cells },
      );
      create(db, seed, now, rows);
    }
    seedUnits(
      db,
      SEEDS.map((raw) => SeedPlan.parse(raw)),
    );
    setMeta(db, 'seeded', now);
  });
}
