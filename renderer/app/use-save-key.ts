// Ctrl+S, pressed out of habit from Excel and WPS: every change is saved as it is made, so the key says so instead of
// letting the browser offer to save the page.
import { useEffect } from 'react';
import { commitEdits } from './pending-edits';
import { useLatest } from './use-latest';

export const SAVED_BY_ITSELF = '配档助手随改随存，所有修改都已自动保存，不需要按 Ctrl+S。';

export function useSaveKey(onNotice: (text: string) => void): void {
  const notice = useLatest(onNotice);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      // Pressed while typing in a cell: the text is committed, so that the message tells the truth.
      commitEdits();
      notice.current(SAVED_BY_ITSELF);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [notice]);
}
