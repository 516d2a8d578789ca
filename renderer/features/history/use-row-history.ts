// The 修改记录 of a row, read from the host when the dialog opens; the cell view keeps one column's changes.
import { useEffect, useState } from 'react';
import { entriesOfKey, type HistoryEntry } from '../../../shared/domain/history';
import { errorText, invoke } from '../../app/api-client';

export function useRowHistory(
  planId: string,
  rowId: string,
  key: string | null,
  onError: (text: string) => void,
): HistoryEntry[] | undefined {
  const [entries, setEntries] = useState<HistoryEntry[]>();
  useEffect(() => {
    let live = true;
    invoke('history.ofRow', { planId, rowId }).then(
      (all) => live && setEntries(key === null ? all : entriesOfKey(all, key)),
      (e: unknown) => live && onError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [planId, rowId, key, onError]);
  return entries;
}
