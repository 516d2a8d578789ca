// The list of plans and the trash, and the commands on them.
import { useEffect } from 'react';
import type { PlanKind, PlanMeta, PlanSummary } from '../../../shared/domain/plan';
import { invoke } from '../../app/api-client';
import { useHostResource } from '../../app/use-host-resource';
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

const loadLists = () => Promise.all([invoke('plans.list', {}), invoke('plans.trash', {})]);

export function usePlans(onError: (text: string) => void): Plans {
  const { data, refresh, attempt } = useHostResource(loadLists, onError);

  // The editor changed a plan's particulars (an undone rename, say) or its rows (an insert, an undone delete): the
  // list shows them, item counts included.
  useEffect(
    () => subscribeDeltas((delta, from) => from !== LIST && (delta.plan || delta.order) && void refresh()),
    [refresh],
  );

  return {
    plans: data?.[0],
    trash: data?.[1] ?? [],
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
