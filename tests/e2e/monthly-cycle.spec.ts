// Seed 004's monthly cycle end to end: a monthly round (每月3日前报上月) for three counties, its files in, 开始下一期,
// the next month's files in, the board of units × periods (按时 / 逾期 N 天 / 未报) and the 报送情况通报; then a
// 备案 round that takes the units' 实施方案 as PDF or Word; then 测评 sheets of three months, ranked and charted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test } from './support/fixtures';
import { RoundsPage } from './support/rounds-page';
import { cameInAt } from './support/unit-returns';
import { readSheets } from '../../shared/xlsx/read-file';
import { MONTHS, scoreSheetBytes } from '../support/score-sheets';

const COUNTIES = ['东昌府区', '莘县', '临清市'];

/** A file as a unit mails it, saved into the folder at the time it came in. */
function mailed(dir: string, name: string, at: string): string {
  const path = join(dir, name);
  writeFileSync(path, `${name} 的内容`);
  cameInAt(path, at);
  return path;
}

async function docText(path: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

test('two monthly rounds and a 备案 round: files of any kind in, 开始下一期, each unit 按时 / 逾期 N 天 / 未报 over the months', async ({
  app,
  page,
  dataDir,
}, info) => {
  test.slow();
  await page.clock.setFixedTime(new Date('2026-12-10T10:00:00'));
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  const rounds = new RoundsPage(page);
  await rounds.open();
  const dialog = rounds.dialog;

  await dialog.getByRole('button', { name: '新建填报任务' }).click();
  const form = dialog.getByRole('form', { name: '新建填报任务' });
  await form.getByLabel('各单位报送文件（备案，如实施方案、月度工作情况，Word、PDF 等均可）').check();
  await form.getByLabel('每月', { exact: true }).check();
  await form.getByLabel('第一期').selectOption({ label: '2026年10月' });
  await form.getByLabel('每期报送日').fill('3');
  await expect(form.getByText('本期截止 2026年11月3日')).toBeVisible();
  await form.getByLabel('其他单位').fill(COUNTIES.join('、'));
  await expect(form.getByLabel('任务名称')).toHaveAttribute('placeholder', '2026年10月工作开展情况');
  await form.getByRole('button', { name: '创建填报任务' }).click();
  await expect(dialog.getByRole('heading', { name: '2026年10月工作开展情况', exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: '生成填报表' })).toHaveCount(0);

  await rounds.receive([
    mailed(dataDir, '东昌府区10月工作情况.docx', '2026-11-02T09:00:00'),
    mailed(dataDir, '莘县-10月.pdf', '2026-11-05T16:00:00'),
  ]);
  await expect(page.locator('.pd-notice-info').filter({ hasText: '收到 2 份回执' })).toBeVisible();
  await rounds.expectStatus('东昌府区', '已报');
  await rounds.expectStatus('临清市', '逾期');
  const months = dialog.getByRole('table', { name: '单位各期报送情况' });
  const cell = (unit: string, period: string) => months.locator(`tr[data-unit="${unit}"] td[data-period="${period}"]`);
  await expect(cell('东昌府区', '2026-10')).toHaveText('按时');
  await expect(cell('莘县', '2026-10')).toHaveText('逾期2天');
  await expect(cell('临清市', '2026-10')).toHaveText('未报');

  await dialog.getByRole('button', { name: '开始下一期' }).click();
  await expect(dialog.getByRole('heading', { name: '2026年11月工作开展情况', exact: true })).toBeVisible();
  await expect(dialog.getByText('报送截止 2026年12月3日')).toBeVisible();
  await rounds.receive([
    mailed(dataDir, '临清市11月.docx', '2026-12-01T11:00:00'),
    mailed(dataDir, '东昌府区11月.wps', '2026-12-08T08:30:00'),
  ]);
  await expect(cell('临清市', '2026-11')).toHaveText('按时');
  await expect(cell('东昌府区', '2026-11')).toHaveText('逾期5天');
  await expect(cell('莘县', '2026-11')).toHaveText('未报');
  await expect(months.locator('tr[data-unit="莘县"] td').nth(3)).toHaveText('0');
  await expect(months.locator('tr[data-unit="莘县"] td').nth(4)).toHaveText('1');
  await expect(months.locator('tr[data-unit="莘县"] td').nth(5)).toHaveText('1');
  await expect(dialog.getByLabel('催报文字')).toHaveValue(/莘县尚未报送/);
  await page.screenshot({ path: info.outputPath('monthly-board.png'), fullPage: true });

  const [notice] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '导出报送情况通报' }).click(),
  ]);
  const noticePath = join(dataDir, notice.suggestedFilename());
  await notice.saveAs(noticePath);
  const text = await docText(noticePath);
  expect(text).toContain('关于2026年11月工作开展情况报送情况的通报');
  expect(text).toContain('东昌府区（逾期5天）');
  expect(text).toContain('莘县。请上述单位于收到本通报后尽快补报');
  const [sheet] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '导出报送情况统计表' }).click(),
  ]);
  const sheetPath = join(dataDir, sheet.suggestedFilename());
  await sheet.saveAs(sheetPath);
  const [grid] = await readSheets(new Uint8Array(readFileSync(sheetPath)), sheet.suggestedFilename());
  expect(grid!.cells.slice(2, 5).map((r) => r.slice(0, 3))).toEqual([
    ['东昌府区', '按时', '逾期5天'],
    ['莘县', '逾期2天', '未报'],
    ['临清市', '未报', '按时'],
  ]);

  // The October round is still there, and its board says the same of October.
  await months.getByRole('button', { name: '2026年10月' }).click();
  await expect(dialog.getByRole('heading', { name: '2026年10月工作开展情况', exact: true })).toBeVisible();
  await expect(cell('莘县', '2026-10')).toHaveText('逾期2天');

  // 备案: each unit's 实施方案 by 7月26日, as a document of any kind.
  await dialog.getByRole('button', { name: '← 全部填报任务' }).click();
  await dialog.getByRole('button', { name: '新建填报任务' }).click();
  await form.getByLabel('各单位报送文件（备案，如实施方案、月度工作情况，Word、PDF 等均可）').check();
  await form.getByLabel('其他单位').fill(COUNTIES.join('、'));
  await form.getByLabel('任务名称').fill('实施方案备案');
  await form.getByLabel('报送截止日期').fill('2026-07-26');
  await form.getByRole('button', { name: '创建填报任务' }).click();
  await expect(dialog.getByRole('heading', { name: '实施方案备案', exact: true })).toBeVisible();
  await rounds.receive([
    mailed(dataDir, '东昌府区实施方案.pdf', '2026-07-20T10:00:00'),
    mailed(dataDir, '莘县服务能力攻坚实施方案.docx', '2026-07-28T10:00:00'),
  ]);
  await rounds.expectStatus('东昌府区', '已报');
  await rounds.expectStatus('莘县', '已报');
  await rounds.expectStatus('临清市', '逾期');
  await expect(rounds.unitRow('莘县')).toContainText('逾期报送');
  await expect(rounds.unitRow('东昌府区')).not.toContainText('逾期报送');
  await expect(rounds.fileRow('东昌府区实施方案.pdf')).toContainText('通过');
  await expect(dialog.getByRole('table', { name: '单位各期报送情况' })).toHaveCount(0);
  await expect(dialog.getByLabel('催报文字')).toHaveValue(/临清市尚未报送/);
});

test('测评: three months of score sheets imported, each group ranked with ↑↓ and the bottom twice marked, a unit charted, the 通报 downloaded', async ({
  app,
  page,
  dataDir,
}, info) => {
  await expect(app.page.getByRole('button', { name: '测评排名' })).toBeVisible();
  await page.getByRole('button', { name: '测评排名' }).click();
  const dialog = page.getByRole('dialog', { name: '测评排名' });
  const files = [];
  for (const m of MONTHS) {
    const path = join(dataDir, m.fileName);
    writeFileSync(path, await scoreSheetBytes(m));
    files.push(path);
  }
  await dialog.getByLabel('选择测评得分表').setInputFiles(files);
  await expect(
    page.locator('.pd-notice-info').filter({ hasText: '已导入「11月.xlsx」：2026-11，28 个单位' }),
  ).toBeVisible();
  await expect(dialog.getByLabel('测评期间')).toHaveValue('2026-11');
  const counties = dialog.getByRole('table', { name: '县（市、区）排名' });
  const row = (unit: string) => counties.locator(`tr[data-unit="${unit}"]`);
  await expect(counties.locator('tbody tr').first()).toHaveAttribute('data-unit', '莘县');
  await expect(row('莘县').locator('.pd-tag')).toHaveCount(0);
  await expect(row('莘县')).toContainText('↑1');
  await expect(row('高唐县')).toContainText('↓3');
  await expect(row('开发区')).toContainText('连续两次排名靠后');
  await expect(dialog.getByRole('list', { name: '测评提醒' })).toContainText(
    '「冠县」的总分 90 不等于各项得分之和 89.5',
  );
  await row('高唐县').getByRole('button', { name: '高唐县', exact: true }).click();
  await expect(dialog.getByRole('img', { name: '9月第7名，10月第8名，11月第11名' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('scores.png'), fullPage: true });
  await dialog.getByLabel('发文单位').fill('聊城市卫生健康委员会');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '导出测评通报（Word）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('2026年11月测评通报.docx');
  const path = join(dataDir, 'notice.docx');
  await download.saveAs(path);
  expect(await docText(path)).toContain('开发区（县（市、区）第9名）');
});
