// Where the keyboard is: a cell focused on request (find, go to), or once the grid shows the row a command created
// or moved; a new row is then edited at once.
import { useCallback, useRef } from 'react';
import type { GridCore } from './use-grid-core';
import { SEQ_COL } from './grid-ids';

export interface GridFocus {
  focusCell: (rowId: string, colId?: string) => void;
  focusAfterUpdate: (rowId: string, edit?: boolean) => void;
  /** For the grid's rowDataUpdated: heights first, then the focus a command asked for. */
  onRowDataUpdated: () => void;
}

export function useGridFocus(core: GridCore, refreshHeights: () => void): GridFocus {
  const { api, colIds } = core;
  const pending = useRef<{ rowId: string; edit: boolean } | null>(null);

  /** A section row is one cell wide (its title in 序号); an item's first plan column is where typing starts. */
  const columnFor = useCallback(
    (kind: string | undefined, colId?: string) => (kind === 'section' ? SEQ_COL : (colId ?? colIds()[1] ?? SEQ_COL)),
    [colIds],
  );

  const focusCell = useCallback(
    (rowId: string, colId?: string) => {
      const g = api.current;
      const node = g?.getRowNode(rowId);
      if (!g || !node || node.rowIndex === null) return;
      const col = columnFor(node.data?.kind, colId);
      g.ensureIndexVisible(node.rowIndex);
      g.ensureColumnVisible(col);
      g.setFocusedCell(node.rowIndex, col);
    },
    [api, columnFor],
  );

  const onRowDataUpdated = useCallback(() => {
    refreshHeights();
    const p = pending.current;
    const g = api.current;
    if (!p || !g?.getRowNode(p.rowId)) return;
    pending.current = null;
    focusCell(p.rowId);
    if (!p.edit) return;
    const node = g.getRowNode(p.rowId);
    if (node?.rowIndex != null) g.startEditingCell({ rowIndex: node.rowIndex, colKey: columnFor(node.data?.kind) });
  }, [api, focusCell, columnFor, refreshHeights]);

  const focusAfterUpdate = useCallback(
    (rowId: string, edit = false) => {
      pending.current = { rowId, edit };
      // The grid may already show the change: then the next frame does it.
      requestAnimationFrame(onRowDataUpdated);
    },
    [onRowDataUpdated],
  );

  return { focusCell, focusAfterUpdate, onRowDataUpdated };
}
