// The sample plans a new database starts with, made from the seed documents and kept as data in seeds/.
import peidang from '../../../seeds/peidang-bairi-gongjian-2023.json';
import quarterly from '../../../seeds/quarterly-yiyuan-2026.json';
import { SeedPlan } from '../../../shared/domain/seed';
import type { RowDraft } from '../../../shared/domain/plan';
import { getMeta, setMeta } from '../store/meta';
import { inTransaction, type Db } from '../store/db';
import { create } from './plans';

const SEEDS: unknown[] = [peidang, quarterly];

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
    setMeta(db, 'seeded', now);
  });
}
