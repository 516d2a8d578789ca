// A column width the clerk dragged is kept, as Excel keeps it: in the plan, for the next opening and for the export.
import { useCallback } from 'react';
import type { ColumnResizedEvent } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import { widthsAfterResize } from './columns';
import type { GridCore } from './use-grid-core';

export function useColumnWidths(core: GridCore, refreshHeights: () => void): (e: ColumnResizedEvent<Row>) => void {
  const { api, doc } = core;
  return useCallback(
    (e: ColumnResizedEvent<Row>) => {
      if (!e.finished) return;
      refreshHeights();
      if (e.source !== 'uiColumnResized' || !api.current) return;
      const pixels = new Map(api.current.getAllDisplayedColumns().map((c) => [c.getColId(), c.getActualWidth()]));
      const columns = widthsAfterResize(doc.current.snapshot.plan.columns, pixels);
      if (columns) void doc.current.setColumns(columns, '调整列宽');
    },
    [api, doc, refreshHeights],
  );
}
