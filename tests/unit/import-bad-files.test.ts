// Files that are not what they say they are: each gets a Chinese message that names it and says what to do.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/xlsx/read-file';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { samplePath } from '../support/fixtures';

const good = new Uint8Array(readFileSync(samplePath('配档表-百日攻坚行动.xlsx')));

async function say(name: string, data: Uint8Array): Promise<string> {
  try {
    const r = await importFile(data, name);
    return `OK ${r.rows.length}`;
  } catch (e) {
    return e instanceof AppError ? messageOf(e.code, e.params) : `CRASH ${String(e)}`;
  }
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: 'uint8array' });
}

const SAVE_AS = '请用 Excel 或 WPS 打开它，另存为“Excel 工作簿（*.xlsx）”后再导入。';

describe('files the importer refuses', () => {
  it('an empty file', async () => {
    expect(await say('空.xlsx', new Uint8Array())).toBe(
      '「空.xlsx」是一个空文件（0 字节），可能没有保存完或没有下载完。请向发送单位重新索取文件。',
    );
  });

  it('a workbook cut short in the middle', async () => {
    expect(await say('半截.xlsx', good.subarray(0, good.length >> 1))).toBe(
      '「半截.xlsx」已损坏或不完整（可能没有下载或复制完），无法打开。请向发送单位重新索取文件。',
    );
  });

  it('a zip that holds no workbook', async () => {
    expect(await say('压缩包.xlsx', await zipOf({ 'readme.txt': '你好' }))).toBe(
      '「压缩包.xlsx」不是 Excel 表格文件（.xlsx）、Word 文档（.docx）或 CSV 文件，无法导入。请确认选择的文件是否正确。',
    );
  });

  it('a Word document without a table (its tables are read), an .ods, an .xlsb and a Numbers file renamed to .xlsx', async () => {
    expect(
      await say('通知.xlsx', await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })),
    ).toMatch(/^「通知\.xlsx」是 Word 文档，但其中没有表格，无法导入。/);
    expect(
      await say(
        '表.xlsx',
        await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
      ),
    ).toBe(`「表.xlsx」其实是 OpenDocument 表格（.ods），不是 Excel 工作簿（.xlsx）。${SAVE_AS}`);
    expect(await say('二进制.xlsx', await zipOf({ 'xl/workbook.bin': 'x' }))).toContain(
      '其实是 Excel 二进制工作簿（.xlsb）',
    );
    expect(await say('苹果.xlsx', await zipOf({ 'Index/Document.iwa': 'x' }))).toContain('其实是 Numbers 表格');
  });

  it('a sheet whose XML is broken', async () => {
    const z = await JSZip.loadAsync(good);
    const sheet = Object.keys(z.files).find((f) => f.includes('worksheets/sheet'))!;
    const xml = await z.file(sheet)!.async('string');
    z.file(sheet, xml.slice(0, xml.length >> 1));
    expect(await say('坏XML.xlsx', await z.generateAsync({ type: 'uint8array' }))).toContain('已损坏或不完整');
  });

  it('a workbook whose every sheet is empty', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('一');
    wb.addWorksheet('二');
    expect(await say('空表.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).toBe(
      '「空表.xlsx」里没有任何内容，每个工作表都是空的。',
    );
  });
});

describe('files the importer reads despite oddities', () => {
  it('reads a sheet with entity declarations without expanding them into a bomb', async () => {
    const z = await JSZip.loadAsync(good);
    const sheet = Object.keys(z.files).find((f) => f.includes('worksheets/sheet'))!;
    const xml = (await z.file(sheet)!.async('string')).replace(/^<\?xml[^>]*>/, '');
    const bomb =
      '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    z.file(sheet, `<?xml version="1.0"?>${bomb}${xml}`);
    expect(await say('实体.xlsx', await z.generateAsync({ type: 'uint8array' }))).toBe('OK 50');
  });

  it('reads error values, hyperlinks and comments as their text, drops control characters, keeps a very long cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.addRow(['序号', '行动措施', '任务目标', '完成时限', '牵头处室', '配合处室']);
    ws.addRow([
      1,
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { text: '链接文字', hyperlink: 'http://example.invalid' },
      'a\u0001b',
      '医政处',
      '长'.repeat(100_000),
    ]);
    ws.getCell('B2').note = '批注不影响内容';
    const r = await importFile(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '怪.xlsx');
    expect(r.rows[0]!.cells).toMatchObject({ measure: '#DIV/0!', goal: '链接文字', deadline: 'ab', lead: '医政处' });
    expect(r.rows[0]!.cells.support).toHaveLength(100_000);
  });
});
