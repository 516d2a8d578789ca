// Starts the real host (the built browser-mode entry) on a data folder, as `npm start` does, and stops or kills it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  /** The address with the secret, as the host prints it for people. */
  pageUrl: string;
  stderr: () => string;
}

const ENTRY = join(process.cwd(), 'dist', 'host', 'serve.cjs');

export function startHostProcess(dataDir: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [ENTRY, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`host did not start: ${errors}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${errors}`)));
    lines.on('line', (line) => {
      if (!line.startsWith('PEIDANG_READY ')) return;
      clearTimeout(timer);
      const info = JSON.parse(line.slice('PEIDANG_READY '.length)) as { url: string; token: string };
      resolve({ ...info, dataDir, process: child, pageUrl: `${info.url}#token=${info.token}`, stderr: () => errors });
    });
  });
}

/** Stops the host as closing the app does (SIGTERM), or kills it outright (SIGKILL). */
export function stopHostProcess(host: RunningHost, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (host.process.exitCode !== null || host.process.signalCode !== null) return resolve();
    host.process.once('exit', () => resolve());
    host.process.kill(signal);
  });
}
