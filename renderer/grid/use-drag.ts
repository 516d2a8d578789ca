// The mouse dragged over cells extends the selected block (a row's handle in 序号 moves rows: use-row-drag.ts).
import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import type { CellMouseOverEvent } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import type { GridCore } from './use-grid-core';
import type { Selection } from './use-selection';

export interface GridDrag {
  onMouseDown: (e: MouseEvent) => void;
  onCellMouseOver: (e: CellMouseOverEvent<Row>) => void;
}

export function useDrag(core: GridCore, selection: Selection): GridDrag {
  const { cellPos } = core;
  const dragging = useRef(false);
  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  const onMouseDown = useCallback((e: MouseEvent) => {
    if (e.button === 0) dragging.current = true;
  }, []);

  const onCellMouseOver = useCallback(
    (e: CellMouseOverEvent<Row>) => {
      const r = selection.current();
      if (!dragging.current || !r || e.rowIndex === null) return;
      const pos = cellPos(e.rowIndex, e.column.getColId());
      if (r.focus.row !== pos.row || r.focus.col !== pos.col) selection.set({ anchor: r.anchor, focus: pos });
    },
    [selection, cellPos],
  );

  return { onMouseDown, onCellMouseOver };
}
