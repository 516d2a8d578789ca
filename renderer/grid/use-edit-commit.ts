// The edit in progress in this grid is committed when the clerk goes elsewhere (pending-edits.ts asks for it), and
// when the grid itself goes away (another plan opened): typed text is never dropped, only Esc drops it.
import { useEffect, useLayoutEffect } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import type { PlanDoc } from '../features/editor/use-plan-doc';
import { isLeaving, onCommitEdits } from '../app/pending-edits';
import { SEQ_COL } from './grid-ids';
import type { GridCore } from './use-grid-core';

/** Sends the editor's text as it stands, read from the editor itself rather than through the grid's closing of it. */
function sendTyped(g: GridApi<Row>, doc: PlanDoc): void {
  const cell = g.getEditingCells()[0];
  const row = cell ? g.getDisplayedRowAtIndex(cell.rowIndex)?.data : undefined;
  const colId = cell?.column?.getColId();
  const typed = document.querySelector<HTMLTextAreaElement>('.ag-popup-editor textarea.pd-text-editor');
  if (!row || !colId || !typed) return;
  const key = colId === SEQ_COL ? 'title' : colId;
  // An editor opened and left as it was changes nothing: no action for the history, no call to wait for.
  const before = key === 'title' ? row.title : (row.cells[key] ?? '');
  if (typed.value === before) return;
  void doc.setCells([{ rowId: row.id, key, value: typed.value }], [], undefined, 'typed');
}

/**
 * The text goes to the host at once, then the editor is closed without a second commit. As the page goes away the
 * editor is left as it is: there is no time to redraw, only to send.
 */
function commitIn(g: GridApi<Row> | undefined, doc: PlanDoc): void {
  if (!g || g.getEditingCells().length === 0) return;
  sendTyped(g, doc);
  if (!isLeaving()) g.stopEditing(true);
}

export function useEditCommit(core: GridCore): void {
  const { api, doc } = core;
  useEffect(() => {
    const commit = () => commitIn(api.current, doc.current);
    const off = onCommitEdits(commit);
    // A press outside the grid and its editor (the plan list, a toolbar button): committed before the grid closes
    // its popup editor on that press (which drops what is typed when another plan then replaces the grid).
    const onDown = (e: MouseEvent) => {
      const t = e.target instanceof Element ? e.target : null;
      if (t && !t.closest('.pd-grid, .ag-popup-editor')) commit();
    };
    window.addEventListener('mousedown', onDown, true);
    return () => {
      off();
      window.removeEventListener('mousedown', onDown, true);
    };
  }, [api, doc]);
  // A layout effect's cleanup runs before the grid's own teardown: the editor is still there to be read.
  useLayoutEffect(() => () => commitIn(api.current, doc.current), [api, doc]);
}
