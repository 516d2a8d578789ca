// One user action on a plan: every row or plan state it changes is written and kept with its before-state,
// so that undo, redo and "nothing lost" all rest on the same record.
import type { Plan, PlanDelta } from '../../../shared/domain/plan';
import { getPlan, putPlan, touchPlan } from '../store/plans';
import { getRowState, listPositions, putRowState, toRow, type RowState } from '../store/rows';
import { recordAction, type Change } from '../store/history';
import { getProgress, putProgress } from '../store/progress';
import type { ProgressEntry } from '../../../shared/domain/progress';
import type { Db } from '../store/db';
import { historyState } from './history';

interface Touched<T> {
  before: T | null;
  after: T | null;
}

export class PlanAction {
  private readonly rows = new Map<string, Touched<RowState>>();
  private plan: Touched<Plan> | undefined;
  private readonly progress = new Map<string, Touched<ProgressEntry>>();
  private orderChanged = false;
  readonly created: string[] = [];

  constructor(
    private readonly db: Db,
    readonly planId: string,
    readonly at: string,
  ) {}

  row(id: string): RowState | undefined {
    const t = this.rows.get(id);
    if (t) return t.after ?? undefined;
    return getRowState(this.db, id);
  }

  setRow(id: string, after: RowState | null): void {
    let t = this.rows.get(id);
    if (!t) {
      t = { before: getRowState(this.db, id) ?? null, after: null };
      this.rows.set(id, t);
      if (t.before === null) this.created.push(id);
    }
    const prev = t.after ?? t.before;
    if (!prev || !after || prev.position !== after.position || prev.deleted !== after.deleted) this.orderChanged = true;
    t.after = after;
    putRowState(this.db, id, after);
  }

  /**
   * Records (or, with null, removes) the progress of a row for a period. `known` is the entry as it stands, when
   * the caller has already read it (an acceptance reads a file's rows at once).
   */
  setProgress(rowId: string, period: string, after: ProgressEntry | null, known?: ProgressEntry | null): void {
    const id = progressId(rowId, period);
    let t = this.progress.get(id);
    if (!t) {
      t = { before: known !== undefined ? known : (getProgress(this.db, rowId, period) ?? null), after: null };
      this.progress.set(id, t);
    }
    t.after = after;
    putProgress(this.db, this.planId, rowId, period, after);
  }

  setPlan(after: Plan): void {
    if (!this.plan) this.plan = { before: getPlan(this.db, this.planId) ?? null, after: null };
    this.plan.after = after;
    putPlan(this.db, after);
  }

  /** Records the action (if it changed anything) and says what the UI must redraw. */
  commit(label: string, source = 'edit'): PlanDelta {
    const changes: Change[] = [];
    if (this.plan) changes.push(change('plan', this.planId, this.plan));
    for (const [id, t] of this.rows) changes.push(change('row', id, t));
    for (const [id, t] of this.progress) changes.push(change('progress', id, t));
    const real = changes.filter((c) => c.before !== c.after);
    if (real.length > 0) {
      recordAction(this.db, this.planId, label, source, this.at, real);
      touchPlan(this.db, this.planId, this.at);
    }
    return this.delta();
  }

  /** The delta without recording anything: for undo and redo, which move along the record instead. */
  delta(): PlanDelta {
    const upserted = [];
    const removed = [];
    for (const [id, t] of this.rows) {
      if (t.after && !t.after.deleted) upserted.push(toRow(id, t.after));
      else removed.push(id);
    }
    return {
      planId: this.planId,
      plan: this.plan ? (getPlan(this.db, this.planId) ?? undefined) : undefined,
      upserted,
      removed,
      order: this.orderChanged ? listPositions(this.db, this.planId).map((r) => r.id) : undefined,
      history: historyState(this.db, this.planId),
      created: this.created.filter((id) => this.rows.get(id)?.after),
      progressChanged: this.progress.size > 0,
    };
  }
}

/** The history names a progress entry by its row and period. */
export function progressId(rowId: string, period: string): string {
  return `${rowId}|${period}`;
}

function change<T>(entity: Change['entity'], entityId: string, t: Touched<T>): Change {
  return {
    entity,
    entityId,
    before: t.before === null ? null : JSON.stringify(t.before),
    after: t.after === null ? null : JSON.stringify(t.after),
  };
}
