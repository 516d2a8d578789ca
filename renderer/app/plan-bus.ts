// Changes to a plan made in one part of the UI, heard by the others (the list renames, the editor undoes a rename).
import type { PlanDelta } from '../../shared/domain/plan';

type Listener = (delta: PlanDelta, from: object) => void;
const listeners = new Set<Listener>();

/** Announces a delta the host answered with; `from` is the sender, so it can skip its own. */
export function publishDelta(delta: PlanDelta, from: object): void {
  for (const l of listeners) l(delta, from);
}

export function subscribeDeltas(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
