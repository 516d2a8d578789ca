// The selected block of cells, as a spreadsheet keeps it: an anchor and a focus in display coordinates, extended
// with Shift, published to the editor whenever it changes.
import { useCallback, useEffect, useRef } from 'react';
import type { CellFocusedEvent, IRowNode } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import { boundsOf, contains, isSingleCell, type CellPos, type CellRange } from './cell-range';
import type { SelectionInfo } from './grid-types';
import type { GridCore } from './use-grid-core';
import { cellUnder } from './grid-ids';
import { useLatest } from '../app/use-latest';

/** Keys that move the focus in the grid; with Shift they extend the selection. */
const MOVE_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Tab',
  'Enter',
]);

export interface Selection {
  current: () => CellRange | null;
  set: (next: CellRange | null) => void;
  /**
   * The selection as it is now. AG Grid tells of a focus change a moment after it happens: a key pressed right
   * after a click (Ctrl+V, Delete) must act on the cell clicked, and a shift-click on the block it makes.
   */
  live: () => CellRange | null;
  info: () => SelectionInfo;
  /** Whether a cell is inside a block of more than one cell (the block's cells are marked). */
  inBlock: (rowIndex: number, col: number) => boolean;
  onCellFocused: (e: CellFocusedEvent<Row>) => void;
  /** Moves the grid's focus without touching the selected block (the keyboard given back to the grid). */
  focusKeeping: (row: number, colId: string) => void;
  /** Selects every cell the grid shows (Ctrl+A). */
  selectAll: () => void;
}

const samePos = (a: CellPos | null, b: CellPos) => a !== null && a.row === b.row && a.col === b.col;

export function useSelection(core: GridCore, onSelectionChange: (info: SelectionInfo) => void): Selection {
  const { api, cellPos } = core;
  const range = useRef<CellRange | null>(null);
  /** Whether Shift was down at the last click or focus-moving key. */
  const shiftAtMove = useRef(false);
  const keepRange = useRef(false);
  /** The focused cell the selection last followed: a focus still there changes nothing. */
  const seen = useRef<CellPos | null>(null);
  /** A right-click inside the block: the focus it moves keeps the block, as in Excel. */
  const keepOnce = useRef(false);
  /**
   * The cell focusKeeping put the focus on, until the clerk next clicks or presses a key: when the grid holds the
   * page's focus it moves the browser's focus there too, and tells of that focus once more, after focusKeeping has
   * returned; that second telling must not shrink the block either.
   */
  const kept = useRef<CellPos | null>(null);
  const publishTo = useLatest(onSelectionChange);

  const info = useCallback((): SelectionInfo => {
    const r = range.current;
    const g = api.current;
    if (!r || !g) return { rows: [], bounds: null };
    const b = boundsOf(r);
    const picked: Row[] = [];
    for (let i = b.top; i <= b.bottom; i++) {
      const d = g.getDisplayedRowAtIndex(i)?.data;
      if (d) picked.push(d);
    }
    return { rows: picked, bounds: b };
  }, [api]);

  const set = useCallback(
    (next: CellRange | null) => {
      const g = api.current;
      const before = range.current ? boundsOf(range.current) : null;
      range.current = next;
      const after = next ? boundsOf(next) : null;
      if (g) {
        // The rows that were or are in the block redraw their marks.
        const nodes: IRowNode<Row>[] = [];
        const top = Math.min(before?.top ?? Infinity, after?.top ?? Infinity);
        const bottom = Math.max(before?.bottom ?? -1, after?.bottom ?? -1);
        for (let i = top; i <= bottom; i++) {
          const n = g.getDisplayedRowAtIndex(i);
          if (n) nodes.push(n);
        }
        if (nodes.length > 0) g.refreshCells({ rowNodes: nodes, suppressFlash: true });
      }
      publishTo.current(info());
    },
    [api, info, publishTo],
  );

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<Row>) => {
      if (e.rowIndex === null || !e.column || typeof e.column === 'string') return;
      const pos = cellPos(e.rowIndex, e.column.getColId());
      seen.current = pos;
      if (samePos(kept.current, pos)) return;
      if (keepRange.current || keepOnce.current) {
        keepOnce.current = false;
        return;
      }
      // Shift as it was at the click or key that moved the focus (this event comes a moment later); used once, so
      // that a focus moved by the app (find, go to) never extends the selection.
      const extend = shiftAtMove.current;
      shiftAtMove.current = false;
      if (extend && range.current) set({ anchor: range.current.anchor, focus: pos });
      else set({ anchor: pos, focus: pos });
    },
    [set, cellPos],
  );

  useEffect(() => {
    const note = (e: KeyboardEvent | MouseEvent) => {
      kept.current = null;
      // A click, or a key that moves the focus: whether it extends the selection is known now, the focus later.
      if (e.type === 'mousedown' || MOVE_KEYS.has((e as KeyboardEvent).key)) shiftAtMove.current = e.shiftKey;
      if (e instanceof MouseEvent && e.type === 'mousedown') {
        const cell = e.button === 2 ? cellUnder(e) : null;
        const r = range.current;
        const pos = cell ? cellPos(cell.rowIndex, cell.colId) : null;
        keepOnce.current = !!(r && pos && contains(boundsOf(r), pos.row, pos.col));
      }
    };
    window.addEventListener('keydown', note, true);
    window.addEventListener('mousedown', note, true);
    return () => {
      window.removeEventListener('keydown', note, true);
      window.removeEventListener('mousedown', note, true);
    };
  }, [cellPos]);

  const live = useCallback((): CellRange | null => {
    const r = range.current;
    const f = api.current?.getFocusedCell();
    if (!f || f.rowIndex === null || typeof f.column === 'string' || !f.column) return r;
    const pos = cellPos(f.rowIndex, f.column.getColId());
    if (samePos(seen.current, pos) || (r && samePos(r.focus, pos))) return r;
    seen.current = pos;
    const next = shiftAtMove.current && r ? { anchor: r.anchor, focus: pos } : { anchor: pos, focus: pos };
    set(next);
    return next;
  }, [api, cellPos, set]);

  const inBlock = useCallback((rowIndex: number, col: number) => {
    const r = range.current;
    if (!r) return false;
    const b = boundsOf(r);
    return !isSingleCell(b) && contains(b, rowIndex, col);
  }, []);

  const focusKeeping = useCallback(
    (row: number, colId: string) => {
      keepRange.current = true;
      kept.current = cellPos(row, colId);
      try {
        api.current?.setFocusedCell(row, colId);
      } finally {
        keepRange.current = false;
      }
    },
    [api, cellPos],
  );

  const selectAll = useCallback(() => {
    const g = api.current;
    const rows = g?.getDisplayedRowCount() ?? 0;
    const cols = g?.getAllDisplayedColumns().length ?? 0;
    if (rows > 0 && cols > 0) set({ anchor: { row: 0, col: 0 }, focus: { row: rows - 1, col: cols - 1 } });
  }, [api, set]);

  const current = useCallback(() => range.current, []);
  return { current, set, live, info, inBlock, onCellFocused, focusKeeping, selectAll };
}
