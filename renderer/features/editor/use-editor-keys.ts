// The editor's keyboard shortcuts, heard from anywhere in the window (a closed menu leaves focus on the page).
import { useEffect } from 'react';
import type { RowCommands } from './use-row-commands';
import { useLatest } from '../../app/use-latest';

/** `openFind(true)` opens the find bar with its replace fields (Ctrl+H), `openFind(false)` without (Ctrl+F). */
export function useEditorKeys(commands: RowCommands, openFind: (replace: boolean) => void): void {
  const latest = useLatest({ commands, openFind });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const { commands: c, openFind: find } = latest.current;
      const target = e.target instanceof HTMLElement ? e.target : null;
      // Text fields and dialogs keep their own keys (Ctrl+Z in a field undoes typing there).
      if (target?.closest('input, textarea, select, [role="dialog"]')) {
        const k = e.key.toLowerCase();
        // A cell's editor pops up in AG Grid's own role="dialog" layer: it is the grid's, not a dialog's.
        if (
          (e.ctrlKey || e.metaKey) &&
          (k === 'f' || k === 'h') &&
          !target.closest('[role="dialog"]:not(.ag-popup-editor)')
        ) {
          e.preventDefault();
          find(k === 'h');
        }
        return;
      }
      const ctrl = e.ctrlKey || e.metaKey;
      const k = e.key.toLowerCase();
      if (ctrl && k === 'f') find(false);
      else if (ctrl && k === 'h') find(true);
      else if (ctrl && !e.shiftKey && k === 'z') c.undo();
      else if (ctrl && (k === 'y' || (e.shiftKey && k === 'z'))) c.redo();
      else if (e.altKey && e.key === 'ArrowUp') c.moveUp();
      else if (e.altKey && e.key === 'ArrowDown') c.moveDown();
      else if (ctrl && e.shiftKey && (e.key === '+' || e.key === '=')) c.insertAbove();
      else if (ctrl && !e.shiftKey && e.key === 'Enter') c.insertBelow();
      else if (ctrl && e.key === '-') c.deleteRows();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
