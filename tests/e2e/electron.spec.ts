// The Electron window, where the Electron runtime is installed; reported as skipped where it is not.
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from '../../build/electron-binary.mjs';

const bin = electronBinary();

test('starts the Electron window on the sample plans', async () => {
  test.skip(bin === null, 'Electron 运行时未安装（本机无法下载），跳过 Electron 冒烟测试');
  const userData = mkdtempSync(join(tmpdir(), 'peidang-electron-'));
  const app = await electron.launch({ executablePath: bin!, args: ['.', `--user-data-dir=${userData}`] });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('listbox', { name: '方案' })).toBeVisible();
    await expect(window.getByRole('option').filter({ hasText: '配档表' })).toHaveCount(1);
    expect(await window.evaluate(() => typeof (window as unknown as { peidang?: unknown }).peidang)).toBe('object');
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
