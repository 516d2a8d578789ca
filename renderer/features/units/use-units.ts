// The directory of units as the UI holds it, with the commands that change it: each change an action of the open
// plan's history (Ctrl+Z takes it back), told to the clerk, and the list read anew when undo or redo changes it.
import { useEffect, useMemo } from 'react';
import { guessUnitKind, type Unit, type UnitDraft, type UnitKind } from '../../../shared/domain/unit-directory';
import { invoke } from '../../app/api-client';
import { publishDelta, subscribeDeltas } from '../../app/plan-bus';
import { useHostResource } from '../../app/use-host-resource';

export interface Units {
  units: Unit[];
  save: (u: UnitDraft) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  merge: (fromId: string, intoId: string) => Promise<boolean>;
  addNames: (names: string[], kind: UnitKind) => Promise<number>;
  /** One name a unit cell holds, added to the directory as one undoable action (the cell's mark goes). */
  addName: (name: string) => Promise<boolean>;
}

const load = () => invoke('units.list', {});
/** The sender name of the directory on the plan bus. */
const DIRECTORY = {};

export function useUnits(
  onError: (text: string) => void,
  planId: string | null,
  onNotice: (text: string) => void,
): Units {
  const { data, attempt, refresh } = useHostResource(load, onError);
  useEffect(
    () => subscribeDeltas((delta, from) => from !== DIRECTORY && delta.unitsChanged && void refresh()),
    [refresh],
  );
  return useMemo(() => {
    const plan = planId ? { planId } : {};
    return {
      units: data ?? [],
      save: async (unit: UnitDraft) => {
        const out = await attempt(() => invoke('units.save', { unit, ...plan }));
        if (out?.delta) publishDelta(out.delta, DIRECTORY);
        if (out)
          onNotice(
            out.merged.length > 0
              ? `已把「${out.merged.join('、')}」并入「${out.name}」（按 Ctrl+Z 可撤销）。`
              : `已保存单位「${out.name}」。`,
          );
        return out !== undefined;
      },
      remove: async (id: string) => {
        const out = await attempt(() => invoke('units.delete', { id, ...plan }));
        if (out?.delta) publishDelta(out.delta, DIRECTORY);
        if (out) onNotice('已从单位名录中删除（按 Ctrl+Z 可撤销）。');
        return out !== undefined;
      },
      merge: async (fromId: string, intoId: string) => {
        const out = await attempt(() => invoke('units.merge', { fromId, intoId, ...plan }));
        if (out?.delta) publishDelta(out.delta, DIRECTORY);
        if (out) onNotice(`已合并，现在是一个单位「${out.name}」（按 Ctrl+Z 可撤销）。`);
        return out !== undefined;
      },
      addNames: async (names: string[], kind: UnitKind) =>
        (await attempt(() => invoke('units.addNames', { names, kind, ...plan })))?.length ?? 0,
      addName: async (name: string) => {
        const unit = {
          name,
          shortName: '',
          aliases: [],
          kind: guessUnitKind(name),
          leader: '',
          contact: '',
          phone: '',
        };
        const out = await attempt(() => invoke('units.save', { unit, ...plan }));
        if (out?.delta) publishDelta(out.delta, DIRECTORY);
        if (out) onNotice(`已把「${out.name}」加入单位名录（按 Ctrl+Z 可撤销）。`);
        return out !== undefined;
      },
    } satisfies Units;
  }, [data, attempt, planId, onNotice]);
}
