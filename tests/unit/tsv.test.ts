// Clipboard text as Excel and WPS write it.
import { describe, expect, it } from 'vitest';
import { formatTsv, parseTsv } from '../../shared/text/tsv';

describe('parseTsv', () => {
  it('keeps a quoted multi-line cell as one cell when pasting from Excel', () => {
    const text = '1\t"①甲；\r\n②乙"\t8月20日前\r\n2\t丙\t6月底前\r\n';
    expect(parseTsv(text)).toEqual([
      ['1', '①甲；\n②乙', '8月20日前'],
      ['2', '丙', '6月底前'],
    ]);
  });

  it('reads doubled quotes inside a quoted cell as one quote', () => {
    expect(parseTsv('"他说""好""\n第二行"\tx')).toEqual([['他说"好"\n第二行', 'x']]);
  });

  it('keeps empty cells at the end of a row', () => {
    expect(parseTsv('a\t\t\r\n')).toEqual([['a', '', '']]);
  });
});

describe('formatTsv', () => {
  it('writes what parseTsv reads back, line breaks and quotes included', () => {
    const rows = [
      ['推进诊疗精准预约', '①在三级公立医院；\n②二级以上', '医政处\n规划处'],
      ['"引号"开头', 'a\tb', ''],
    ];
    expect(parseTsv(formatTsv(rows))).toEqual(rows);
  });

  it('quotes only cells with tabs, line breaks or a leading quote, as Excel does', () => {
    expect(formatTsv([['说"好"', 'a\nb']])).toBe('说"好"\t"a\nb"\r\n');
  });
});
