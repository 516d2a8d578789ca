// Files written whole or not at all: written under another name beside the file and renamed over it when complete,
// so a crash or a full disk never leaves a file cut short under the name asked for (the one place that does this).
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** The name a file has while it is being written; a start may remove such leftovers. */
export function partialName(file: string): string {
  return `${file}.partial`;
}

/** Has `write` make the file under its partial name, then renames it; on failure the partial file is removed. */
export function replaceWhole(file: string, write: (partial: string) => void): void {
  const partial = partialName(file);
  try {
    write(partial);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

/** Writes bytes or text to the file whole. */
export function writeWhole(file: string, data: Uint8Array | string): void {
  replaceWhole(file, (partial) => writeFileSync(partial, data));
}
