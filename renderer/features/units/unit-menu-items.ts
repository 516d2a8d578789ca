// The cell menu's offer for a unit cell naming units the 单位名录 lacks: 「加入单位名录：X」, one click, one action.
import type { Plan, Row } from '../../../shared/domain/plan';
import { unknownUnits, type Unit } from '../../../shared/domain/unit-directory';
import { splitUnits } from '../../../shared/domain/units';
import type { MenuItem } from '../editor/ContextMenu';

/** At most this many names are offered: a cell naming more is a list to sort out in the 单位名录 itself. */
const MAX_OFFERED = 5;

/** The names of the cell (a unit column's) that the directory does not know, each to be added with one click. */
export function unitMenuItems(
  cell: { rowId: string; colId: string } | null,
  plan: Plan,
  rows: readonly Row[],
  directory: readonly Unit[],
  add: (name: string) => void,
): (MenuItem | 'sep')[] {
  if (!cell || !plan.columns.some((c) => c.key === cell.colId && c.role === 'unit')) return [];
  const row = rows.find((r) => r.id === cell.rowId);
  if (row?.kind !== 'item') return [];
  const unknown = unknownUnits(directory, splitUnits(row.cells[cell.colId] ?? ''));
  if (unknown.length === 0) return [];
  const items = unknown.slice(0, MAX_OFFERED).map((name) => ({ label: `加入单位名录：${name}`, run: () => add(name) }));
  return [...items, 'sep'];
}
