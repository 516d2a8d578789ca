// Undo and redo: walk the recorded actions of a plan, writing back their before- or after-states.
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf } from '../../../shared/api';
import { changesOf, type Change, firstUndone, lastDone, setActionState } from '../store/history';
import { inTransaction } from '../store/db';
import { PlanAction } from './action';
import { requirePlan } from '../store/plans';
import { decodeSnapshot } from './snapshots';
import type { DepsOf } from './deps';

export { historyState } from '../store/history';

export function undo({ db, now }: DepsOf<'db' | 'now'>, { planId }: InputOf<'history.undo'>): OutputOf<'history.undo'> {
  return inTransaction(db, () => {
    requirePlan(db, planId);
    const action = lastDone(db, planId);
    if (!action) throw new AppError('NOTHING_TO_UNDO');
    const replay = new PlanAction(db, planId, now);
    for (const c of changesOf(db, action.id).reverse()) apply(replay, c, c.before);
    setActionState(db, action.id, 'undone', now);
    return replay.delta();
  });
}

export function redo({ db, now }: DepsOf<'db' | 'now'>, { planId }: InputOf<'history.redo'>): OutputOf<'history.redo'> {
  return inTransaction(db, () => {
    requirePlan(db, planId);
    const action = firstUndone(db, planId);
    if (!action) throw new AppError('NOTHING_TO_REDO');
    const replay = new PlanAction(db, planId, now);
    for (const c of changesOf(db, action.id)) apply(replay, c, c.after);
    setActionState(db, action.id, 'done', now);
    return replay.delta();
  });
}

function apply(replay: PlanAction, c: Change, state: string | null): void {
  replay.restore(c.entity, c.entityId, decodeSnapshot(c.entity, c.format, state));
}
