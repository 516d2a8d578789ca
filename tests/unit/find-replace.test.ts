// 查找和替换 over a plan's rows: what is found, and what replacing it writes.
import { describe, expect, it } from 'vitest';
import { findMatches, replaceEdits } from '../../shared/domain/find-replace';
import type { ColumnDef, Row } from '../../shared/domain/plan';

const columns: ColumnDef[] = [
  { key: 'measure', label: '行动措施', role: 'text', width: 20 },
  { key: 'lead', label: '牵头处室', role: 'unit', width: 10 },
  { key: 'note', label: '备注', role: 'text', width: 10, hidden: true },
];
const rows: Row[] = [
  { id: 's', kind: 'section', title: '一、医政处牵头的事项', cells: {} },
  {
    id: 'a',
    kind: 'item',
    title: '',
    cells: { measure: '医政处会同医政处下属科室推进', lead: '医政处', note: '医政处' },
  },
  { id: 'b', kind: 'item', title: '', cells: { measure: '推进 CT 检查预约', lead: '规划处' } },
];

describe('find and replace', () => {
  it('finds every visible cell and section title holding the text, in reading order, letters in either case', () => {
    expect(findMatches({ columns }, rows, ' 医政处 ')).toEqual([
      { rowId: 's', key: 'title' },
      { rowId: 'a', key: 'measure' },
      { rowId: 'a', key: 'lead' },
    ]);
    expect(findMatches({ columns }, rows, 'ct')).toEqual([{ rowId: 'b', key: 'measure' }]);
    expect(findMatches({ columns }, rows, '  ')).toEqual([]);
  });

  it('replaces every occurrence in each matched cell, and takes what the clerk typed as written', () => {
    const matches = findMatches({ columns }, rows, '医政处');
    expect(replaceEdits(rows, matches, '医政处', '医政医管处')).toEqual([
      { rowId: 's', key: 'title', value: '一、医政医管处牵头的事项' },
      { rowId: 'a', key: 'measure', value: '医政医管处会同医政医管处下属科室推进' },
      { rowId: 'a', key: 'lead', value: '医政医管处' },
    ]);
    expect(replaceEdits(rows, findMatches({ columns }, rows, 'Ct'), 'Ct', '$&（$1）')).toEqual([
      { rowId: 'b', key: 'measure', value: '推进 $&（$1） 检查预约' },
    ]);
    expect(replaceEdits(rows, findMatches({ columns }, rows, '(预约'), '(预约', 'x')).toEqual([]);
  });
});
