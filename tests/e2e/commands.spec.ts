// The app's commands from the keyboard (browser mode) and from the desktop menu (its event, sent through a stand-in
// for the preload): 新建, 导入, 导出, 打印 in the official layout, 备份与恢复, 撤销/重做/查找.
import { expect, test } from './support/fixtures';
import { TRANSPORT } from '../../shared/transport';

test('Ctrl+N, Ctrl+O and Ctrl+E open 新建, the file picker and 导出', async ({ app, page }) => {
  const choosers: boolean[] = [];
  page.on('filechooser', (chooser) => choosers.push(chooser.isMultiple()));
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.selectCell(1, 'measure');
  await expect(app.cell(1, 'measure')).toHaveClass(/ag-cell-focus/);
  await page.keyboard.press('Control+N');
  const create = page.getByRole('dialog', { name: '新建方案' });
  await expect(create).toBeVisible();
  await create.getByRole('button', { name: '取消' }).click();

  await app.selectCell(1, 'measure');
  await expect(app.cell(1, 'measure')).toHaveClass(/ag-cell-focus/);
  await page.keyboard.press('Control+O');
  await expect.poll(() => choosers).toEqual([false]);

  await app.selectCell(1, 'measure');
  await expect(app.cell(1, 'measure')).toHaveClass(/ag-cell-focus/);
  await page.keyboard.press('Control+E');
  await expect(page.getByRole('dialog', { name: '导出' })).toBeVisible();
});

test('Ctrl+P prints the open plan in the official layout, header and all rows, and only that', async ({
  app,
  page,
}) => {
  // The print dialog cannot be driven; what the page hands the printer is read the moment print() is called.
  await page.addInitScript(() => {
    const w = window as unknown as {
      printed: { text: string; appShown: boolean; headerRows: number; bodyRows: number }[];
    };
    w.printed = [];
    window.print = () => {
      const sheet = document.querySelector<HTMLElement>('.pd-print-plan');
      const app = document.getElementById('root');
      w.printed.push({
        text: sheet?.innerText ?? '',
        appShown: app ? getComputedStyle(app).display !== 'none' : false,
        headerRows: sheet?.querySelectorAll('thead tr').length ?? 0,
        bodyRows: sheet?.querySelectorAll('tbody tr').length ?? 0,
      });
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.selectCell(1, 'measure');
  await expect(app.cell(1, 'measure')).toHaveClass(/ag-cell-focus/);
  await page.emulateMedia({ media: 'print' });
  await page.keyboard.press('Control+P');
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: unknown[] }).printed.length)).toBe(1);
  const [printed] = await page.evaluate(
    () =>
      (window as unknown as { printed: { text: string; appShown: boolean; headerRows: number; bodyRows: number }[] })
        .printed,
  );
  expect(printed!.appShown).toBe(false);
  expect(printed!.text).toMatch(/百日攻坚行动/);
  expect(printed!.text).toContain('序号');
  expect(printed!.headerRows).toBeGreaterThanOrEqual(1);
  // 50 items and 5 section rows.
  expect(printed!.bodyRows).toBe(55);
  // Printed and gone: the page is the app again.
  await expect(page.locator('.pd-print-plan')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
  await app.button('打印').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: unknown[] }).printed.length)).toBe(2);
});

test('the desktop menu runs the same commands, and 导入 opens the file its dialog picked', async ({ app, page }) => {
  // A stand-in for the preload: invoke over the same HTTP bridge, and on() handing the test the menu's channel.
  await page.addInitScript(
    (t: { invokePath: string; tokenHeader: string }) => {
      const token =
        /token=([^&]+)/.exec(window.location.hash)?.[1] ?? sessionStorage.getItem('peidang.test.token') ?? '';
      sessionStorage.setItem('peidang.test.token', token);
      const listeners: ((payload: unknown) => void)[] = [];
      (window as unknown as { menu: (p: unknown) => void }).menu = (p) => listeners.forEach((l) => l(p));
      (window as unknown as { peidang: unknown }).peidang = {
        invoke: async (method: string, input: unknown) =>
          (
            await fetch(`${t.invokePath}${encodeURIComponent(method)}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', [t.tokenHeader]: token },
              body: JSON.stringify(input),
            })
          ).json(),
        on: (event: string, cb: (payload: unknown) => void) => {
          if (event === 'menu.command') listeners.push(cb);
          return () => undefined;
        },
      };
    },
    { invokePath: TRANSPORT.invokePath, tokenHeader: TRANSPORT.tokenHeader },
  );
  await page.reload();
  await app.openPlan(/百日攻坚行动.*配档表/);
  const menu = (payload: unknown) =>
    page.evaluate((p) => (window as unknown as { menu: (p: unknown) => void }).menu(p), payload);

  await menu({ command: 'backups.open' });
  const backups = page.getByRole('dialog', { name: '备份与恢复' });
  await expect(backups).toBeVisible();
  await backups.getByRole('button', { name: '关闭' }).click();
  await expect(backups).toHaveCount(0);

  await app.selectCell(2, 'measure');
  await app.button('上方插入行').click();
  await expect(app.summary).toHaveText('共 51 项，5 个分组');
  await app.expectSaved();
  await menu({ command: 'edit.undo' });
  await expect(app.summary).toHaveText('共 50 项，5 个分组');
  await app.expectSaved();
  await menu({ command: 'edit.redo' });
  await expect(app.summary).toHaveText('共 51 项，5 个分组');

  await menu({ command: 'edit.find' });
  await expect(page.getByLabel('查找内容')).toBeVisible();

  // In the desktop shell, Ctrl+N is the menu's: the page leaves it alone.
  await app.selectCell(1, 'measure');
  await expect(app.cell(1, 'measure')).toHaveClass(/ag-cell-focus/);
  await page.keyboard.press('Control+N');
  await expect(page.getByRole('dialog', { name: '新建方案' })).toHaveCount(0);
  await menu({ command: 'plan.new' });
  await expect(page.getByRole('dialog', { name: '新建方案' })).toBeVisible();
  await page.getByRole('dialog', { name: '新建方案' }).getByRole('button', { name: '取消' }).click();

  const csv = '序号,工作任务,牵头单位,完成时限\n1,推进家庭医生签约服务,基层卫生健康科,6月底前\n';
  // The shell sends the file's bytes as they are (IPC carries a Uint8Array), never as text to decode.
  await page.evaluate(
    (text) =>
      (window as unknown as { menu: (p: unknown) => void }).menu({
        command: 'file.import',
        file: { name: '菜单导入.csv', data: new TextEncoder().encode(text) },
      }),
    csv,
  );
  await expect(page.getByRole('dialog', { name: '导入 Excel' })).toContainText('导入「菜单导入.csv」');

  // A payload that does not fit the contract is ignored.
  await menu({ command: 'rm -rf' });
});

test('Ctrl+S, pressed out of habit, says that every change is already saved', async ({ app, page }) => {
  await app.openPlan(/百日攻坚行动.*配档表/);
  await app.selectCell(1, 'measure');
  // Whether the browser was kept from its own Ctrl+S (save the page): the listener is in place before the key.
  await page.evaluate(() => {
    const w = window as unknown as { saveKeyPrevented?: boolean };
    window.addEventListener('keydown', (e) => {
      if (e.key.toLowerCase() === 's') setTimeout(() => (w.saveKeyPrevented = e.defaultPrevented));
    });
  });
  await page.keyboard.press('Control+S');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { saveKeyPrevented?: boolean }).saveKeyPrevented))
    .toBe(true);
  await expect(
    page.getByRole('status').filter({ hasText: '配档助手随改随存，所有修改都已自动保存，不需要按 Ctrl+S。' }),
  ).toBeVisible();
});
