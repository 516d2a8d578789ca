// The grid's own keys, taken before AG Grid's: Delete, Ctrl+D, Ctrl+A, Ctrl+Home/End, Enter on the last row and Tab
// on the last cell (a new row, as a clerk goes on typing), a Chinese input method's first key, and the keys an open
// unit list keeps while editing.
import { useCallback, useMemo } from 'react';
import type { ColDef, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import { DEFAULT_COL_DEF } from './columns';
import type { GridClipboard } from './use-grid-clipboard';
import type { GridCore } from './use-grid-core';
import { useLatest } from '../app/use-latest';
import type { Selection } from './use-selection';

/** Whether a key goes on past the last row: Enter on it, or Tab on its last cell (with no filter hiding rows). */
function continuesPastEnd(p: SuppressKeyboardEventParams<Row>, filtered: boolean): boolean {
  const e = p.event;
  if (
    filtered ||
    e.ctrlKey ||
    e.metaKey ||
    e.altKey ||
    e.shiftKey ||
    p.node.rowIndex !== p.api.getDisplayedRowCount() - 1
  )
    return false;
  if (e.key === 'Enter')
    return !(p.editing && e.target instanceof HTMLElement && e.target.dataset.suggesting === 'true');
  const cols = p.api.getAllDisplayedColumns();
  return e.key === 'Tab' && cols[cols.length - 1]?.getColId() === p.column.getColId();
}

export function useGridKeys(
  core: GridCore,
  clipboard: GridClipboard,
  selection: Selection,
  onAddRow: () => void,
): ColDef<Row, string> {
  const { clear, fillDown } = clipboard;
  const { selectAll } = selection;
  const { passes } = core;
  const addRow = useLatest(onAddRow);
  const suppressKeyboardEvent = useCallback(
    (p: SuppressKeyboardEventParams<Row>) => {
      const e = p.event;
      const ctrl = e.ctrlKey || e.metaKey;
      if (continuesPastEnd(p, passes.current !== null)) {
        if (e.type !== 'keydown') return !p.editing;
        // Editing, Enter ends the edit as usual (the new row comes after the edit is saved); Tab is taken here.
        if (e.key === 'Tab') {
          e.preventDefault();
          p.api.stopEditing();
        }
        addRow.current();
        return !p.editing || e.key === 'Tab';
      }
      if (p.editing) {
        // While the unit list is open, its keys choose a unit instead of ending the edit.
        const suggesting = e.target instanceof HTMLElement && e.target.dataset.suggesting === 'true';
        return (
          (e.key === 'Enter' && e.altKey) ||
          (suggesting && ['Enter', 'Escape', 'ArrowUp', 'ArrowDown', 'Tab'].includes(e.key))
        );
      }
      if (e.key === 'Delete') {
        if (e.type === 'keydown') clear();
        return true;
      }
      if (ctrl && !e.shiftKey && e.key.toLowerCase() === 'd') {
        if (e.type === 'keydown') {
          e.preventDefault();
          fillDown();
        }
        return true;
      }
      if (ctrl && e.key.toLowerCase() === 'a') {
        if (e.type === 'keydown') {
          e.preventDefault();
          selectAll();
        }
        return true;
      }
      // Ctrl+Enter is 在下方插入行, for the editor's keys.
      if (ctrl && e.key === 'Enter') return true;
      // Ctrl+Home / Ctrl+End go to the first / last row, keeping the column, as in Excel.
      if (ctrl && (e.key === 'Home' || e.key === 'End')) {
        const last = p.api.getDisplayedRowCount() - 1;
        if (e.type === 'keydown' && last >= 0) {
          const target = e.key === 'Home' ? 0 : last;
          p.api.ensureIndexVisible(target);
          p.api.setFocusedCell(target, p.column.getColId());
        }
        return true;
      }
      // Chinese input methods send 'Process': start editing so the composition lands in the editor.
      if (e.key === 'Process' && e.type === 'keydown' && p.node.rowIndex !== null) {
        p.api.startEditingCell({ rowIndex: p.node.rowIndex, colKey: p.column.getColId(), key: 'Process' });
        return true;
      }
      return (ctrl || e.altKey) && e.key !== 'c' && e.key !== 'v' && e.key !== 'x' && e.key.length === 1;
    },
    [clear, fillDown, selectAll, passes, addRow],
  );
  return useMemo(() => ({ ...DEFAULT_COL_DEF, suppressKeyboardEvent }), [suppressKeyboardEvent]);
}
