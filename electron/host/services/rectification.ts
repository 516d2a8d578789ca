// 整改台账: a problem added to a ledger (from a 测评 row or a return), as one undoable edit of that plan; the ledger
// made first, in the same transaction, when the clerk asks for a new one.
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf } from '../../../shared/api';
import { problemRow } from '../../../shared/domain/rectification';
import { inTransaction, type Db } from '../store/db';
import { create, requirePlan } from './plans';
import { setCells } from './rows';
import type { DepsOf } from './deps';

/** Adds the problem to the ledger `planId`, or to a new ledger of `newLedger`'s title made in the same call. */
export function addProblem(
  { db, now }: DepsOf<'db' | 'now'>,
  { planId, newLedger, problem }: InputOf<'rectification.addProblem'>,
): OutputOf<'rectification.addProblem'> {
  return inTransaction(db, () => {
    const ledgerId = newLedger ? makeLedger(db, newLedger, now) : planId;
    // The method's input asks for exactly one of the two; a caller inside the host could still give neither.
    if (ledgerId === undefined) throw new AppError('BAD_INPUT', { detail: '请选择或新建一个整改台账' });
    const plan = requirePlan(db, ledgerId);
    if (plan.kind !== 'rectification') throw new AppError('NOT_A_LEDGER', { title: plan.title });
    return setCells(
      { db, now },
      {
        planId: ledgerId,
        edits: [],
        append: [problemRow(problem)],
        label: `加入整改问题（${problem.unit}）`,
        source: 'edit',
      },
    );
  });
}

function makeLedger(db: Db, l: { title: string; year: number }, now: string): string {
  return create(
    db,
    { title: l.title, year: l.year, issuer: '', docNo: '', attachmentLabel: '', kind: 'rectification' },
    now,
  ).id;
}
