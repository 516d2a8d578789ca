// Where the keyboard is: a cell focused on request (find, go to), or once the grid shows the row a command created
// or moved; a new row is then edited at once (a new section's title selected, to type over), moved rows stay selected.
import { useCallback, useRef } from 'react';
import type { GridCore } from './use-grid-core';
import { SEQ_COL } from './grid-ids';
import type { Selection } from './use-selection';
import type { EditHint } from './edit-hint';

export interface GridFocus {
  focusCell: (rowId: string, colId?: string) => void;
  focusAfterUpdate: (rowId: string, edit?: boolean) => void;
  /** Selects the rows (by id, wherever they now are) once the grid shows them, keeping the block's columns. */
  followRows: (ids: string[]) => Promise<void>;
  stopFollowing: () => void;
  /** For the grid's rowDataUpdated: heights first, then the focus a command asked for. */
  onRowDataUpdated: () => void;
}

/** How long a new row's editor waits for the grid to draw the row: about a second. */
const EDIT_WAIT_FRAMES = 60;

export function useGridFocus(
  core: GridCore,
  selection: Selection,
  refreshHeights: () => void,
  hint: EditHint,
): GridFocus {
  const { api, colIds } = core;
  const pending = useRef<{ rowId: string; edit: boolean } | null>(null);
  const following = useRef<{ ids: string[]; done: () => void } | null>(null);

  /** A section row is one cell wide (its title in 序号); an item's first plan column is where typing starts. */
  const columnFor = useCallback(
    (kind: string | undefined, colId?: string) => (kind === 'section' ? SEQ_COL : (colId ?? colIds()[1] ?? SEQ_COL)),
    [colIds],
  );

  const focusCell = useCallback(
    (rowId: string, colId?: string) => {
      const g = api.current;
      const node = g?.getRowNode(rowId);
      if (!g || !node || node.rowIndex === null) return;
      const col = columnFor(node.data?.kind, colId);
      g.ensureIndexVisible(node.rowIndex);
      g.ensureColumnVisible(col);
      g.setFocusedCell(node.rowIndex, col);
    },
    [api, columnFor],
  );

  /** The moved rows selected where they are now; false while the grid does not show them yet. */
  const selectFollowed = useCallback((): boolean => {
    const f = following.current;
    const g = api.current;
    const at =
      f?.ids.map((id) => g?.getRowNode(id)?.rowIndex).filter((i): i is number => i !== null && i !== undefined) ?? [];
    if (!f || !g || at.length !== f.ids.length) return false;
    following.current = null;
    const r = selection.current();
    const left = r ? Math.min(r.anchor.col, r.focus.col) : 1;
    const right = r ? Math.max(r.anchor.col, r.focus.col) : 1;
    const top = Math.min(...at);
    selection.set({ anchor: { row: top, col: left }, focus: { row: Math.max(...at), col: right } });
    const col = colIds()[left];
    g.ensureIndexVisible(top);
    if (col) selection.focusKeeping(top, col);
    f.done();
    return true;
  }, [api, selection, colIds]);

  /**
   * Opens the editor on a new row once the grid has drawn it: a grid scrolled to a row may draw it some frames later
   * (on a busy machine), and an editor asked for a row not drawn yet never opens.
   */
  const editWhenDrawn = useCallback(
    function edit(rowId: string, frames: number): void {
      const g = api.current;
      const node = g?.getRowNode(rowId);
      if (!g || !node || node.rowIndex === null) return;
      if (!g.getRenderedNodes().includes(node)) {
        if (frames > 0) requestAnimationFrame(() => edit(rowId, frames - 1));
        return;
      }
      hint.selectOnce(node.data?.kind === 'section');
      g.startEditingCell({ rowIndex: node.rowIndex, colKey: columnFor(node.data?.kind) });
    },
    [api, hint, columnFor],
  );

  const onRowDataUpdated = useCallback(() => {
    refreshHeights();
    selectFollowed();
    const p = pending.current;
    const g = api.current;
    if (!p || !g?.getRowNode(p.rowId)) return;
    pending.current = null;
    focusCell(p.rowId);
    if (p.edit) editWhenDrawn(p.rowId, EDIT_WAIT_FRAMES);
  }, [api, focusCell, refreshHeights, selectFollowed, editWhenDrawn]);

  const focusAfterUpdate = useCallback(
    (rowId: string, edit = false) => {
      pending.current = { rowId, edit };
      // The grid may already show the change: then the next frame does it.
      requestAnimationFrame(onRowDataUpdated);
    },
    [onRowDataUpdated],
  );

  // Asked for before the change is sent, so that the grid's update cannot come first; a failed change stops it.
  const followRows = useCallback((ids: string[]) => {
    following.current?.done();
    return new Promise<void>((done) => {
      following.current = { ids, done };
    });
  }, []);
  const stopFollowing = useCallback(() => {
    following.current?.done();
    following.current = null;
  }, []);

  return { focusCell, focusAfterUpdate, followRows, stopFollowing, onRowDataUpdated };
}
