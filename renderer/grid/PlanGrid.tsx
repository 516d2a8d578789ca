// The AG Grid wrapper: a spreadsheet-like grid over one plan, with a block selection, the system clipboard,
// in-place multi-line editing and row drag. It edits only through the PlanDoc it is given.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellClassRules,
  type CellContextMenuEvent,
  type CellDoubleClickedEvent,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type CellMouseOverEvent,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type RowClassParams,
  type RowHeightParams,
  type ColumnResizedEvent,
  type IRowNode,
  type RowDragEndEvent,
  type SuppressKeyboardEventParams,
} from 'ag-grid-community';
import type { Row } from '../../shared/domain/plan';
import type { ProgressStatus } from '../../shared/domain/progress';
import { suggestUnits, type Unit } from '../../shared/domain/unit-directory';
import { numberRows } from '../../shared/domain/numbering';
import { dueStatus, dueTooltip, localToday } from '../../shared/domain/due-status';
import { pastedBlock } from './html-table';
import type { PlanDoc } from '../features/editor/use-plan-doc';
import { boundsOf, contains, isSingleCell, type Bounds, type CellRange } from './cell-range';
import { clearEdits, copyText, fillDownEdits, pasteEdits, type GridView } from './clipboard';
import { buildColumnDefs, DEFAULT_COL_DEF, isDataCol, PROGRESS_COL, SEQ_COL, widthsAfterResize } from './columns';
import { FIXED_ROWS_FOR_BENCH, FONT_FAMILY, FONT_PX, MIN_ROW_PX, RowHeights } from './row-heights';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({
  fontFamily: FONT_FAMILY,
  fontSize: FONT_PX,
  headerFontSize: 14,
  headerFontWeight: 700,
  headerBackgroundColor: '#eef2f7',
  wrapperBorderRadius: 0,
  borderColor: '#c9d1dc',
  rowBorder: { color: '#d5dbe3' },
  columnBorder: { color: '#d5dbe3' },
  headerColumnBorder: { color: '#c9d1dc' },
  cellHorizontalPadding: 8,
  rowHeight: MIN_ROW_PX,
  headerHeight: 36,
  accentColor: '#1f6feb',
  selectedRowBackgroundColor: 'transparent',
});

export interface SelectionInfo {
  rows: Row[];
  bounds: Bounds | null;
}

export interface PlanGridHandle {
  focusCell: (rowId: string, colId?: string) => void;
  /** Gives the keyboard back to the grid, on the selected cell, keeping the selected block. */
  refocus: () => void;
  /** Focuses (and optionally edits) a row once the grid shows the change that created or moved it. */
  focusAfterUpdate: (rowId: string, edit?: boolean) => void;
  selection: () => SelectionInfo;
  copy: () => string;
  /** Pastes clipboard text (and its HTML, when there is some: a table copied from Word keeps its cells whole). */
  paste: (text: string, html?: string) => void;
  clear: () => void;
  /** 剪切: the block's text for the clipboard, the block emptied (one action). */
  cut: () => string;
  /** 向下填充 (Ctrl+D). */
  fillDown: () => void;
  /** The plan column of the selected cell, if it is one (not 序号 or 进展). */
  focusedColumn: () => string | null;
}

export interface PlanGridProps {
  doc: PlanDoc;
  /** The external filter (by unit), or null for none. */
  passes: ((row: Row) => boolean) | null;
  /** Cells that find matched, as rowId + colId keys, and the current one. */
  findHits: ReadonlySet<string>;
  findCurrent: string | null;
  onSelectionChange: (info: SelectionInfo) => void;
  onContextMenu: (x: number, y: number) => void;
  /** Each row's progress in the period in view, for the 进展 column (none when it is hidden). */
  progress: { header: string; statusOf: (rowId: string) => ProgressStatus | undefined } | null;
  /** A double click on the 进展 column. */
  onOpenProgress: () => void;
  /** The directory of units, for completion in unit columns. */
  units: readonly Unit[];
}

const getRowId = (p: GetRowIdParams<Row>) => p.data.id;
const getRowClass = (p: RowClassParams<Row>) => (p.data?.kind === 'section' ? 'pd-section-row' : undefined);

export const hitKey = (rowId: string, colId: string) => `${rowId}\u0000${colId}`;

/** Keys that move the focus in the grid; with Shift they extend the selection. */
const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Tab', 'Enter']);

export const PlanGrid = forwardRef<PlanGridHandle, PlanGridProps>(function PlanGrid(props, ref) {
  const { doc, passes, findHits, findCurrent, onSelectionChange, onContextMenu, progress, onOpenProgress, units } = props;
  const unitsRef = useRef(units);
  unitsRef.current = units;
  const { plan, rows } = doc.snapshot;
  const api = useRef<GridApi<Row>>(undefined);
  const range = useRef<CellRange | null>(null);
  const shiftHeld = useRef(false);
  /** Whether Shift was down at the last click or focus-moving key. */
  const shiftAtMove = useRef(false);
  const keepRange = useRef(false);
  const dragging = useRef(false);
  const numbers = useMemo(() => numberRows(rows, plan.numbering), [rows, plan.numbering]);
  const numbersRef = useRef(numbers);
  numbersRef.current = numbers;
  const findRef = useRef({ hits: findHits, current: findCurrent });
  findRef.current = { hits: findHits, current: findCurrent };
  const passesRef = useRef(passes);
  passesRef.current = passes;
  const docRef = useRef(doc);
  docRef.current = doc;

  const colIds = useCallback((): string[] => api.current?.getAllDisplayedColumns().map((c) => c.getColId()) ?? [], []);

  const view = useCallback((): GridView => {
    const g = api.current;
    return {
      rowAt: (i) => g?.getDisplayedRowAtIndex(i)?.data,
      rowCount: g?.getDisplayedRowCount() ?? 0,
      colIds: colIds(),
      textOf: (row, colId) => (colId === SEQ_COL ? String(numbersRef.current.get(row.id) ?? '') : (row.cells[colId] ?? '')),
      filtered: passesRef.current !== null,
    };
  }, [colIds]);

  const classRules = useCallback(
    (colId: string): CellClassRules<Row, string> => {
      const inRange = (rowIndex: number) => {
        const r = range.current;
        if (!r) return false;
        const b = boundsOf(r);
        return !isSingleCell(b) && contains(b, rowIndex, colIds().indexOf(colId));
      };
      const hit = (id: string | undefined) => (id ? hitKey(id, colId) : '');
      return {
        'pd-in-range': (p) => inRange(p.rowIndex),
        'pd-find-hit': (p) => findRef.current.hits.has(hit(p.data?.id)) && hit(p.data?.id) !== findRef.current.current,
        'pd-find-current': (p) => hit(p.data?.id) === findRef.current.current,
      };
    },
    [colIds],
  );

  const today = localToday(new Date());
  const columnDefs = useMemo(
    () =>
      buildColumnDefs(plan, {
        numberOf: (id) => numbersRef.current.get(id),
        classRules,
        dueOf: (rowId, text) => (progress?.statusOf(rowId) === 'done' ? 'none' : dueStatus(text, plan.year, today)),
        dueTip: (text) => dueTooltip(text, plan.year, today),
        progress,
        suggestUnits: (typed) => suggestUnits(unitsRef.current, typed),
      }),
    [plan, classRules, today, progress],
  );

  const publishSelection = useCallback(() => {
    const r = range.current;
    const g = api.current;
    if (!r || !g) {
      onSelectionChange({ rows: [], bounds: null });
      return;
    }
    const b = boundsOf(r);
    const picked: Row[] = [];
    for (let i = b.top; i <= b.bottom; i++) {
      const d = g.getDisplayedRowAtIndex(i)?.data;
      if (d) picked.push(d);
    }
    onSelectionChange({ rows: picked, bounds: b });
  }, [onSelectionChange]);

  const setRange = useCallback(
    (next: CellRange | null) => {
      const g = api.current;
      const before = range.current ? boundsOf(range.current) : null;
      range.current = next;
      const after = next ? boundsOf(next) : null;
      if (g) {
        const nodes: IRowNode<Row>[] = [];
        const top = Math.min(before?.top ?? Infinity, after?.top ?? Infinity);
        const bottom = Math.max(before?.bottom ?? -1, after?.bottom ?? -1);
        for (let i = top; i <= bottom; i++) {
          const n = g.getDisplayedRowAtIndex(i);
          if (n) nodes.push(n);
        }
        if (nodes.length > 0) g.refreshCells({ rowNodes: nodes, suppressFlash: true });
      }
      publishSelection();
    },
    [publishSelection],
  );

  // 序号 and find marks depend on more than a row's own data: redraw them when those change.
  useEffect(() => {
    api.current?.refreshCells({ columns: [SEQ_COL], force: true, suppressFlash: true });
  }, [numbers]);
  useEffect(() => {
    api.current?.refreshCells({ suppressFlash: true });
  }, [findHits, findCurrent]);
  useEffect(() => {
    api.current?.onFilterChanged();
    range.current = null;
    publishSelection();
  }, [passes, publishSelection]);

  const cellPos = (rowIndex: number | null, colId: string) => ({ row: rowIndex ?? 0, col: Math.max(0, colIds().indexOf(colId)) });

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<Row>) => {
      if (e.rowIndex === null || !e.column || typeof e.column === 'string') return;
      if (keepRange.current) return;
      const pos = cellPos(e.rowIndex, e.column.getColId());
      // Shift as it was at the click or key that moved the focus (this event comes a moment later); used once, so
      // that a focus moved by the app (find, go to) never extends the selection.
      const extend = shiftAtMove.current;
      shiftAtMove.current = false;
      if (extend && range.current) setRange({ anchor: range.current.anchor, focus: pos });
      else setRange({ anchor: pos, focus: pos });
    },
    [setRange],
  );

  const onCellMouseOver = useCallback(
    (e: CellMouseOverEvent<Row>) => {
      if (!dragging.current || !range.current || e.rowIndex === null) return;
      const pos = cellPos(e.rowIndex, e.column.getColId());
      const f = range.current.focus;
      if (f.row !== pos.row || f.col !== pos.col) setRange({ anchor: range.current.anchor, focus: pos });
    },
    [setRange],
  );

  useEffect(() => {
    const up = () => (dragging.current = false);
    const key = (e: KeyboardEvent | MouseEvent) => {
      shiftHeld.current = e.shiftKey;
      // A click, or a key that moves the focus: whether it extends the selection is known now, the focus later.
      if (e.type === 'mousedown' || MOVE_KEYS.has((e as KeyboardEvent).key)) shiftAtMove.current = e.shiftKey;
    };
    window.addEventListener('mouseup', up);
    window.addEventListener('keydown', key, true);
    window.addEventListener('mousedown', key, true);
    return () => {
      window.removeEventListener('mouseup', up);
      window.removeEventListener('keydown', key, true);
      window.removeEventListener('mousedown', key, true);
    };
  }, []);

  const onCellEditRequest = useCallback((e: CellEditRequestEvent<Row, string>) => {
    const colId = e.column.getColId();
    const value = typeof e.newValue === 'string' ? e.newValue : '';
    void docRef.current.setCells([{ rowId: e.data.id, key: colId === SEQ_COL ? 'title' : colId, value }]);
  }, []);

  const onRowDragEnd = useCallback((e: RowDragEndEvent<Row>) => {
    const g = api.current;
    const moved = e.node.data;
    const over = e.overNode;
    if (!g || !moved || !over?.data || over.data.id === moved.id || e.node.rowIndex === null || over.rowIndex === null) return;
    const down = over.rowIndex > e.node.rowIndex;
    const beforeId = down ? (g.getDisplayedRowAtIndex(over.rowIndex + 1)?.data?.id ?? null) : over.data.id;
    void docRef.current.moveRows([moved.id], beforeId);
  }, []);

  const isEditing = () => (api.current?.getEditingCells().length ?? 0) > 0;

  /**
   * The selection as it is now. AG Grid tells of a focus change a moment after it happens: a key pressed right
   * after a click (Ctrl+V, Delete) must act on the cell clicked, and a shift-click on the block it makes.
   */
  const liveRange = useCallback((): CellRange | null => {
    const r = range.current;
    const f = api.current?.getFocusedCell();
    if (!f || f.rowIndex === null || typeof f.column === 'string' || !f.column) return r;
    const pos = cellPos(f.rowIndex, f.column.getColId());
    if (r && r.focus.row === pos.row && r.focus.col === pos.col) return r;
    const next = shiftAtMove.current && r ? { anchor: r.anchor, focus: pos } : { anchor: pos, focus: pos };
    setRange(next);
    return next;
  }, [setRange]);

  const doCopy = useCallback((): { text: string; html: string } | null => {
    const r = liveRange();
    return r ? copyText(view(), boundsOf(r)) : null;
  }, [view, liveRange]);

  const doPaste = useCallback(
    (text: string, html = '') => {
      const r = liveRange();
      if (!r) return;
      const b = boundsOf(r);
      const block = pastedBlock(text, html);
      if (block.length === 0) return;
      const { edits, append } = pasteEdits(view(), b, block);
      if (edits.length === 0 && append.length === 0) return;
      void docRef.current.setCells(edits, append, '粘贴');
      const single = block.length === 1 && block[0]!.length === 1;
      if (!single) {
        const height = block.length;
        const width = Math.max(...block.map((x) => x.length));
        const last = view().colIds.length - 1;
        setRange({ anchor: { row: b.top, col: b.left }, focus: { row: b.top + height - 1, col: Math.min(last, b.left + width - 1) } });
      }
    },
    [view, setRange, liveRange],
  );

  const doClear = useCallback(
    (label = '清除内容') => {
      const r = liveRange();
      if (!r) return;
      const edits = clearEdits(view(), boundsOf(r));
      if (edits.length > 0) void docRef.current.setCells(edits, [], label);
    },
    [view, liveRange],
  );

  const doFillDown = useCallback(() => {
    const r = liveRange();
    if (!r) return;
    const edits = fillDownEdits(view(), boundsOf(r));
    if (edits.length > 0) void docRef.current.setCells(edits, [], '向下填充');
  }, [view, liveRange]);

  // The system clipboard: Ctrl+C / Ctrl+V arrive as copy and paste events on the focused cell.
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const onCopy = (e: ClipboardEvent) => {
      if (isEditing() || !e.clipboardData) return;
      const out = doCopy();
      if (!out) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', out.text);
      e.clipboardData.setData('text/html', out.html);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditing() || !e.clipboardData) return;
      e.preventDefault();
      doPaste(e.clipboardData.getData('text/plain'), e.clipboardData.getData('text/html'));
    };
    // Ctrl+X: the text goes to the clipboard and the cells are emptied at once, one action that Ctrl+Z takes back.
    const onCut = (e: ClipboardEvent) => {
      onCopy(e);
      if (e.defaultPrevented) doClear('剪切');
    };
    el.addEventListener('copy', onCopy);
    el.addEventListener('paste', onPaste);
    el.addEventListener('cut', onCut);
    return () => {
      el.removeEventListener('copy', onCopy);
      el.removeEventListener('paste', onPaste);
      el.removeEventListener('cut', onCut);
    };
  }, [doCopy, doPaste, doClear]);

  const suppressKeyboardEvent = useCallback((p: SuppressKeyboardEventParams<Row>) => {
    const e = p.event;
    if (p.editing) {
      // While the unit list is open, its keys choose a unit instead of ending the edit.
      const suggesting = e.target instanceof HTMLElement && e.target.dataset.suggesting === 'true';
      return (e.key === 'Enter' && e.altKey) || (suggesting && ['Enter', 'Escape', 'ArrowUp', 'ArrowDown', 'Tab'].includes(e.key));
    }
    if (e.key === 'Delete') {
      if (e.type === 'keydown') doClear();
      return true;
    }
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'd') {
      if (e.type === 'keydown') {
        e.preventDefault();
        doFillDown();
      }
      return true;
    }
    // Ctrl+Home / Ctrl+End go to the first / last row, keeping the column, as in Excel.
    if ((e.ctrlKey || e.metaKey) && (e.key === 'Home' || e.key === 'End')) {
      const last = p.api.getDisplayedRowCount() - 1;
      if (e.type === 'keydown' && last >= 0) {
        const target = e.key === 'Home' ? 0 : last;
        p.api.ensureIndexVisible(target);
        p.api.setFocusedCell(target, p.column.getColId());
      }
      return true;
    }
    // Chinese input methods send 'Process': start editing so the composition lands in the editor.
    if (e.key === 'Process' && e.type === 'keydown' && p.node.rowIndex !== null) {
      p.api.startEditingCell({ rowIndex: p.node.rowIndex, colKey: p.column.getColId(), key: 'Process' });
      return true;
    }
    return (e.ctrlKey || e.metaKey || e.altKey) && e.key !== 'c' && e.key !== 'v' && e.key !== 'x' && e.key.length === 1;
  }, [doClear, doFillDown]);

  const defaultColDef = useMemo(() => ({ ...DEFAULT_COL_DEF, suppressKeyboardEvent }), [suppressKeyboardEvent]);

  const focusCell = useCallback((rowId: string, colId?: string) => {
    const g = api.current;
    const node = g?.getRowNode(rowId);
    if (!g || !node || node.rowIndex === null) return;
    const col = node.data?.kind === 'section' ? SEQ_COL : (colId ?? colIds()[1] ?? SEQ_COL);
    g.ensureIndexVisible(node.rowIndex);
    g.ensureColumnVisible(col);
    shiftHeld.current = false;
    g.setFocusedCell(node.rowIndex, col);
  }, [colIds]);

  // Heights follow the text and the column widths: computed for new rows, again for changed rows and widths.
  const heights = useMemo(() => new RowHeights(), []);
  const getRowHeight = useCallback((p: RowHeightParams<Row>) => (p.data ? heights.of(p.data) : undefined), [heights]);
  const refreshHeights = useCallback(() => {
    const g = api.current;
    if (!g || FIXED_ROWS_FOR_BENCH) return;
    heights.setWidths(g.getAllDisplayedColumns().map((c) => ({ colId: c.getColId(), width: c.getActualWidth() })));
    let changed = false;
    g.forEachNode((n) => {
      const h = n.data ? heights.of(n.data) : undefined;
      if (h !== undefined && n.rowHeight !== h) {
        n.setRowHeight(h);
        changed = true;
      }
    });
    if (changed) g.onRowHeightChanged();
  }, [heights]);
  const onColumnResized = useCallback(
    (e: ColumnResizedEvent<Row>) => {
      if (!e.finished) return;
      refreshHeights();
      // A width the clerk dragged is kept, as Excel keeps it: in the plan, for the next opening and for the export.
      if (e.source !== 'uiColumnResized' || !api.current) return;
      const pixels = new Map(api.current.getAllDisplayedColumns().map((c) => [c.getColId(), c.getActualWidth()]));
      const columns = widthsAfterResize(docRef.current.snapshot.plan.columns, pixels);
      if (columns) void docRef.current.setColumns(columns, '调整列宽');
    },
    [refreshHeights],
  );

  const pendingFocus = useRef<{ rowId: string; edit: boolean } | null>(null);
  const onRowDataUpdated = useCallback(() => {
    refreshHeights();
    const p = pendingFocus.current;
    if (!p || !api.current?.getRowNode(p.rowId)) return;
    pendingFocus.current = null;
    focusCell(p.rowId);
    if (p.edit) {
      const node = api.current.getRowNode(p.rowId);
      const col = node?.data?.kind === 'section' ? SEQ_COL : (colIds()[1] ?? SEQ_COL);
      if (node?.rowIndex != null) api.current.startEditingCell({ rowIndex: node.rowIndex, colKey: col });
    }
  }, [focusCell, colIds, refreshHeights]);

  useImperativeHandle(
    ref,
    () => ({
      focusCell,
      refocus: () => {
        const r = range.current;
        const col = r ? colIds()[r.focus.col] : undefined;
        if (!r || !col || !api.current) return;
        keepRange.current = true;
        try {
          api.current.setFocusedCell(r.focus.row, col);
        } finally {
          keepRange.current = false;
        }
      },
      focusAfterUpdate: (rowId, edit = false) => {
        pendingFocus.current = { rowId, edit };
        // The grid may already show the change: then the next frame does it.
        requestAnimationFrame(onRowDataUpdated);
      },
      selection: () => {
        const r = range.current;
        const g = api.current;
        if (!r || !g) return { rows: [], bounds: null };
        const b = boundsOf(r);
        const picked: Row[] = [];
        for (let i = b.top; i <= b.bottom; i++) {
          const d = g.getDisplayedRowAtIndex(i)?.data;
          if (d) picked.push(d);
        }
        return { rows: picked, bounds: b };
      },
      copy: () => doCopy()?.text ?? '',
      paste: doPaste,
      clear: () => doClear(),
      cut: () => {
        const text = doCopy()?.text ?? '';
        doClear('剪切');
        return text;
      },
      fillDown: doFillDown,
      focusedColumn: () => {
        const r = range.current;
        const col = r ? colIds()[r.focus.col] : undefined;
        return col && isDataCol(col) ? col : null;
      },
    }),
    [focusCell, colIds, onRowDataUpdated, doCopy, doPaste, doClear, doFillDown],
  );

  // Grid options must keep their identity across renders: a new function makes the grid redo its work.
  const isExternalFilterPresent = useCallback(() => passesRef.current !== null, []);
  const doesExternalFilterPass = useCallback((node: IRowNode<Row>) => !!node.data && (passesRef.current?.(node.data) ?? true), []);
  const onGridReady = useCallback((e: GridReadyEvent<Row>) => {
    api.current = e.api;
  }, []);

  const openProgressRef = useRef(onOpenProgress);
  openProgressRef.current = onOpenProgress;
  const onCellDoubleClicked = useCallback((e: CellDoubleClickedEvent<Row>) => {
    if (e.column.getColId() === PROGRESS_COL) openProgressRef.current();
  }, []);

  const onCellContextMenu = useCallback(
    (e: CellContextMenuEvent<Row>) => {
      const me = e.event as MouseEvent | null;
      if (e.rowIndex === null || !me) return;
      const pos = cellPos(e.rowIndex, e.column.getColId());
      const r = range.current;
      if (!r || !contains(boundsOf(r), pos.row, pos.col)) {
        shiftHeld.current = false;
        api.current?.setFocusedCell(e.rowIndex, e.column.getColId());
      }
      onContextMenu(me.clientX, me.clientY);
    },
    [onContextMenu],
  );

  return (
    <div
      ref={host}
      className="pd-grid"
      onMouseDown={(e) => {
        if (e.button === 0) dragging.current = true;
      }}
    >
      <AgGridReact<Row>
        theme={theme}
        rowData={rows as Row[]}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        getRowClass={getRowClass}
        getRowHeight={FIXED_ROWS_FOR_BENCH ? undefined : getRowHeight}
        onFirstDataRendered={refreshHeights}
        onColumnResized={onColumnResized}
        onDisplayedColumnsChanged={refreshHeights}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        singleClickEdit={false}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        onCellFocused={onCellFocused}
        onCellMouseOver={onCellMouseOver}
        onCellContextMenu={onCellContextMenu}
        onCellDoubleClicked={onCellDoubleClicked}
        preventDefaultOnContextMenu
        onRowDragEnd={onRowDragEnd}
        isExternalFilterPresent={isExternalFilterPresent}
        doesExternalFilterPass={doesExternalFilterPass}
        suppressScrollOnNewData
        // A plan has a dozen columns: all are drawn for the rows in view, so that a column scrolled out of sight
        // (the 进展 column at the right) is still there for keys, find and the tests' eyes.
        suppressColumnVirtualisation
        animateRows={false}
        tooltipShowDelay={400}
        onGridReady={onGridReady}
        onRowDataUpdated={onRowDataUpdated}
        overlayNoRowsTemplate="<span class='pd-empty'>这个方案还没有内容。点击工具栏的「插入行」开始填写，或从 Excel 复制后按 Ctrl+V 粘贴。</span>"
      />
    </div>
  );
});
