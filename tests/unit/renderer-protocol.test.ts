// The desktop shell serves the renderer from app://peidang/ (not file://): its own files with the app's CSP, nothing
// outside the renderer folder, no other host of the scheme.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rendererFile, rendererResponse, RENDERER_URL } from '../../electron/main/renderer-protocol';
import { CSP } from '../../electron/host/http-bridge';
import { cleanupTemp, tempDir } from './temp-data';

afterAll(cleanupTemp);

const site = tempDir();
const root = join(site, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>配档助手</title>');
writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1);');
writeFileSync(join(site, 'secret.txt'), 'TOP-SECRET');

describe('the app:// scheme of the renderer', () => {
  it('serves the page and its modules with their types and the CSP', async () => {
    const page = await rendererResponse(RENDERER_URL, root);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(await page.text()).toContain('配档助手');
    const js = await rendererResponse('app://peidang/assets/main.js', root);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside the renderer folder, from another host, or another scheme', async () => {
    for (const url of [
      'app://peidang/../secret.txt',
      'app://peidang/%2e%2e/secret.txt',
      'app://peidang/assets/..%2f..%2fsecret.txt',
      'app://peidang/..%5csecret.txt',
    ]) {
      const file = rendererFile(url, root);
      expect(file === null || file.startsWith(`${root}/`)).toBe(true);
      const reply = await rendererResponse(url, root);
      expect(reply.status).toBe(404);
      expect(await reply.text()).not.toContain('TOP-SECRET');
    }
    for (const url of ['app://other/index.html', 'file:///etc/passwd', 'https://peidang/index.html'])
      expect(rendererFile(url, root)).toBeNull();
    expect((await rendererResponse('app://peidang/missing.js', root)).status).toBe(404);
  });
});
