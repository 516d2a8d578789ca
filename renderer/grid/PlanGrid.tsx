// The AG Grid wrapper: a spreadsheet-like grid over one plan, with a block selection, the system clipboard,
// in-place multi-line editing and row drag. It edits only through the PlanDoc it is given; each concern is a hook.
import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule,
  ModuleRegistry,
  type CellEditRequestEvent,
  type FirstDataRenderedEvent,
  type GetRowIdParams,
  type RowClassParams,
} from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import { numberRows } from '../../shared/domain/numbering';
import { gridTheme } from './grid-theme';
import { isDataCol, SEQ_COL } from './grid-ids';
import type { PlanGridHandle, PlanGridProps } from './grid-types';
import { useGridCore } from './use-grid-core';
import { useSelection } from './use-selection';
import { useGridClipboard } from './use-grid-clipboard';
import { useGridKeys } from './use-grid-keys';
import { useRowHeights } from './use-row-heights';
import { useColumnWidths } from './use-column-widths';
import { useGridFocus } from './use-grid-focus';
import { EditHint } from './edit-hint';
import { useDrag } from './use-drag';
import { useRowDrag } from './use-row-drag';
import { useColumnDefs } from './use-column-defs';
import { useCellMenu } from './use-cell-menu';
import { useExternalFilter } from './use-external-filter';
import { useEditCommit } from './use-edit-commit';
import { useScrollPlace } from './use-scroll-place';

export type { PlanGridHandle, PlanGridProps, SelectionInfo } from './grid-types';

ModuleRegistry.registerModules([AllCommunityModule]);

const getRowId = (p: GetRowIdParams<Row>) => p.data.id;
const getRowClass = (p: RowClassParams<Row>) => (p.data?.kind === 'section' ? 'pd-section-row' : undefined);
const EMPTY_HINT =
  "<span class='pd-empty'>这个方案还没有内容。点击工具栏的「插入行」开始填写，或从 Excel 复制后按 Ctrl+V 粘贴。</span>";

export const PlanGrid = forwardRef<PlanGridHandle, PlanGridProps>(function PlanGrid(props, ref) {
  const {
    doc,
    passes,
    findHits,
    findCurrent,
    onSelectionChange,
    onContextMenu,
    progress,
    onOpenProgress,
    units,
    onError,
    onAddRow,
  } = props;
  const { plan, rows } = doc.snapshot;
  const numbers = useMemo(() => numberRows(rows, plan.numbering), [rows, plan.numbering]);
  const host = useRef<HTMLDivElement>(null);
  const core = useGridCore(doc, numbers, passes);
  const selection = useSelection(core, onSelectionChange);
  const clipboard = useGridClipboard(core, selection, host, onError);
  const defaultColDef = useGridKeys(core, clipboard, selection, onAddRow);
  const { getRowHeight, refreshHeights } = useRowHeights(core);
  const onColumnResized = useColumnWidths(core, refreshHeights);
  const [editHint] = useState(() => new EditHint());
  const focus = useGridFocus(core, selection, refreshHeights, editHint);
  const drag = useDrag(core, selection);
  useRowDrag(core, selection, focus, host);
  const marks = useMemo(() => ({ findHits, findCurrent }), [findHits, findCurrent]);
  const columnDefs = useColumnDefs(core, selection, plan, numbers, marks, progress, units, rows);
  const menu = useCellMenu(core, selection, onContextMenu, onOpenProgress);
  const filter = useExternalFilter(core, selection, passes);
  useEditCommit(core);
  const { onBodyScrollEnd, restore: restorePlace } = useScrollPlace(core, plan.id);
  const onFirstDataRendered = useCallback(
    (e: FirstDataRenderedEvent<Row>) => {
      refreshHeights();
      restorePlace(e.api);
    },
    [refreshHeights, restorePlace],
  );
  const { doc: docRef, colIds } = core;

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<Row, string>) => {
      const colId = e.column.getColId();
      const value = typeof e.newValue === 'string' ? e.newValue : '';
      void docRef.current.setCells(
        [{ rowId: e.data.id, key: colId === SEQ_COL ? 'title' : colId, value }],
        [],
        undefined,
        'typed',
      );
    },
    [docRef],
  );

  useImperativeHandle(
    ref,
    () => ({
      focusCell: focus.focusCell,
      refocus: () => {
        const r = selection.current();
        const col = r ? colIds()[r.focus.col] : undefined;
        if (r && col) selection.focusKeeping(r.focus.row, col);
      },
      focusAfterUpdate: focus.focusAfterUpdate,
      followRows: focus.followRows,
      stopFollowing: focus.stopFollowing,
      selection: selection.info,
      copy: clipboard.copy,
      paste: clipboard.paste,
      clear: () => clipboard.clear(),
      cut: () => {
        const out = clipboard.copy();
        clipboard.clear('剪切');
        return out;
      },
      fillDown: clipboard.fillDown,
      focusedColumn: () => {
        const r = selection.current();
        const col = r ? colIds()[r.focus.col] : undefined;
        return col && isDataCol(col) ? col : null;
      },
      focusedCell: () => {
        const r = selection.current();
        const colId = r ? colIds()[r.focus.col] : undefined;
        const row = r ? core.api.current?.getDisplayedRowAtIndex(r.focus.row)?.data : undefined;
        return row && colId ? { rowId: row.id, colId } : null;
      },
    }),
    [focus, selection, clipboard, colIds, core.api],
  );

  return (
    <div ref={host} className="pd-grid" onMouseDown={drag.onMouseDown}>
      <AgGridReact<Row>
        theme={gridTheme}
        rowData={rows as Row[]}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        getRowClass={getRowClass}
        getRowHeight={getRowHeight}
        onFirstDataRendered={onFirstDataRendered}
        onBodyScrollEnd={onBodyScrollEnd}
        onColumnResized={onColumnResized}
        onDisplayedColumnsChanged={refreshHeights}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        singleClickEdit={false}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        onCellFocused={selection.onCellFocused}
        onCellMouseOver={drag.onCellMouseOver}
        onCellContextMenu={menu.onCellContextMenu}
        onCellDoubleClicked={menu.onCellDoubleClicked}
        preventDefaultOnContextMenu
        isExternalFilterPresent={filter.isExternalFilterPresent}
        doesExternalFilterPass={filter.doesExternalFilterPass}
        suppressScrollOnNewData
        // A plan has a dozen columns: all are drawn for the rows in view, so that a column scrolled out of sight
        // (the 进展 column at the right) is still there for keys, find and the tests' eyes.
        suppressColumnVirtualisation
        animateRows={false}
        tooltipShowDelay={400}
        onGridReady={core.onGridReady}
        context={editHint}
        onRowDataUpdated={focus.onRowDataUpdated}
        overlayNoRowsTemplate={EMPTY_HINT}
      />
    </div>
  );
});
