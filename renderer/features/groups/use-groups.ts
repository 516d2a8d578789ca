// The groups of the 单位名录 as the UI holds them, with the commands that change them: each change an action of the
// open plan's history (Ctrl+Z takes it back), and the list read anew when undo or redo changes the 单位名录.
import { useCallback, useEffect, useMemo } from 'react';
import type { UnitGroup, UnitGroupDraft } from '../../../shared/domain/unit-groups';
import type { Output } from '../../../shared/api';
import { errorText, invoke } from '../../app/api-client';
import { publishDelta, subscribeDeltas } from '../../app/plan-bus';
import { useHostResource } from '../../app/use-host-resource';
import { toBase64 } from '../../app/base64';

/** The sender name of the groups on the plan bus. */
const GROUPS = {};

/** The groups kept, read anew whenever the 单位名录 changes (an edit here, undo or redo in the editor). */
export function useGroupList(onError: (t: string) => void) {
  const load = useCallback(() => invoke('groups.list', {}), []);
  const resource = useHostResource(load, onError);
  const { refresh } = resource;
  useEffect(() => subscribeDeltas((delta, from) => from !== GROUPS && delta.unitsChanged && void refresh()), [refresh]);
  return resource;
}

export type GroupsPreview = Output<'groups.preview'>;

export function useGroups(onError: (t: string) => void, onNotice: (t: string) => void, planId: string | null) {
  const list = useGroupList(onError);
  const { attempt } = list;
  return useMemo(() => {
    const plan = planId ? { planId } : {};
    const undoHint = planId ? '（按 Ctrl+Z 可撤销）' : '';
    return {
      groups: list.data ?? [],
      /** What a list would keep; nothing is written. */
      preview: async (source: { text: string } | { file: File }): Promise<GroupsPreview | undefined> => {
        try {
          if ('text' in source) return await invoke('groups.preview', { text: source.text });
          const data = toBase64(await source.file.arrayBuffer());
          return await invoke('groups.preview', { file: { fileName: source.file.name, data } });
        } catch (e) {
          onError(errorText(e));
          return undefined;
        }
      },
      replace: async (drafts: UnitGroupDraft[]) => {
        const out = await attempt(() => invoke('groups.replace', { groups: drafts, ...plan }));
        if (out?.delta) publishDelta(out.delta, GROUPS);
        if (out) onNotice(`已读入 ${drafts.length} 个分组${undoHint}。`);
        return out !== undefined;
      },
      save: async (group: UnitGroupDraft & { id?: string }) => {
        const out = await attempt(() => invoke('groups.save', { group, ...plan }));
        if (out?.delta) publishDelta(out.delta, GROUPS);
        if (out) onNotice(`已保存分组「${out.name}」${undoHint}。`);
        return out !== undefined;
      },
      remove: async (g: UnitGroup) => {
        const out = await attempt(() => invoke('groups.delete', { id: g.id, ...plan }));
        if (out?.delta) publishDelta(out.delta, GROUPS);
        if (out) onNotice(`已删除分组「${g.name}」${undoHint}。`);
        return out !== undefined;
      },
    };
  }, [list.data, attempt, planId, onError, onNotice]);
}
