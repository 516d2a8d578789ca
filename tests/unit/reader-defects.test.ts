// The defects that files from other projects' test suites exposed in the reader, each on a small file built to show
// it: what the clerk would have seen, and what is seen now.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { importFile, readSheets } from '../../shared/xlsx/read-file';
import { collectFiles } from '../../shared/xlsx/collect';
import { writeZip } from '../fuzz/raw-zip';
import { c, docx, p, table } from '../e2e/support/word-document';
import { handMade, MAIN, REL } from '../support/hand-made-workbook';
import { cleanupTemp, tempDir } from './temp-data';

afterAll(cleanupTemp);

const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const inline = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const HEADER = ['序号', '行动措施', '任务目标', '完成时限', '牵头处室', '配合处室'];
const headerRow = (r: number) =>
  `<row r="${r}">${HEADER.map((h, i) => inline(`${'ABCDEF'[i]}${r}`, h)).join('')}</row>`;

async function say(name: string, data: Uint8Array): Promise<string> {
  try {
    await importFile(data, name);
    return 'OK';
  } catch (e) {
    return e instanceof AppError ? messageOf(e.code, e.params) : `CRASH ${String(e)}`;
  }
}

describe('the defects real files exposed', () => {
  it('reads the table of a Word document that holds an embedded workbook stored uncompressed (a chart’s data)', async () => {
    const embedded = handMade({
      sheets: [{ name: 'Sheet1', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }],
    });
    const doc = docx(
      p('配档表') +
        table([
          HEADER.map((h) => c(h)),
          [c('1'), c('推进诊疗精准预约'), c('全部实现'), c('8月底前'), c('医政处'), c('')],
        ]),
      [{ name: 'word/embeddings/Microsoft_Excel_Worksheet.xlsx', data: embedded, method: 0 }],
    );
    // The embedded workbook's own entry names lie in the document's bytes as they are.
    expect(Buffer.from(doc).includes('xl/workbook.xml')).toBe(true);
    const r = await importFile(doc, '带图表的通知.docx');
    expect(r.rows.map((x) => x.cells.measure)).toEqual(['推进诊疗精准预约']);
  });

  it('keeps the 1904 date system of a workbook saved by Excel 2013+, whose <x15:workbookPr> in extLst has no date1904', async () => {
    const workbookPr =
      '<workbookPr date1904="1"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>';
    const styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';
    // 2026-03-31 counted from 1904-01-01.
    const [sheet] = await readSheets(
      handMade({
        styles,
        workbookPr,
        sheets: [{ name: '表', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>44650</v></c></row></sheetData>' }],
      }),
      '1904.xlsx',
    );
    expect(sheet!.cells[0]).toEqual(['2026/3/31']);
  });

  it('shows an empty shared-string cell (<v/>) as empty, not as the first string, and keeps the row it is in', async () => {
    const strings = HEADER.map((h) => `<si><t>${h}</t></si>`).join('') + '<si><t>措施一</t></si><si><t>医政处</t></si>';
    const s = (ref: string, i: number | '') => `<c r="${ref}" t="s"><v>${i}</v></c>`;
    const xml =
      '<sheetData>' +
      `<row r="1">${HEADER.map((_, i) => s(`${'ABCDEF'[i]}1`, i)).join('')}</row>` +
      `<row r="2"><c r="A2"><v>1</v></c>${s('B2', 6)}<c r="C2" t="s"><v/></c>${s('E2', 7)}<c r="F2" t="s"><v></v></c></row>` +
      '</sheetData>';
    const data = handMade({ strings, sheets: [{ name: '表', xml }] });
    const [sheet] = await readSheets(data, '空值.xlsx');
    expect(sheet!.cells[1]).toEqual(['1', '措施一', '', '', '医政处']);
    expect((await importFile(data, '空值.xlsx')).rows.map((x) => x.cells)).toEqual([
      { seq: '1', measure: '措施一', lead: '医政处' },
    ]);
  });

  it('reads a two-row sheet with styled empty rows at the very bottom, and still refuses a sheet whose content goes past the limit', async () => {
    const styled =
      '<row r="1048575" s="1" customFormat="1"/><row r="1048576" s="1" customFormat="1"><c r="A1048576" s="1"/></row>';
    const data = handMade({
      sheets: [
        {
          name: '表',
          xml: `<sheetData>${headerRow(1)}<row r="2">${inline('B2', '措施一')}</row>${styled}</sheetData>`,
        },
      ],
    });
    const r = await importFile(data, '两行.xlsx');
    expect(r.rows.map((x) => x.cells.measure)).toEqual(['措施一']);
    const far = handMade({
      sheets: [
        { name: '表', xml: `<sheetData>${headerRow(1)}<row r="200000">${inline('B200000', '远处')}</row></sheetData>` },
      ],
    });
    expect(await say('远.xlsx', far)).toBe(
      '「远.xlsx」的工作表太大（超过 100000 行，可导入的上限是 100000 行），没有导入。请删除多余的行和内容，或拆分成几个文件后再导入。',
    );
  });

  it('reads a CSV saved under an .xlsx or .xls name, and still refuses plain text named .xlsx', async () => {
    const csv = text(`${HEADER.join(',')}\n1,推进诊疗精准预约,全部实现,8月底前,医政处,\n`);
    for (const name of ['导出.xlsx', '导出.xls'])
      expect((await importFile(csv, name)).rows.map((x) => x.cells.measure)).toEqual(['推进诊疗精准预约']);
    expect(await say('说明.xlsx', text('这不是一个 Excel 文件，只是改了扩展名的文本。'))).toMatch(
      /^「说明\.xlsx」不是 Excel 表格文件/,
    );
  });

  it('reads a workbook whose zip names are written with backslashes', async () => {
    const good = handMade({
      sheets: [{ name: '表', xml: `<sheetData>${headerRow(1)}<row r="2">${inline('B2', '措施一')}</row></sheetData>` }],
    });
    const entries = [
      {
        name: '[Content_Types].xml',
        data: text(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        ),
      },
      {
        name: '_rels\\.rels',
        data: text(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        ),
      },
      {
        name: 'xl\\workbook.xml',
        data: text(
          `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        ),
      },
      {
        name: 'xl\\_rels\\workbook.xml.rels',
        data: text(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        ),
      },
      {
        name: 'xl\\worksheets\\sheet1.xml',
        data: text(
          `<worksheet xmlns="${MAIN}"><sheetData>${headerRow(1)}<row r="2">${inline('B2', '措施一')}</row></sheetData></worksheet>`,
        ),
      },
    ];
    expect((await importFile(writeZip(entries), '反斜杠.xlsx')).rows).toEqual(
      (await importFile(good, '正常.xlsx')).rows,
    );
  });

  it('says a raw Excel 4.0 worksheet (.XLS not in an OLE file) is too old a format, in Chinese', async () => {
    // BOF of a BIFF4 worksheet, a cell, EOF.
    const biff4 = new Uint8Array([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x00]);
    expect(await say('EXCEL4.XLS', biff4)).toBe(
      '「EXCEL4.XLS」是 Excel 95 或更早版本（Excel 5.0、4.0 等）保存的文件，格式太旧，无法读取。请在 Excel 或 WPS 中打开它，选择“另存为”→“Excel 工作簿（*.xlsx）”，再导入另存的文件。',
    );
  });

  it('shows _x000D_ before a line break as one line break, elapsed times with their days, date-times with their time, and dates before 1900-03-01 on their day', async () => {
    const strings = '<si><t>第一行_x000D_\r\n第二行_x000D_\n第三行</t></si>';
    const styles =
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="46"/><xf numFmtId="22"/><xf numFmtId="176"/><xf numFmtId="14"/></cellXfs>';
    const xml =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>1.5</v></c><c r="C1" s="2"><v>46112.6041666667</v></c>' +
      '<c r="D1" s="3"><v>46112.6041666667</v></c><c r="E1" s="4"><v>1</v></c><c r="F1" s="4"><v>59</v></c><c r="G1" s="4"><v>61</v></c></row></sheetData>';
    const [sheet] = await readSheets(handMade({ strings, styles, sheets: [{ name: '表', xml }] }), '时间.xlsx');
    expect(sheet!.cells[0]).toEqual([
      '第一行\n第二行\n第三行',
      '36:00:00',
      '2026/3/31 14:30',
      '2026-03-31 14:30:00',
      '1900/1/1',
      '1900/2/28',
      '1900/3/1',
    ]);
  });

  it('drops a row that repeats the header in its own columns, with a warning, and keeps a row that holds header words elsewhere', async () => {
    const xml =
      '<sheetData>' +
      headerRow(1) +
      `<row r="2"><c r="A2"><v>1</v></c>${inline('B2', '措施一')}${inline('E2', '医政处')}</row>` +
      // Copied from a paged document: the header again.
      headerRow(3) +
      `<row r="4"><c r="A4"><v>2</v></c>${inline('B4', '措施二')}${inline('E4', '规划处')}</row>` +
      // Header words as data, not in their own columns: a real row.
      `<row r="5">${inline('A5', '序号')}${inline('B5', '完成时限')}${inline('C5', '牵头处室')}${inline('D5', '行动措施')}</row>` +
      '</sheetData>';
    const r = await importFile(handMade({ sheets: [{ name: '表', xml }] }), '重复表头.xlsx');
    expect(r.rows.map((x) => x.cells.measure)).toEqual(['措施一', '措施二', '完成时限']);
    expect(r.warnings).toContain('第 3 行重复了表头，未作为事项导入。');
  });

  it(
    'takes the unit from a file named 「北郊镇中心卫生院-突破事项.xlsx」 in collect and inspect, when the sheet has no 填报单位 line',
    { timeout: 60_000 },
    async () => {
      const header = ['序号', '突破事项名称', '具体内容', '工作措施', '完成时限', '牵头科室', '责任领导'];
      const xml = `<sheetData><row r="1">${header.map((h, i) => inline(`${'ABCDEFG'[i]}1`, h)).join('')}</row><row r="2"><c r="A2"><v>1</v></c>${inline('B2', '创建胸痛中心')}${inline('E2', '12月底前')}</row></sheetData>`;
      const data = handMade({ sheets: [{ name: '表', xml }] });
      const name = '北郊镇中心卫生院-突破事项.xlsx';
      const collected = await collectFiles([{ fileName: name, data, receivedAt: '2026-03-01T09:00:00Z' }], []);
      expect(collected.submissions.map((s) => s.reading.unit)).toEqual(['北郊镇中心卫生院']);
      const dir = join(tempDir(), '收到');
      mkdirSync(dir);
      writeFileSync(join(dir, name), data);
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', 'inspect', join(dir, name)], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(0);
      expect((JSON.parse(run.stdout) as { meta: { reportingUnit?: string } }).meta.reportingUnit).toBe(
        '北郊镇中心卫生院',
      );
    },
  );
});
