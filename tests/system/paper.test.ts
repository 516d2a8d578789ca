// Paper that goes out: every table the app writes for every sample and seed plan, converted to PDF by LibreOffice
// and measured there: the body at 小五 (9 pt) or more, no unit name broken across lines, no page a strip of columns.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { list, open } from '../../electron/host/services/plans';
import { SAMPLE_PLANS, samplePlan, writtenFiles, type TestPlan, type WrittenFile } from '../support/written-outputs';
import { cleanupTemp, startTempHost } from '../unit/temp-data';

interface Word {
  text: string;
  /** Width in points. */
  w: number;
}

let dir: string;
const files: (WrittenFile & { pdf: string; pages: Word[][] })[] = [];

/** The words of each page of a PDF, with their boxes, from `pdftotext -bbox`. */
function pagesOf(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
        (m) => ({
          text: m[3]!
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"'),
          w: Number(m[2]) - Number(m[1]),
        }),
      ),
    );
}

/**
 * A Chinese character is one em wide, whatever font stands in for 仿宋_GB2312: a word of ideographs only is as wide
 * as its characters times the size it is printed at (fit-to-page scaling included). Heights are no measure: glyph
 * boxes differ from font to font by a third.
 */
const IDEOGRAPHS = /^[\u4e00-\u9fff]{2,}$/;
const printedSize = (w: Word) => w.w / w.text.length;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'peidang-paper-'));
  const plans: TestPlan[] = [];
  for (const f of SAMPLE_PLANS) plans.push(await samplePlan(f));
  const { host } = startTempHost(true);
  for (const s of list({ db: host.ctx.db })) {
    const doc = open(host.ctx.db, s.id);
    plans.push({ name: `种子-${s.kind}`, plan: doc.plan, rows: doc.rows });
  }
  for (const t of plans) {
    for (const f of await writtenFiles(t)) {
      const path = join(dir, `${f.name}.${f.ext}`);
      writeFileSync(path, f.bytes);
      files.push({ ...f, pdf: join(dir, `${f.name}.pdf`), pages: [] });
    }
  }
  const profile = `file://${join(dir, 'lo-profile')}`;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files.map((f) => join(dir, `${f.name}.${f.ext}`)),
    ],
    {
      stdio: 'pipe',
      timeout: 600_000,
    },
  );
  for (const f of files) f.pages = pagesOf(f.pdf);
}, 900_000);

afterAll(() => {
  cleanupTemp();
  if (!process.env.PEIDANG_KEEP_PAPER) rmSync(dir, { recursive: true, force: true });
  else process.stderr.write(`PDFs kept in ${dir}\n`);
});

describe('every table the app writes, printed through LibreOffice', () => {
  it('writes the four outputs of every sample and seed plan', () => {
    const names = files.map((f) => f.name);
    for (const kind of ['配档表', '重点工作清单', '民生实事', '突破事项']) {
      for (const output of ['导出', '导出Word', '填报表', '汇总表'])
        expect(
          names.some((n) => n.startsWith(kind) && n.endsWith(`-${output}`)),
          `${kind} ${output}`,
        ).toBe(true);
    }
  });

  it('prints every Chinese word at 小五 (9 pt) or more', () => {
    for (const f of files) {
      const words = f.pages.flat().filter((w) => IDEOGRAPHS.test(w.text));
      // The title and the header at least, and the rows.
      expect(words.length, f.name).toBeGreaterThan(3);
      const smallest = Math.min(...words.map(printedSize));
      expect(smallest, `${f.name}: smallest word printed at ${smallest.toFixed(2)} pt`).toBeGreaterThanOrEqual(8.95);
    }
  });

  it('keeps every unit name whole on one line', () => {
    for (const f of files) {
      const text = f.pages.flat().map((w) => w.text);
      for (const unit of new Set(f.units)) {
        if (unit.length < 2) continue;
        const want = f.units.filter((u) => u === unit).length;
        const found = text.reduce((n, t) => n + t.split(unit).length - 1, 0);
        expect(found, `${f.name}: 「${unit}」 whole ${found} of ${want} times`).toBeGreaterThanOrEqual(want);
      }
    }
  });

  it('begins every page of a 汇总表 with an item: its own first row, or its 序号 and name again marked （续）', async () => {
    const summaries = files.filter((f) => f.name.endsWith('汇总表'));
    expect(summaries.length).toBeGreaterThan(0);
    for (const f of summaries) {
      // The pages are the layout's: LibreOffice keeps its breaks and adds none.
      const sheet = await (await JSZip.loadAsync(f.bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
      const breaks = Number(/<rowBreaks count="(\d+)"/.exec(sheet)?.[1] ?? 0);
      expect(f.pages.length, f.name).toBe(breaks + 1);
      const rows = [...sheet.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1);
      for (const r of rows) {
        // The row that begins the page names its item in 序号 (A) and in the first column of the plan (B).
        for (const col of ['A', 'B']) {
          expect(sheet, `${f.name} ${col}${r}`).toMatch(new RegExp(`<c r="${col}${r}"[^>]*>`));
          expect(sheet, `${f.name} ${col}${r} is empty`).not.toMatch(new RegExp(`<c r="${col}${r}"[^>]*/>`));
        }
      }
    }
  });

  it('prints the table whole on every page: 序号 and the header on each, no page of cut-off columns', () => {
    for (const f of files) {
      const pages = f.pages;
      expect(pages.length, f.name).toBeGreaterThan(0);
      pages.forEach((words, i) => {
        const text = words.map((w) => w.text).join('');
        expect(text, `${f.name} page ${i + 1}`).toContain('序号');
        expect(text.replace(/\s/g, ''), `${f.name} page ${i + 1}`).toMatch(/第\d+页共\d+页/);
      });
    }
  });
});
