// Recording progress (进展) for a row and a period; marking done (销号) and reopening are the same action.
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf } from '../../../shared/api';
import { STATUS_NAMES } from '../../../shared/domain/progress';
import { listProgress } from '../store/progress';
import { inTransaction } from '../store/db';
import { PlanAction } from './action';
import { requirePlan } from './plans';
import type { DepsOf } from './deps';

export function list({ db }: DepsOf<'db'>, { planId }: InputOf<'progress.list'>): OutputOf<'progress.list'> {
  requirePlan(db, planId);
  return listProgress(db, planId);
}

export function record(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, ...input }: InputOf<'progress.record'>,
): OutputOf<'progress.record'> {
  return inTransaction(db, () => {
    requirePlan(db, planId);
    const action = new PlanAction(db, planId, now);
    const row = action.row(input.rowId);
    if (!row || row.deleted || row.planId !== planId || row.kind !== 'item') throw new AppError('ROW_NOT_FOUND');
    action.setProgress(input.rowId, input.period, { ...input, reportedAt: now });
    return action.commit(input.status === 'done' ? '销号' : `填报进展（${STATUS_NAMES[input.status]}）`);
  });
}
