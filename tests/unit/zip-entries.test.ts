// The zip around a workbook (issue 16): ZIP64 fields read, an entry-count limit with its own message, two entries of
// one name refused; each message says the true reason and the real limit.
import { describe, expect, it } from 'vitest';
import { loadBases } from '../fuzz/mutate';
import { writeZip, type RawEntry } from '../fuzz/raw-zip';
import { importFile } from '../../shared/xlsx/read-file';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';

const bases = await loadBases();
const sample = bases.find((b) => b.name === '配档表-百日攻坚行动.xlsx')!.entries!;

async function outcome(name: string, data: Uint8Array): Promise<string> {
  try {
    return `${(await importFile(data, name)).rows.length} 行`;
  } catch (e) {
    if (e instanceof AppError) return messageOf(e.code, e.params);
    throw e;
  }
}

/** The sample with `n` empty stored entries added (a writer gone wrong, or a file made to be slow to list). */
function withExtraEntries(n: number): Uint8Array {
  const extra: RawEntry[] = Array.from({ length: n }, (_, i) => ({
    name: `customXml/item${i}.xml`,
    data: new Uint8Array(),
    method: 0,
  }));
  return writeZip([...sample, ...extra]);
}

describe('the zip of a workbook', { timeout: 120_000 }, () => {
  it('reads a workbook written with ZIP64 fields (sizes and offsets in the extra field, a ZIP64 end record)', async () => {
    const plain = await outcome('普通.xlsx', writeZip(sample));
    const z64 = writeZip(sample, { zip64: true });
    expect(Buffer.from(z64).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    expect(await outcome('ZIP64.xlsx', z64)).toBe(plain);
    expect(plain).toMatch(/^\d+ 行$/);
  });

  it('refuses 6,000 entries and 200,000 entries with the entry-count limit, not as damaged or as a bomb', async () => {
    const text = (n: number) =>
      `「多项.xlsx」里有 ${n} 个压缩项，超过了可导入的上限 5000 个（正常的 Excel 工作簿只有几十个），可能是损坏的或特意构造的文件，没有导入。请确认文件来源，或请发送单位在 Excel、WPS 中另存后重新发送。`;
    expect(await outcome('多项.xlsx', withExtraEntries(6_000 - sample.length))).toBe(text(6_000));
    expect(await outcome('多项.xlsx', withExtraEntries(200_000 - sample.length))).toBe(text(200_000));
  });

  it('reads a workbook of 5,000 entries, the limit itself', async () => {
    expect(await outcome('五千项.xlsx', withExtraEntries(5_000 - sample.length))).toMatch(/^\d+ 行$/);
  });

  it('refuses two entries of one name (Apache POI and Excel refuse them too), whichever the later holds', async () => {
    const sheet = sample.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const forged = writeZip([...sample, { name: 'XL/Worksheets/Sheet1.xml', data: sheet.data }]);
    expect(await outcome('同名.xlsx', forged)).toBe(
      '「同名.xlsx」里有两个同名的部件「XL/Worksheets/Sheet1.xml」，Excel 不会写出这样的文件，可能是损坏的或被改动过的文件，没有导入。请发送单位在 Excel、WPS 中另存后重新发送。',
    );
  });
});

describe('the XML of a sheet', () => {
  it('refuses a sheet with two root elements as damaged (Excel refuses it), whichever root holds the table', async () => {
    const sheet = Buffer.from(sample.find((e) => e.name === 'xl/worksheets/sheet1.xml')!.data).toString('utf8');
    const twoRoots = `${sheet}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`;
    const entries = sample.map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { name: e.name, data: new Uint8Array(Buffer.from(twoRoots)) } : e,
    );
    expect(await outcome('两个根.xlsx', writeZip(entries))).toBe(
      '「两个根.xlsx」已损坏或不完整（可能没有下载或复制完），无法打开。请向发送单位重新索取文件。',
    );
  });
});
