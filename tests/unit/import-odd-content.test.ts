// What offices put in their sheets besides a table: formulas (shared ones too) and error values, images and charts,
// two tables on one sheet, a merge over the header; and files that are old, locked with a password, or far away.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../shared/xlsx/read-file';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { cleanupTemp, tempDir } from './temp-data';
import { SAMPLES_DIR } from '../support/fixtures';

afterAll(cleanupTemp);

const SAMPLES = SAMPLES_DIR;
const HEADER = ['序号', '行动措施', '任务目标', '完成时限', '牵头处室', '配合处室'];
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function workbook(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('表'), wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function say(name: string, data: Uint8Array): Promise<string> {
  try {
    await importFile(data, name);
    return 'OK';
  } catch (e) {
    return e instanceof AppError ? messageOf(e.code, e.params) : `CRASH ${String(e)}`;
  }
}

/** Adds a chart (a drawing whose frame points to a chart part) to the first sheet of a workbook. */
async function withChart(data: Uint8Array): Promise<Uint8Array> {
  const z = await JSZip.loadAsync(data);
  const types = await z.file('[Content_Types].xml')!.async('string');
  z.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  const sheet = await z.file('xl/worksheets/sheet1.xml')!.async('string');
  // ExcelJS's sheet declares the r: namespace already; the drawing goes where Excel puts it, after the page setup.
  z.file('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', '<drawing r:id="rIdChart"/></worksheet>'));
  z.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
  );
  z.file(
    'xl/drawings/drawing1.xml',
    '<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
  );
  z.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
  );
  z.file(
    'xl/charts/chart1.xml',
    '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:ser><c:idx val="0"/><c:val><c:numRef><c:f>表!$A$2:$A$3</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>',
  );
  return z.generateAsync({ type: 'uint8array' });
}

describe('what offices put in their sheets', () => {
  it('reads shared formulas by their results, #REF! and #N/A as written, and a formula without a result as empty', async () => {
    const data = await workbook((ws) => {
      ws.addRow(HEADER);
      ws.addRow([1, '措施一', '目标一', '6月底前', '医政处', '']);
      ws.addRow([2, '措施二', '目标二', '6月底前', '医政处', '']);
      ws.getCell('A3').value = {
        formula: 'A2+1',
        result: 2,
        shareType: 'shared',
        ref: 'A3:A4',
      } as ExcelJS.CellFormulaValue;
      ws.addRow([3, '措施三', '目标三', '6月底前', '医政处', '']);
      ws.getCell('A4').value = { sharedFormula: 'A3', result: 3 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('C2').value = { formula: '#REF!+1', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('C3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('F4').value = { formula: 'E4' } as ExcelJS.CellFormulaValue;
    });
    const r = await importFile(data, '公式.xlsx');
    expect(r.rows.map((x) => [x.cells.seq, x.cells.goal, x.cells.support ?? ''])).toEqual([
      ['1', '#REF!', ''],
      ['2', '#N/A', ''],
      ['3', '目标三', ''],
    ]);
  });

  it('reads the table beside an image and a chart, and leaves them out', async () => {
    const table = (ws: ExcelJS.Worksheet) => {
      ws.addRow(HEADER);
      ws.addRow([1, '措施一', '目标一', '6月底前', '医政处', '']);
      ws.addRow([2, '措施二', '目标二', '9月底前', '规划处', '']);
    };
    const image = await workbook((ws, wb) => {
      table(ws);
      ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'H2:I4');
    });
    expect((await importFile(image, '图片.xlsx')).rows.map((x) => x.cells.measure)).toEqual(['措施一', '措施二']);
    const chart = await withChart(await workbook(table));
    expect((await importFile(chart, '图表.xlsx')).rows.map((x) => x.cells.measure)).toEqual(['措施一', '措施二']);
  });

  it('two tables on one sheet: the second table’s header is skipped as a repeated one and its rows follow', async () => {
    const data = await workbook((ws) => {
      ws.addRow(HEADER);
      ws.addRow([1, '一表措施一', '目标', '6月底前', '医政处', '']);
      ws.addRow([2, '一表措施二', '目标', '6月底前', '医政处', '']);
      ws.addRow([]);
      ws.addRow(HEADER);
      ws.addRow([1, '二表措施一', '目标', '9月底前', '规划处', '']);
    });
    const r = await importFile(data, '两个表.xlsx');
    expect(r.rows.map((x) => x.cells.measure)).toEqual(['一表措施一', '一表措施二', '二表措施一']);
  });

  it('a merge over the header and the first row: the header is read, the merged text kept in the first row only', async () => {
    const data = await workbook((ws) => {
      ws.addRow(HEADER);
      ws.addRow([1, '措施一', '目标一', '6月底前', '医政处', '']);
      ws.addRow([2, '措施二', '目标二', '9月底前', '规划处', '']);
      ws.mergeCells('F1:F2');
    });
    const r = await importFile(data, '合并表头.xlsx');
    expect(r.columns.map((c) => c.key)).toEqual(['seq', 'measure', 'goal', 'deadline', 'lead', 'support']);
    expect(r.rows.map((x) => x.cells.measure)).toEqual(['措施一', '措施二']);
  });
});

describe('files that are old, locked with a password, or far away', () => {
  it('an old .xls renamed .et or .xlsx is read as what it is', async () => {
    const xls = new Uint8Array(readFileSync(join(SAMPLES, '配档表-百日攻坚行动（旧格式）.xls')));
    const xlsx = await importFile(
      new Uint8Array(readFileSync(join(SAMPLES, '配档表-百日攻坚行动.xlsx'))),
      '工作表.xlsx',
    );
    for (const name of ['工作表.et', '工作表.xlsx'])
      expect({ ...(await importFile(xls, name)), fileName: '' }).toEqual({ ...xlsx, fileName: '' });
  });

  it('a workbook with an opening password (an OLE file holding EncryptionInfo and EncryptedPackage)', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const utf16 = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
    ole.set(utf16('EncryptionInfo'), 1024);
    ole.set(utf16('EncryptedPackage'), 1152);
    expect(await say('加密.xlsx', ole)).toBe(
      '「加密.xlsx」设置了打开密码，无法读取。请在 Excel 或 WPS 中取消密码（文件→信息→保护工作簿）后另存，再导入。',
    );
  });

  it('a file with Chinese and spaces in a path of more than 300 characters, and one deleted before it is read', () => {
    let dir = tempDir();
    for (let i = 0; i < 20; i++) dir = join(dir, `第 ${i} 层 文件夹 卫生健康委员会`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, '配档表 百日攻坚行动 副本.xlsx');
    copyFileSync(join(SAMPLES, '配档表-百日攻坚行动.xlsx'), file);
    expect(file.length).toBeGreaterThan(300);
    const inspect = (f: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', 'inspect', f], {
        encoding: 'utf8',
        timeout: 60_000,
      });
    const read = inspect(file);
    expect(read.status).toBe(0);
    expect((JSON.parse(read.stdout) as { rows: unknown[] }).rows).toHaveLength(50);
    const gone = inspect(join(dir, '已删除.xlsx'));
    expect(gone.status).not.toBe(0);
    expect(gone.stderr.trim()).toBe('无法读取「已删除.xlsx」：文件不存在，请检查路径。');
  }, 120_000);
});
