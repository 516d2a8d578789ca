// 联系分组与专项工作组 on screen: seed 004's Word document read into groups and previewed before anything is kept;
// a group renamed, given other units, a work group added, a group deleted, each taken back by Ctrl+Z; then a round's
// board filtered to one group and arranged by group, with one 催报 text per group naming its 组长.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { RoundsPage } from './support/rounds-page';
import { seed004Document, SEED_004_TEXT } from '../support/seed-004-document';

test('reads seed 004’s 附件 lists from its Word document with a preview, edits the groups and undoes each edit', async ({
  app,
  page,
  dataDir,
}, info) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await page.getByRole('button', { name: '联系分组' }).click();
  const dialog = page.getByRole('dialog', { name: '联系分组' });
  const file = join(dataDir, '服务能力攻坚行动方案.docx');
  writeFileSync(file, seed004Document(true));
  await dialog.getByLabel('选择通知文件').setInputFiles(file);

  const preview = dialog.getByRole('region', { name: '分组名单预览' });
  await expect(preview.getByRole('heading')).toHaveText('「服务能力攻坚行动方案.docx」中读到 24 个分组（尚未保存）');
  const contactPreview = preview.getByRole('table', { name: '联系单位分组' });
  await expect(contactPreview.locator('tr[data-group="第一组"]')).toContainText('魏天山刘庆华东昌府区、市人民医院');
  await expect(contactPreview.locator('tr[data-group="第三组"]')).toContainText('临清市、市第二人民医院、市委门诊部');
  await expect(preview.getByRole('table', { name: '专项工作组' }).locator('tr[data-group="医政医管组"]')).toContainText(
    '宋汝祥刘庆华医政医管科',
  );
  await page.screenshot({ path: info.outputPath('groups-preview.png'), fullPage: true });
  // Nothing is kept before 确认导入: 取消 leaves the list empty.
  await preview.getByRole('button', { name: '取消' }).click();
  await expect(dialog.getByRole('table', { name: '联系单位分组' })).toHaveCount(0);
  await dialog.getByLabel('选择通知文件').setInputFiles(file);
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(
    page.locator('.pd-notice-info').filter({ hasText: '已读入 24 个分组（按 Ctrl+Z 可撤销）' }),
  ).toBeVisible();
  const contact = dialog.getByRole('table', { name: '联系单位分组' });
  await expect(contact.locator('tbody tr')).toHaveCount(11);

  // 第一组 renamed, 市人民医院 taken off, 市中医医院 added.
  await contact.getByRole('button', { name: '修改第一组' }).click();
  const form = dialog.getByRole('form', { name: '修改分组第一组' });
  await form.getByLabel('分组名称').fill('第一联系组');
  await form.getByRole('button', { name: '移除市人民医院' }).click();
  await form.getByLabel('添加联系单位').fill('市中医医院');
  await form.getByLabel('添加联系单位').press('Enter');
  await form.getByRole('button', { name: '保存分组' }).click();
  await expect(contact.locator('tr[data-group="第一联系组"]')).toContainText('魏天山刘庆华东昌府区、市中医医院');
  // A work group of its own, with its 组长 and 责任科室.
  await dialog.getByRole('button', { name: '新增专项工作组' }).click();
  const added = dialog.getByRole('form', { name: '新增分组' });
  await added.getByLabel('分组名称').fill('满意度督导组');
  await added.getByLabel('组长', { exact: true }).fill('李相田');
  await added.getByLabel('添加责任科室').fill('人事科');
  await added.getByRole('button', { name: '添加', exact: true }).click();
  await added.getByRole('button', { name: '保存分组' }).click();
  const work = dialog.getByRole('table', { name: '专项工作组' });
  await expect(work.locator('tr[data-group="满意度督导组"]')).toContainText('李相田人事科');
  await contact.getByRole('button', { name: '删除第十一组' }).click();
  await expect(contact.locator('tbody tr')).toHaveCount(10);
  await page.screenshot({ path: info.outputPath('groups-edited.png'), fullPage: true });
  await dialog.getByRole('button', { name: '关闭' }).click();

  // Ctrl+Z in the editor takes back each change, newest first, as it does a unit's.
  const undo = page.getByRole('toolbar', { name: '编辑' }).getByRole('button', { name: '↶ 撤销' });
  await expect(undo).toHaveAttribute('title', '撤销「删除分组（第十一组）」（Ctrl+Z）');
  await page.keyboard.press('Control+z');
  await expect(undo).toHaveAttribute('title', '撤销「新增分组（满意度督导组）」（Ctrl+Z）');
  await page.keyboard.press('Control+z');
  await expect(undo).toHaveAttribute('title', '撤销「修改分组（第一组 → 第一联系组）」（Ctrl+Z）');
  await page.keyboard.press('Control+z');
  await page.getByRole('button', { name: '联系分组' }).click();
  await expect(contact.locator('tr[data-group="第一组"]')).toContainText('东昌府区、市人民医院');
  await expect(contact.locator('tr[data-group="第十一组"]')).toBeVisible();
  await expect(work.locator('tr[data-group="满意度督导组"]')).toHaveCount(0);
});

test('a round’s board filtered to one group and arranged by group, with one 催报 text per group naming its 组长', async ({
  app,
  page,
}, info) => {
  await page.clock.setFixedTime(new Date('2026-12-10T10:00:00'));
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  await page.getByRole('button', { name: '联系分组' }).click();
  const groups = page.getByRole('dialog', { name: '联系分组' });
  await groups.getByLabel('分组名单').fill(SEED_004_TEXT.slice(SEED_004_TEXT.indexOf('附件 2')));
  await groups.getByRole('button', { name: '读取名单' }).click();
  await expect(groups.getByRole('region', { name: '分组名单预览' }).getByRole('heading')).toHaveText(
    '粘贴的名单中读到 11 个分组（尚未保存）',
  );
  await groups.getByRole('button', { name: '确认导入' }).click();
  await expect(groups.getByRole('table', { name: '联系单位分组' })).toBeVisible();
  await groups.getByRole('button', { name: '关闭' }).click();

  const rounds = new RoundsPage(page);
  await rounds.open();
  await rounds.create({
    units: ['东昌府区', '市人民医院', '莘县', '临清市'],
    dueDate: '2026-12-03',
    title: '2026年11月工作开展情况',
    mode: 'table',
  });
  const filter = rounds.dialog.getByLabel('分组筛选');
  await filter.selectOption({ label: '第一组（魏天山）' });
  await expect(rounds.board.locator('tbody tr[data-unit]')).toHaveCount(2);
  await expect(rounds.unitRow('莘县')).toHaveCount(0);
  const chase = rounds.dialog.getByRole('region', { name: '按联系分组催报' });
  await expect(chase.getByRole('textbox')).toHaveCount(1);
  await expect(chase.getByLabel('第一组（组长魏天山、副组长刘庆华）催报')).toHaveValue(
    '魏天山同志：您联系的第一组中，东昌府区、市人民医院尚未报送《2026年11月工作开展情况》（截止2026年12月3日），请督促尽快报送。',
  );

  await filter.selectOption({ label: '全部' });
  await rounds.dialog.getByLabel('按分组排列').selectOption({ label: '按联系单位分组' });
  await expect(rounds.board.locator('tbody tr')).toHaveCount(7);
  await expect(rounds.board.locator('tbody tr').first()).toHaveText('第一组（组长魏天山、副组长刘庆华）');
  await expect(rounds.board.locator('tr[data-group-row="第三组（组长李相田）"] + tr')).toHaveAttribute(
    'data-unit',
    '临清市',
  );
  await expect(chase.getByRole('textbox')).toHaveCount(3);
  await expect(chase.getByLabel('第二组（组长谢华、副组长张建福）催报')).toHaveValue(
    /^谢华同志：您联系的第二组中，莘县尚未报送/,
  );
  await page.screenshot({ path: info.outputPath('board-by-group.png'), fullPage: true });
});

test('进度总览 shows the lead units of one 专项工作组, and the units under their groups', async ({
  app,
  page,
}, info) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await page.getByRole('button', { name: '联系分组' }).click();
  const groups = page.getByRole('dialog', { name: '联系分组' });
  await groups
    .getByLabel('分组名单')
    .fill('一、医政医管组\n组长：宋汝祥，责任科室：医政处、药政处\n二、疾病预防控制组\n组长：侯森，责任科室：疾控处');
  await groups.getByRole('button', { name: '读取名单' }).click();
  await groups.getByRole('button', { name: '确认导入' }).click();
  await expect(groups.getByRole('table', { name: '专项工作组' }).locator('tbody tr')).toHaveCount(2);
  await groups.getByRole('button', { name: '关闭' }).click();

  await app.button('进度总览').click();
  const overview = page.getByRole('dialog', { name: '进度总览' });
  const byUnit = overview.getByRole('table', { name: '按牵头单位统计' });
  const all = await byUnit.locator('tbody tr').count();
  await overview.getByLabel('分组筛选').selectOption({ label: '医政医管组（宋汝祥）' });
  await expect(byUnit.locator('tbody tr')).toHaveCount(2);
  await expect(byUnit.getByRole('row', { name: /^医政处 \d+/ })).toBeVisible();
  await expect(byUnit.getByRole('row', { name: /^药政处 1/ })).toBeVisible();
  await expect(overview.getByRole('heading', { name: /^逾期未完成（(\d+) 项）$/ })).not.toHaveText(
    '逾期未完成（0 项）',
  );

  await overview.getByLabel('分组筛选').selectOption({ label: '全部' });
  await overview.getByLabel('按分组排列').selectOption({ label: '按专项工作组' });
  await expect(byUnit.locator('tbody tr')).toHaveCount(all + 3);
  await expect(byUnit.locator('tbody tr').first()).toHaveText('医政医管组（组长宋汝祥）');
  await expect(byUnit.locator('tr[data-group-row="疾病预防控制组（组长侯森）"] + tr')).toContainText('疾控处');
  await expect(byUnit.locator('tr[data-group-row="未分组"]')).toBeVisible();
  await page.screenshot({ path: info.outputPath('overview-by-group.png'), fullPage: true });
});
