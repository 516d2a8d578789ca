// The grid's own column ids (序号, 进展) beside the plan's, the key of a cell in find's marks, and the cell under a
// mouse event.

export const SEQ_COL = 'seq';
/** The column of each row's progress (进展) in the period in view; not a column of the plan. */
export const PROGRESS_COL = '_progress';

/** Columns that hold plan data a paste or Delete may change (not 序号, not 进展). */
export function isDataCol(colId: string): boolean {
  return colId !== SEQ_COL && !colId.startsWith('_');
}

/** A cell as find marks it: its row id and column id. */
export const hitKey = (rowId: string, colId: string) => `${rowId}\u0000${colId}`;

/** The grid cell under a mouse event, read from the page (AG Grid tells of it only after its focus moved). */
export function cellUnder(e: MouseEvent): { el: Element; rowIndex: number; colId: string } | null {
  const el = e.target instanceof Element ? e.target.closest('.ag-cell') : null;
  const rowIndex = Number(el?.closest('.ag-row')?.getAttribute('row-index'));
  const colId = el?.getAttribute('col-id');
  return el && colId && Number.isInteger(rowIndex) ? { el, rowIndex, colId } : null;
}
