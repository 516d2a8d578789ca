// 生成填报表 three ways: into a folder chosen in the browser's own folder dialog (the page writes the sheets), into a
// typed folder (the host writes them; then 打开文件夹 shows it in the file manager), and as one .zip download; each
// unit's sheet read back with the app's own reader.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import type { AppPage } from './support/app-page';
import { expect, test } from './support/fixtures';
import { RoundsPage } from './support/rounds-page';
import { readSheets } from '../../shared/xlsx/read-file';

const UNITS = ['医政处', '规划处', '基层处'];
const TITLE = '第一季度进展';
const sheetName = (u: string) => `${u}-${TITLE}.xlsx`;

// The file manager the host starts is this script, which only notes the folder (no window opens).
const OPENED_LOG = join(tmpdir(), `peidang-opened-${process.pid}.log`);
process.env.PEIDANG_FOLDER_OPENER = join(import.meta.dirname, 'support', 'folder-opener.sh');
process.env.PEIDANG_OPENED_LOG = OPENED_LOG;

async function openRound(page: Page, app: AppPage): Promise<RoundsPage> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.openPlan(/百日攻坚行动.*配档表/);
  const rounds = new RoundsPage(page);
  await rounds.open();
  await rounds.create({ units: UNITS, dueDate: '2026-03-12', title: TITLE });
  return rounds;
}

/** The unit a fill-in sheet is for, as its 「填报单位：…」 line says it. */
async function unitOf(data: Uint8Array, fileName: string): Promise<string> {
  const [grid] = await readSheets(data, fileName);
  const line = grid!.cells.flat().find((t) => t.startsWith('填报单位：')) ?? '';
  return line.slice('填报单位：'.length).trim();
}

/** What the page wrote through the stand-in folder dialog: each file's bytes by name, and how the dialog was asked. */
interface PickedFolder {
  files: Record<string, number[]>;
  asked: { id?: string; mode?: string }[];
}

/**
 * Headless Chromium opens no folder dialog: the page is given one that answers a folder held in memory, whose files
 * keep what the page writes into them (the File System Access calls the app makes, and nothing more).
 */
async function standInFolderDialog(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const picked: PickedFolder = { files: {}, asked: [] };
    (window as unknown as { picked: PickedFolder }).picked = picked;
    const folder = {
      kind: 'directory',
      name: '第一季度下发',
      getFileHandle: async (name: string, options?: { create?: boolean }) => {
        if (!options?.create && !(name in picked.files)) throw new DOMException('没有这个文件', 'NotFoundError');
        return {
          kind: 'file',
          name,
          createWritable: async () => {
            const parts: Blob[] = [];
            return {
              write: async (data: Blob) => void parts.push(data),
              close: async () => {
                picked.files[name] = Array.from(new Uint8Array(await new Blob(parts).arrayBuffer()));
              },
              abort: async () => undefined,
            };
          },
        };
      },
    };
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async (options: { id?: string; mode?: string }) => {
        picked.asked.push(options);
        return folder;
      },
    });
  });
  await page.reload();
}

test('writes the sheets into the folder chosen in the browser’s folder dialog, one .xlsx per unit', async ({
  app,
  page,
}) => {
  await standInFolderDialog(page);
  const rounds = await openRound(page, app);
  await rounds.dialog.getByRole('button', { name: '选择…' }).click();
  await expect(rounds.dialog.getByLabel('填报表保存到')).toHaveValue('第一季度下发');
  await page.screenshot({ path: test.info().outputPath('generate-chosen-1366.png') });
  await rounds.dialog.getByRole('button', { name: '生成填报表' }).click();
  await expect(
    page.locator('.pd-notice-info').filter({ hasText: '已在所选的文件夹「第一季度下发」生成 3 份填报表' }),
  ).toBeVisible();
  const picked = await page.evaluate(() => (window as unknown as { picked: PickedFolder }).picked);
  // Asked for leave to write, and where the last folder for fill-in sheets was chosen (the browser remembers it).
  expect(picked.asked).toEqual([{ id: 'fill-in-sheets', mode: 'readwrite' }]);
  expect(Object.keys(picked.files).sort()).toEqual(UNITS.map(sheetName).sort());
  for (const u of UNITS) {
    const data = new Uint8Array(picked.files[sheetName(u)]!);
    expect(Array.from(data.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(await unitOf(data, sheetName(u))).toBe(u);
  }
  // The host does not know that folder: there is nothing it could open in the file manager.
  await expect(rounds.dialog.getByRole('button', { name: '打开文件夹' })).toHaveCount(0);
});

test('generates the sheets into a typed folder, then opens that folder in the file manager', async ({
  app,
  page,
  dataDir,
}) => {
  // A browser without a folder dialog of its own (Firefox, Safari): the folder is typed, and the host writes there.
  await page.addInitScript(() =>
    Object.defineProperty(window, 'showDirectoryPicker', { configurable: true, value: undefined }),
  );
  await page.reload();
  const rounds = await openRound(page, app);
  const out = join(dataDir, '下发');
  await expect(rounds.dialog.getByRole('button', { name: '打开文件夹' })).toHaveCount(0);
  await expect(rounds.dialog.getByRole('button', { name: '选择…' })).toHaveCount(0);
  await rounds.generate(out);
  await expect(page.locator('.pd-notice-info').filter({ hasText: '生成 3 份填报表' })).toBeVisible();
  expect(readdirSync(out).sort()).toEqual(UNITS.map(sheetName).sort());
  for (const u of UNITS) {
    expect(await unitOf(new Uint8Array(readFileSync(join(out, sheetName(u)))), sheetName(u))).toBe(u);
  }
  await page.screenshot({ path: test.info().outputPath('generate-1366.png') });

  await rounds.dialog.getByRole('button', { name: '打开文件夹' }).click();
  await expect(page.locator('.pd-notice-info').filter({ hasText: `已在文件管理器中打开「${out}」` })).toBeVisible();
  await expect.poll(() => (existsSync(OPENED_LOG) ? readFileSync(OPENED_LOG, 'utf8') : '')).toContain(`${out}\n`);

  // Another folder typed: nothing is written there yet, so there is nothing to open.
  await rounds.dialog.getByLabel('填报表保存到').fill(join(dataDir, '别处'));
  await expect(rounds.dialog.getByRole('button', { name: '打开文件夹' })).toHaveCount(0);
});

test('downloads the sheets as one .zip holding each unit’s .xlsx', async ({ app, page }) => {
  const rounds = await openRound(page, app);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    rounds.dialog.getByRole('button', { name: '下载为 .zip' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${TITLE}-填报表.zip`);
  await expect(page.locator('.pd-notice-info').filter({ hasText: '已生成 3 份填报表，打包为' })).toBeVisible();
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const names = Object.keys(zip.files).sort();
  expect(names).toEqual(UNITS.map(sheetName).sort());
  for (const name of names) {
    const data = await zip.file(name)!.async('uint8array');
    expect(await unitOf(data, name)).toBe(name.split('-')[0]);
  }
  // Nothing was written in a folder: no 打开文件夹 is offered.
  await expect(rounds.dialog.getByRole('button', { name: '打开文件夹' })).toHaveCount(0);
});
