// One app at a time on a data folder: a lock file holding the owner's process id and the time that process started.
// A lock whose process is gone, or whose id now belongs to another process (ids are reused after a crash), is taken over.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';

export const LOCK_FILE = 'peidang.lock';

interface LockOwner {
  pid: number;
  /** When the process started, as the system tells it (processStart); absent in locks written before it was kept. */
  started?: string;
}

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

/**
 * When a process started, as a text that is the same each time it is asked and differs for another process with the
 * same id: Linux's starttime (clock ticks since boot, /proc/PID/stat), `ps -o lstart` on macOS, the creation time
 * Windows keeps. null when the system does not say (the process gone, or no way to ask).
 */
export function processStart(pid: number): string | null {
  if (process.platform === 'linux') {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name, in parentheses, may hold spaces: fields are counted after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return fields[19] ?? null;
    } catch {
      return null;
    }
  }
  const run =
    process.platform === 'win32'
      ? spawnSync('powershell.exe', ['-NoProfile', '-Command', `(Get-Process -Id ${pid}).StartTime.ToFileTimeUtc()`], {
          encoding: 'utf8',
          timeout: 10_000,
          windowsHide: true,
        })
      : spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 10_000 });
  const text = run.status === 0 ? run.stdout.trim() : '';
  return text === '' ? null : text;
}

function ownerOf(file: string): LockOwner | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
  // Locks written before the start time was kept hold the process id alone.
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return { pid: Number(owner.pid), ...(typeof owner.started === 'string' ? { started: owner.started } : {}) };
  } catch {
    // A lock cut short (a crash while it was written) holds no owner that could still be running.
    return { pid: 0 };
  }
}

/** Whether the lock's owner is a running 配档助手: its process is alive and started when the lock says. */
function running(owner: LockOwner): boolean {
  if (!alive(owner.pid)) return false;
  if (owner.started === undefined) return true;
  const started = processStart(owner.pid);
  // When the system cannot say, the process is taken to be the owner: refusing to start is safer than two apps.
  return started === null || started === owner.started;
}

/** Takes the data folder for this process; returns the function that gives it back. */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  const started = processStart(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, ...(started !== null ? { started } : {}) }));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e;
      const owner = ownerOf(file);
      // null: the other process removed it between our two looks; try again.
      if (owner === null) continue;
      if (!running(owner)) {
        rmSync(file, { force: true });
        continue;
      }
      throw new AppError('ALREADY_RUNNING', { dataDir, pid: owner.pid });
    }
  }
  throw new AppError('ALREADY_RUNNING', { dataDir });
}
