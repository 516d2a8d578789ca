// What the clerk sees when the data file is in trouble: a full disk while editing, the data file deleted while the
// app runs. The message in Chinese, 保存失败 in the status bar, the grid showing what is saved, no stack trace.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AppPage } from './support/app-page';
import { expect, test } from './support/fixtures';
import { startHostProcess, stopHostProcess } from './support/host-process';

const PEIDANG = /百日攻坚行动.*配档表/;

/** The text of the error notice, without its close button. */
const alertText = (page: Page) => page.getByRole('alert').locator('span');

async function typeInto(app: AppPage, index: number, colId: string, text: string): Promise<void> {
  await app.selectCell(index, colId);
  await app.page.keyboard.press('F2');
  await app.editor.press('Control+A');
  await app.editor.fill(text);
  await app.editor.press('Enter');
}

/** Writes a file until the disk has no room left. */
function fill(dir: string): string {
  const file = join(dir, 'filler');
  const fd = openSync(file, 'w');
  for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9]) {
    try {
      for (;;) writeSync(fd, Buffer.alloc(size, 1));
    } catch (e) {
      if ((e as { code?: string }).code !== 'ENOSPC') throw e;
    }
  }
  closeSync(fd);
  return file;
}

test('a full disk while editing: the message, 保存失败, the saved value back in the cell; saving again once there is room', async ({
  page,
}, info) => {
  const dir = join(tmpdir(), `peidang-e2e-full-${info.workerIndex}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    test.skip(
      true,
      `cannot mount a tmpfs here (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); see tests/unit/storage-faults.test.ts`,
    );
    return;
  }
  const host = await startHostProcess(join(dir, 'data'));
  try {
    const app = new AppPage(page);
    await app.open(host.pageUrl);
    await app.openPlan(PEIDANG);
    const saved = await app.cellText(1, 'measure');
    const filler = fill(dir);

    await typeInto(app, 1, 'measure', '满'.repeat(30_000));
    await expect(alertText(page)).toHaveText('磁盘空间已满，修改没有保存。请清理磁盘后再试，已保存的内容不受影响。');
    await expect(app.saveState).toHaveText('保存失败');
    await expect(app.cell(1, 'measure')).toHaveText(saved);

    rmSync(filler);
    await typeInto(app, 1, 'measure', '清理磁盘后的修改');
    await app.expectSaved();
    await expect(app.cell(1, 'measure')).toHaveText('清理磁盘后的修改');
  } finally {
    await stopHostProcess(host);
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the data file deleted while the app runs: the clerk is told it was written back, and the next edit is saved', async ({
  app,
  page,
  dataDir,
}) => {
  await app.openPlan(PEIDANG);
  await typeInto(app, 3, 'support', '删除前的修改');
  // The cell shows the text once the edit is on its way (saving starts in the same update): only then does 已保存
  // mean this edit is saved, not the state before it. The files go after that.
  await expect(app.cell(3, 'support')).toHaveText('删除前的修改');
  await app.expectSaved();
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `peidang.db${suffix}`), { force: true });

  await typeInto(app, 1, 'measure', '删除后的第一次修改');
  await expect(alertText(page)).toHaveText(
    `数据文件「${join(dataDir, 'peidang.db')}」在程序运行时被删除或移走了。程序已用打开着的数据把它重新写回原处，没有丢失内容；刚才的操作没有执行，请再做一次。`,
  );
  await expect(app.cell(3, 'support')).toHaveText('删除前的修改');
  await typeInto(app, 1, 'measure', '删除后的第一次修改');
  await app.expectSaved();
  await expect(app.cell(1, 'measure')).toHaveText('删除后的第一次修改');
});
