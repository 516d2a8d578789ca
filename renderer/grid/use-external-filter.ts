// The editor's filters (by unit, by 完成时限) as AG Grid's external filter; a change of filter empties the selection,
// whose display positions no longer hold.
import { useCallback, useEffect } from 'react';
import type { IRowNode } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import type { GridCore } from './use-grid-core';
import type { Selection } from './use-selection';

export function useExternalFilter(core: GridCore, selection: Selection, passes: ((row: Row) => boolean) | null) {
  const { api, passes: latest } = core;
  const { set } = selection;
  useEffect(() => {
    api.current?.onFilterChanged();
    set(null);
  }, [api, passes, set]);
  // Grid options keep their identity across renders: a new function makes the grid redo its work.
  const isExternalFilterPresent = useCallback(() => latest.current !== null, [latest]);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<Row>) => !!node.data && (latest.current?.(node.data) ?? true),
    [latest],
  );
  return { isExternalFilterPresent, doesExternalFilterPass };
}
