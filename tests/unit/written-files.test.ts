// Every file the app writes is well-formed XML in every part, holds no cell under two data validations, and carries
// text XML forbids, overlong cells and formula-like text safely, saying where it changed what.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan, Row } from '../../shared/domain/plan';
import { exportPlan, exportPlanDocument } from '../../shared/xlsx/export-plan';
import { CUT_MARK, EXCEL_CELL_LIMIT } from '../../shared/xlsx/safe-text';
import { SAMPLE_PLANS, samplePlan, writtenFiles, type WrittenFile } from '../support/written-outputs';

/** Parses an XML part strictly; throws on the first well-formedness error. */
function parseStrict(xml: string, name: string): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (e) => {
    throw new Error(`${name}: ${e.message}`);
  });
  parser.write(xml).close();
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files))
    if (/\.(xml|rels)$/.test(name)) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Every cell a sheet's data validations cover, with how many cover it. */
function validationCover(sheetXml: string): Map<string, number> {
  const cover = new Map<string, number>();
  for (const m of sheetXml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)) {
    for (const ref of m[1]!.split(' ')) {
      const [a, b = a] = ref.split(':') as [string, string?];
      const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
      const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b!)!;
      for (let c = colNumber(c1!); c <= colNumber(c2!); c++)
        for (let r = Number(r1); r <= Number(r2); r++) cover.set(`${c}:${r}`, (cover.get(`${c}:${r}`) ?? 0) + 1);
    }
  }
  return cover;
}

const files: WrittenFile[] = [];

beforeAll(async () => {
  for (const f of SAMPLE_PLANS) files.push(...(await writtenFiles(await samplePlan(f))));
}, 120_000);

describe('the files the app writes', () => {
  it('are well-formed XML in every part, for every sample plan and output', async () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    for (const f of files) {
      const parts = await partsOf(f.bytes);
      expect(parts.size, f.name).toBeGreaterThan(3);
      for (const [name, xml] of parts) expect(() => parseStrict(xml, `${f.name} ${name}`)).not.toThrow();
    }
  });

  it('put no cell under two data validations, and the fill-in sheets do have their drop-downs', async () => {
    let validated = 0;
    for (const f of files.filter((x) => x.ext === 'xlsx')) {
      for (const [name, xml] of await partsOf(f.bytes)) {
        if (!name.startsWith('xl/worksheets/')) continue;
        const cover = validationCover(xml);
        validated += cover.size;
        for (const [cell, n] of cover) expect(n, `${f.name} ${name} cell ${cell}`).toBe(1);
      }
    }
    expect(validated).toBeGreaterThan(0);
  });

  it('freeze 序号 and the item name with the header in a fill-in sheet', async () => {
    const sheet = files.find((f) => f.name.startsWith('重点工作清单') && f.name.endsWith('填报表'))!;
    const xml = (await partsOf(sheet.bytes)).get('xl/worksheets/sheet1.xml')!;
    expect(xml).toMatch(/<pane xSplit="2" ySplit="\d+" topLeftCell="C\d+" activePane="bottomRight" state="frozen"\/>/);
  });
});

describe('text the writers must make safe', () => {
  const now = '2026-11-30T08:00:00.000Z';
  const plan: Plan = {
    id: 'p',
    kind: 'peidang',
    title: '测试\uffff配档表',
    issuer: '',
    docNo: '',
    year: 2026,
    attachmentLabel: '',
    numbering: 'continuous',
    cadence: 'quarter',
    columns: [
      { key: 'measure', label: '行动措施', role: 'text', width: 20 },
      { key: 'goal', label: '任务目标', role: 'text', width: 40 },
      { key: 'lead', label: '牵头处室', role: 'unit', width: 12 },
    ],
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  const long = '长'.repeat(40_000);
  const rows: Row[] = [
    {
      id: 'a',
      kind: 'item',
      title: '',
      cells: { measure: '含\u0001控制\ufffe字符\ud800', goal: long, lead: '医政处' },
    },
    {
      id: 'b',
      kind: 'item',
      title: '',
      cells: { measure: '=HYPERLINK("http://x","点我")', goal: '+1', lead: '@规划处' },
    },
    { id: 'c', kind: 'item', title: '', cells: { measure: '-3', goal: '\t缩进', lead: '医政处' } },
  ];
  let xlsx: Map<string, string>;
  let docx: Map<string, string>;
  const xw: string[] = [];
  const dw: string[] = [];
  beforeAll(async () => {
    xlsx = await partsOf(await exportPlan(plan, rows, { paper: 'A3' }, [], xw));
    docx = await partsOf(await exportPlanDocument(plan, rows, { paper: 'A3' }, [], dw));
  });

  it('removes the characters XML forbids, saying in which row and column', () => {
    for (const [name, xml] of [...xlsx, ...docx]) expect(() => parseStrict(xml, name)).not.toThrow();
    expect(xlsx.get('xl/sharedStrings.xml')).toContain('含控制字符');
    expect(xw.join('\n')).toMatch(/第 \d+ 行「行动措施」列：删去了 3 个/);
    expect(dw.join('\n')).toMatch(/第 \d+ 行「行动措施」列：删去了 3 个/);
  });

  it('cuts a cell over 32,767 characters with a visible mark, and says so', () => {
    const strings = [...xlsx.get('xl/sharedStrings.xml')!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!);
    const cut = strings.find((s) => s.startsWith('长长长'))!;
    expect(cut.length).toBe(EXCEL_CELL_LIMIT);
    expect(cut.endsWith(CUT_MARK)).toBe(true);
    expect(xw.join('\n')).toMatch(/「任务目标」列有 40000 个字符，超过 Excel 一个单元格 32767 字的上限/);
  });

  it('writes formula-like text as text with Excel quote prefix', () => {
    const sheet = xlsx.get('xl/worksheets/sheet1.xml')!;
    const styles = xlsx.get('xl/styles.xml')!;
    const xfs = [...styles.match(/<cellXfs\b[\s\S]*?<\/cellXfs>/)![0].matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
    const strings = [...xlsx.get('xl/sharedStrings.xml')!.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"'),
    );
    expect(sheet).not.toContain('<f>');
    for (const text of ['=HYPERLINK("http://x","点我")', '+1', '@规划处', '-3', '\t缩进']) {
      const index = strings.indexOf(text);
      expect(index, text).toBeGreaterThanOrEqual(0);
      const cell = new RegExp(`<c r="[A-Z]+\\d+" s="(\\d+)" t="s"><v>${index}</v></c>`).exec(sheet);
      expect(cell, text).not.toBeNull();
      expect(xfs[Number(cell![1])], text).toContain('quotePrefix="1"');
    }
    const plain = strings.indexOf('医政处');
    const plainStyle = new RegExp(`<c r="[A-Z]+\\d+" s="(\\d+)" t="s"><v>${plain}</v></c>`).exec(sheet)![1];
    expect(xfs[Number(plainStyle)]).not.toContain('quotePrefix');
  });
});
