// Paper that goes out, from the app: the export dialog says before writing when the chosen columns do not fit the
// paper at 小五 and offers A3; the paper chosen is remembered for the plan; a round's fill-in sheets get their own
// paper, 字号 and columns.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { RoundsPage } from './support/rounds-page';

test('says the 12-column 清单 does not fit A4 portrait at 小五, offers A3, and remembers the paper chosen', async ({
  app,
  page,
}, info) => {
  await app.openPlan('全县卫生健康系统2026年度重点工作清单');
  await app.button('导出…').click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog.getByLabel('正文字号')).toHaveValue('12');
  await expect(dialog.getByLabel('正文字号').locator('option:checked')).toHaveText('小四（12磅）');
  await dialog.getByLabel('纸张').selectOption('A4 portrait');
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('用小五（9 磅）字也排不下');
  await expect(dialog.getByRole('button', { name: '导出', exact: true })).toBeDisabled();
  await page.screenshot({ path: info.outputPath('export-too-wide.png') });

  await alert.getByRole('button', { name: '改用A3 横向' }).click();
  await expect(dialog.getByLabel('纸张')).toHaveValue('A3 landscape');
  await expect(alert).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('export-a3.png') });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '导出', exact: true }).click(),
  ]);
  const file = info.outputPath('export.xlsx');
  await download.saveAs(file);
  const sheet = await (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
  expect(sheet).toMatch(/<pageSetup paperSize="8" orientation="landscape"/);

  await app.button('导出…').click();
  await expect(page.getByRole('dialog', { name: '导出' }).getByLabel('纸张')).toHaveValue('A3 landscape');
});

test('leaves out the other quarters’ targets when the progress of one quarter is exported', async ({ app, page }) => {
  await app.openPlan('全县卫生健康系统2026年度重点工作清单');
  await app.button('导出…').click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  const columns = dialog.getByRole('group', { name: '输出的列' });
  await expect(columns.getByLabel('一季度目标')).toBeChecked();
  await dialog.getByLabel('加上进展列（状态、进展情况、存在问题、下步打算）').check();
  await dialog.getByLabel('导出哪一期的进展').selectOption({ label: '2026年第四季度' });
  await expect(columns.getByLabel('四季度目标')).toBeChecked();
  for (const q of ['一季度目标', '二季度目标', '三季度目标']) await expect(columns.getByLabel(q)).not.toBeChecked();
});

test('asks for the fill-in sheets’ paper, 字号 and columns when a progress round is made', async ({
  app,
  page,
}, info) => {
  const rounds = new RoundsPage(page);
  await app.openPlan('全县卫生健康系统2026年度重点工作清单');
  await rounds.open();
  await rounds.dialog.getByRole('button', { name: '新建填报任务' }).click();
  const form = rounds.dialog.getByRole('form', { name: '新建填报任务' });
  const layout = form.getByRole('group', { name: /填报表版式/ });
  await expect(layout.getByLabel('纸张')).toHaveValue('A4 landscape');
  await expect(layout.getByRole('group', { name: '填报列之后另列' }).getByLabel('责任科室/单位')).toBeChecked();
  await expect(layout.getByRole('group', { name: '填报列之后另列' }).getByLabel('具体内容')).not.toBeChecked();
  await layout.getByRole('group', { name: '填报列之后另列' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('round-sheet-layout.png') });
});
