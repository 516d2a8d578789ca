// The context menu's 修改记录 entries: of the cell right-clicked (its column), or of its whole row.
import { useCallback, useState, type RefObject } from 'react';
import type { Plan } from '../../../shared/domain/plan';
import type { PlanGridHandle } from '../../grid/PlanGrid';
import { PROGRESS_COL, SEQ_COL } from '../../grid/grid-ids';
import type { MenuItem } from '../editor/ContextMenu';
import type { HistoryTarget } from './HistoryDialog';

/** The history key and name of a grid column: a plan column, the section title under 序号, or 进展. */
function keyOf(plan: Plan, colId: string): { key: string; name: string } {
  if (colId === SEQ_COL) return { key: 'title', name: '分组行' };
  if (colId === PROGRESS_COL) return { key: 'progress', name: '进展' };
  return { key: colId, name: plan.columns.find((c) => c.key === colId)?.label ?? colId };
}

export function useHistoryMenu(plan: Plan, grid: RefObject<PlanGridHandle | null>) {
  const [target, setTarget] = useState<HistoryTarget | null>(null);
  const open = useCallback(
    (whole: boolean) => {
      const cell = grid.current?.focusedCell();
      if (!cell) return;
      const { key, name } = keyOf(plan, cell.colId);
      setTarget(whole ? { rowId: cell.rowId, key: null, name: '本行' } : { rowId: cell.rowId, key, name });
    },
    [plan, grid],
  );
  const close = useCallback(() => {
    setTarget(null);
    grid.current?.refocus();
  }, [grid]);
  const items = (hasRows: boolean): MenuItem[] => [
    { label: '本格修改记录…', run: () => open(false), disabled: !hasRows },
    { label: '本行修改记录…', run: () => open(true), disabled: !hasRows },
  ];
  return { target, items, close };
}
