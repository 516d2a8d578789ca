// The workbook reader against ExcelJS reading the same files (every sample, as offices sent it and after LibreOffice
// saved it again, and workbooks this app writes), and against parts written by hand in the shapes other tools write.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { readSheets } from '../../shared/xlsx/read-file';
import { KIND_MARK } from '../../shared/xlsx/read-workbook';
import { cleanText, type SheetGrid } from '../../shared/xlsx/sheet-grid';
import { exportPlan } from '../../shared/xlsx/export-plan';
import { list, open } from '../../electron/host/services/plans';
import { handMade, MAIN } from '../support/hand-made-workbook';
import { cleanupTemp, startTempHost, tempDir } from './temp-data';
import { SAMPLES_DIR } from '../support/fixtures';

afterAll(cleanupTemp);

const SAMPLES = SAMPLES_DIR;
const sampleFiles = [
  ...readdirSync(SAMPLES).map((f) => join(SAMPLES, f)),
  ...readdirSync(join(SAMPLES, '返回')).map((f) => join(SAMPLES, '返回', f)),
].filter((f) => f.endsWith('.xlsx') && !f.includes('坏文件'));

/** What ExcelJS reads of a sheet: the text of each cell it holds as text (numbers and dates are compared apart). */
interface Reference {
  name: string;
  hidden: boolean;
  texts: Map<string, string>;
  /** Cells holding a number or a date: the reader must show something there. */
  values: Set<string>;
  merges: string[];
  hiddenRows: number[];
}

async function excelJsReads(data: Uint8Array): Promise<Reference[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const exact = KIND_MARK.test(wb.keywords ?? '');
  return wb.worksheets.map((ws) => {
    const ref: Reference = {
      name: ws.name,
      hidden: ws.state !== 'visible',
      texts: new Map(),
      values: new Set(),
      merges: [],
      hiddenRows: [],
    };
    ws.eachRow((row, r) => {
      if (row.hidden) ref.hiddenRows.push(r - 1);
      row.eachCell((cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const key = `${r - 1},${c - 1}`;
        const text = textOf(cell.value);
        if (text === null) ref.values.add(key);
        else {
          const shown = exact ? text.replace(/\r\n?/g, '\n') : cleanText(text);
          if (shown !== '') ref.texts.set(key, shown);
        }
      });
    });
    ref.merges = [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
    return ref;
  });
}

/** A cell's text as ExcelJS holds it; null for a number or a date, whose text depends on its format. */
function textOf(v: ExcelJS.CellValue): string | null {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number' || v instanceof Date) return null;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return String(v.error);
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null) return '';
    return typeof result === 'object' && !(result instanceof Date)
      ? String((result as { error?: unknown }).error ?? '')
      : textOf(result as ExcelJS.CellValue);
  }
  if ('text' in v && typeof v.text === 'string') return v.text;
  return null;
}

function rangeOf(m: SheetGrid['merges'][number]): string {
  const col = (i: number) => {
    let s = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  return `${col(m.left)}${m.top + 1}:${col(m.right)}${m.bottom + 1}`;
}

async function expectSameAsExcelJs(data: Uint8Array, fileName: string): Promise<number> {
  const ours = await readSheets(data, fileName);
  const reference = await excelJsReads(data);
  expect(ours.map((s) => [s.name, s.hidden])).toEqual(reference.map((s) => [s.name, s.hidden]));
  let compared = 0;
  ours.forEach((sheet, i) => {
    const ref = reference[i]!;
    const texts = new Map<string, string>();
    sheet.cells.forEach((line, r) => line.forEach((t, c) => t !== '' && texts.set(`${r},${c}`, t)));
    for (const key of ref.values) {
      expect(texts.get(key), `${fileName} ${sheet.name} ${key}`).toMatch(/\S/);
      texts.delete(key);
    }
    expect(Object.fromEntries(texts), `${fileName} ${sheet.name}`).toEqual(Object.fromEntries(ref.texts));
    expect(sheet.merges.map(rangeOf).sort(), `${fileName} ${sheet.name}`).toEqual(ref.merges);
    // ExcelJS knows a hidden row only when it holds something.
    expect([...sheet.hiddenRows].filter((r) => (sheet.cells[r] ?? []).length > 0).sort((a, b) => a - b)).toEqual(
      ref.hiddenRows,
    );
    compared += ref.texts.size + ref.values.size;
  });
  return compared;
}

describe('reading workbooks as ExcelJS reads them', () => {
  it('reads every sample cell for cell, each sheet with its merges and hidden rows', async () => {
    let cells = 0;
    for (const file of sampleFiles)
      cells += await expectSameAsExcelJs(new Uint8Array(readFileSync(file)), basename(file));
    expect(cells).toBeGreaterThan(900);
  });

  it(
    'reads every sample after LibreOffice saved it again (inline strings, other styles, other part names)',
    { timeout: 180_000 },
    async () => {
      const dir = tempDir();
      const inputs = sampleFiles.map((f, i) => {
        const copy = join(dir, `in-${i}.xlsx`);
        copyFileSync(f, copy);
        return copy;
      });
      const out = join(dir, 'out');
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          out,
          ...inputs,
        ],
        {
          stdio: 'pipe',
          timeout: 170_000,
        },
      );
      for (const f of inputs)
        await expectSameAsExcelJs(new Uint8Array(readFileSync(join(out, basename(f)))), basename(f));
    },
  );

  it('reads back the workbooks this app exports, text exactly as typed', async () => {
    const { host } = startTempHost(true);
    const plans = list({ db: host.ctx.db });
    expect(plans.length).toBeGreaterThan(1);
    for (const summary of plans) {
      const { plan, rows } = open(host.ctx.db, summary.id);
      await expectSameAsExcelJs(await exportPlan(plan, rows), `${plan.title}.xlsx`);
    }
  });

  it('reads numbers, dates, percentages, booleans, errors and formulas as they are shown', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.addRow([
      0.1 + 0.2,
      12,
      new Date(Date.UTC(2026, 2, 31)),
      0.25,
      true,
      { formula: 'A1*2', result: 0.6 },
      { formula: 'B1&"项"', result: '12项' },
    ]);
    ws.getCell('C1').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('D1').numFmt = '0%';
    const [sheet] = await readSheets(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '数.xlsx');
    expect(sheet!.cells[0]).toEqual(['0.3', '12', '2026年3月31日', '25%', 'TRUE', '0.6', '12项']);
  });
});

// ---- parts written by hand --------------------------------------------------------------------------------

const read = (data: Uint8Array) => readSheets(data, '手写.xlsx');

async function failure(data: Uint8Array): Promise<string> {
  try {
    await read(data);
    return 'read';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
}

describe('reading parts as other tools write them', () => {
  it('joins rich-text runs, leaves the phonetic guide out, and turns _x000D_ and character references into characters', async () => {
    const strings =
      '<si><r><rPr><b/></rPr><t>推进</t></r><r><t xml:space="preserve">精准 预约</t></r><rPh sb="0" eb="2"><t>トゥイジン</t></rPh></si>' +
      '<si><t>第一行_x000D_\n第二行 &amp; &#x4E09;&#19977;</t></si><si><t/></si>';
    const [sheet] = await read(
      handMade({
        strings,
        sheets: [
          {
            name: '表',
            xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row></sheetData>',
          },
        ],
      }),
    );
    expect(sheet!.cells).toEqual([['推进精准 预约', '第一行\n第二行 & 三三']]);
  });

  it('reads inline strings, CDATA, formulas by their results, booleans and errors', async () => {
    const xml =
      '<sheetData><row r="1">' +
      '<c r="A1" t="inlineStr"><is><t>内联</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><r><t>富</t></r><r><t><![CDATA[<文本>]]></t></r></is></c>' +
      '<c r="C1" t="str"><f>A1&amp;"x"</f><v>内联x</v></c>' +
      '<c r="D1"><f t="shared" ref="D1:D2" si="0">1+1</f><v>2</v></c>' +
      '<c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#N/A</v></c><c r="G1"><f>NOW()</f></c>' +
      '</row></sheetData>';
    const [sheet] = await read(handMade({ sheets: [{ name: '表', xml }] }));
    expect(sheet!.cells[0]).toEqual(['内联', '富<文本>', '内联x', '2', 'FALSE', '#N/A']);
  });

  it('reads parts with a namespace prefix on every tag, as the .NET SDK writes them, and cells without references', async () => {
    const xml =
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>行动措施</x:t></x:is></x:c></x:row>` +
      '<x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>措施甲</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const [sheet] = await read(handMade({ sheets: [{ name: '表', xml }] }));
    expect(sheet!.cells).toEqual([
      ['序号', '行动措施'],
      ['1', '措施甲'],
    ]);
  });

  it('shows dates by their format: built-in Chinese formats, custom ones, the 1904 date system, times of day', async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="58"/><xf numFmtId="176"/><xf numFmtId="20"/></cellXfs>';
    const row =
      '<sheetData><row r="1"><c r="A1"><v>46112</v></c><c r="B1" s="1"><v>46112</v></c><c r="C1" s="2"><v>46112</v></c><c r="D1" s="3"><v>46112</v></c><c r="E1" s="4"><v>46112</v></c><c r="F1" s="5"><v>0.6041666666666666</v></c></row></sheetData>';
    const [sheet] = await read(handMade({ styles, sheets: [{ name: '表', xml: row }] }));
    expect(sheet!.cells[0]).toEqual(['46112', '2026/3/31', '2026年3月31日', '3月31日', '2026年3月', '14:30']);
    const [old] = await read(
      handMade({ styles, workbookPr: '<workbookPr date1904="1"/>', sheets: [{ name: '表', xml: row }] }),
    );
    expect(old!.cells[0]![2]).toBe('2030年4月1日');
  });

  it('keeps hidden sheets, rows and columns marked, leaves chart sheets out, and clears cells under a merge', async () => {
    const xml =
      '<cols><col min="2" max="3" hidden="1" width="0"/></cols><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>被合并</t></is></c></row>' +
      '<row r="3" hidden="1"><c r="A3" t="inlineStr"><is><t>隐藏行</t></is></c><c r="D3"><v>4</v></c></row>' +
      '</sheetData><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>';
    const sheets = await read(
      handMade({
        sheets: [
          {
            name: '封面',
            xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>封面</t></is></c></row></sheetData>',
            state: 'hidden',
          },
          { name: '图表', xml: '<chartsheet/>', path: 'chartsheets/sheet1.xml', type: 'chartsheet' },
          { name: '表', xml },
          { name: '_配档助手', xml: '<sheetData/>', state: 'veryHidden' },
        ],
      }),
    );
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['封面', true],
      ['表', false],
      ['_配档助手', true],
    ]);
    const table = sheets[1]!;
    expect(table.cells).toEqual([['标题'], [], ['隐藏行', '', '', '4']]);
    expect(table.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect([...table.hiddenRows]).toEqual([2]);
    expect([...table.hiddenCols]).toEqual([1, 2]);
  });

  it('finds the workbook wherever the package says it is, and reads UTF-16 parts', async () => {
    const utf16 = `\ufeff<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>十六位</t></is></c></row></sheetData></worksheet>`;
    const [sheet] = await read(
      handMade({
        workbookPath: 'book/main.xml',
        sheets: [{ name: '表', xml: new Uint8Array(Buffer.from(utf16, 'utf16le')) }],
      }),
    );
    expect(sheet!.cells).toEqual([['十六位']]);
  });

  it('takes CDATA as written, and only the cell formats of <numFmts> (not those of conditional formatting)', async () => {
    const cdata = await read(
      handMade({
        sheets: [
          {
            name: '表',
            xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[R&amp;D <b>]]></t></is></c></row></sheetData>',
          },
        ],
      }),
    );
    expect(cdata[0]!.cells).toEqual([['R&amp;D <b>']]);
    const styles =
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="176" formatCode="0.00"/></dxf></dxfs>';
    const [sheet] = await read(
      handMade({
        styles,
        sheets: [{ name: '表', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>45000</v></c></row></sheetData>' }],
      }),
    );
    expect(sheet!.cells).toEqual([['2023年3月15日']]);
  });

  it('reads a part named with a space however its relationship writes it, and one part once however many sheets name it', async () => {
    const data = handMade({
      sheets: [
        {
          name: '表',
          path: 'worksheets/sheet%201.xml',
          xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c></row></sheetData>',
        },
      ],
    });
    const zip = await (await import('jszip')).default.loadAsync(data);
    const body = await zip.file('xl/worksheets/sheet%201.xml')!.async('uint8array');
    zip.remove('xl/worksheets/sheet%201.xml');
    zip.file('xl/worksheets/sheet 1.xml', body);
    expect((await read(await zip.generateAsync({ type: 'uint8array' })))[0]!.cells).toEqual([['甲']]);
    const wb = await zip.file('xl/workbook.xml')!.async('string');
    zip.file(
      'xl/workbook.xml',
      wb.replace(
        /<sheet [^>]*\/>/,
        (m) => m + m.replace('name="表"', 'name="表二"').replace('sheetId="1"', 'sheetId="2"'),
      ),
    );
    expect((await read(await zip.generateAsync({ type: 'uint8array' }))).map((g) => g.name)).toEqual(['表']);
  });

  it(
    'refuses, without building it, a sheet made huge by a row number or a column far out, and hides repeated column ranges once',
    { timeout: 30_000 },
    async () => {
      const far = await failure(
        handMade({
          sheets: [
            {
              name: '表',
              xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c></row><row r="900000"><c r="A900000"><v>1</v></c></row></sheetData>',
            },
          ],
        }),
      );
      expect(far).toBe('IMPORT_SHEET_TOO_LARGE');
      const wide = Array.from(
        { length: 30_000 },
        (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`,
      ).join('');
      expect(await failure(handMade({ sheets: [{ name: '表', xml: `<sheetData>${wide}</sheetData>` }] }))).toBe(
        'IMPORT_SHEET_TOO_LARGE',
      );
      const cols = `<cols>${'<col min="1" max="16384" hidden="1"/>'.repeat(50_000)}</cols>`;
      const [sheet] = await read(
        handMade({
          sheets: [
            {
              name: '表',
              xml: `${cols}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c><c r="C1"/></row></sheetData>`,
            },
          ],
        }),
      );
      expect([...sheet!.hiddenCols]).toEqual([0, 1, 2]);
    },
  );

  it('says a declaration other than <!DOCTYPE is no part of a workbook, however many there are', async () => {
    const xml = `<?xml version="1.0"?>${'<!x>'.repeat(20_000)}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    expect(await failure(handMade({ sheets: [{ name: '表', xml }] }))).toBe('IMPORT_CORRUPT');
  });

  it('says a part that is cut short, has tags that do not match, or points past Excel’s last row is damaged', async () => {
    const cells = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c></row>';
    expect(await failure(handMade({ sheets: [{ name: '表', xml: cells }] }))).toBe('IMPORT_CORRUPT');
    expect(await failure(handMade({ sheets: [{ name: '表', xml: `${cells}</sheetData></worksheet></x>` }] }))).toBe(
      'IMPORT_CORRUPT',
    );
    expect(
      await failure(
        handMade({
          sheets: [{ name: '表', xml: '<sheetData><row r="1048577"><c r="A1"><v>1</v></c></row></sheetData>' }],
        }),
      ),
    ).toBe('IMPORT_CORRUPT');
    expect(
      await failure(
        handMade({
          sheets: [{ name: '表', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData>' }],
        }),
      ),
    ).toBe('IMPORT_CORRUPT');
  });
});
