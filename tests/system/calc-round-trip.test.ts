// @vitest-environment jsdom
// The round trip app → LibreOffice Calc → app on a real X clipboard (Xvfb): the grid's copy of each seeded plan set
// by Chromium's copy event, pasted into Calc (.uno:Paste, its Import Options accepted), copied there again, read
// back with xclip and given to the paste handler: every cell unchanged, none a number or formula in Calc on the way.
// Runs where Xvfb, xclip, python3-uno and LibreOffice with an X11 plugin exist; reports itself skipped elsewhere.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pastedRows } from '../../renderer/grid/paste-block';
import { CLIPBOARD_DIR } from '../support/fixtures';
import { SEEDED_PLANS, seededCopy, seededPaste } from '../support/seeded-copy';

const CALC = join(CLIPBOARD_DIR, 'calc-x11.py');
const PYTHON = '/usr/bin/python3';
const CHROMIUM = process.env.PEIDANG_CHROMIUM ?? '/usr/bin/chromium';
/** Where the sheets as Calc holds them are left as PDF, to look at. */
const LOOK = join(import.meta.dirname, '..', '..', 'test-results', 'system');

const found = (cmd: string) => spawnSync('which', [cmd]).status === 0;

/**
 * LibreOffice that can own the X clipboard: one with a VCL plugin for X11 (the -nogui build has none), and a Calc of
 * the same build. Debian lets libreoffice-calc-nogui stand beside the X11 core; that Calc dies when opened on X.
 */
function sofficeOnX11(): boolean {
  if (!found('soffice')) return false;
  const program = dirname(realpathSync(execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim()));
  if (!readdirSync(program).some((f) => /^libvclplug_(gen|gtk3|kf5|qt5)/.test(f))) return false;
  const nogui = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'libreoffice-calc-nogui'], { encoding: 'utf8' });
  return !(nogui.stdout ?? '').includes('install ok installed');
}

const available =
  ['Xvfb', 'xclip'].every(found) && sofficeOnX11() && spawnSync(PYTHON, ['-c', 'import uno']).status === 0;

let work: string;
let xvfb: ChildProcess;
let soffice: ChildProcess;
let browser: Browser;
let page: Page;
let env: NodeJS.ProcessEnv;

/** Starts Xvfb on a free display and gives its name (":N"). */
async function startX(): Promise<string> {
  xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1440x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdio[3]!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb 退出：${code}`)));
  });
  return `:${number}`;
}

/** A page whose Ctrl+C writes the given text and HTML as the grid's copy event does. */
async function clipboardPage(): Promise<Page> {
  const p = await browser.newPage();
  await p.setContent('<body tabindex="0" style="height:100vh">配档助手</body>');
  await p.evaluate(() => {
    const w = window as unknown as { copying: { text: string; html: string } };
    document.addEventListener('copy', (e) => {
      e.preventDefault();
      e.clipboardData!.setData('text/plain', w.copying.text);
      e.clipboardData!.setData('text/html', w.copying.html);
    });
  });
  await p.locator('body').click();
  return p;
}

function calc(...args: string[]): void {
  execFileSync(PYTHON, [CALC, ...args], { env, stdio: 'inherit', timeout: 180_000 });
}

describe.skipIf(!available)('the round trip app → LibreOffice Calc → app on the X clipboard', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'peidang-calc-'));
    mkdirSync(LOOK, { recursive: true });
    env = { ...process.env, DISPLAY: await startX() };
    const profile = `-env:UserInstallation=file://${work}/profile`;
    // A new profile makes LibreOffice restart once at its first start: made before the real start.
    spawnSync('soffice', ['--terminate_after_init', profile], { env, timeout: 120_000 });
    soffice = spawn(
      'soffice',
      ['--norestore', '--nologo', '--nodefault', profile, '--accept=socket,host=127.0.0.1,port=2101;urp;'],
      { env, stdio: 'ignore' },
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: false,
      env: env as Record<string, string>,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    page = await clipboardPage();
  }, 300_000);

  afterAll(async () => {
    if (available) calc('quit');
    await browser?.close();
    soffice?.kill();
    xvfb?.kill();
    rmSync(work, { recursive: true, force: true });
  }, 120_000);

  it.each(SEEDED_PLANS)(
    'leaves every cell of %s unchanged',
    async (file) => {
      const name = file.replace(/\.json$/, '');
      const expected = seededPaste(file);
      await page.evaluate((copying) => Object.assign(window, { copying }), seededCopy(file));
      await page.keyboard.press('Control+C');
      calc('paste-copy', work, name, join(LOOK, `${name}.calc.pdf`));

      // In Calc: every cell as written, each one text (nothing turned into a number, a date or a formula).
      const cells = JSON.parse(readFileSync(join(work, `${name}.calc-cells.json`), 'utf8')) as {
        text: string;
        type: string;
      }[][];
      const width = cells[0]!.length;
      expect(cells.map((line) => line.map((c) => c.text))).toEqual(
        expected.map((r) => (r.kind === 'section' ? [r.title, ...Array<string>(width - 1).fill('')] : r.cells)),
      );
      expect(cells.flat().filter((c) => c.type !== 'TEXT' && c.type !== 'EMPTY')).toEqual([]);

      // Copied again in Calc, read from the X clipboard with xclip (text/plain;charset=utf-8 and text/html) and given
      // to the app's paste handler: the same rows and cells.
      const text = readFileSync(join(work, `${name}.calc.txt`), 'utf8');
      const html = readFileSync(join(work, `${name}.calc.html`), 'utf8');
      expect(html).toContain('LibreOffice');
      expect(pastedRows(text, html)).toEqual(expected);
    },
    300_000,
  );
});
