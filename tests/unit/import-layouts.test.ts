// The importer on workbooks built here, each in one of the shapes offices send around.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/xlsx/read-file';
import { AppError } from '../../shared/errors';

async function bytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
const HEADER = ['序号', '行动措施', '任务目标', '完成时限', '牵头处室', '配合处室'];
const row = (n: number, lead = '医政处') => [n, `措施${n}`, `目标${n}`, '8月20日前', lead, '规划处'];
const items = (r: Awaited<ReturnType<typeof importFile>>) => r.rows.filter((x) => x.kind === 'item');
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'none';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
}

describe('what stands around the table', () => {
  it('reads 附件1, 文号, the title, 填报单位 and 时间 above the header, and keeps 注： lines below as notes', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow(['附件1']);
      ws.addRow(['鲁卫办字〔2023〕46号']);
      ws.addRow(['2026年重点任务配档表']);
      ws.mergeCells('A3:F3');
      ws.addRow(['填报单位：县人民医院', '', '', '', '时间：2026年3月12日']);
      ws.addRow(HEADER);
      ws.addRow(row(1));
      ws.addRow(['注：请于3月12日前报送。']);
    });
    const r = await importFile(data, 'a.xlsx');
    expect(r).toMatchObject({
      title: '2026年重点任务配档表',
      headerStart: 5,
      meta: {
        attachmentLabel: '附件1',
        docNo: '鲁卫办字〔2023〕46号',
        reportingUnit: '县人民医院',
        reportDate: '2026-03-12',
      },
    });
    expect(r.notes).toEqual(['注：请于3月12日前报送。']);
    expect(items(r)).toHaveLength(1);
  });

  it('skips blank rows and the header repeated further down, as tables copied from paged documents have', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow(HEADER);
      ws.addRow(row(1));
      ws.addRow([]);
      ws.addRow(HEADER);
      ws.addRow(row(2));
    });
    expect(items(await importFile(data, 'a.xlsx')).map((x) => x.cells.measure)).toEqual(['措施1', '措施2']);
  });

  it('reads section rows merged across the table and section rows written as 一、… in the first cell', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow(HEADER);
      ws.addRow(['（一）优化健康服务流程']);
      ws.mergeCells('A2:F2');
      ws.addRow(row(1));
      ws.addRow(['二、提升健康服务质量']);
      ws.addRow(row(2));
    });
    const r = await importFile(data, 'a.xlsx');
    expect(r.rows.map((x) => (x.kind === 'section' ? x.section : x.cells.measure))).toEqual([
      '（一）优化健康服务流程',
      '措施1',
      '二、提升健康服务质量',
      '措施2',
    ]);
    expect(items(r)[1]!.section).toBe('二、提升健康服务质量');
  });

  it('fills a 牵头处室 merged over three rows into each row', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow(HEADER);
      ws.addRow(row(1, '基层处'));
      ws.addRow(row(2, ''));
      ws.addRow(row(3, ''));
      ws.mergeCells('E2:E4');
    });
    expect(items(await importFile(data, 'a.xlsx')).map((x) => x.cells.lead)).toEqual(['基层处', '基层处', '基层处']);
  });

  it('finds the table on the second sheet when the first is a cover page', async () => {
    const data = await bytes((wb) => {
      wb.addWorksheet('封面').addRow(['关于印发配档表的通知']);
      const ws = wb.addWorksheet('配档表');
      ws.addRow(HEADER);
      ws.addRow(row(1));
    });
    const r = await importFile(data, 'a.xlsx');
    expect(r.sheet).toBe('配档表');
    expect(r.sheets.map((s) => s.name)).toEqual(['封面', '配档表']);
  });
});

describe('the columns', () => {
  it('maps other words for the same column in another order to the same keys', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow(['编号', '时间节点', '牵头科室', '工作任务', '目标要求', '协同单位']);
      ws.addRow(['1', '6月底前', '医政科', '任务甲', '目标甲', '疾控科']);
    });
    const r = await importFile(data, 'a.xlsx');
    expect(r.kind).toBe('peidang');
    expect(r.columns.map((c) => c.key)).toEqual(['seq', 'deadline', 'lead', 'measure', 'goal', 'support']);
  });

  it('keeps an unknown column as an extra column and leaves a hidden one out, saying so', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow([...HEADER, '经费（万元）', '内部编码']);
      ws.addRow([...row(1), '12', 'X-9']);
      ws.getColumn(8).hidden = true;
    });
    const r = await importFile(data, 'a.xlsx');
    expect(r.columns.slice(6).map((c) => [c.source, c.key, c.hidden])).toEqual([
      ['经费（万元）', 'x1', false],
      ['内部编码', null, true],
    ]);
    expect(items(r)[0]!.cells.x1).toBe('12');
    expect(r.warnings).toContain('隐藏的「内部编码」列未导入，可在预览中改为导入。');
  });
});

describe('the cells', () => {
  it('reads 序号 written as 1, 1., （1） and as a formula, and keeps every row', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow(HEADER);
      ws.addRow(row(1));
      ws.addRow(['2.', '措施2', '目标2', '6月底前', '医政处', '']);
      ws.addRow(['（3）', '措施3', '目标3', '6月底前', '医政处', '']);
      ws.addRow([{ formula: 'A4+1', result: 4 }, '措施4', '目标4', '6月底前', '医政处', '']);
    });
    expect(items(await importFile(data, 'a.xlsx')).map((x) => x.cells.seq)).toEqual(['1', '2.', '（3）', '4']);
  });

  it('shows real dates as the format shows them and keeps written dates as written', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow(HEADER);
      ws.addRow([1, '甲', '', new Date(Date.UTC(2025, 11, 31)), '医政处', '']);
      ws.getCell('D2').numFmt = 'yyyy"年"m"月"d"日"';
      ws.addRow([2, '乙', '', new Date(Date.UTC(2026, 5, 30)), '医政处', '']);
      ws.getCell('D3').numFmt = 'yyyy-mm-dd';
      ws.addRow([3, '丙', '', '8月20日前', '医政处', '']);
    });
    expect(items(await importFile(data, 'a.xlsx')).map((x) => x.cells.deadline)).toEqual([
      '2025年12月31日',
      '2026-06-30',
      '8月20日前',
    ]);
  });

  it('joins rich text, turns \\r\\n into \\n and trims stray and full-width spaces at the ends of lines', async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow(HEADER);
      ws.addRow([
        1,
        { richText: [{ text: '推进', font: { bold: true } }, { text: '精准预约' }] },
        '①第一条；  \r\n\u3000②第二条',
        ' 8月20日前 ',
        '医政处\u3000',
        '',
      ]);
    });
    expect(items(await importFile(data, 'a.xlsx'))[0]!.cells).toMatchObject({
      measure: '推进精准预约',
      goal: '①第一条；\n②第二条',
      deadline: '8月20日前',
      lead: '医政处',
    });
  });

  it('reads a CSV in UTF-8 with a BOM, quoted line breaks included', async () => {
    const text =
      '\ufeff序号,行动措施,任务目标,完成时限,牵头处室,配合处室\r\n1,措施甲,"①一；\r\n②二",6月底前,医政处,\r\n';
    const r = await importFile(new TextEncoder().encode(text), '表.csv');
    expect(items(r)[0]!.cells).toMatchObject({ measure: '措施甲', goal: '①一；\n②二' });
  });
});

describe('files the importer cannot read', () => {
  it('says a workbook with nothing in it is empty, and one with no header has none', async () => {
    expect(await codeOf(importFile(await bytes((wb) => void wb.addWorksheet('空')), 'a.xlsx'))).toBe('IMPORT_EMPTY');
    const noHeader = await bytes((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow(['一些文字', '另一些']);
      ws.addRow(['甲', '乙']);
    });
    expect(await codeOf(importFile(noHeader, 'a.xlsx'))).toBe('IMPORT_NO_HEADER');
  });
});

describe('the user’s choices', () => {
  it('takes the sheet, the header rows, the kind and a column’s use as the user sets them', async () => {
    const data = await bytes((wb) => {
      const a = wb.addWorksheet('甲');
      a.addRow(HEADER);
      a.addRow(row(1));
      const b = wb.addWorksheet('乙');
      b.addRow(['说明']);
      b.addRow(HEADER);
      b.addRow(row(7));
    });
    const r = await importFile(data, 'a.xlsx', {
      sheet: '乙',
      headerStart: 2,
      kind: 'minsheng',
      columns: { '5': { use: 'ignore' }, '1': { use: 'key', key: 'item' } },
    });
    expect(r).toMatchObject({ sheet: '乙', headerStart: 2, headerEnd: 2, kind: 'minsheng' });
    expect(items(r)[0]!.cells).toMatchObject({ item: '措施7' });
    expect(Object.values(items(r)[0]!.cells)).not.toContain('规划处');
    expect(await codeOf(importFile(data, 'a.xlsx', { sheet: '丙' }))).toBe('IMPORT_SHEET_NOT_FOUND');
  });
});
