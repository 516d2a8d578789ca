// The files dropped on the window, folders opened and walked (a clerk drops the folder the mail's attachments
// were saved in); Office's lock files (~$…) and hidden files are left out.
export async function droppedFiles(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items].map((item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...dt.files];
  const out: File[] = [];
  for (const e of entries) out.push(...(await walk(e)));
  return out.filter((f) => !f.name.startsWith('~$') && !f.name.startsWith('.'));
}

function isFile(e: FileSystemEntry): e is FileSystemFileEntry {
  return e.isFile;
}

function isDirectory(e: FileSystemEntry): e is FileSystemDirectoryEntry {
  return e.isDirectory;
}

async function walk(e: FileSystemEntry): Promise<File[]> {
  if (isFile(e)) return [await new Promise<File>((ok, fail) => e.file(ok, fail))];
  if (!isDirectory(e)) return [];
  const reader = e.createReader();
  const children: FileSystemEntry[] = [];
  // A directory reader answers in chunks (100 at a time in Chromium) until it answers none.
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (chunk.length === 0) break;
    children.push(...chunk);
  }
  const files: File[] = [];
  for (const c of children.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) files.push(...(await walk(c)));
  return files;
}
