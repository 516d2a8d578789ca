// The list of plans and the trash, and the commands on them.
import { useCallback, useEffect, useState } from 'react';
import type { PlanKind, PlanMeta, PlanSummary } from '../../../shared/domain/plan';
import { errorText, invoke } from '../../app/api-client';
import { publishDelta, subscribeDeltas } from '../../app/plan-bus';

export interface Plans {
  plans: PlanSummary[] | undefined;
  trash: PlanSummary[];
  refresh: () => Promise<void>;
  create: (meta: PlanMeta & { kind: PlanKind }) => Promise<string | undefined>;
  update: (planId: string, patch: Partial<PlanMeta>) => Promise<boolean>;
  duplicate: (planId: string) => Promise<string | undefined>;
  remove: (planId: string) => Promise<boolean>;
  restore: (planId: string) => Promise<boolean>;
}

/** The sender name of the list on the plan bus. */
const LIST = {};

export function usePlans(onError: (text: string) => void): Plans {
  const [plans, setPlans] = useState<PlanSummary[]>();
  const [trash, setTrash] = useState<PlanSummary[]>([]);

  const refresh = useCallback(async () => {
    try {
      const [live, gone] = await Promise.all([invoke('plans.list', {}), invoke('plans.trash', {})]);
      setPlans(live);
      setTrash(gone);
    } catch (e) {
      onError(errorText(e));
    }
  }, [onError]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // The editor changed a plan's particulars (an undone rename, say): show them in the list too.
  useEffect(() => subscribeDeltas((delta, from) => from !== LIST && delta.plan && void refresh()), [refresh]);

  const attempt = useCallback(
    async <T,>(call: () => Promise<T>): Promise<T | undefined> => {
      try {
        const out = await call();
        await refresh();
        return out;
      } catch (e) {
        onError(errorText(e));
        return undefined;
      }
    },
    [onError, refresh],
  );

  return {
    plans,
    trash,
    refresh,
    create: async (meta) => (await attempt(() => invoke('plans.create', meta)))?.id,
    update: async (planId, patch) => {
      const delta = await attempt(() => invoke('plans.update', { planId, patch }));
      if (delta) publishDelta(delta, LIST);
      return delta !== undefined;
    },
    duplicate: async (planId) => (await attempt(() => invoke('plans.duplicate', { planId })))?.id,
    remove: async (planId) => (await attempt(() => invoke('plans.delete', { planId }))) !== undefined,
    restore: async (planId) => (await attempt(() => invoke('plans.restore', { planId }))) !== undefined,
  };
}
