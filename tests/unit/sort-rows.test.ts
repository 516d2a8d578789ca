// 排序 of a plan's rows: within each section, by text in pinyin order or by the date a 完成时限 is read as.
import { describe, expect, it } from 'vitest';
import { sortedRowIds } from '../../shared/domain/sort-rows';
import type { ColumnDef, Row } from '../../shared/domain/plan';

const columns: ColumnDef[] = [
  { key: 'measure', label: '行动措施', role: 'text', width: 20 },
  { key: 'deadline', label: '完成时限', role: 'deadline', width: 10 },
  { key: 'lead', label: '牵头处室', role: 'unit', width: 10 },
];
const item = (id: string, deadline: string, lead: string): Row => ({
  id,
  kind: 'item',
  title: '',
  cells: { measure: id, deadline, lead },
});
const section = (id: string): Row => ({ id, kind: 'section', title: id, cells: {} });
const rows: Row[] = [
  item('a0', '12月底前', '医政处'),
  section('一'),
  item('a', '年底前', '医政处'),
  item('b', '6月底前', '规划处'),
  item('c', '长期坚持', ''),
  item('d', '8月20日前', '妇幼处'),
  section('二'),
  item('e', '9月底前', '医政处'),
  item('f', '3月底前', '规划处'),
];
const plan = { columns, year: 2026 };

describe('sorting a plan', () => {
  it('sorts each section’s items by the date their 完成时限 is read as, one without a date last', () => {
    expect(sortedRowIds(plan, rows, 'deadline', 'asc', '2026-01-01')).toEqual([
      'a0',
      '一',
      'b',
      'd',
      'a',
      'c',
      '二',
      'f',
      'e',
    ]);
    expect(sortedRowIds(plan, rows, 'deadline', 'desc', '2026-01-01')).toEqual([
      'a0',
      '一',
      'a',
      'd',
      'b',
      'c',
      '二',
      'e',
      'f',
    ]);
  });

  it('sorts text in pinyin order (妇 f, 规 g, 医 y), empty cells last, ties in their old order', () => {
    expect(sortedRowIds(plan, rows, 'lead', 'asc', '2026-01-01')).toEqual([
      'a0',
      '一',
      'd',
      'b',
      'a',
      'c',
      '二',
      'f',
      'e',
    ]);
    expect(
      sortedRowIds(plan, [item('x', '', '医政处'), item('y', '', '医政处')], 'lead', 'desc', '2026-01-01'),
    ).toEqual(['x', 'y']);
  });
});
