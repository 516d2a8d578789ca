// 加入整改台账 end to end: from a unit's row in a 测评 (开发区, 连续两次排名靠后) into a ledger made on the spot, and
// from a unit's return under review into the same ledger; each problem one action that Ctrl+Z in the ledger takes back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { RoundsPage } from './support/rounds-page';
import { cameInAt } from './support/unit-returns';
import { MONTHS, scoreSheetBytes } from '../support/score-sheets';

test('adds a problem from a 测评 row and from a return to a 整改台账, prefilled, each undoable', async ({
  app,
  page,
  dataDir,
}, info) => {
  test.slow();
  await page.clock.setFixedTime(new Date('2026-12-10T10:00:00'));
  await page.reload();
  await page.getByRole('button', { name: '测评排名' }).click();
  const scores = page.getByRole('dialog', { name: '测评排名' });
  const files = [];
  for (const m of MONTHS) {
    const path = join(dataDir, m.fileName);
    writeFileSync(path, await scoreSheetBytes(m));
    files.push(path);
  }
  await scores.getByLabel('选择测评得分表').setInputFiles(files);
  await expect(scores.getByLabel('测评期间')).toHaveValue('2026-11');
  const row = scores.getByRole('table', { name: '县（市、区）排名' }).locator('tr[data-unit="开发区"]');
  await expect(row).toContainText('连续两次排名靠后');
  await row.getByRole('button', { name: '把开发区加入整改台账' }).click();
  const form = scores.getByRole('form', { name: '加入整改台账' });
  await expect(form.getByLabel('责任单位')).toHaveValue('开发区');
  await expect(form.getByLabel('督导发现问题')).toHaveValue(
    /^2026年11月测评县（市、区）排名第9名（总分85，连续两次排名靠后）/,
  );
  // No ledger yet: a new one is made, under the name the clerk gives it.
  await expect(form.getByLabel('整改台账')).toHaveValue('__new__');
  await form.getByLabel('新台账名称').fill('服务能力攻坚整改台账');
  await form.getByLabel('整改时限').fill('2026年12月31日前');
  await page.screenshot({ path: info.outputPath('problem-from-ranking.png'), fullPage: true });
  await form.getByRole('button', { name: '加入整改台账' }).click();
  await expect(
    page.locator('.pd-notice-info').filter({ hasText: '已把「开发区」的问题加入「服务能力攻坚整改台账」' }),
  ).toBeVisible();
  await expect(form).toHaveCount(0);
  await scores.getByRole('button', { name: '关闭' }).click();

  // From a return: 莘县's 实施方案 under review, on a 备案 round of the 配档表.
  await app.openPlan(/百日攻坚行动.*配档表/);
  const rounds = new RoundsPage(page);
  await rounds.open();
  await rounds.dialog.getByRole('button', { name: '新建填报任务' }).click();
  const roundForm = rounds.dialog.getByRole('form', { name: '新建填报任务' });
  await roundForm.getByLabel('各单位报送文件（备案，如实施方案、月度工作情况，Word、PDF 等均可）').check();
  await roundForm.getByLabel('其他单位').fill('莘县、临清市');
  await roundForm.getByLabel('任务名称').fill('实施方案备案');
  await roundForm.getByLabel('报送截止日期').fill('2026-07-26');
  await roundForm.getByRole('button', { name: '创建填报任务' }).click();
  const file = join(dataDir, '莘县服务能力攻坚实施方案.docx');
  writeFileSync(file, '莘县实施方案');
  cameInAt(file, '2026-07-28T10:00:00');
  await rounds.receive([file]);
  await rounds.fileRow('莘县服务能力攻坚实施方案.docx').getByRole('button', { name: '审核' }).click();
  await rounds.dialog.getByRole('button', { name: '把莘县的问题加入整改台账' }).click();
  const fromReturn = rounds.dialog.getByRole('form', { name: '加入整改台账' });
  await expect(fromReturn.getByLabel('整改台账')).toHaveValue(/.+/);
  await expect(fromReturn.getByLabel('整改台账').locator('option:checked')).toHaveText('服务能力攻坚整改台账');
  await expect(fromReturn.getByLabel('责任单位')).toHaveValue('莘县');
  await expect(fromReturn.getByLabel('督导发现问题')).toHaveValue('《实施方案备案》报送材料存在问题：逾期报送');
  await fromReturn
    .getByLabel('督导发现问题')
    .fill('《实施方案备案》报送材料存在问题：逾期报送，未明确出院病人随访责任人。');
  await fromReturn.getByRole('button', { name: '加入整改台账' }).click();
  await expect(
    page.locator('.pd-notice-info').filter({ hasText: '已把「莘县」的问题加入「服务能力攻坚整改台账」' }),
  ).toBeVisible();
  await page.screenshot({ path: info.outputPath('problem-from-return.png'), fullPage: true });
  await rounds.dialog.getByRole('button', { name: '关闭', exact: true }).click();

  // The ledger holds both, 未销号; Ctrl+Z takes the last one back.
  await app.openPlan('服务能力攻坚整改台账');
  await expect(app.cell(0, 'lead')).toHaveText('开发区');
  await expect(app.cell(0, 'problem')).toContainText('连续两次排名靠后');
  await expect(app.cell(0, 'deadline')).toContainText('2026年12月31日前');
  await expect(app.cell(1, 'lead')).toHaveText('莘县');
  await expect(app.cell(1, 'problem')).toContainText('未明确出院病人随访责任人');
  await expect(app.cell(1, 'closed')).toHaveText('未销号');
  await page.screenshot({ path: info.outputPath('ledger.png'), fullPage: true });
  await app.button('↶ 撤销').click();
  await expect(app.row(1)).toHaveCount(0);
  await expect(app.cell(0, 'lead')).toHaveText('开发区');
});
