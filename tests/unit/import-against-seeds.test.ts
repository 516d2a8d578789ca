// Every sample of tests/fixtures/samples read by the app's importer, checked against the seed documents field by field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/xlsx/read-file';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import type { ImportResult } from '../../shared/domain/import';
import { SAMPLES_DIR, SEED_DOCUMENTS_DIR } from '../support/fixtures';

const SAMPLES = SAMPLES_DIR;
const SEEDS = SEED_DOCUMENTS_DIR;
const read = (name: string) => importFile(new Uint8Array(readFileSync(join(SAMPLES, name))), name.split('/').at(-1)!);

interface SeedJson {
  rows: ({ section: string } | { cells: Record<string, string> })[];
}
const seedItems = (file: string) =>
  (JSON.parse(readFileSync(join(process.cwd(), 'seeds', file), 'utf8')) as SeedJson).rows.flatMap((r) =>
    'cells' in r ? [r.cells] : [],
  );
const items = (r: ImportResult) =>
  r.rows.filter((x) => x.kind === 'item').map(({ cells: { seq: _seq, ...rest } }) => rest);
const squash = (s: string) => s.replace(/\s/g, '');

describe('the samples against the seed documents', () => {
  it('reads the 配档表 .xlsx: its 附件 label, title and all 50 rows, every field', async () => {
    const r = await read('配档表-百日攻坚行动.xlsx');
    expect(r).toMatchObject({
      kind: 'peidang',
      title: '全省卫生健康系统“解决群众急难愁盼问题百日攻坚行动”配档表',
      meta: { attachmentLabel: '附件' },
    });
    expect(items(r)).toEqual(seedItems('peidang-bairi-gongjian-2023.json'));
  });

  it('reads the GB18030 CSV of the same 配档表 to the same 50 rows', async () => {
    const r = await read('配档表-百日攻坚行动.csv');
    expect(r.kind).toBe('peidang');
    expect(items(r)).toEqual(seedItems('peidang-bairi-gongjian-2023.json'));
  });

  it('reads the 重点工作清单 with its two-level header: all 38 rows, every field', async () => {
    const r = await read('重点工作清单-2026.xlsx');
    expect(r).toMatchObject({ kind: 'quarterly', headerStart: 2, headerEnd: 3 });
    expect(r.columns.filter((c) => c.group === '责任分工').map((c) => c.key)).toEqual(['leader', 'units']);
    expect(items(r)).toEqual(seedItems('quarterly-yiyuan-2026.json'));
  });

  it('reads the 民生实事 list: 8 + 10 + 2 items under their sections, every text found in seed 001', async () => {
    const r = await read('民生实事-2025.xlsx');
    expect(r.kind).toBe('minsheng');
    const sections = r.rows.filter((x) => x.kind === 'section').map((x) => x.section!);
    expect(sections.map((s) => s.slice(0, 3))).toEqual(['（一）', '（二）', '（三）']);
    expect(sections.map((s) => r.rows.filter((x) => x.kind === 'item' && x.section === s).length)).toEqual([8, 10, 2]);
    const seed = squash(readFileSync(join(SEEDS, '001_b4cde87ab55157ca.txt'), 'utf8'));
    for (const s of sections) expect(seed, s).toContain(squash(s));
    for (const row of items(r))
      for (const [key, value] of Object.entries(row)) expect(seed, `${key}: ${value}`).toContain(squash(value));
  });

  it('reads the blank 突破事项 template of seed 003: its seven headers and no rows', async () => {
    const r = await read('突破事项汇总表-模板.xlsx');
    expect(r).toMatchObject({ kind: 'breakthrough', headerStart: 3, title: '区卫生健康系统落实突破事项汇总表' });
    expect(r.columns.map((c) => c.source)).toEqual([
      '序号',
      '突破事项名称',
      '具体内容',
      '措施',
      '完成时限',
      '分管责任人',
      '责任科室',
    ]);
    expect(r.rows).toEqual([]);
    const seed = squash(readFileSync(join(SEEDS, '003_92c44a33aa825fc9.txt'), 'utf8'));
    for (const c of r.columns) expect(seed).toContain(c.source);
  });

  for (const [unit, date, count] of [
    ['区人民医院', '2021-03-10', 3],
    ['区妇幼保健院', '2021-03-11', 2],
    ['区疾控中心', '2021-03-12', 2],
  ] as const) {
    it(`reads the return of ${unit}: 填报单位, 时间, ${count} rows, the note kept as a note`, async () => {
      const r = await read(`返回/突破事项-${unit}.xlsx`);
      expect(r).toMatchObject({ kind: 'breakthrough', meta: { reportingUnit: unit, reportDate: date } });
      expect(items(r)).toHaveLength(count);
      expect(r.notes).toHaveLength(1);
      expect(r.notes[0]).toMatch(/^注明：/);
      for (const row of items(r))
        expect(Object.keys(row).sort()).toEqual(['content', 'deadline', 'dept', 'leader', 'measures', 'name']);
    });
  }

  it('reads the old .xls as its .xlsx twin, and explains the text file named .xlsx in Chinese, naming the file', async () => {
    const fail = async (name: string) => {
      try {
        await read(name);
        return 'none';
      } catch (e) {
        return e instanceof AppError ? messageOf(e.code, e.params) : String(e);
      }
    };
    expect(items(await read('配档表-百日攻坚行动（旧格式）.xls'))).toEqual(
      items(await read('配档表-百日攻坚行动.xlsx')),
    );
    expect(await fail('坏文件-不是表格.xlsx')).toBe(
      '「坏文件-不是表格.xlsx」不是 Excel 表格文件（.xlsx）、Word 文档（.docx）或 CSV 文件，无法导入。请确认选择的文件是否正确。',
    );
  });
});
