// Where the clerk was in a plan: the row at the top of the grid is kept as they scroll, and brought back to the top
// when the plan opens again (after a reload, a restart, or another plan in between).
import { useCallback, useEffect, useLayoutEffect } from 'react';
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

/**
 * Grids whose kept row has been brought back. Before that a grid shows the plan's top only because it has just opened:
 * not a place the clerk chose, and not one to keep over the place kept.
 */
const restored = new WeakSet<GridApi<Row>>();

export function useScrollPlace(core: GridCore, planId: string) {
  const { api } = core;
  const keep = useCallback(
    (g: GridApi<Row> | undefined) => {
      if (!g || g.isDestroyed() || !restored.has(g)) return;
      const id = topRowId(g);
      if (id) lastPlace.setRow(planId, id);
    },
    [planId],
  );
  const onBodyScrollEnd = useCallback(
    (e: BodyScrollEndEvent<Row>) => {
      if (e.direction === 'vertical') keep(e.api);
    },
    [keep],
  );
  // The grid tells of a scroll only once it has settled: a reload or another plan opened right after a scroll (or a
  // key that scrolled, such as Ctrl+End) comes sooner, so the place is also kept as the page goes and as the grid does.
  useEffect(() => {
    const onHide = () => keep(api.current);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
    };
  }, [api, keep]);
  // A layout effect's cleanup runs before the grid's own teardown: its rows are still there to be read.
  useLayoutEffect(() => () => keep(api.current), [api, keep]);
  /** Brings the kept row back to the top, once the rows are drawn with their heights. */
  const restore = useCallback(
    (g: GridApi<Row>) => {
      restored.add(g);
      const id = lastPlace.row(planId);
      const node = id ? g.getRowNode(id) : undefined;
      if (node && node.displayed) g.ensureNodeVisible(node, 'top');
    },
    [planId],
  );
  return { onBodyScrollEnd, restore };
}
