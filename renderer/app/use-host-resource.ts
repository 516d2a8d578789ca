// Something the host holds that a view shows (plans, units, backups): loaded once, reloaded after each command,
// and every failure told to the user in Chinese.
import { useCallback, useEffect, useState } from 'react';
import { errorText } from './api-client';

export interface HostResource<T> {
  data: T | undefined;
  refresh: () => Promise<void>;
  /** Runs a command, then reloads; answers undefined when it failed (the user has been told why). */
  attempt: <R>(call: () => Promise<R>) => Promise<R | undefined>;
}

export function useHostResource<T>(load: () => Promise<T>, onError: (text: string) => void): HostResource<T> {
  const [data, setData] = useState<T>();
  const refresh = useCallback(async () => {
    try {
      setData(await load());
    } catch (e) {
      onError(errorText(e));
    }
  }, [load, onError]);
  // The first load (and another when what to load changes); a reply to a load no longer wanted is dropped.
  useEffect(() => {
    let wanted = true;
    load().then(
      (d) => wanted && setData(d),
      (e: unknown) => wanted && onError(errorText(e)),
    );
    return () => {
      wanted = false;
    };
  }, [load, onError]);
  const attempt = useCallback(
    async <R>(call: () => Promise<R>): Promise<R | undefined> => {
      try {
        const out = await call();
        await refresh();
        return out;
      } catch (e) {
        onError(errorText(e));
        return undefined;
      }
    },
    [refresh, onError],
  );
  return { data, refresh, attempt };
}
