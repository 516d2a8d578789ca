// The sample 配档表 in the grid: opening, editing, clipboard with Excel, row moves with undo, and saving.
import { expect, test } from './support/fixtures';

const PEIDANG = /百日攻坚行动.*配档表/;

test('opens the sample 配档表 with its 50 rows under 5 sections', async ({ app }) => {
  await app.openPlan(PEIDANG);
  await expect(app.summary).toHaveText('共 50 项，5 个分组');
  await expect(app.cell(0, 'seq')).toHaveText('（一）优化健康服务流程');
  await expect(app.cell(1, 'seq')).toHaveText('1');
  await expect(app.cell(1, 'measure')).toHaveText('推进诊疗精准预约');
  const target = await app.cellText(1, 'goal');
  expect(target.split('\n')).toHaveLength(3);
  expect(target).toMatch(/^①在三级公立医院/);
  await app.selectCell(1, 'measure');
  await app.page.keyboard.press('Control+End');
  await expect(app.cell(54, 'seq')).toHaveText('50');
  await expect(app.cell(54, 'measure')).toHaveText('推进各级各类医疗机构无障碍和适老化改造');
});

test('keeps a cell edit with a line break after the host restarts', async ({ app, restartHost }) => {
  await app.openPlan(PEIDANG);
  await app.cell(1, 'deadline').dblclick();
  await expect(app.editor).toBeVisible();
  await app.editor.press('Control+A');
  await app.editor.pressSequentially('8月20日前');
  await app.editor.press('Alt+Enter');
  await app.editor.pressSequentially('（每月报进展）');
  await app.editor.press('Enter');
  await expect(app.editor).toBeHidden();
  await expect(app.cell(1, 'deadline')).toHaveText('8月20日前\n（每月报进展）', { useInnerText: true });
  await app.expectSaved();
  // Enter commits and moves down, as in Excel.
  await expect(app.page.locator('.ag-cell-focus')).toHaveAttribute('col-id', 'deadline');
  await expect(app.page.locator('.ag-row-focus')).toHaveAttribute('row-index', '2');

  await restartHost('SIGTERM');
  await app.openPlan(PEIDANG);
  await expect(app.cell(1, 'deadline')).toHaveText('8月20日前\n（每月报进展）', { useInnerText: true });
});

test('Esc cancels an edit and Delete clears the selected cells', async ({ app }) => {
  await app.openPlan(PEIDANG);
  await app.selectCell(2, 'lead');
  await app.page.keyboard.press('F2');
  await app.editor.pressSequentially('不要的字');
  await app.editor.press('Escape');
  await expect(app.cell(2, 'lead')).toHaveText('医政处');
  await app.selectBlock([2, 'lead'], [3, 'support']);
  await app.page.keyboard.press('Delete');
  await expect(app.cell(2, 'lead')).toHaveText('');
  await expect(app.cell(3, 'support')).toHaveText('');
  await app.expectSaved();
  await app.page.keyboard.press('Control+Z');
  await expect(app.cell(2, 'lead')).toHaveText('医政处');
  await expect(app.cell(3, 'lead')).toHaveText('规划处');
});

test('copies a block from the grid as Excel-compatible TSV', async ({ app, page }) => {
  await app.openPlan(PEIDANG);
  await app.selectBlock([1, 'measure'], [2, 'deadline']);
  await expect(page.locator('.pd-status-selection')).toHaveText('已选 2 行 × 3 列');
  await page.keyboard.press('Control+C');

  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toBe(
    '推进诊疗精准预约\t"①在三级公立医院推广诊间预约、跨科预约、复诊预约、知名团队预约、医联体内预约等模式；\n' +
      '②二级以上公立综合医院全部实现门诊预约就诊，预约时段精准到20分钟以内；\n' +
      '③二级以上公立医院预约诊疗服务全部接入“健康山东服务号”。"\t8月20日前\r\n' +
      '推广磁共振、CT等大型设备检查预约\t"①所有三级公立综合医院和50%以上二级公立综合医院实现磁共振、CT等大型设备检查预约；\n' +
      '②开展检查预约的医院确保预约时段精确到30分钟之内，预约检查完成率达到100%。"\t8月20日前\r\n',
  );

  // Pasted into a plain-text area (another program's), the block arrives as the same text.
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.setAttribute('aria-label', '外部文本框');
    document.body.append(area);
  });
  const area = page.getByLabel('外部文本框');
  await area.focus();
  await page.keyboard.press('Control+V');
  await expect(area).toHaveValue(clip.replace(/\r\n/g, '\n'));
});

test('pastes a TSV block with a quoted multi-line cell into the right cells', async ({ app, page }) => {
  await app.openPlan(PEIDANG);
  const tsv = '新措施甲\t"①第一条；\r\n②第二条"\t6月底前\r\n新措施乙\t目标乙\t年底前\r\n';
  await page.evaluate((text) => navigator.clipboard.writeText(text), tsv);
  await app.selectCell(3, 'measure');
  await page.keyboard.press('Control+V');
  await expect(app.cell(3, 'measure')).toHaveText('新措施甲');
  await expect(app.cell(3, 'goal')).toHaveText('①第一条；\n②第二条', { useInnerText: true });
  await expect(app.cell(3, 'deadline')).toHaveText('6月底前');
  await expect(app.cell(4, 'measure')).toHaveText('新措施乙');
  await expect(app.cell(4, 'deadline')).toHaveText('年底前');
  // Two rows were pasted, not three: the quoted line break stayed inside its cell.
  await expect(app.cell(5, 'measure')).toHaveText('推广“一站式”服务');
  await expect(app.summary).toHaveText('共 50 项，5 个分组');
  await app.expectSaved();
});

test('Ctrl+X cuts a block to the clipboard and empties it, Ctrl+V puts it elsewhere, each one Ctrl+Z away', async ({
  app,
  page,
}) => {
  await app.openPlan(PEIDANG);
  await app.selectBlock([1, 'lead'], [2, 'lead']);
  await page.keyboard.press('Control+X');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('"医政处\n规划处"\r\n医政处\r\n');
  await expect(app.cell(1, 'lead')).toHaveText('');
  await expect(app.cell(2, 'lead')).toHaveText('');
  await app.selectCell(5, 'support');
  await page.keyboard.press('Control+V');
  await expect(app.cell(5, 'support')).toHaveText('医政处\n规划处', { useInnerText: true });
  await expect(app.cell(6, 'support')).toHaveText('医政处');
  await app.expectSaved();
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expect(app.cell(1, 'lead')).toHaveText('医政处\n规划处', { useInnerText: true });
  await expect(app.cell(5, 'support')).toHaveText('妇幼健康处\n中西医结合指导处', { useInnerText: true });
});

test('Ctrl+D fills the first row of a block down through it, and a single cell from the row above', async ({
  app,
  page,
}) => {
  await app.openPlan(PEIDANG);
  await app.selectBlock([1, 'deadline'], [4, 'lead']);
  await page.keyboard.press('Control+D');
  for (const i of [2, 3, 4]) {
    await expect(app.cell(i, 'deadline')).toHaveText('8月20日前');
    await expect(app.cell(i, 'lead')).toHaveText('医政处\n规划处', { useInnerText: true });
  }
  // The columns beside the block are left alone.
  await expect(app.cell(3, 'support')).toHaveText('医政处\n妇幼健康处\n中西医结合指导处', { useInnerText: true });
  await app.selectCell(6, 'measure');
  await page.keyboard.press('Control+D');
  await expect(app.cell(6, 'measure')).toHaveText('推广“一站式”服务');
  await app.expectSaved();
  await page.keyboard.press('Control+Z');
  await expect(app.cell(6, 'measure')).toHaveText('进一步优化结算流程');
  await page.keyboard.press('Control+Z');
  await expect(app.cell(3, 'lead')).toHaveText('规划处');
});

test('pastes a table copied from Word with its cells whole: paragraphs as lines, a cell merged down in each of its rows', async ({
  app,
  page,
}) => {
  await app.openPlan(PEIDANG);
  await app.selectCell(3, 'measure');
  // Word's clipboard: its HTML has the table; its plain text cuts the two-paragraph cell into two rows.
  const html =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=ProgId content=Word.Document></head><body><!--StartFragment-->' +
    '<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>新措施甲<o:p></o:p></p></td>' +
    '<td><p class=MsoNormal>①第一条；<o:p></o:p></p><p class=MsoNormal>②第二条<o:p></o:p></p></td>' +
    '<td><p class=MsoNormal>6月底前</p></td><td rowspan=2><p class=MsoNormal>医政处</p></td></tr>' +
    '<tr><td><p>新措施乙</p></td><td><p>目标乙&nbsp;<o:p></o:p></p></td><td><p>年底前</p></td></tr></table><!--EndFragment--></body></html>';
  const text = '新措施甲\t①第一条；\r\n②第二条\t6月底前\t医政处\r\n新措施乙\t目标乙 \t年底前\r\n';
  await page.evaluate(
    ({ html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { html, text },
  );
  await expect(app.cell(3, 'measure')).toHaveText('新措施甲');
  await expect(app.cell(3, 'goal')).toHaveText('①第一条；\n②第二条', { useInnerText: true });
  await expect(app.cell(3, 'lead')).toHaveText('医政处');
  await expect(app.cell(4, 'measure')).toHaveText('新措施乙');
  await expect(app.cell(4, 'goal')).toHaveText('目标乙');
  await expect(app.cell(4, 'deadline')).toHaveText('年底前');
  // 医政处 was merged down over both rows: it holds for each, as the importer reads a merged 牵头处室.
  await expect(app.cell(4, 'lead')).toHaveText('医政处');
  await expect(app.cell(5, 'measure')).toHaveText('推广“一站式”服务');
  await app.expectSaved();
});

test('undoes and redoes a row move, with 序号 renumbered', async ({ app, page }) => {
  await app.openPlan(PEIDANG);
  await app.selectCell(1, 'measure');
  await app.button('下移').click();
  await expect(app.cell(1, 'measure')).toHaveText('推广磁共振、CT等大型设备检查预约');
  await expect(app.cell(2, 'measure')).toHaveText('推进诊疗精准预约');
  await expect(app.cell(2, 'seq')).toHaveText('2');
  await app.expectSaved();

  await app.selectCell(5, 'measure');
  await page.keyboard.press('Control+Z');
  await expect(app.cell(1, 'measure')).toHaveText('推进诊疗精准预约');
  await expect(app.cell(2, 'measure')).toHaveText('推广磁共振、CT等大型设备检查预约');
  await expect(app.button(/重做/)).toBeEnabled();

  await page.keyboard.press('Control+Y');
  await expect(app.cell(1, 'measure')).toHaveText('推广磁共振、CT等大型设备检查预约');
  await expect(app.cell(2, 'measure')).toHaveText('推进诊疗精准预约');
  await expect(app.cell(1, 'seq')).toHaveText('1');
});

test('loses nothing shown as saved when the host is killed right after an edit', async ({ app, restartHost }) => {
  await app.openPlan(PEIDANG);
  await app.selectCell(3, 'support');
  await app.page.keyboard.press('F2');
  await app.editor.press('Control+A');
  await app.editor.pressSequentially('疾控处');
  await app.editor.press('Enter');
  // The grid shows an edit once the host has committed it (the cell is drawn from the host's answer).
  await expect(app.cell(3, 'support')).toHaveText('疾控处');
  await app.expectSaved();
  await restartHost('SIGKILL');
  await app.openPlan(PEIDANG);
  await expect(app.cell(3, 'support')).toHaveText('疾控处');
});
