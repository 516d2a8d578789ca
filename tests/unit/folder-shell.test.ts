// 生成填报表's folder: the desktop's native dialog and file manager reached through the host, and said plainly where
// there is none (browser mode) or where the folder cannot be opened.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupTemp, startTempHost, tempDir } from './temp-data';

afterEach(cleanupTemp);

describe('the folder of the fill-in sheets', () => {
  it('has no folder dialog in browser mode, and says to type the folder or download a .zip', async () => {
    const { host } = startTempHost(false);
    const out = await host.invoke('rounds.pickFolder', { start: '' });
    expect(out).toMatchObject({ ok: false, error: { code: 'FOLDER_PICKER_UNAVAILABLE' } });
    expect(JSON.stringify(out)).toContain('下载为 .zip');
  });

  it('answers with the folder the desktop dialog chose, or none when cancelled', async () => {
    const { host } = startTempHost(false);
    const chosen: string[] = [];
    let answer: string | null = '/home/clerk/下发';
    host.ctx.desktop = {
      pickFolder: async (start) => (chosen.push(start), answer),
      openFolder: async () => '',
    };
    expect(await host.invoke('rounds.pickFolder', { start: '/home/clerk' })).toEqual({
      ok: true,
      data: { folder: '/home/clerk/下发' },
    });
    answer = null;
    expect(await host.invoke('rounds.pickFolder', { start: '' })).toEqual({ ok: true, data: { folder: null } });
    expect(chosen).toEqual(['/home/clerk', '']);
  });

  it('opens a folder through the desktop shell, and says why when it cannot', async () => {
    const { host } = startTempHost(false);
    const folder = tempDir();
    const opened: string[] = [];
    let reason = '';
    host.ctx.desktop = { pickFolder: async () => null, openFolder: async (f) => (opened.push(f), reason) };
    expect(await host.invoke('rounds.openFolder', { folder })).toEqual({ ok: true, data: { ok: true } });
    reason = '拒绝访问';
    const failed = await host.invoke('rounds.openFolder', { folder });
    expect(failed).toMatchObject({ ok: false, error: { code: 'FOLDER_OPEN_FAILED' } });
    expect(JSON.stringify(failed)).toContain('拒绝访问');
    expect(opened).toEqual([folder, folder]);
    const missing = await host.invoke('rounds.openFolder', { folder: `${folder}/不存在` });
    expect(JSON.stringify(missing)).toContain('文件夹不存在');
    expect(opened).toHaveLength(2);
  });
});
