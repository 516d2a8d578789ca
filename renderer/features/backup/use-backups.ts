// 备份与恢复: the list of backups, a backup now, and restoring one (the page reloads on the restored data).
import { useState } from 'react';
import { invoke } from '../../app/api-client';
import { toBase64 } from '../../app/base64';
import { useHostResource } from '../../app/use-host-resource';

const load = () => invoke('backup.list', {});

export function useBackups(onError: (text: string) => void, onRestored: (from: string) => void) {
  const { data, attempt } = useHostResource(load, onError);
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<unknown>, after?: () => void) => {
    setBusy(true);
    const done = await attempt(call);
    setBusy(false);
    if (done !== undefined) after?.();
  };
  return {
    folder: data?.folder ?? '',
    backups: data?.backups ?? [],
    busy,
    backupNow: () => run(() => invoke('backup.create', {})),
    /** `shown` is the backup as the clerk picked it (its time), for the message after the restore. */
    restore: (name: string, shown: string) =>
      run(
        () => invoke('backup.restore', { name }),
        () => onRestored(shown),
      ),
    restoreFile: (file: File) =>
      run(
        async () => invoke('backup.restoreFile', { fileName: file.name, data: toBase64(await file.arrayBuffer()) }),
        () => onRestored(file.name),
      ),
  };
}
