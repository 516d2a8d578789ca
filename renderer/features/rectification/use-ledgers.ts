// The 整改台账 plans a problem can go to, and adding one (to a ledger kept, or to a new one made in the same call).
import { useCallback } from 'react';
import type { ProblemDraft } from '../../../shared/domain/rectification';
import { errorText, invoke } from '../../app/api-client';
import { publishDelta } from '../../app/plan-bus';
import { useHostResource } from '../../app/use-host-resource';

const FROM_LEDGERS = {};

/** Where a problem goes: a ledger's id, or the title of a new ledger. */
export type LedgerChoice = { planId: string } | { newTitle: string };

export function useLedgers(onError: (t: string) => void, onNotice: (t: string) => void) {
  const load = useCallback(async () => (await invoke('plans.list', {})).filter((p) => p.kind === 'rectification'), []);
  const ledgers = useHostResource(load, onError);
  const { refresh, data: kept } = ledgers;
  const add = useCallback(
    async (choice: LedgerChoice, problem: ProblemDraft): Promise<boolean> => {
      try {
        const target =
          'planId' in choice
            ? { planId: choice.planId }
            : { newLedger: { title: choice.newTitle, year: new Date().getFullYear() } };
        const delta = await invoke('rectification.addProblem', { ...target, problem });
        publishDelta(delta, FROM_LEDGERS);
        const title =
          'newTitle' in choice ? choice.newTitle : (kept?.find((l) => l.id === choice.planId)?.title ?? '整改台账');
        onNotice(`已把「${problem.unit}」的问题加入「${title}」（打开该台账可按 Ctrl+Z 撤销）。`);
        await refresh();
        return true;
      } catch (e) {
        onError(errorText(e));
        return false;
      }
    },
    [onError, onNotice, refresh, kept],
  );
  return { ledgers: ledgers.data ?? [], add };
}
