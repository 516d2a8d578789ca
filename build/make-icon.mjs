// Draws build/icon.png (512×512, the app icon electron-builder turns into the Windows .ico) in Chromium:
// node build/make-icon.mjs
import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
await page.setContent(`<html><body style="margin:0;background:transparent">
<div style="width:512px;height:512px;border-radius:96px;background:linear-gradient(160deg,#2f7ef6,#1a4fa3);display:flex;align-items:center;justify-content:center;box-sizing:border-box;">
<div style="width:360px;height:360px;border-radius:40px;background:#fff;display:grid;grid-template-columns:1fr 1fr;grid-template-rows:1fr 1fr;gap:10px;padding:26px;box-sizing:border-box;">
<div style="grid-column:1/3;background:#1a4fa3;border-radius:12px;display:flex;align-items:center;justify-content:center;color:#fff;font:700 120px 'Noto Sans CJK SC'">配档</div>
<div style="background:#dce8fb;border-radius:12px"></div><div style="background:#dce8fb;border-radius:12px"></div>
</div></div></body></html>`);
await page.screenshot({ path: 'build/icon.png', omitBackground: true });
await browser.close();
