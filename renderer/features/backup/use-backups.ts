// 备份与恢复: the list of backups, a backup now, and restoring one (the page reloads on the restored data).
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/api';
import { errorText, invoke } from '../../app/api-client';

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function useBackups(onError: (text: string) => void, onRestored: () => void) {
  const [folder, setFolder] = useState('');
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(async () => {
    try {
      const out = await invoke('backup.list', {});
      setFolder(out.folder);
      setBackups(out.backups);
    } catch (e) {
      onError(errorText(e));
    }
  }, [onError]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const run = async (call: () => Promise<unknown>, after: () => void | Promise<void>) => {
    setBusy(true);
    try {
      await call();
      await after();
    } catch (e) {
      onError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return {
    folder,
    backups,
    busy,
    backupNow: () => run(() => invoke('backup.create', {}), refresh),
    restore: (name: string) => run(() => invoke('backup.restore', { name }), onRestored),
    restoreFile: (file: File) => run(async () => invoke('backup.restoreFile', { fileName: file.name, data: toBase64(await file.arrayBuffer()) }), onRestored),
  };
}
