// Where data lives when no folder is given: the user's data folder, as Electron's userData would be.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'peidang';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.PEIDANG_DATA_DIR) return env.PEIDANG_DATA_DIR;
  if (platform === 'win32' && env.APPDATA) return join(env.APPDATA, APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}
