// @vitest-environment jsdom
// The clipboard contents Calc, Writer, Excel and WPS produce, read cell by cell as a paste reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pastedRows, singleCellText, startsWithNumbers, type PastedRow } from '../../../renderer/grid/paste-block';
import { CLIPBOARD_DIR } from '../../support/fixtures';
import { seededPaste } from '../../support/seeded-copy';

const read = (name: string) => readFileSync(join(CLIPBOARD_DIR, name), 'utf8');
const paste = (base: string) => pastedRows(read(`${base}.txt`), read(`${base}.html`));

/** The sample typed in Calc (and the same sample as Excel and WPS hold it): what every program must bring in. */
const SAMPLE: PastedRow[] = [
  { kind: 'section', title: '（一）优化健康服务流程' },
  {
    kind: 'item',
    cells: [
      '1',
      '推进诊疗精准预约',
      '①在三级公立医院推广诊间预约；\n②二级以上公立综合医院全部实现门诊预约就诊。',
      '8月20日前',
      '医政处\n规划处',
      '妇幼健康处',
    ],
  },
  { kind: 'item', cells: ['2', '=SUM(A4:A5)', '0012', '6.30', '医政处\n规划处', '  前后有空格  '] },
  { kind: 'section', title: '二、加强公共卫生服务' },
  { kind: 'item', cells: ['3', '370102199001011234', '+86 531 1234', '12.31', '甲\t乙', '=A1'] },
];

describe('pastedRows from LibreOffice Calc (captured)', () => {
  const rows = paste('libreoffice/calc-sample');

  it('keeps the line breaks its text turned into spaces, from its HTML', () => {
    expect(read('libreoffice/calc-sample.txt')).toContain('预约； ②');
    expect(rows[1]).toEqual(SAMPLE[1]);
  });

  it('makes section rows of a title merged across and of a title alone in 序号', () => {
    expect(rows[0]).toEqual(SAMPLE[0]);
    expect(rows[3]).toEqual(SAMPLE[3]);
  });

  it('repeats a cell merged down in each of its rows, and keeps =, leading 0, +, 18 digits, spaces and a tab as written', () => {
    expect(rows[2]).toEqual(SAMPLE[2]);
    expect(rows[4]).toEqual(SAMPLE[4]);
    expect(rows).toHaveLength(5);
  });
});

describe('pastedRows from the X clipboard, as Calc and Writer put it there (captured with xclip)', () => {
  it('reads Calc’s block cell by cell as the sample: line breaks, sections, merged-down cell, =, 0, +, 18 digits, spaces, tab', () => {
    expect(read('x11/calc-sample.targets.txt').split('\n')).toEqual(
      expect.arrayContaining(['text/plain;charset=utf-8', 'text/html']),
    );
    expect(read('x11/calc-sample.txt')).toContain('预约； ②');
    expect(paste('x11/calc-sample')).toEqual(SAMPLE);
  });

  it('reads Writer’s table whole: two paragraphs in a cell, a cell merged down, the merged title a section', () => {
    expect(paste('x11/writer-table')).toEqual([
      { kind: 'item', cells: ['推进诊疗精准预约', '①第一条；\n②第二条', '医政处'] },
      { kind: 'item', cells: ['推广“一站式”服务', '目标乙', '医政处'] },
      { kind: 'section', title: '（二）加强公共卫生服务' },
    ]);
  });
});

describe('pastedRows from Excel and WPS (from their documentation)', () => {
  it.each(['documented/excel-sample', 'documented/wps-sample'])('reads %s cell by cell as the sample', (base) => {
    expect(paste(base)).toEqual(SAMPLE);
  });
});

describe('pastedRows from a Writer table (captured)', () => {
  it('keeps a cell of two paragraphs whole, repeats the cell merged down, and makes the merged title a section', () => {
    expect(paste('libreoffice/writer-table')).toEqual([
      { kind: 'item', cells: ['推进诊疗精准预约', '①第一条；\n②第二条', '医政处'] },
      { kind: 'item', cells: ['推广“一站式”服务', '目标乙', '医政处'] },
      { kind: 'section', title: '（二）加强公共卫生服务' },
    ]);
  });
});

describe('pastedRows from plain text', () => {
  it('reads Excel’s quoting: a quoted cell keeps its line breaks, tabs and doubled quotes', () => {
    expect(pastedRows('a\t"b\n""c""\td"\r\n', '')).toEqual([{ kind: 'item', cells: ['a', 'b\n"c"\td'] }]);
  });

  it('keeps a lone cell that reads like a title as a cell: one value is never a section row', () => {
    expect(pastedRows('（一）加强服务', '')).toEqual([{ kind: 'item', cells: ['（一）加强服务'] }]);
  });
});

describe('startsWithNumbers', () => {
  it('sees a whole table’s 序号 column, and not a block of plan columns', () => {
    expect(startsWithNumbers(SAMPLE)).toBe(true);
    expect(startsWithNumbers([{ kind: 'item', cells: ['推进诊疗精准预约', '目标'] }])).toBe(false);
  });
});

describe('singleCellText', () => {
  it('gives a single multi-line cell copied from Excel unquoted, without the trailing line break', () => {
    expect(singleCellText('"①第一条；\n②第二条"\r\n', '')).toBe('①第一条；\n②第二条');
  });

  it('is null for more than one cell', () => {
    expect(singleCellText('a\tb\r\n', '')).toBeNull();
  });
});

describe('the round trip app → LibreOffice Calc → app (captured)', () => {
  it.each(['peidang-bairi-gongjian-2023', 'quarterly-yiyuan-2026'])('leaves every cell of %s unchanged', (plan) => {
    const expected = seededPaste(`${plan}.json`);
    // In Calc: every cell text, as written (nothing turned into a number, a date or a formula).
    const calc = JSON.parse(read(`libreoffice/${plan}.calc-cells.json`)) as { text: string; type: string }[][];
    const width = calc[0]!.length;
    const asTyped = expected.map((r) =>
      r.kind === 'section' ? [r.title, ...Array<string>(width - 1).fill('')] : r.cells,
    );
    expect(calc.map((line) => line.map((c) => c.text))).toEqual(asTyped);
    expect(calc.flat().filter((c) => c.type !== 'TEXT' && c.type !== 'EMPTY')).toEqual([]);
    // Copied again from Calc and pasted into the app: the same rows and cells.
    expect(paste(`libreoffice/${plan}.calc`)).toEqual(expected);
  });
});
