// The files the clerk opened for import lately, and the folders the open and save dialogs start in: a small JSON in
// the data folder, checked when read.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeWhole } from '../write-whole';
import { dirname } from 'node:path';
import { z } from 'zod';

export const RECENT_FILES_FILE = 'recent-files.json';
export const RECENT_LIMIT = 10;
import { isImportable } from '../../../shared/xlsx/file-kind';
export { IMPORT_EXTENSIONS, isImportable } from '../../../shared/xlsx/file-kind';

export const RecentFiles = z.object({
  files: z.array(z.string().min(1)).max(100).default([]),
  lastFolder: z.string().min(1).optional(),
  /** Where the last export was saved. */
  lastSaveFolder: z.string().min(1).optional(),
});
export type RecentFiles = z.infer<typeof RecentFiles>;

const EMPTY: RecentFiles = { files: [] };

/** Case is ignored on Windows, where C:\A.xlsx and c:\a.xlsx are one file. */
function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The list with the file first, once, and its folder as the next dialog's start. */
export function addRecent(
  recent: RecentFiles,
  file: string,
  platform: NodeJS.Platform = process.platform,
): RecentFiles {
  const files = [file, ...recent.files.filter((f) => !samePath(f, file, platform))].slice(0, RECENT_LIMIT);
  return { ...recent, files, lastFolder: dirname(file) };
}

/** The file a launch was asked to open (Windows passes it as the last argument), if any. */
export function fileFromArgv(argv: readonly string[]): string | null {
  const candidate = argv
    .slice(1)
    .filter((a) => !a.startsWith('-'))
    .at(-1);
  return candidate && isImportable(candidate) && existsSync(candidate) ? candidate : null;
}

export function parseRecentFiles(text: string | null): RecentFiles {
  if (text === null) return EMPTY;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A damaged list is only a convenience lost: start a new one.
    return EMPTY;
  }
  const parsed = RecentFiles.safeParse(json);
  return parsed.success ? { ...parsed.data, files: parsed.data.files.slice(0, RECENT_LIMIT) } : EMPTY;
}

export function readRecentFiles(file: string): RecentFiles {
  try {
    return parseRecentFiles(readFileSync(file, 'utf8'));
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return EMPTY;
    throw e;
  }
}

export function writeRecentFiles(file: string, recent: RecentFiles): void {
  mkdirSync(dirname(file), { recursive: true });
  writeWhole(file, `${JSON.stringify(RecentFiles.parse(recent), null, 2)}\n`);
}
