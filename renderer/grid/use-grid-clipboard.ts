// Copy, cut, paste, clear and fill down on the selected block: the system clipboard's copy, cut and paste events
// on the grid, and the same commands for the editor's menu. The rules themselves live in clipboard.ts.
import { useCallback, useEffect, type RefObject } from 'react';
import { boundsOf } from './cell-range';
import { clearEdits, copyText, fillDownEdits, pasteEdits } from './clipboard';
import { pastedBlock } from './html-table';
import type { GridCore } from './use-grid-core';
import type { Selection } from './use-selection';

export interface GridClipboard {
  copy: () => { text: string; html: string } | null;
  paste: (text: string, html?: string) => void;
  clear: (label?: string) => void;
  fillDown: () => void;
}

export function useGridClipboard(core: GridCore, selection: Selection, host: RefObject<HTMLDivElement | null>): GridClipboard {
  const { view, doc, isEditing } = core;
  const copy = useCallback(() => {
    const r = selection.live();
    return r ? copyText(view(), boundsOf(r)) : null;
  }, [view, selection]);

  const paste = useCallback(
    (text: string, html = '') => {
      const r = selection.live();
      if (!r) return;
      const b = boundsOf(r);
      const block = pastedBlock(text, html);
      if (block.length === 0) return;
      const { edits, append } = pasteEdits(view(), b, block);
      if (edits.length === 0 && append.length === 0) return;
      void doc.current.setCells(edits, append, '粘贴');
      if (block.length === 1 && block[0]!.length === 1) return;
      // The pasted block is selected, as Excel selects it.
      const width = Math.max(...block.map((x) => x.length));
      const last = view().colIds.length - 1;
      selection.set({ anchor: { row: b.top, col: b.left }, focus: { row: b.top + block.length - 1, col: Math.min(last, b.left + width - 1) } });
    },
    [view, selection, doc],
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
      if (isEditing() || !e.clipboardData) return;
      e.preventDefault();
      paste(e.clipboardData.getData('text/plain'), e.clipboardData.getData('text/html'));
    };
    // Ctrl+X: the text goes to the clipboard and the cells are emptied at once, one action that Ctrl+Z takes back.
    const onCut = (e: ClipboardEvent) => {
      onCopy(e);
      if (e.defaultPrevented) clear('剪切');
    };
    el.addEventListener('copy', onCopy);
    el.addEventListener('paste', onPaste);
    el.addEventListener('cut', onCut);
    return () => {
      el.removeEventListener('copy', onCopy);
      el.removeEventListener('paste', onPaste);
      el.removeEventListener('cut', onCut);
    };
  }, [host, isEditing, copy, paste, clear]);

  return { copy, paste, clear, fillDown };
}
