// A view's 分组 filter and arrangement (the round board, 进度总览, 测评): which group's units it shows (全部 / 第一组
// …), and whether its rows go under their contact groups or 专项工作组.
import { useMemo, useState } from 'react';
import { arrangeByGroup, inGroup, type GroupKind, type UnitGroup } from '../../../shared/domain/unit-groups';
import type { Unit } from '../../../shared/domain/unit-directory';
import { useGroupList } from './use-groups';

export interface GroupView {
  groups: UnitGroup[];
  /** The group shown, '' for 全部. */
  filterId: string;
  setFilterId: (id: string) => void;
  /** The kind of group rows go under, null for a plain list. */
  arrangeBy: GroupKind | null;
  setArrangeBy: (k: GroupKind | null) => void;
  /** Whether a unit is shown under the filter. */
  shows: (unit: string) => boolean;
  /** Items under their groups (or one untitled part when not arranged), after the filter. */
  arrange: <T>(items: readonly T[], unitOf: (item: T) => string) => { label: string; items: T[] }[];
}

export function useGroupView(directory: readonly Unit[], onError: (t: string) => void): GroupView {
  const data = useGroupList(onError).data;
  const [filterId, setFilterId] = useState('');
  const [arrangeBy, setArrangeBy] = useState<GroupKind | null>(null);
  return useMemo(() => {
    const groups = data ?? [];
    const chosen = groups.find((g) => g.id === filterId);
    const shows = (unit: string) => !chosen || inGroup(chosen, directory, unit);
    return {
      groups,
      filterId: chosen ? filterId : '',
      setFilterId,
      arrangeBy,
      setArrangeBy,
      shows,
      arrange: <T>(items: readonly T[], unitOf: (item: T) => string) => {
        const kept = items.filter((i) => shows(unitOf(i)));
        if (!arrangeBy) return kept.length > 0 ? [{ label: '', items: kept }] : [];
        return arrangeByGroup(kept, unitOf, groups, directory, arrangeBy);
      },
    };
  }, [data, filterId, arrangeBy, directory]);
}
