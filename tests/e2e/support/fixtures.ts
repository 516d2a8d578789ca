// Test fixtures: each test gets its own data folder and its own host process, and the app page open on it.
import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostProcess, stopHostProcess, type RunningHost } from './host-process';
import { AppPage } from './app-page';

interface Fixtures {
  dataDir: string;
  host: RunningHost;
  app: AppPage;
  /** Stops (or kills) the host and starts a new one on the same data folder, then reopens the page. */
  restartHost: (signal?: 'SIGTERM' | 'SIGKILL') => Promise<void>;
}

export const test = base.extend<Fixtures>({
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'peidang-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir }, use) => {
    const started = await startHostProcess(dataDir);
    await use(started);
    await stopHostProcess(started);
  },
  app: async ({ page, host }, use) => {
    const app = new AppPage(page);
    await app.open(host.pageUrl);
    await use(app);
  },
  restartHost: async ({ page, dataDir, host }, use) => {
    const hosts: RunningHost[] = [];
    await use(async (signal = 'SIGTERM') => {
      const previous = hosts[hosts.length - 1] ?? host;
      await stopHostProcess(previous, signal);
      const next = await startHostProcess(dataDir);
      hosts.push(next);
      await new AppPage(page).open(next.pageUrl);
    });
    for (const h of hosts) await stopHostProcess(h);
  },
});

export { expect } from '@playwright/test';
