// Importing offices' files through the import dialog: preview, a changed mapping, the new plan; bad files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { c, docx, p, table } from './support/word-document';
import { SAMPLES_DIR, XLS_DIR } from '../support/fixtures';

const SAMPLES = SAMPLES_DIR;

test('imports a 民生实事 list with a changed column mapping and shows the new plan', async ({ app, page }) => {
  await page.getByLabel('选择要导入的文件').setInputFiles(join(SAMPLES, '民生实事-2025.xlsx'));
  const dialog = page.getByRole('dialog', { name: '导入 Excel' });
  await expect(dialog.getByLabel('表格类型')).toHaveValue('minsheng');
  await expect(dialog.getByText('共 20 项、3 个分组')).toBeVisible();
  const mapping = dialog.getByLabel('「联系人」列导入为');
  await expect(mapping).toHaveValue('key:contact');
  const preview = dialog.getByRole('table', { name: '导入预览' });
  await expect(preview.getByRole('cell', { name: '刘亚红' }).first()).toBeVisible();
  await mapping.selectOption('ignore');
  await expect(preview.getByRole('cell', { name: '刘亚红' })).toHaveCount(0);
  await mapping.selectOption('extra');
  await expect(preview.getByRole('cell', { name: '刘亚红' }).first()).toBeVisible();
  await dialog.getByRole('button', { name: '导入为新方案' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.locator('.pd-plan-title')).toHaveText('2025年全县卫生健康系统民生实事任务清单');
  await expect(app.summary).toHaveText('共 20 项，3 个分组');
  await expect(app.cell(0, 'seq')).toContainText('（一）提标实施国家卫生健康委确定的全国卫生健康系统');
  await expect(app.cell(1, 'seq')).toHaveText('1');
  await expect(app.cell(1, 'lead')).toHaveText('基层科');
  await expect(app.cell(1, 'x1')).toHaveText('刘亚红');
  await expect(page.getByRole('columnheader', { name: '联系人' })).toBeVisible();
  await app.expectSaved();
});

test('imports an old Excel (.xls) workbook as its .xlsx twin is imported', async ({ app, page }) => {
  await page.getByLabel('选择要导入的文件').setInputFiles(join(XLS_DIR, '民生实事-2025.xls'));
  const dialog = page.getByRole('dialog', { name: '导入 Excel' });
  await expect(dialog.getByLabel('表格类型')).toHaveValue('minsheng');
  await expect(dialog.getByText('共 20 项、3 个分组')).toBeVisible();
  await dialog.getByRole('button', { name: '导入为新方案' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.pd-plan-title')).toHaveText('2025年全县卫生健康系统民生实事任务清单');
  await expect(app.summary).toHaveText('共 20 项，3 个分组');
  await expect(app.cell(1, 'lead')).toHaveText('基层科');
  await app.expectSaved();
});

test('remembers a corrected mapping for the next file of the same shape', async ({ app, page }) => {
  await expect(app.summary).toBeVisible();
  const file = join(SAMPLES, '返回', '突破事项-区人民医院.xlsx');
  await page.getByLabel('选择要导入的文件').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: '导入 Excel' });
  await dialog.getByLabel('「分管责任人」列导入为').selectOption('ignore');
  await dialog.getByRole('button', { name: '导入为新方案' }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel('选择要导入的文件').setInputFiles(join(SAMPLES, '返回', '突破事项-区疾控中心.xlsx'));
  await expect(dialog.getByText('已按上次为同样格式的文件所做的对应关系读取。')).toBeVisible();
  await expect(dialog.getByLabel('「分管责任人」列导入为')).toHaveValue('ignore');
});

test('explains in Chinese why a file that is not a table cannot be imported, and changes nothing', async ({
  app,
  page,
}) => {
  await page.getByLabel('选择要导入的文件').setInputFiles(join(SAMPLES, '坏文件-不是表格.xlsx'));
  const dialog = page.getByRole('dialog', { name: '导入 Excel' });
  await expect(dialog.getByRole('alert')).toHaveText(
    '「坏文件-不是表格.xlsx」不是 Excel 表格文件（.xlsx）、Word 文档（.docx）或 CSV 文件，无法导入。请确认选择的文件是否正确。',
  );
  await expect(dialog.getByRole('button', { name: '导入为新方案' })).toBeDisabled();
  await dialog.getByRole('button', { name: '取消' }).click();

  await expect(page.getByRole('listbox', { name: '方案' }).getByRole('option')).toHaveCount(2);
  await expect(app.planItem(/重点工作清单/)).toHaveCount(1);
});

test('imports a file dropped on the window into the open plan', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  const bytes = readFileSync(join(SAMPLES, '配档表-百日攻坚行动.csv')).toString('base64');
  const drop = await page.evaluateHandle((b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([data], '配档表-百日攻坚行动.csv', { type: 'text/csv' }));
    return dt;
  }, bytes);
  await page.dispatchEvent('.pd-grid', 'dragenter', { dataTransfer: drop });
  await expect(page.getByText('松开鼠标，导入这个文件')).toBeVisible();
  await page.dispatchEvent('.pd-grid', 'drop', { dataTransfer: drop });
  const dialog = page.getByRole('dialog', { name: '导入 Excel' });
  await expect(dialog.getByText('共 50 项')).toBeVisible();
  await dialog.getByRole('button', { name: '添加到当前方案' }).click();
  await expect(app.summary).toHaveText('共 100 项，5 个分组');
  await expect(page.getByRole('status').filter({ hasText: '已从「配档表-百日攻坚行动.csv」导入 50 项' })).toBeVisible();
  // The whole import is one action: Ctrl+Z takes it back.
  await app.selectCell(1, 'measure');
  await app.page.keyboard.press('Control+Z');
  await expect(app.summary).toHaveText('共 50 项，5 个分组');
});

test('imports the 配档表 of a notice from its Word document: title, sections, a 牵头处室 merged down', async ({
  app,
  page,
}) => {
  const notice = docx(
    p('关于印发百日攻坚行动方案的通知') +
      p('附件1') +
      p('全省卫生健康系统百日攻坚行动配档表') +
      table([
        [c('序号'), c('行动措施'), c('任务目标'), c('完成时限'), c('牵头处室'), c('配合处室')],
        [{ lines: ['（一）优化健康服务流程'], span: 6 }],
        [
          c('1'),
          c('推进诊疗精准预约'),
          c('①推广诊间预约；', '②门诊预约全覆盖。'),
          c('8月20日前'),
          { lines: ['医政处'], vMerge: 'restart' },
          c('妇幼健康处'),
        ],
        [
          c('2'),
          c('推广大型设备检查预约'),
          c('三级医院实现检查预约。'),
          c('9月底前'),
          { lines: [], vMerge: 'continue' },
          c(''),
        ],
      ]),
  );
  await page.getByLabel('选择要导入的文件').setInputFiles({
    name: '百日攻坚行动方案.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(notice),
  });
  const dialog = page.getByRole('dialog', { name: '导入 Excel' });
  await expect(dialog.getByLabel('表格类型')).toHaveValue('peidang');
  await expect(dialog.getByText('共 2 项、1 个分组')).toBeVisible();
  await dialog.getByRole('button', { name: '年度无误' }).click();
  await dialog.getByRole('button', { name: '导入为新方案' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.pd-plan-title')).toHaveText('全省卫生健康系统百日攻坚行动配档表');
  await expect(app.cell(0, 'seq')).toContainText('（一）优化健康服务流程');
  await expect(app.cell(1, 'goal')).toHaveText('①推广诊间预约；\n②门诊预约全覆盖。', { useInnerText: true });
  await expect(app.cell(2, 'lead')).toHaveText('医政处');
  await app.expectSaved();
});

test('asks for the year of a file that states none: the guess is marked, and the plan gets the year the clerk sets', async ({
  app,
  page,
}) => {
  await expect(app.summary).toBeVisible();
  await page.getByLabel('选择要导入的文件').setInputFiles(join(SAMPLES, '配档表-百日攻坚行动.xlsx'));
  const dialog = page.getByRole('dialog', { name: '导入 Excel' });
  await expect(dialog.getByRole('status')).toContainText('文件中没有写年度，按文件的修改日期推测为');
  await expect(dialog.getByRole('button', { name: '导入为新方案' })).toBeDisabled();
  await expect(dialog.getByText('请先确认年度')).toBeVisible();
  await dialog.getByLabel('年度').fill('2023');
  await dialog.getByRole('button', { name: '导入为新方案' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.pd-plan-title')).toHaveText(/百日攻坚行动/);
  // Deadlines read in 2023, not this year: the plan's year is the one the clerk set.
  await page.getByRole('button', { name: '重命名/信息' }).click();
  await expect(page.getByRole('dialog', { name: '方案信息' }).getByLabel('年度')).toHaveValue('2023');
});

test('says where the year came from when the title states it', async ({ app, page }) => {
  await expect(app.summary).toBeVisible();
  await page.getByLabel('选择要导入的文件').setInputFiles(join(SAMPLES, '民生实事-2025.xlsx'));
  const dialog = page.getByRole('dialog', { name: '导入 Excel' });
  await expect(dialog.getByLabel('年度')).toHaveValue('2025');
  await expect(dialog.getByText('（来自标题「2025年」）')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '导入为新方案' })).toBeEnabled();
});
