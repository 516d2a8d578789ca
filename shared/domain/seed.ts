// The shape of a sample plan kept as data under seeds/: rows are items with cells, or section titles.
import { z } from 'zod';
import { Cells, PlanKind, PlanMeta } from './plan';

export const SeedRow = z.union([z.object({ section: z.string().min(1) }), z.object({ cells: Cells })]);
export type SeedRow = z.infer<typeof SeedRow>;

export const SeedPlan = PlanMeta.extend({
  kind: PlanKind,
  /** The seed document the table was taken from. */
  source: z.string(),
  rows: z.array(SeedRow),
});
export type SeedPlan = z.infer<typeof SeedPlan>;
