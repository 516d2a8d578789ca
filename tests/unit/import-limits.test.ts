// Files past the importer's limits: a decompression bomb, a million rows, a cell of ten million characters. Each is
// imported in a process of its own with a small heap and a hang limit, so "memory bounded" and "no hang" are proved.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, constants } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBases } from '../fuzz/mutate';
import { writeZip, type RawEntry } from '../fuzz/raw-zip';
import type { ImportOutcome } from '../fuzz/import-one';
import { cleanupTemp, tempDir } from './temp-data';

afterAll(cleanupTemp);

/** The heap the importer gets here; what needs more fails the test (the process dies). */
const HEAP_MB = 512;
/** Past this the importer is taken to hang. */
const HANG_LIMIT_MS = 60_000;

const SHEET = 'xl/worksheets/sheet1.xml';
const bases = await loadBases();
const sample = bases.find((b) => b.name === '配档表-百日攻坚行动.xlsx')!.entries!;
const text = (name: string) => Buffer.from(sample.find((e) => e.name === name)!.data).toString('utf8');

function importInChild(name: string, data: Uint8Array): ImportOutcome {
  const file = join(tempDir(), name);
  writeFileSync(file, data);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', `--max-old-space-size=${HEAP_MB}`, 'tests/fuzz/import-one.ts', file],
    {
      encoding: 'utf8',
      timeout: HANG_LIMIT_MS,
    },
  );
  if (run.status !== 0) throw new Error(`the import died (${run.signal ?? run.status}): ${run.stderr.slice(-500)}`);
  return JSON.parse(run.stdout) as ImportOutcome;
}

/** The sample workbook with some parts replaced. */
function workbookWith(parts: Record<string, string | RawEntry>): Uint8Array {
  const entries = sample.map((e) => {
    const p = parts[e.name];
    if (p === undefined) return e;
    return typeof p === 'string' ? { name: e.name, data: new Uint8Array(Buffer.from(p)) } : p;
  });
  return writeZip(entries);
}

/** A deflate stream of `gigabytes` GB of spaces, about 1 KB a megabyte: segments flushed whole, then a last block. */
function bomb(megabytes: number): Uint8Array {
  const segment = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  return new Uint8Array(Buffer.concat([...Array<Buffer>(megabytes).fill(segment), last]));
}

/** A sheet of `rows` rows, one short text in each. */
function sheetOfRows(rows: number): string {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++)
    parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>事项${r}</t></is></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData></worksheet>`;
}

describe('limits of the importer', { timeout: 2 * HANG_LIMIT_MS }, () => {
  it('refuses a 2 MB zip that inflates to 2 GB before unpacking it, when its directory says so', () => {
    const packed = bomb(2048);
    const data = workbookWith({
      [SHEET]: { name: SHEET, data: new Uint8Array(), packed, declaredSize: 2048 * 1024 * 1024 },
    });
    expect(data.length).toBeLessThan(3 * 1024 * 1024);
    const out = importInChild('炸弹.xlsx', data);
    expect(out.message).toBe(
      '「炸弹.xlsx」解压后超过了可导入的上限 200 MB（文件自称解压后有 2.0 GB），可能是损坏的或特意构造的文件（“压缩炸弹”），没有导入。请确认文件来源，或请发送单位在 Excel、WPS 中另存后重新发送。',
    );
  });

  it('stops inflating a bomb whose directory lies about its size, memory bounded', () => {
    const data = workbookWith({
      [SHEET]: { name: SHEET, data: new Uint8Array(), packed: bomb(2048), declaredSize: 40_000 },
    });
    const out = importInChild('说谎的炸弹.xlsx', data);
    expect(out.message).toBe(
      '「说谎的炸弹.xlsx」解压后超过了可导入的上限 64 MB，可能是损坏的或特意构造的文件（“压缩炸弹”），没有导入。请确认文件来源，或请发送单位在 Excel、WPS 中另存后重新发送。',
    );
    expect(out.maxRssMb).toBeLessThan(HEAP_MB + 300);
  });

  it('refuses a sheet of a million rows, memory bounded', () => {
    const out = importInChild('百万行.xlsx', workbookWith({ [SHEET]: sheetOfRows(1_000_000) }));
    expect(out.message).toBe(
      '「百万行.xlsx」的工作表太大（超过 100000 行，可导入的上限是 100000 行），没有导入。请删除多余的行和内容，或拆分成几个文件后再导入。',
    );
    expect(out.maxRssMb).toBeLessThan(HEAP_MB + 300);
  });

  it('refuses a cell of ten million characters and names the cell, in a workbook and in a CSV', () => {
    const sheet = text(SHEET).replace(/(<c r="C5"[^>]*><is><t>)[^<]*/, `$1${'长'.repeat(10_000_000)}`);
    expect(sheet.length).toBeGreaterThan(10_000_000);
    const out = importInChild('长单元格.xlsx', workbookWith({ [SHEET]: sheet }));
    expect(out.message).toBe(
      '「长单元格.xlsx」工作表「配档表」第 5 行第 C 列有 10000000 个字符，超过了一个单元格可导入的上限 1000000 个字符，没有导入。请检查这个单元格是否误粘贴了大量内容。',
    );
    expect(out.maxRssMb).toBeLessThan(HEAP_MB + 300);

    const csv = importInChild(
      '长单元格.csv',
      new Uint8Array(Buffer.from(`序号,行动措施,完成时限\n1,${'长'.repeat(10_000_000)},6月底前\n`)),
    );
    expect(csv.message).toBe(
      '「长单元格.csv」工作表「长单元格」第 2 行第 B 列有 10000000 个字符，超过了一个单元格可导入的上限 1000000 个字符，没有导入。请检查这个单元格是否误粘贴了大量内容。',
    );
  });

  it('reads a workbook with drop-down lists on whole columns without expanding them cell by cell', () => {
    const validations =
      '<dataValidations count="2"><dataValidation type="list" sqref="E4:E1048576 F4:F1048576"><formula1>"医政处,规划处"</formula1></dataValidation>' +
      '<dataValidation type="list" sqref="A4:D1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>';
    const sheet = text(SHEET).replace('</sheetData>', `</sheetData>${validations}`);
    const out = importInChild('下拉列表.xlsx', workbookWith({ [SHEET]: sheet }));
    expect(out).toMatchObject({ code: 'ok', rows: 50 });
    expect(out.maxRssMb).toBeLessThan(400);
  });
});

describe(
  'references no spreadsheet writes, found by the fuzz test (each made ExcelJS loop or run out of memory)',
  { timeout: 2 * HANG_LIMIT_MS },
  () => {
    const CORRUPT = (f: string) =>
      `「${f}」已损坏或不完整（可能没有下载或复制完），无法打开。请向发送单位重新索取文件。`;

    it('a row numbered past Excel’s last row', () => {
      const sheet = text(SHEET).replace(/<row r="(\d+)"/, '<row r="2147483648"');
      expect(importInChild('行号.xlsx', workbookWith({ [SHEET]: sheet })).message).toBe(CORRUPT('行号.xlsx'));
    });

    it('a sheet id of two thousand million', () => {
      const wb = text('xl/workbook.xml').replace(/sheetId="\d+"/, 'sheetId="2147483648"');
      expect(importInChild('工作表号.xlsx', workbookWith({ 'xl/workbook.xml': wb })).message).toBe(
        CORRUPT('工作表号.xlsx'),
      );
    });

    it('a column range past Excel’s last column', () => {
      const sheet = text(SHEET).replace('min="1" max="1"', 'min="1" max="99999999999999999999"');
      expect(sheet).toContain('99999999999999999999');
      expect(importInChild('列宽.xlsx', workbookWith({ [SHEET]: sheet })).message).toBe(CORRUPT('列宽.xlsx'));
    });

    it('a cell reference with a column of eight letters, or written with character references', () => {
      const sheet = text(SHEET).replace(/<c r="B(\d+)"/, '<c r="ZZZZZZZZ$1"');
      expect(importInChild('列号.xlsx', workbookWith({ [SHEET]: sheet })).message).toBe(CORRUPT('列号.xlsx'));
      const hidden = text(SHEET).replace(/<row r="(\d+)"/, '<row r="&#50;147483648"');
      expect(importInChild('实体行号.xlsx', workbookWith({ [SHEET]: hidden })).message).toBe(CORRUPT('实体行号.xlsx'));
    });

    it('a merge over the whole sheet', () => {
      const sheet = text(SHEET).replace(/<mergeCell ref="[^"]+"\/>/, '<mergeCell ref="A1:XFD1048576"/>');
      expect(importInChild('合并.xlsx', workbookWith({ [SHEET]: sheet })).message).toBe(
        '「合并.xlsx」的工作表太大（合并了 17179869184 个单元格，可导入的上限是 200000 个单元格），没有导入。请删除多余的行和内容，或拆分成几个文件后再导入。',
      );
    });
  },
);
