// The grid's own keys, taken before AG Grid's: Delete, Ctrl+D, Ctrl+Home/End, a Chinese input method's first key,
// and the keys an open unit list keeps while editing.
import { useCallback, useMemo } from 'react';
import type { ColDef, SuppressKeyboardEventParams } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import { DEFAULT_COL_DEF } from './columns';
import type { GridClipboard } from './use-grid-clipboard';

export function useGridKeys(clipboard: GridClipboard): ColDef<Row, string> {
  const { clear, fillDown } = clipboard;
  const suppressKeyboardEvent = useCallback(
    (p: SuppressKeyboardEventParams<Row>) => {
      const e = p.event;
      const ctrl = e.ctrlKey || e.metaKey;
      if (p.editing) {
        // While the unit list is open, its keys choose a unit instead of ending the edit.
        const suggesting = e.target instanceof HTMLElement && e.target.dataset.suggesting === 'true';
        return (e.key === 'Enter' && e.altKey) || (suggesting && ['Enter', 'Escape', 'ArrowUp', 'ArrowDown', 'Tab'].includes(e.key));
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
    [clear, fillDown],
  );
  return useMemo(() => ({ ...DEFAULT_COL_DEF, suppressKeyboardEvent }), [suppressKeyboardEvent]);
}
