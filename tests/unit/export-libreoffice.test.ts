// The exported file opened by an independent reader (LibreOffice, headless): every text there, the header on
// every printed page, A4 landscape pages with 第 X 页 共 Y 页.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlan, exportPlanDocument } from '../../shared/xlsx/export-plan';
import { parseDelimited } from '../../shared/xlsx/read-csv';
import { list, open } from '../../electron/host/services/plans';
import type { PlanDocument } from '../../shared/domain/plan';
import { cleanupTemp, startTempHost } from './temp-data';

let dir: string;
let doc: PlanDocument;
let pdf: string;
let csv: string;
/** The same plan exported as a Word document, converted to PDF by LibreOffice Writer. */
let docPdf: string;

/** LibreOffice converts with its own profile folder, so runs never share (or lock) one. */
function soffice(file: string, to: string): void {
  const profile = `file://${join(dir, 'lo-profile')}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', dir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'peidang-lo-'));
  const { host } = startTempHost(true);
  const summary = list({ db: host.ctx.db }).find((p) => p.kind === 'peidang')!;
  doc = open(host.ctx.db, summary.id);
  const file = join(dir, 'peidang.xlsx');
  writeFileSync(file, await exportPlan(doc.plan, doc.rows, { notes: ['注：各牵头处室每月3日前报送进展。'] }));
  soffice(file, 'pdf');
  soffice(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1');
  pdf = join(dir, 'peidang.pdf');
  csv = readFileSync(join(dir, 'peidang.csv'), 'utf8');
  const word = join(dir, 'peidang-word.docx');
  writeFileSync(word, await exportPlanDocument(doc.plan, doc.rows, { notes: ['注：各牵头处室每月3日前报送进展。'] }));
  soffice(word, 'pdf');
  docPdf = join(dir, 'peidang-word.pdf');
}, 240_000);

afterAll(() => {
  cleanupTemp();
  rmSync(dir, { recursive: true, force: true });
});

function pageText(page: number, file = pdf): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], {
    encoding: 'utf8',
  });
}

describe('the exported 配档表 in LibreOffice', () => {
  it('prints on A4 landscape pages', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Math.round(Number(size[1]))).toBe(842);
    expect(Math.round(Number(size[2]))).toBe(595);
  });

  it('repeats the header on every printed page and numbers the pages', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    for (let p = 1; p <= pages; p++) {
      const text = pageText(p).replace(/[ \t]+/g, ' ');
      expect(text, `page ${p}`).toMatch(/序号 行动措施 任务目标 完成时限 牵头处室 配合处室/);
      expect(text.replace(/\s/g, ''), `page ${p}`).toContain(`第${p}页共${pages}页`);
    }
  });

  it('holds every row, section and line of text, and the note under the table', () => {
    const rows = parseDelimited(csv, ',');
    const cells = new Set(rows.flat());
    expect(cells).toContain(doc.plan.title);
    expect(cells).toContain('附件');
    expect(cells).toContain('注：各牵头处室每月3日前报送进展。');
    for (const r of doc.rows) {
      if (r.kind === 'section') expect(cells).toContain(r.title);
      else for (const value of Object.values(r.cells)) expect(cells, value).toContain(value);
    }
    const numbers = rows.map((r) => r[0]).filter((v) => /^\d+$/.test(v ?? ''));
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => String(i + 1)));
  });
});

describe('the 配档表 exported as a Word document, in LibreOffice Writer', () => {
  it('prints on A4 landscape pages, the header row on each, numbered 第 X 页 共 Y 页', () => {
    const info = execFileSync('pdfinfo', [docPdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect([Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([842, 595]);
    for (let p = 1; p <= pages; p++) {
      const text = pageText(p, docPdf).replace(/\s/g, '');
      expect(text, `page ${p}`).toContain('序号行动措施任务目标完成时限牵头处室配合处室');
      expect(text, `page ${p}`).toContain(`第${p}页共${pages}页`);
    }
  });

  it('starts with the 附件 label and the title, keeps every section row, and ends with the note', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [docPdf], { encoding: 'utf8' }))?.[1]);
    const all = Array.from({ length: pages }, (_, i) => pageText(i + 1, docPdf).replace(/\s/g, '')).join('');
    expect(pageText(1, docPdf).replace(/\s/g, '')).toMatch(
      /^附件全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”配档表序号/,
    );
    // Cells that wrap interleave their lines in the PDF's text; a section row is one line across the table.
    for (const r of doc.rows) if (r.kind === 'section') expect(all).toContain(r.title);
    expect(all).toMatch(/注：各牵头处室每月3日前报送进展。第\d+页共\d+页$/);
  });
});
