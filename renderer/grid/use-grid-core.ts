// What every concern of the grid shares: AG Grid's api once it is ready, the displayed columns, and the grid seen as
// a plain table (GridView) for the pure rules of clipboard.ts.
import { useCallback, useRef, type RefObject } from 'react';
import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import type { PlanDoc } from '../features/editor/use-plan-doc';
import type { CellPos } from './cell-range';
import type { GridView } from './clipboard';
import { SEQ_COL } from './grid-ids';
import { useLatest } from '../app/use-latest';

export interface GridCore {
  api: RefObject<GridApi<Row> | undefined>;
  doc: RefObject<PlanDoc>;
  passes: RefObject<((row: Row) => boolean) | null>;
  onGridReady: (e: GridReadyEvent<Row>) => void;
  colIds: () => string[];
  /** A cell's position in display coordinates. */
  cellPos: (rowIndex: number | null, colId: string) => CellPos;
  view: () => GridView;
  isEditing: () => boolean;
}

export function useGridCore(
  doc: PlanDoc,
  numbers: ReadonlyMap<string, number>,
  passes: ((row: Row) => boolean) | null,
): GridCore {
  const api = useRef<GridApi<Row>>(undefined);
  const latestDoc = useLatest(doc);
  const latestNumbers = useLatest(numbers);
  const latestPasses = useLatest(passes);
  const onGridReady = useCallback((e: GridReadyEvent<Row>) => {
    api.current = e.api;
  }, []);
  const colIds = useCallback((): string[] => api.current?.getAllDisplayedColumns().map((c) => c.getColId()) ?? [], []);
  const cellPos = useCallback(
    (rowIndex: number | null, colId: string): CellPos => ({
      row: rowIndex ?? 0,
      col: Math.max(0, colIds().indexOf(colId)),
    }),
    [colIds],
  );
  const view = useCallback((): GridView => {
    const g = api.current;
    return {
      rowAt: (i) => g?.getDisplayedRowAtIndex(i)?.data,
      rowCount: g?.getDisplayedRowCount() ?? 0,
      colIds: colIds(),
      textOf: (row, colId) =>
        colId === SEQ_COL ? String(latestNumbers.current.get(row.id) ?? '') : (row.cells[colId] ?? ''),
      filtered: latestPasses.current !== null,
    };
  }, [colIds, latestNumbers, latestPasses]);
  const isEditing = useCallback(() => (api.current?.getEditingCells().length ?? 0) > 0, []);
  return { api, doc: latestDoc, passes: latestPasses, onGridReady, colIds, cellPos, view, isEditing };
}
