// Writes the 单位名录 (units and groups) through the open plan's action, so that each change is an action of that
// plan's history (Ctrl+Z takes it back), or straight to the store when no plan is open (the command line, the seeds).
import type { PlanDelta } from '../../../shared/domain/plan';
import type { Unit } from '../../../shared/domain/unit-directory';
import type { UnitGroup } from '../../../shared/domain/unit-groups';
import type { Db } from '../store/db';
import { deleteGroup, putGroup } from '../store/groups';
import { deleteUnit, putUnit } from '../store/units';
import { PlanAction } from './action';
import { requirePlan } from './plans';

export class DirectoryWriter {
  private readonly action: PlanAction | null;

  constructor(
    private readonly db: Db,
    planId: string | undefined,
    now: string,
  ) {
    if (planId) requirePlan(db, planId);
    this.action = planId ? new PlanAction(db, planId, now) : null;
  }

  putUnit(u: Unit): void {
    if (this.action) this.action.setUnit(u.id, u);
    else putUnit(this.db, u);
  }

  removeUnit(id: string): void {
    if (this.action) this.action.setUnit(id, null);
    else deleteUnit(this.db, id);
  }

  putGroup(g: UnitGroup): void {
    if (this.action) this.action.setGroup(g.id, g);
    else putGroup(this.db, g);
  }

  removeGroup(id: string): void {
    if (this.action) this.action.setGroup(id, null);
    else deleteGroup(this.db, id);
  }

  /** Records the action (with a plan open) and says what the UI must redraw; null when no plan is open. */
  commit(label: string): PlanDelta | null {
    return this.action ? this.action.commit(label, 'units') : null;
  }
}
