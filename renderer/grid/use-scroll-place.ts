// Where the clerk was in a plan: the row at the top of the grid is kept as they scroll, and brought back to the top
// when the plan opens again (after a reload, a restart, or another plan in between).
import { useCallback } from 'react';
import type { BodyScrollEndEvent, GridApi } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import { lastPlace } from '../app/last-place';
import type { GridCore } from './use-grid-core';

/** The row whose top part is in view at the top of the grid. */
function topRowId(g: GridApi<Row>): string | undefined {
  const top = g.getVerticalPixelRange().top;
  for (let i = g.getFirstDisplayedRowIndex(); i <= g.getLastDisplayedRowIndex(); i++) {
    const node = g.getDisplayedRowAtIndex(i);
    if (node && (node.rowTop ?? 0) + (node.rowHeight ?? 0) > top) return node.data?.id;
  }
  return undefined;
}

export function useScrollPlace(core: GridCore, planId: string) {
  const { api } = core;
  const onBodyScrollEnd = useCallback(
    (e: BodyScrollEndEvent<Row>) => {
      if (e.direction !== 'vertical') return;
      const id = topRowId(e.api);
      if (id) lastPlace.setRow(planId, id);
    },
    [planId],
  );
  /** Brings the kept row back to the top, once the rows are drawn with their heights. */
  const restore = useCallback(() => {
    const g = api.current;
    const id = lastPlace.row(planId);
    const node = id ? g?.getRowNode(id) : undefined;
    if (g && node && node.displayed) g.ensureNodeVisible(node, 'top');
  }, [api, planId]);
  return { onBodyScrollEnd, restore };
}
