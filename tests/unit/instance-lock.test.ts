// One app at a time on a data folder: a second one is told in Chinese; a lock left by a crash is taken over.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost } from '../../electron/host/host';
import { LOCK_FILE, processStart } from '../../electron/host/instance-lock';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { cleanupTemp, tempDir } from './temp-data';

afterEach(cleanupTemp);

const start = (dataDir: string) =>
  startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined, seed: false });

describe('the data folder lock', () => {
  it('refuses a second host on the same folder with a Chinese message, and lets one start once the first closes', () => {
    const dataDir = tempDir();
    const first = start(dataDir);
    let text = '';
    try {
      start(dataDir);
    } catch (e) {
      text = e instanceof AppError ? messageOf(e.code, e.params) : String(e);
    }
    expect(text).toBe(
      `另一个配档助手（进程 ${process.pid}）正在使用数据文件夹「${dataDir}」。同一份数据只能由一个配档助手打开，请切换到已经打开的那个窗口。`,
    );
    first.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    start(dataDir).close();
  });

  it('takes over a lock whose process is gone, as after a crash', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, LOCK_FILE), '999999999');
    const host = start(dataDir);
    expect(host.ctx.db.open).toBe(true);
    host.close();
  });
});

describe('the data folder lock after a crash, the process id reused', () => {
  it('takes over a lock whose process id now belongs to an unrelated running process', () => {
    const other = spawn(process.execPath, ['-e', 'setInterval(() => undefined, 1000)'], { stdio: 'ignore' });
    try {
      const dataDir = tempDir();
      // The crashed app's lock: this id, but the start time of the process that had it then, not of the one now.
      const crashed = { pid: other.pid, started: `${processStart(other.pid!)}0` };
      writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify(crashed));
      const host = start(dataDir);
      expect(host.ctx.db.open).toBe(true);
      host.close();

      // The same id with its true start time is a running app: refused.
      writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: other.pid, started: processStart(other.pid!) }));
      let text = '';
      try {
        start(dataDir);
      } catch (e) {
        text = e instanceof AppError ? messageOf(e.code, e.params) : String(e);
      }
      expect(text).toContain(`另一个配档助手（进程 ${other.pid}）`);
    } finally {
      other.kill();
    }
  });

  it('reads the start time Linux keeps for a process, the same each time', () => {
    expect(processStart(process.pid)).toMatch(/^\d+$/);
    expect(processStart(process.pid)).toBe(processStart(process.pid));
    expect(processStart(999_999_999)).toBeNull();
  });
});
