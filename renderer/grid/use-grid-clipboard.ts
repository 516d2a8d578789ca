// Copy, cut, paste, clear and fill down on the selected block: the system clipboard's copy, cut and paste events
// on the grid, and the same commands for the editor's menu. The rules themselves live in clipboard.ts.
import { useCallback, useEffect, type RefObject } from 'react';
import { messageOf } from '../../shared/messages.zh-CN';
import { boundsOf, type Bounds } from './cell-range';
import { clearEdits, copyText, fillDownEdits, pasteEdits } from './clipboard';
import { pastedRows, startsWithNumbers, type PastedRow } from './paste-block';
import { useLatest } from '../app/use-latest';
import type { GridCore } from './use-grid-core';
import type { Selection } from './use-selection';

export interface GridClipboard {
  copy: () => { text: string; html: string } | null;
  paste: (text: string, html?: string) => void;
  clear: (label?: string) => void;
  fillDown: () => void;
}

/** Where a paste lands in an empty plan: at 序号 when the block starts with one (a whole table), else after it. */
const emptyPlanAt = (rows: readonly PastedRow[]): Bounds => {
  const left = startsWithNumbers(rows) ? 0 : 1;
  return { top: 0, bottom: 0, left, right: left };
};

/**
 * Whether a paste event is the grid's: on the grid, or anywhere but a text field or a dialog when the plan is empty
 * (there is no cell to focus; the focus is where 新建 left it).
 */
function isGridPaste(e: Event, host: HTMLElement, empty: boolean): boolean {
  const t = e.target instanceof Element ? e.target : null;
  if (t && host.contains(t)) return true;
  return empty && !t?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]');
}

export function useGridClipboard(
  core: GridCore,
  selection: Selection,
  host: RefObject<HTMLDivElement | null>,
  onError: (text: string) => void,
): GridClipboard {
  const { view, doc, isEditing } = core;
  const tell = useLatest(onError);
  const copy = useCallback(() => {
    const r = selection.live();
    return r ? copyText(view(), boundsOf(r)) : null;
  }, [view, selection]);

  const paste = useCallback(
    (text: string, html = '') => {
      const r = selection.live();
      const v = view();
      const rows = pastedRows(text, html);
      const b = r ? boundsOf(r) : v.rowCount === 0 ? emptyPlanAt(rows) : null;
      if (!b || rows.length === 0) return;
      const plan = pasteEdits(v, b, rows);
      if (plan.refusedAt) {
        tell.current(messageOf('PASTE_OVER_SECTION', { row: plan.refusedAt }));
        return;
      }
      if (plan.edits.length === 0 && plan.append.length === 0) return;
      void doc.current.setCells(plan.edits, plan.append, '粘贴', 'paste');
      const only = rows.length === 1 ? rows[0] : undefined;
      if (only?.kind === 'item' && only.cells.length === 1) return;
      // The pasted block is selected, as Excel selects it.
      const width = Math.max(...rows.map((x) => (x.kind === 'item' ? x.cells.length : 1)));
      const last = v.colIds.length - 1;
      selection.set({
        anchor: { row: b.top, col: b.left },
        focus: { row: b.top + plan.height - 1, col: Math.min(last, b.left + width - 1) },
      });
    },
    [view, selection, doc, tell],
  );

  const clear = useCallback(
    (label = '清除内容') => {
      const r = selection.live();
      if (!r) return;
      const edits = clearEdits(view(), boundsOf(r));
      if (edits.length > 0) void doc.current.setCells(edits, [], label);
    },
    [view, selection, doc],
  );

  const fillDown = useCallback(() => {
    const r = selection.live();
    if (!r) return;
    const edits = fillDownEdits(view(), boundsOf(r));
    if (edits.length > 0) void doc.current.setCells(edits, [], '向下填充');
  }, [view, selection, doc]);

  // The system clipboard: Ctrl+C / Ctrl+V arrive as copy and paste events on the focused cell.
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const onCopy = (e: ClipboardEvent) => {
      if (isEditing() || !e.clipboardData) return;
      const out = copy();
      if (!out) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', out.text);
      e.clipboardData.setData('text/html', out.html);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditing() || !e.clipboardData || !isGridPaste(e, el, view().rowCount === 0)) return;
      e.preventDefault();
      paste(e.clipboardData.getData('text/plain'), e.clipboardData.getData('text/html'));
    };
    // Ctrl+X: the text goes to the clipboard and the cells are emptied at once, one action that Ctrl+Z takes back.
    const onCut = (e: ClipboardEvent) => {
      onCopy(e);
      if (e.defaultPrevented) clear('剪切');
    };
    el.addEventListener('copy', onCopy);
    // Heard on the document: in an empty plan no cell has the focus, and Ctrl+V there still makes the rows.
    document.addEventListener('paste', onPaste);
    el.addEventListener('cut', onCut);
    return () => {
      el.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
      el.removeEventListener('cut', onCut);
    };
  }, [host, isEditing, copy, paste, clear, view]);

  return { copy, paste, clear, fillDown };
}
