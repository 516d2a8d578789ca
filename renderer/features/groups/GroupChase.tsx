// 催报 per group: the units that still owe their file, under the contact group (and its 组长) that follows them up.
import { useCallback } from 'react';
import { chaseTextByGroup } from '../../../shared/domain/unit-groups';
import type { Unit } from '../../../shared/domain/unit-directory';
import { invoke } from '../../app/api-client';
import { useHostResource } from '../../app/use-host-resource';

export interface GroupChaseProps {
  title: string;
  /** The due date as the chase text says it (2026年11月3日). */
  due: string;
  owing: readonly string[];
  directory: readonly Unit[];
  onError: (t: string) => void;
}

export function useGroups(onError: (t: string) => void) {
  const load = useCallback(() => invoke('groups.list', {}), []);
  return useHostResource(load, onError);
}

export function GroupChase({ title, due, owing, directory, onError }: GroupChaseProps) {
  const groups = useGroups(onError).data ?? [];
  if (!groups.some((g) => g.kind === 'contact') || owing.length === 0) return null;
  return (
    <div className="pd-chase">
      <h4>按联系分组催报</h4>
      <textarea
        aria-label="按联系分组催报"
        readOnly
        rows={Math.min(8, 2 + owing.length)}
        value={chaseTextByGroup(title, due, owing, groups, directory)}
      />
    </div>
  );
}
