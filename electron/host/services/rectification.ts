// 整改台账: a problem added to a ledger (from a 测评 row or a return), as one undoable edit of that plan.
import { AppError } from '../../../shared/errors';
import type { PlanDelta } from '../../../shared/domain/plan';
import { problemRow, type ProblemDraft } from '../../../shared/domain/rectification';
import type { Db } from '../store/db';
import { requirePlan } from './plans';
import { setCells } from './rows';

export function addProblem(db: Db, planId: string, p: ProblemDraft, now: string): PlanDelta {
  const plan = requirePlan(db, planId);
  if (plan.kind !== 'rectification') throw new AppError('NOT_A_LEDGER', { title: plan.title });
  return setCells(db, planId, [], [problemRow(p)], `加入整改问题（${p.unit}）`, now);
}
