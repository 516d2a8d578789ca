// One app at a time on a data folder: a lock file holding the owner's process id; a stale one (its process gone,
// as after a crash) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';

export const LOCK_FILE = 'peidang.lock';

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as { code?: string }).code === 'EPERM';
  }
}

function ownerOf(file: string): number | null {
  try {
    return Number(readFileSync(file, 'utf8').trim());
  } catch {
    return null;
  }
}

/** Takes the data folder for this process; returns the function that gives it back. */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e;
      const owner = ownerOf(file);
      // null: the other process removed it between our two looks; try again.
      if (owner === null) continue;
      if (!alive(owner)) {
        rmSync(file, { force: true });
        continue;
      }
      throw new AppError('ALREADY_RUNNING', { dataDir, pid: owner });
    }
  }
  throw new AppError('ALREADY_RUNNING', { dataDir });
}
