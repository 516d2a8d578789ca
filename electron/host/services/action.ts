// One user action on a plan: every row, plan, progress entry, return's state, decision or unit it changes is
// written and kept with its before-state, so that undo, redo and "nothing lost" all rest on the same record.
import type { Plan, PlanDelta } from '../../../shared/domain/plan';
import type { Unit } from '../../../shared/domain/unit-directory';
import type { UnitGroup } from '../../../shared/domain/unit-groups';
import type { ProgressEntry } from '../../../shared/domain/progress';
import { getPlan, touchPlan } from '../store/plans';
import { listPositions, toRow, type RowState } from '../store/rows';
import { historyState, recordAction, type Change, type Entity } from '../store/history';
import { addDecision, type DecisionRecord, type SubmissionSnapshot } from '../store/rounds';
import type { Db } from '../store/db';
import { encodeSnapshot, progressId, SNAPSHOT_FORMAT, STORES } from './snapshots';

export { progressId } from './snapshots';

interface Touched {
  entity: Entity;
  id: string;
  before: unknown;
  after: unknown;
  /** Where its writes came from (全部采用: each unit's file that wrote it). */
  origins: Set<string>;
}

export class PlanAction {
  /** Everything touched, in the order first touched, by entity and id. */
  private readonly touched = new Map<string, Touched>();
  private orderChanged = false;
  /** Where the writes that follow come from, when one action gathers several sources. */
  private origin = '';
  readonly created: string[] = [];

  constructor(
    private readonly db: Db,
    readonly planId: string,
    readonly at: string,
  ) {}

  /** The writes after this come from `origin` (a unit's return in 全部采用), as 修改记录 will say of each. */
  from(origin: string): void {
    this.origin = origin;
  }

  /** A row as it stands in this action. */
  row(id: string): RowState | undefined {
    return (this.current('row', id) as RowState | null) ?? undefined;
  }

  setRow(id: string, after: RowState | null): void {
    const t = this.touch('row', id);
    if (t.before === null && !this.created.includes(id)) this.created.push(id);
    const prev = (t.after ?? t.before) as RowState | null;
    if (!prev || !after || prev.position !== after.position || prev.deleted !== after.deleted) this.orderChanged = true;
    this.write(t, after);
  }

  /**
   * Records (or, with null, removes) the progress of a row for a period. `known` is the entry as it stands, when
   * the caller has already read it (an acceptance reads a file's rows at once).
   */
  setProgress(rowId: string, period: string, after: ProgressEntry | null, known?: ProgressEntry | null): void {
    this.write(this.touch('progress', progressId(rowId, period), known), after);
  }

  setPlan(after: Plan): void {
    this.write(this.touch('plan', this.planId), after);
  }

  /** A returned file's state (accepted, superseded, sent back …) as this action leaves it. */
  setSubmission(id: string, after: SubmissionSnapshot): void {
    this.write(this.touch('submission', id), after);
  }

  submission(id: string): SubmissionSnapshot | undefined {
    return (this.current('submission', id) as SubmissionSnapshot | null) ?? undefined;
  }

  /** Adds to a file's decision log, as part of this action (undo takes the line back). */
  decide(d: DecisionRecord): void {
    const id = String(addDecision(this.db, d));
    this.touched.set(`decision:${id}`, { entity: 'decision', id, before: null, after: d, origins: new Set() });
  }

  /** A unit of the 单位名录 as this action leaves it (null: removed). */
  setUnit(id: string, after: Unit | null): void {
    this.write(this.touch('unit', id), after);
  }

  /** A group of the 单位名录 (联系分组, 专项工作组) as this action leaves it (null: removed). */
  setGroup(id: string, after: UnitGroup | null): void {
    this.write(this.touch('group', id), after);
  }

  /** Records the action (if it changed anything) and says what the UI must redraw. */
  commit(label: string, source = 'edit', origin = ''): PlanDelta {
    const changes: Change[] = [];
    for (const t of this.touched.values()) {
      const before = encodeSnapshot(t.before);
      const after = encodeSnapshot(t.after);
      if (before === after) continue;
      const origin = [...t.origins].join('、');
      changes.push({ entity: t.entity, entityId: t.id, before, after, format: SNAPSHOT_FORMAT, origin });
    }
    if (changes.length > 0) {
      recordAction(this.db, this.planId, label, source, this.at, changes, origin);
      touchPlan(this.db, this.planId, this.at);
    }
    return this.delta();
  }

  /** Writes a state read from the record back (undo and redo). */
  restore(entity: Entity, id: string, value: unknown): void {
    if (entity === 'row') this.setRow(id, value as RowState | null);
    else this.write(this.touch(entity, id), value);
  }

  /** The delta without recording anything: for undo and redo, which move along the record instead. */
  delta(): PlanDelta {
    const upserted = [];
    const removed = [];
    let plan = false;
    const kinds = new Set<Entity>();
    for (const t of this.touched.values()) {
      kinds.add(t.entity);
      if (t.entity === 'plan') plan = true;
      if (t.entity !== 'row') continue;
      const after = t.after as RowState | null;
      if (after && !after.deleted) upserted.push(toRow(t.id, after));
      else removed.push(t.id);
    }
    return {
      planId: this.planId,
      plan: plan ? (getPlan(this.db, this.planId) ?? undefined) : undefined,
      upserted,
      removed,
      order: this.orderChanged ? listPositions(this.db, this.planId).map((r) => r.id) : undefined,
      history: historyState(this.db, this.planId),
      created: this.created.filter((id) => this.touched.get(`row:${id}`)?.after),
      progressChanged: kinds.has('progress'),
      roundsChanged: kinds.has('submission') || kinds.has('decision'),
      // The groups are part of the 单位名录: whoever lists units lists them anew too.
      unitsChanged: kinds.has('unit') || kinds.has('group'),
    };
  }

  private current(entity: Entity, id: string): unknown {
    const t = this.touched.get(`${entity}:${id}`);
    if (t) return t.after;
    return STORES[entity].read(this.db, id) ?? null;
  }

  private touch(entity: Entity, id: string, known?: unknown): Touched {
    const key = `${entity}:${id}`;
    let t = this.touched.get(key);
    if (!t) {
      const before = known !== undefined ? known : (STORES[entity].read(this.db, id) ?? null);
      t = { entity, id, before, after: before, origins: new Set() };
      this.touched.set(key, t);
    }
    return t;
  }

  private write(t: Touched, after: unknown): void {
    t.after = after;
    if (this.origin) t.origins.add(this.origin);
    STORES[t.entity].write(this.db, this.planId, t.id, after);
  }
}
