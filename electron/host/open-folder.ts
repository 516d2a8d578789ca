// Shows a folder in the system's file manager (Explorer, Finder, the desktop's own), detached from the host; a
// folder that is not there, or an opener that cannot start, is said in Chinese. PEIDANG_FOLDER_OPENER names
// another program to run instead (the tests' stand-in, so no window opens).
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve as absolute } from 'node:path';
import { AppError } from '../../shared/errors';
import type { DesktopShell } from './context';

/** The program that opens a folder on this system. */
function opener(): string {
  const chosen = process.env.PEIDANG_FOLDER_OPENER;
  if (chosen) return chosen;
  if (process.platform === 'win32') return 'explorer.exe';
  if (process.platform === 'darwin') return 'open';
  return 'xdg-open';
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Starts the file manager on `folder` (the desktop shell's, when there is one); resolves once it has started, fails
 * with FOLDER_OPEN_FAILED if it cannot.
 */
export async function openFolder(folder: string, desktop?: DesktopShell): Promise<{ ok: true }> {
  if (!isFolder(folder)) throw new AppError('FOLDER_OPEN_FAILED', { folder, reason: '文件夹不存在' });
  if (!desktop) return spawnOpener(folder);
  const reason = await desktop.openFolder(folder);
  if (reason) throw new AppError('FOLDER_OPEN_FAILED', { folder, reason });
  return { ok: true };
}

function spawnOpener(folder: string): Promise<{ ok: true }> {
  return new Promise((resolve, reject) => {
    // An absolute path: a folder named like 「-x」 is never read as an option by the opener.
    const child = spawn(opener(), [absolute(folder)], { detached: true, stdio: 'ignore', windowsHide: false });
    child.once('error', (e: NodeJS.ErrnoException) => {
      const reason = e.code === 'ENOENT' ? '系统没有可用的文件管理器' : '文件管理器无法启动';
      reject(new AppError('FOLDER_OPEN_FAILED', { folder, reason }));
    });
    child.once('spawn', () => {
      child.unref();
      resolve({ ok: true });
    });
  });
}
