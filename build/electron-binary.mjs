// Where the Electron runtime is, or null where it was never downloaded (machines without access to its server).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @returns {string | null} */
export function electronBinary(root = process.cwd()) {
  try {
    const dir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
