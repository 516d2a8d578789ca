// The mouse on a cell beyond selecting: a right-click opens the editor's menu (inside the selected block it keeps the
// block, as Excel does), a double click on 进展 opens the progress panel.
import { useCallback } from 'react';
import type { CellContextMenuEvent, CellDoubleClickedEvent } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import { boundsOf, contains } from './cell-range';
import { PROGRESS_COL } from './grid-ids';
import type { GridCore } from './use-grid-core';
import { useLatest } from '../app/use-latest';
import type { Selection } from './use-selection';

export function useCellMenu(
  core: GridCore,
  selection: Selection,
  onContextMenu: (x: number, y: number) => void,
  onOpenProgress: () => void,
) {
  const { api, cellPos } = core;
  const openMenu = useLatest(onContextMenu);
  const openProgress = useLatest(onOpenProgress);
  const onCellContextMenu = useCallback(
    (e: CellContextMenuEvent<Row>) => {
      const me = e.event as MouseEvent | null;
      if (e.rowIndex === null || !me) return;
      const pos = cellPos(e.rowIndex, e.column.getColId());
      const r = selection.current();
      if (!r || !contains(boundsOf(r), pos.row, pos.col)) api.current?.setFocusedCell(e.rowIndex, e.column.getColId());
      openMenu.current(me.clientX, me.clientY);
    },
    [api, cellPos, selection, openMenu],
  );
  const onCellDoubleClicked = useCallback(
    (e: CellDoubleClickedEvent<Row>) => {
      if (e.column.getColId() === PROGRESS_COL) openProgress.current();
    },
    [openProgress],
  );
  return { onCellContextMenu, onCellDoubleClicked };
}
