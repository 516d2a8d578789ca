// The directory of units as the UI holds it, with the commands that change it.
import { useCallback, useEffect, useState } from 'react';
import type { Unit, UnitDraft, UnitKind } from '../../../shared/domain/unit-directory';
import { errorText, invoke } from '../../app/api-client';

export interface Units {
  units: Unit[];
  save: (u: UnitDraft) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  addNames: (names: string[], kind: UnitKind) => Promise<number>;
}

export function useUnits(onError: (text: string) => void): Units {
  const [units, setUnits] = useState<Unit[]>([]);
  const refresh = useCallback(async () => {
    try {
      setUnits(await invoke('units.list', {}));
    } catch (e) {
      onError(errorText(e));
    }
  }, [onError]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const attempt = async <T,>(call: () => Promise<T>): Promise<T | undefined> => {
    try {
      const out = await call();
      await refresh();
      return out;
    } catch (e) {
      onError(errorText(e));
      return undefined;
    }
  };
  return {
    units,
    save: async (unit) => (await attempt(() => invoke('units.save', { unit }))) !== undefined,
    remove: async (id) => (await attempt(() => invoke('units.delete', { id }))) !== undefined,
    addNames: async (names, kind) => (await attempt(() => invoke('units.addNames', { names, kind })))?.length ?? 0,
  };
}
