// The directory of units as the UI holds it, with the commands that change it.
import type { Unit, UnitDraft, UnitKind } from '../../../shared/domain/unit-directory';
import { invoke } from '../../app/api-client';
import { useHostResource } from '../../app/use-host-resource';

export interface Units {
  units: Unit[];
  save: (u: UnitDraft) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  addNames: (names: string[], kind: UnitKind) => Promise<number>;
}

const load = () => invoke('units.list', {});

export function useUnits(onError: (text: string) => void): Units {
  const { data, attempt } = useHostResource(load, onError);
  return {
    units: data ?? [],
    save: async (unit) => (await attempt(() => invoke('units.save', { unit }))) !== undefined,
    remove: async (id) => (await attempt(() => invoke('units.delete', { id }))) !== undefined,
    addNames: async (names, kind) => (await attempt(() => invoke('units.addNames', { names, kind })))?.length ?? 0,
  };
}
