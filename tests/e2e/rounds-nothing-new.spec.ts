// A unit with nothing new this period chooses 「本期无新进展」 on its fill-in sheet: the clerk sees it reported on
// the board, takes it with 采用, and finds the unit and its answer in the 汇总表 (按事项, the default).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { RoundsPage } from './support/rounds-page';
import { cameInAt, fillSheet } from './support/unit-returns';
import { readSheets } from '../../shared/xlsx/read-file';

test('a unit that chose 本期无新进展 is reported on the board and listed with its answer in the 汇总表', async ({
  app,
  page,
  dataDir,
}, info) => {
  await page.clock.setFixedTime(new Date('2026-03-11T10:00:00'));
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  const rounds = new RoundsPage(page);
  await rounds.open();
  await rounds.create({ units: ['医政处', '妇幼处'], dueDate: '2026-03-12', title: '第一季度进展' });
  const out = join(dataDir, '下发');
  await rounds.generate(out);
  await expect(page.locator('.pd-notice-info').filter({ hasText: '生成 2 份填报表' })).toBeVisible();

  const yz = join(dataDir, '医政处.xlsx');
  const fy = join(dataDir, '妇幼处.xlsx');
  await fillSheet(join(out, '医政处-第一季度进展.xlsx'), yz, '推进中');
  // 妇幼处 picks 本期无新进展 from the drop-down on its first line and leaves the rest empty.
  await fillSheet(join(out, '妇幼处-第一季度进展.xlsx'), fy, '推进中', ({ ws, header, lines }) => {
    for (const line of lines) {
      ws.getCell(line, header.get('完成状态')!).value = null;
      ws.getCell(line, header.get('进展情况')!).value = null;
    }
    ws.getCell(lines[0]!, header.get('完成状态')!).value = '本期无新进展';
  });
  cameInAt(yz, '2026-03-10T11:00:00');
  cameInAt(fy, '2026-03-10T09:00:00');
  await rounds.receive([yz, fy]);
  await rounds.expectStatus('医政处', '已报');
  await rounds.expectStatus('妇幼处', '已报');
  await expect(rounds.fileRow('妇幼处.xlsx')).not.toContainText('错误');

  const panel = await rounds.review('妇幼处.xlsx');
  await expect(panel.getByRole('list', { name: '发现的问题' })).toHaveText('提醒单位答复：本期无新进展。');
  await rounds.accept('妇幼处.xlsx');
  await rounds.accept('医政处.xlsx');
  await rounds.expectStatus('妇幼处', '已采用');
  await expect(rounds.unitRow('妇幼处')).toContainText('本期无新进展');
  await expect(rounds.dialog.getByLabel('催报文字')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await rounds.dialog.getByRole('button', { name: '导出汇总表' }).click();
  const path = info.outputPath('汇总表.xlsx');
  await (await download).saveAs(path);
  const book = await readSheets(new Uint8Array(readFileSync(path)), '汇总表.xlsx');
  const lines = book[0]!.cells.map((r) => r.filter(Boolean));
  const heading = lines.findIndex((l) => l.length === 1 && l[0] === '本期无报送内容的单位');
  expect(heading).toBeGreaterThan(2);
  expect(lines[heading + 1]).toEqual(['本期无新进展', '妇幼处', '2026-03-10 09:00']);
  expect(lines.slice(0, heading).filter((l) => l.includes('医政处')).length).toBeGreaterThan(0);
});
