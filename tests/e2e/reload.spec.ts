// The renderer reloaded in the middle of work (F5): what was shown as saved is there, a value half-typed in an editor
// too (committed as the page went, as Excel keeps what is typed in a cell), and the data and its history are sound.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

const PEIDANG = /百日攻坚行动.*配档表/;

test('keeps the committed edit and the half-typed one when the page is reloaded in the middle of an edit', async ({
  app,
  page,
  dataDir,
}) => {
  await app.openPlan(PEIDANG);
  const original = await app.cellText(1, 'measure');
  await app.selectCell(3, 'support');
  await page.keyboard.press('F2');
  await app.editor.press('Control+A');
  await app.editor.pressSequentially('已提交的修改');
  await app.editor.press('Enter');
  await app.expectSaved();

  await app.selectCell(1, 'measure');
  await page.keyboard.press('F2');
  await app.editor.press('Control+A');
  await app.editor.pressSequentially('打到一半');
  await page.reload();

  await app.openPlan(PEIDANG);
  await expect(app.cell(3, 'support')).toHaveText('已提交的修改');
  await expect(app.cell(1, 'measure')).toHaveText('打到一半');
  // The history came through whole: the half-typed edit is the last action, then the committed one.
  await app.selectCell(5, 'measure');
  await page.keyboard.press('Control+Z');
  await expect(app.cell(1, 'measure')).toHaveText(original);
  await page.keyboard.press('Control+Z');
  await expect(app.cell(3, 'support')).not.toHaveText('已提交的修改');
  await app.expectSaved();
  const db = new Database(join(dataDir, 'peidang.db'), { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.close();
});
