// A GridView over plain rows, as the grid shows them unfiltered: 序号 first, then the plan's columns.
import type { Row } from '../../../shared/domain/plan';
import type { GridView } from '../../../renderer/grid/clipboard';
import { SEQ_COL } from '../../../renderer/grid/grid-ids';

export const item = (id: string, cells: Record<string, string> = {}): Row => ({ id, kind: 'item', title: '', cells });
export const section = (id: string, title: string): Row => ({ id, kind: 'section', title, cells: {} });

export function gridView(rows: Row[], columns: string[], filtered = false): GridView {
  const numbers = new Map(rows.filter((r) => r.kind === 'item').map((r, i) => [r.id, i + 1]));
  return {
    rowAt: (i) => rows[i],
    rowCount: rows.length,
    colIds: [SEQ_COL, ...columns],
    textOf: (row, colId) => (colId === SEQ_COL ? String(numbers.get(row.id) ?? '') : (row.cells[colId] ?? '')),
    filtered,
  };
}
