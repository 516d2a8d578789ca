// 排序: a plan's items put in the order of one column, each within its section (a section keeps its place and its
// items), as a clerk sorts a 配档表 by 牵头处室 or by 完成时限. Empty cells go last either way; ties keep their order.
import { readDeadline } from './deadline';
import type { Plan, Row } from './plan';

export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true, sensitivity: 'base' });

/** The ids of the plan's rows in their new order. `today` (YYYY-MM-DD) places recurring deadlines. */
export function sortedRowIds(
  plan: Pick<Plan, 'columns' | 'year'>,
  rows: readonly Row[],
  key: string,
  direction: SortDirection,
  today: string,
): string[] {
  const column = plan.columns.find((c) => c.key === key);
  // A 完成时限 sorts by the date it is read as (6月底前 before 年底前); one that names no date goes last.
  const sortKey = (row: Row): string => {
    const text = (row.cells[key] ?? '').trim();
    if (column?.role !== 'deadline' || text === '') return text;
    return readDeadline(text, plan.year, today).due ?? '';
  };
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: { row: Row; key: string; at: number }, b: { row: Row; key: string; at: number }): number => {
    if (a.key === '' || b.key === '') return a.key === b.key ? a.at - b.at : a.key === '' ? 1 : -1;
    return sign * collator.compare(a.key, b.key) || a.at - b.at;
  };
  const out: string[] = [];
  let group: { row: Row; key: string; at: number }[] = [];
  const flush = () => {
    out.push(...group.sort(compare).map((g) => g.row.id));
    group = [];
  };
  rows.forEach((row, at) => {
    if (row.kind === 'section') {
      flush();
      out.push(row.id);
    } else group.push({ row, key: sortKey(row), at });
  });
  flush();
  return out;
}
