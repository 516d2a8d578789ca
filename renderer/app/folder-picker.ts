// The browser's own folder picker (File System Access API: Chromium, on 127.0.0.1 as on https): a folder the clerk
// chooses, which the page writes files into itself, since the host cannot see it. Other browsers have none; there
// the folder is typed for the host, or the files go as one download.
import { ApiError } from './api-client';
import { messageOf } from '../../shared/messages.zh-CN';

type DirectoryPicker = (options?: { id?: string; mode?: 'read' | 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

function picker(): DirectoryPicker | undefined {
  const show = (window as unknown as { showDirectoryPicker?: unknown }).showDirectoryPicker;
  return typeof show === 'function' ? (show.bind(window) as DirectoryPicker) : undefined;
}

/** Whether this browser can let the clerk choose a folder for the page to write into. */
export function hasFolderPicker(): boolean {
  return picker() !== undefined;
}

/**
 * The folder the clerk chooses, with leave to write into it; null when the dialog is closed without one. `purpose`
 * names the kind of folder: the browser opens the dialog where the last one of that kind was chosen.
 */
export async function chooseFolder(purpose: string): Promise<FileSystemDirectoryHandle | null> {
  const show = picker();
  if (!show) return null;
  try {
    return await show({ id: purpose, mode: 'readwrite' });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw unwritable('所选的文件夹', e);
  }
}

/** Writes each file whole into the folder, replacing one of the same name; a failure says which folder and why. */
export async function writeIntoFolder(
  folder: FileSystemDirectoryHandle,
  files: readonly { fileName: string; data: Uint8Array }[],
): Promise<void> {
  for (const f of files) {
    try {
      const out = await (await folder.getFileHandle(f.fileName, { create: true })).createWritable();
      try {
        // A copy of its own: the stream takes bytes over a plain ArrayBuffer, never a view into a shared one.
        await out.write(new Blob([f.data.slice()]));
      } catch (e) {
        await out.abort();
        throw e;
      }
      await out.close();
    } catch (e) {
      throw unwritable(folder.name, e);
    }
  }
}

/** The browser's refusal, in the words the host uses for a folder it cannot write. */
function unwritable(folder: string, e: unknown): ApiError {
  const name = e instanceof DOMException ? e.name : '';
  const reason =
    name === 'NotAllowedError' || name === 'SecurityError'
      ? '浏览器没有得到写入这个文件夹的许可'
      : name === 'QuotaExceededError'
        ? '磁盘空间不足'
        : name === 'NoModificationAllowedError'
          ? '文件正被其他程序打开'
          : '无法写入';
  const params = { folder, reason };
  return new ApiError({ code: 'FOLDER_UNWRITABLE', message: messageOf('FOLDER_UNWRITABLE', params), params });
}
