// Moving rows by the handle in 序号 (drawn by the cell's style, .pd-grid .pd-seq-cell::before): press on it and drag,
// a line shows where the rows will land, the window's edge scrolls the grid, Esc takes the drag back. A row inside a
// selected block of rows drags the whole block. The grid's own row drag made a drag source with its listeners for
// every row it drew, about a millisecond of each scrolled frame; this is one set of listeners for the whole grid.
import { useEffect, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import { boundsOf } from './cell-range';
import { cellUnder, SEQ_COL } from './grid-ids';
import { dropBefore, gapAt, gapTop, type RowBox } from './row-drop';
import type { GridCore } from './use-grid-core';
import type { GridFocus } from './use-grid-focus';
import type { Selection } from './use-selection';

/** A press this far from the 序号 cell's left edge is on the handle. */
export const HANDLE_ZONE_PX = 26;
/** The pointer moves this far before a press on the handle becomes a drag (a press alone selects the cell). */
const START_PX = 4;
/** Within this distance of the grid's top or bottom edge, the grid scrolls under the dragged rows. */
const EDGE_PX = 32;
const MAX_SCROLL_PX = 28;

interface Drag {
  ids: string[];
  rowIndex: number;
  startX: number;
  startY: number;
  x: number;
  y: number;
  started: boolean;
  line: HTMLDivElement | null;
  ghost: HTMLDivElement | null;
  frame: number;
}

const boxOf =
  (g: GridApi<Row>) =>
  (i: number): RowBox | undefined => {
    const n = g.getDisplayedRowAtIndex(i);
    return n && n.rowTop !== null && n.rowHeight !== null && n.rowHeight !== undefined
      ? { index: i, top: n.rowTop, height: n.rowHeight }
      : undefined;
  };

export function useRowDrag(
  core: GridCore,
  selection: Selection,
  focus: GridFocus,
  host: RefObject<HTMLDivElement | null>,
): void {
  const { api, doc, view, isEditing } = core;
  const { current: selected, focusKeeping } = selection;
  const { followRows, stopFollowing } = focus;
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let drag: Drag | null = null;

    /** The row whose handle is under a press, by its display index. */
    const handleUnder = (e: MouseEvent): number | null => {
      const cell = cellUnder(e);
      if (!cell || cell.colId !== SEQ_COL) return null;
      return e.clientX - cell.el.getBoundingClientRect().left < HANDLE_ZONE_PX ? cell.rowIndex : null;
    };
    /**
     * The grid's scrolling body, the rows' container (its top moves with the scroll, a row's top is its offset in
     * it) and the band of the window where rows show (below the header, which scrolls with the body).
     */
    const parts = () => {
      const viewport = el.querySelector<HTMLElement>('.ag-grid-viewport');
      const rows = el.querySelector<HTMLElement>('.ag-grid-scrolling-container');
      if (!viewport || !rows) return null;
      const vr = viewport.getBoundingClientRect();
      const header = el.querySelector('.ag-header')?.getBoundingClientRect().bottom ?? vr.top;
      const band = { top: Math.max(vr.top, header), bottom: vr.top + viewport.clientHeight, left: vr.left };
      return { viewport, rows, band };
    };

    const labelOf = (g: GridApi<Row>, ids: string[]): string => {
      if (ids.length > 1) return `移动 ${ids.length} 行`;
      const row = g.getRowNode(ids[0]!)?.data;
      if (!row) return '';
      if (row.kind === 'section') return row.title;
      const v = view();
      const text =
        v.colIds
          .slice(1)
          .map((c) => row.cells[c] ?? '')
          .find((t) => t.trim() !== '') ?? '';
      const short = text.length > 24 ? `${text.slice(0, 24)}…` : text;
      return `${v.textOf(row, SEQ_COL)} ${short}`.trim();
    };

    const begin = (g: GridApi<Row>, d: Drag) => {
      d.started = true;
      d.line = document.createElement('div');
      d.line.className = 'pd-row-drop-line';
      d.ghost = document.createElement('div');
      d.ghost.className = 'pd-row-drag-ghost';
      d.ghost.textContent = labelOf(g, d.ids);
      document.body.append(d.line, d.ghost);
      document.body.classList.add('pd-row-dragging');
      d.frame = requestAnimationFrame(function scroll() {
        if (drag !== d) return;
        const p = parts();
        if (p) {
          const up = p.band.top + EDGE_PX - d.y;
          const down = d.y - (p.band.bottom - EDGE_PX);
          const by = up > 0 ? -up : down > 0 ? down : 0;
          if (by !== 0) {
            p.viewport.scrollTop += Math.sign(by) * Math.min(MAX_SCROLL_PX, Math.ceil(Math.abs(by) / 2));
            show(g, d);
          }
        }
        d.frame = requestAnimationFrame(scroll);
      });
    };

    /** The gap under the pointer, in display indices, given the rows' container's top in the window. */
    const gapOf = (g: GridApi<Row>, d: Drag, rowsTop: number): number =>
      gapAt(boxOf(g), g.getDisplayedRowCount(), d.y - rowsTop);

    const show = (g: GridApi<Row>, d: Drag) => {
      const p = parts();
      if (!d.line || !d.ghost || !p) return;
      const rowsTop = p.rows.getBoundingClientRect().top;
      const top = rowsTop + gapTop(boxOf(g), g.getDisplayedRowCount(), gapOf(g, d, rowsTop));
      const inside = top >= p.band.top - 2 && top <= p.band.bottom + 2;
      d.line.style.display = inside ? 'block' : 'none';
      d.line.style.top = `${Math.round(Math.min(Math.max(top, p.band.top), p.band.bottom) - 1)}px`;
      d.line.style.left = `${Math.round(p.band.left)}px`;
      d.line.style.width = `${Math.round(p.viewport.clientWidth)}px`;
      d.ghost.style.left = `${d.x + 14}px`;
      d.ghost.style.top = `${d.y + 12}px`;
    };

    const end = () => {
      const d = drag;
      drag = null;
      window.removeEventListener('mousemove', onMove, true);
      window.removeEventListener('mouseup', onUp, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('blur', end);
      if (!d) return;
      cancelAnimationFrame(d.frame);
      d.line?.remove();
      d.ghost?.remove();
      document.body.classList.remove('pd-row-dragging');
    };

    const onMove = (e: MouseEvent) => {
      const d = drag;
      const g = api.current;
      if (!d || !g) return;
      e.preventDefault();
      d.x = e.clientX;
      d.y = e.clientY;
      if (!d.started && Math.hypot(d.x - d.startX, d.y - d.startY) < START_PX) return;
      if (!d.started) begin(g, d);
      show(g, d);
    };

    const onUp = (e: MouseEvent) => {
      const d = drag;
      const g = api.current;
      if (!d || !g) return end();
      e.preventDefault();
      if (!d.started) {
        // A press without a drag selects the cell, as a click on it does.
        end();
        g.setFocusedCell(d.rowIndex, SEQ_COL);
        return;
      }
      const gap = gapOf(g, d, parts()?.rows.getBoundingClientRect().top ?? 0);
      end();
      const at = d.ids
        .map((id) => g.getRowNode(id)?.rowIndex)
        .filter((i): i is number => i !== null && i !== undefined);
      if (at.length !== d.ids.length) return;
      const beforeId = dropBefore((i) => g.getDisplayedRowAtIndex(i)?.data?.id, g.getDisplayedRowCount(), at, gap);
      if (beforeId === undefined) return;
      // The moved rows stay selected where they land, as 上移/下移 leave them. The grid's focus is let go first:
      // the grid would otherwise give it back to the cell now at its old place, as a click there.
      const was = g.getFocusedCell();
      g.clearFocusedCell();
      const followed = followRows(d.ids);
      void doc.current.moveRows(d.ids, beforeId).then((delta) => {
        if (delta) return followed;
        stopFollowing();
        if (was) focusKeeping(was.rowIndex, was.column.getColId());
      });
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      end();
    };

    const onDown = (e: MouseEvent) => {
      if (e.button !== 0 || drag) return;
      const rowIndex = handleUnder(e);
      const g = api.current;
      if (rowIndex === null || !g) return;
      // The grid neither moves its focus nor starts a block on a press on the handle; an edit in progress is kept.
      e.preventDefault();
      e.stopPropagation();
      if (isEditing()) g.stopEditing();
      const r = selected();
      const b = r ? boundsOf(r) : null;
      const block = b !== null && b.bottom > b.top && rowIndex >= b.top && rowIndex <= b.bottom;
      const ids: string[] = [];
      for (let i = block ? b.top : rowIndex; i <= (block ? b.bottom : rowIndex); i++) {
        const id = g.getDisplayedRowAtIndex(i)?.data?.id;
        if (id) ids.push(id);
      }
      if (ids.length === 0) return;
      const at = { x: e.clientX, y: e.clientY };
      drag = { ids, rowIndex, startX: at.x, startY: at.y, ...at, started: false, line: null, ghost: null, frame: 0 };
      window.addEventListener('mousemove', onMove, true);
      window.addEventListener('mouseup', onUp, true);
      window.addEventListener('keydown', onKey, true);
      window.addEventListener('blur', end);
    };

    // AG Grid moves its focus on pointerdown: a press on the handle never reaches it.
    const onPointerDown = (e: PointerEvent) => {
      if (e.button === 0 && handleUnder(e) !== null) e.stopPropagation();
    };
    el.addEventListener('pointerdown', onPointerDown, true);
    el.addEventListener('mousedown', onDown, true);
    return () => {
      el.removeEventListener('pointerdown', onPointerDown, true);
      el.removeEventListener('mousedown', onDown, true);
      end();
    };
  }, [api, doc, view, isEditing, selected, focusKeeping, followRows, stopFollowing, host]);
}
