// Recording progress (进展) for a row and a period; marking done (销号) and reopening are the same action.
import { AppError } from '../../../shared/errors';
import type { PlanDelta } from '../../../shared/domain/plan';
import { STATUS_NAMES, type ProgressEntry, type ProgressStatus } from '../../../shared/domain/progress';
import { listProgress } from '../store/progress';
import { inTransaction, type Db } from '../store/db';
import { PlanAction } from './action';
import { requirePlan } from './plans';

export function list(db: Db, planId: string): ProgressEntry[] {
  requirePlan(db, planId);
  return listProgress(db, planId);
}

export interface ProgressInput {
  rowId: string;
  period: string;
  status: ProgressStatus;
  progress: string;
  problems: string;
  nextSteps: string;
  reporter: string;
}

export function record(db: Db, planId: string, input: ProgressInput, now: string): PlanDelta {
  return inTransaction(db, () => {
    requirePlan(db, planId);
    const action = new PlanAction(db, planId, now);
    const row = action.row(input.rowId);
    if (!row || row.deleted || row.planId !== planId || row.kind !== 'item') throw new AppError('ROW_NOT_FOUND');
    action.setProgress(input.rowId, input.period, { ...input, reportedAt: now });
    return action.commit(input.status === 'done' ? '销号' : `填报进展（${STATUS_NAMES[input.status]}）`);
  });
}
