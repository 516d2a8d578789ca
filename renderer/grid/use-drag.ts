// The mouse dragged: over cells it extends the selected block; by a row's handle in 序号 it moves the row.
import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import type { CellMouseOverEvent, RowDragEndEvent } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import type { GridCore } from './use-grid-core';
import type { Selection } from './use-selection';

export interface GridDrag {
  onMouseDown: (e: MouseEvent) => void;
  onCellMouseOver: (e: CellMouseOverEvent<Row>) => void;
  onRowDragEnd: (e: RowDragEndEvent<Row>) => void;
}

export function useDrag(core: GridCore, selection: Selection): GridDrag {
  const { api, doc, cellPos } = core;
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

  const onRowDragEnd = useCallback(
    (e: RowDragEndEvent<Row>) => {
      const g = api.current;
      const moved = e.node.data;
      const over = e.overNode;
      if (
        !g ||
        !moved ||
        !over?.data ||
        over.data.id === moved.id ||
        e.node.rowIndex === null ||
        over.rowIndex === null
      )
        return;
      const down = over.rowIndex > e.node.rowIndex;
      const beforeId = down ? (g.getDisplayedRowAtIndex(over.rowIndex + 1)?.data?.id ?? null) : over.data.id;
      void doc.current.moveRows([moved.id], beforeId);
    },
    [api, doc],
  );
  return { onMouseDown, onCellMouseOver, onRowDragEnd };
}
