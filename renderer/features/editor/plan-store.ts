// The open plan as the UI holds it: rows by id in order, updated by the deltas the host answers with.
import type { HistoryState, Plan, PlanDelta, PlanDocument, Row } from '../../../shared/domain/plan';

export interface PlanSnapshot {
  plan: Plan;
  rows: readonly Row[];
  history: HistoryState;
  /** Grows each time progress entries change, so views of progress know to fetch them anew. */
  progressVersion: number;
}

export class PlanStore {
  private plan: Plan;
  private history: HistoryState;
  private byId = new Map<string, Row>();
  private order: string[] = [];
  private snapshot: PlanSnapshot;
  private progressVersion = 0;
  private readonly listeners = new Set<() => void>();

  constructor(doc: PlanDocument) {
    this.plan = doc.plan;
    this.history = doc.history;
    for (const r of doc.rows) this.byId.set(r.id, r);
    this.order = doc.rows.map((r) => r.id);
    this.snapshot = this.build();
  }

  get current(): PlanSnapshot {
    return this.snapshot;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PlanSnapshot => this.snapshot;

  row(id: string): Row | undefined {
    return this.byId.get(id);
  }

  /** Shows an edit at once, before the host confirms it; the host's delta then settles it. */
  patchRow(id: string, patch: (r: Row) => Row): void {
    const r = this.byId.get(id);
    if (!r) return;
    this.byId.set(id, patch(r));
    this.publish();
  }

  apply(delta: PlanDelta): void {
    if (delta.plan) this.plan = delta.plan;
    this.history = delta.history;
    for (const id of delta.removed) this.byId.delete(id);
    for (const r of delta.upserted) this.byId.set(r.id, r);
    if (delta.order) this.order = delta.order;
    else if (delta.removed.length > 0) this.order = this.order.filter((id) => this.byId.has(id));
    if (delta.progressChanged || delta.removed.length > 0) this.progressVersion++;
    this.publish();
  }

  replace(doc: PlanDocument): void {
    this.plan = doc.plan;
    this.history = doc.history;
    this.byId = new Map(doc.rows.map((r) => [r.id, r]));
    this.order = doc.rows.map((r) => r.id);
    this.progressVersion++;
    this.publish();
  }

  private build(): PlanSnapshot {
    const rows: Row[] = [];
    for (const id of this.order) {
      const r = this.byId.get(id);
      if (r) rows.push(r);
    }
    return { plan: this.plan, rows, history: this.history, progressVersion: this.progressVersion };
  }

  private publish(): void {
    this.snapshot = this.build();
    for (const l of this.listeners) l();
  }
}
