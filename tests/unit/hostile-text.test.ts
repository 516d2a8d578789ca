// The hostile files of issue 16 that made the importer hang or crash: long runs of spaces in a shared string,
// unclosed brackets in a header, CSV files of blank lines and commas, a CSV of 125,000 rows. Each is imported in a
// process of its own with a small heap and a hang limit, and must end with its Chinese message or its rows.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBases } from '../fuzz/mutate';
import { writeZip } from '../fuzz/raw-zip';
import type { ImportOutcome } from '../fuzz/import-one';
import { cleanupTemp, tempDir } from './temp-data';
import { cleanText } from '../../shared/xlsx/sheet-grid';
import { normalizeHeader } from '../../shared/xlsx/header-words';
import { parseDelimited } from '../../shared/xlsx/read-csv';

afterAll(cleanupTemp);

const HEAP_MB = 512;
/** A hang guard only: each of these took more than a minute before (or died), and takes a second or two now. */
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

function workbookWith(parts: Record<string, string>): Uint8Array {
  const names = new Set(sample.map((e) => e.name));
  const entries = sample.map((e) =>
    parts[e.name] === undefined ? e : { name: e.name, data: new Uint8Array(Buffer.from(parts[e.name]!)) },
  );
  for (const [name, body] of Object.entries(parts))
    if (!names.has(name)) entries.push({ name, data: new Uint8Array(Buffer.from(body)) });
  return writeZip(entries);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/** 10,000 rows of 10 cells, every cell the shared string 0. */
function sheetOfSharedString(): string {
  const rows: string[] = [];
  for (let r = 1; r <= 10_000; r++) {
    const cells = 'ABCDEFGHIJ'.split('').map((c) => `<c r="${c}${r}" t="s"><v>0</v></c>`);
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  return `${SHEET_HEAD}${rows.join('')}</sheetData></worksheet>`;
}

const sharedStrings = (s: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t xml:space="preserve">${s}</t></si></sst>`;

describe('text no file can make the importer slow', { timeout: 2 * HANG_LIMIT_MS }, () => {
  it('trims a line of a million spaces between two letters, and a million tabs and spaces, in one pass', () => {
    expect(cleanText(`a${' '.repeat(1_000_000)}b\n`)).toBe(`a${' '.repeat(1_000_000)}b`);
    expect(cleanText(`\u3000 x${'\t '.repeat(500_000)}\n${'\n'.repeat(100_000)}y \u3000`)).toBe(
      `x\n${'\n'.repeat(100_000 - 1)}\ny`,
    );
    expect(cleanText(`${'\n'.repeat(200_000)}z${' \n'.repeat(200_000)}`)).toBe('z');
  });

  it('normalizes a header of a hundred thousand unclosed brackets, as it did bracketed notes before', () => {
    expect(normalizeHeader('('.repeat(100_000))).toBe('('.repeat(100_000));
    expect(normalizeHeader(`牵头单位${'（'.repeat(100_000)}`)).toBe(`牵头单位${'（'.repeat(100_000)}`);
    expect(normalizeHeader('牵头单位（部门）')).toBe('牵头单位');
    expect(normalizeHeader('a(b(c)d)e：')).toBe('ad)e');
  });

  it('reads a workbook whose one shared string of 5,000 spaces stands in 100,000 cells', () => {
    const data = workbookWith({
      [SHEET]: sheetOfSharedString(),
      'xl/sharedStrings.xml': sharedStrings(' '.repeat(5_000)),
    });
    const out = importInChild('五千空格.xlsx', data);
    expect(out.message).toBe('「五千空格.xlsx」里没有任何内容，每个工作表都是空的。');
    expect(out.maxRssMb).toBeLessThan(HEAP_MB + 300);
  });

  it('reads a workbook whose header cell is a hundred thousand unclosed brackets', () => {
    const sheet = text(SHEET).replace(/(<c r="B3"[^>]*><is><t>)[^<]*/, `$1行动措施${'('.repeat(100_000)}`);
    expect(sheet).toContain('('.repeat(100_000));
    const out = importInChild('括号.xlsx', workbookWith({ [SHEET]: sheet }));
    expect(out).toMatchObject({ code: 'ok', rows: 50 });
  });
});

describe('CSV files past the limits, read a piece at a time', { timeout: 2 * HANG_LIMIT_MS }, () => {
  const ROWS =
    '的工作表太大（超过 100000 行，可导入的上限是 100000 行），没有导入。请删除多余的行和内容，或拆分成几个文件后再导入。';
  const CELLS =
    '的工作表太大（超过 1000000 个单元格，可导入的上限是 1000000 个单元格），没有导入。请删除多余的行和内容，或拆分成几个文件后再导入。';

  it('refuses a 99 MB CSV of blank lines with the row limit, memory bounded', () => {
    const out = importInChild('空行.csv', new Uint8Array(Buffer.alloc(99 * 1024 * 1024, '\r\n')));
    expect(out.message).toBe(`「空行.csv」${ROWS}`);
    expect(out.maxRssMb).toBeLessThan(HEAP_MB + 300);
  });

  it('refuses a 99 MB CSV of commas with the cell limit, memory bounded', () => {
    const out = importInChild('逗号.csv', new Uint8Array(Buffer.alloc(99 * 1024 * 1024, ',')));
    expect(out.message).toBe(`「逗号.csv」${CELLS}`);
    expect(out.maxRssMb).toBeLessThan(HEAP_MB + 300);
  });

  it('answers a CSV of 125,000 rows with the row limit, not a stack overflow', () => {
    const lines = [
      '序号,行动措施,完成时限',
      ...Array.from({ length: 125_000 }, (_, i) => `${i + 1},措施${i + 1},6月底前`),
    ];
    const out = importInChild('十二万行.csv', new Uint8Array(Buffer.from(lines.join('\n'))));
    expect(out.message).toBe(`「十二万行.csv」${ROWS}`);
  });

  it('reads a CSV of 100,000 rows, the limit itself', () => {
    const lines = [
      '序号,行动措施,完成时限',
      ...Array.from({ length: 99_999 }, (_, i) => `${i + 1},措施${i + 1},6月底前`),
    ];
    const out = importInChild('十万行.csv', new Uint8Array(Buffer.from(lines.join('\n'))));
    expect(out).toMatchObject({ code: 'ok', rows: 99_999 });
  });

  it('splits quoted fields, "" and line breaks across the pieces it is fed as before', () => {
    expect(parseDelimited('a,"b,c","d""e"\r\n"多\n行",,\n', ',')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['多\n行', '', ''],
    ]);
    expect(parseDelimited('"x"y,z\r\n\r\n', ',')).toEqual([['xy', 'z'], ['']]);
  });
});
