// 整改台账: a problem added to a ledger (from a 测评 row or a return), as one undoable edit of that plan; the ledger
// made first, in the same transaction, when the clerk asks for a new one.
import { AppError } from '../../../shared/errors';
import type { PlanDelta } from '../../../shared/domain/plan';
import { problemRow, type ProblemDraft } from '../../../shared/domain/rectification';
import { inTransaction, type Db } from '../store/db';
import { create, requirePlan } from './plans';
import { setCells } from './rows';

/** Where the problem goes: a ledger kept, or a new one of this title. */
export type LedgerTarget = { planId: string } | { newLedger: { title: string; year: number } };

export function addProblem(db: Db, target: LedgerTarget | string, p: ProblemDraft, now: string): PlanDelta {
  return inTransaction(db, () => {
    const planId =
      typeof target === 'string' ? target : 'planId' in target ? target.planId : newLedger(db, target.newLedger, now);
    const plan = requirePlan(db, planId);
    if (plan.kind !== 'rectification') throw new AppError('NOT_A_LEDGER', { title: plan.title });
    return setCells(
      { db, now },
      { planId, edits: [], append: [problemRow(p)], label: `加入整改问题（${p.unit}）`, source: 'edit' },
    );
  });
}

function newLedger(db: Db, l: { title: string; year: number }, now: string): string {
  return create(
    db,
    { title: l.title, year: l.year, issuer: '', docNo: '', attachmentLabel: '', kind: 'rectification' },
    now,
  ).id;
}
