// The open plan: toolbar, find bar, the filters (by unit, by 完成时限), the grid, its context menu and the status bar.
import { useCallback, useMemo, useRef, useState } from 'react';
import { PlanGrid, type PlanGridHandle, type SelectionInfo } from '../../grid/PlanGrid';
import { FindBar } from '../find/FindBar';
import { useFind } from '../find/use-find';
import { ContextMenu } from './ContextMenu';
import { StatusBar } from '../../app/StatusBar';
import { usePlanDoc } from './use-plan-doc';
import { useRowCommands } from './use-row-commands';
import { useUnitFilter } from './use-unit-filter';
import { DUE_CHOICE_NAMES, useDueFilter } from './use-due-filter';
import { rowsPassing } from './row-filters';
import type { Row } from '../../../shared/domain/plan';
import type { Unit } from '../../../shared/domain/unit-directory';
import { useClipboardCommands } from './use-clipboard-commands';
import { useEditorKeys } from './use-editor-keys';
import { localToday } from '../../../shared/domain/due-status';
import { periodName, statusAt } from '../../../shared/domain/progress';
import { useProgress } from '../progress/use-progress';
import { ProgressPanel } from '../progress/ProgressPanel';
import { useCommand } from '../../app/commands';
import { commitEdits } from '../../app/pending-edits';
import { EditorToolbar } from './EditorToolbar';
import { PlanDialogs, type EditorDialog, type FilteredRows } from './PlanDialogs';
import { contextMenuItems } from './context-menu-items';
import { HistoryDialog } from '../history/HistoryDialog';
import { useHistoryMenu } from '../history/use-history-menu';
import { unitMenuItems } from '../units/unit-menu-items';

export interface PlanEditorProps {
  planId: string;
  units: Unit[];
  onError: (text: string) => void;
  onNotice: (text: string) => void;
  /** Adds a name a unit cell holds to the 单位名录 (one undoable action). */
  onAddUnit: (name: string) => void;
}

export function PlanEditor({ planId, units, onError, onNotice, onAddUnit }: PlanEditorProps) {
  const doc = usePlanDoc(planId, onError);
  if (!doc) return <div className="pd-loading">正在打开…</div>;
  return <OpenPlan key={planId} doc={doc} units={units} onError={onError} onNotice={onNotice} onAddUnit={onAddUnit} />;
}

interface OpenPlanProps {
  doc: NonNullable<ReturnType<typeof usePlanDoc>>;
  units: Unit[];
  onError: (t: string) => void;
  onNotice: (t: string) => void;
  onAddUnit: (name: string) => void;
}

function OpenPlan({ doc, units, onError, onNotice, onAddUnit }: OpenPlanProps) {
  const { plan, rows } = doc.snapshot;
  const grid = useRef<PlanGridHandle>(null);
  const [selection, setSelection] = useState<SelectionInfo>({ rows: [], bounds: null });
  const [finding, setFinding] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const [menu, setMenu] = useState<{ x: number; y: number; cell: { rowId: string; colId: string } | null } | null>(
    null,
  );
  const [reporting, setReporting] = useState(false);
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  const [sortKey, setSortKey] = useState<string | null>(null);
  const progress = useProgress(plan, doc.snapshot.progressVersion, onError);
  const { entries, period } = progress;
  const statusOf = useCallback((rowId: string) => statusAt(entries, rowId, period)?.status, [entries, period]);
  const progressColumn = useMemo(
    () => ({ header: `进展（${periodName(period).replace(/^\d{4}年/, '')}）`, statusOf }),
    [period, statusOf],
  );
  const unitFilter = useUnitFilter(plan, rows, units);
  const isDone = useCallback((id: string) => statusOf(id) === 'done', [statusOf]);
  const today = localToday(new Date());
  const dueFilter = useDueFilter(plan, rows, isDone, today);
  const passes = useMemo(
    () => rowsPassing(rows, [unitFilter.matches, dueFilter.matches]),
    [rows, unitFilter.matches, dueFilter.matches],
  );
  // Find and replace look at the rows in view: with a unit picked in 单位筛选, that unit's rows.
  const shownRows = useMemo(() => (passes ? rows.filter(passes) : rows), [rows, passes]);
  const find = useFind(plan, shownRows, doc.setCells);
  const commands = useRowCommands(doc, grid, onNotice);
  const clip = useClipboardCommands(grid, onError);
  const record = useHistoryMenu(plan, grid);

  const openFind = useCallback((replace: boolean) => {
    // What is being typed in a cell is kept before the find bar takes the keyboard.
    commitEdits();
    setFinding(true);
    setReplacing(replace);
  }, []);
  const openDialog = useCallback((d: EditorDialog) => {
    // 排序 starts from the column the cursor is in.
    if (d === 'sort') setSortKey(grid.current?.focusedColumn() ?? null);
    setDialog(d);
  }, []);
  const closeDialog = useCallback(() => setDialog(null), []);
  useEditorKeys(commands, openFind);
  useCommand('edit.undo', commands.undo);
  useCommand('edit.redo', commands.redo);
  useCommand('edit.find', () => openFind(false));
  useCommand('edit.replace', () => openFind(true));
  useCommand('plan.export', () => setDialog('export'));
  useCommand('plan.print', () => setDialog('print'));

  const goTo = useCallback((hit: { rowId: string; colId: string } | null) => {
    if (hit) grid.current?.focusCell(hit.rowId, hit.colId);
  }, []);
  const onContextMenu = useCallback(
    (x: number, y: number) => setMenu({ x, y, cell: grid.current?.focusedCell() ?? null }),
    [],
  );
  const openReporting = useCallback(() => setReporting(true), []);
  const closeMenu = useCallback(() => {
    setMenu(null);
    grid.current?.refocus();
  }, []);
  const hasRows = selection.rows.length > 0;
  const filtered = passes
    ? { ids: shownRows.map((r) => r.id), items: shownRows.filter((r) => r.kind === 'item').length }
    : null;
  const filterName = [unitFilter.unit, dueFilter.due ? DUE_CHOICE_NAMES[dueFilter.due] : ''].filter(Boolean).join('、');

  return (
    <div className="pd-editor">
      <header className="pd-editor-head">
        <h1 className="pd-plan-title" title={plan.title}>
          {plan.title}
        </h1>
        <div className="pd-plan-meta">{[plan.issuer, plan.docNo, `${plan.year} 年`].filter(Boolean).join(' · ')}</div>
      </header>
      <EditorToolbar
        history={doc.snapshot.history}
        commands={commands}
        hasRows={hasRows}
        progress={progress}
        reporting={reporting}
        onReporting={() => setReporting((r) => !r)}
        onFind={() => openFind(false)}
        onOpen={openDialog}
        unitFilter={unitFilter}
        dueFilter={dueFilter}
      />
      {finding && (
        <FindBar
          find={find}
          replacing={replacing}
          onReplacing={setReplacing}
          onGo={goTo}
          onReplacedAll={() => grid.current?.refocus()}
          onNotice={onNotice}
          onClose={() => {
            setFinding(false);
            find.setQuery('');
            grid.current?.refocus();
          }}
        />
      )}
      <div className="pd-editor-body">
        <PlanGrid
          ref={grid}
          doc={doc}
          passes={passes}
          findHits={find.hitKeys}
          findCurrent={find.current ? `${find.current.rowId}\u0000${find.current.colId}` : null}
          onSelectionChange={setSelection}
          onContextMenu={onContextMenu}
          progress={progressColumn}
          units={units}
          onOpenProgress={openReporting}
          onError={onError}
          onAddRow={commands.appendRow}
        />
        {reporting && (
          <ProgressPanel
            doc={doc}
            plan={plan}
            row={selection.rows[0] ?? null}
            period={period}
            entries={entries}
            onClose={() => setReporting(false)}
          />
        )}
      </div>
      {dialog && (
        <PlanDialogs
          dialog={dialog}
          onClose={closeDialog}
          doc={doc}
          plan={plan}
          rows={rows}
          units={units}
          progress={progress}
          filtered={filtered}
          sortKey={sortKey}
          grid={grid}
          commands={commands}
          onError={onError}
          onNotice={onNotice}
        />
      )}
      {menu && (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          items={[
            ...unitMenuItems(menu.cell, plan, rows, units, onAddUnit),
            ...contextMenuItems(clip, commands, hasRows),
            'sep',
            ...record.items(hasRows),
          ]}
          onClose={closeMenu}
        />
      )}
      {record.target && (
        <HistoryDialog planId={plan.id} target={record.target} onError={onError} onClose={record.close} />
      )}
      <StatusBar
        saveState={doc.saveState}
        summary={summaryOf(rows, filtered, filterName)}
        alert={dueFilter.counts.overdue > 0 ? `逾期 ${dueFilter.counts.overdue} 项` : ''}
        onAlert={() => dueFilter.setDue('overdue')}
        selection={
          selection.bounds
            ? `已选 ${selection.bounds.bottom - selection.bounds.top + 1} 行 × ${selection.bounds.right - selection.bounds.left + 1} 列`
            : ''
        }
      />
    </div>
  );
}

/** The status bar's count: the items in the plan, or those a filter shows of them. */
function summaryOf(rows: readonly Row[], filtered: FilteredRows | null, filterName: string): string {
  const items = rows.filter((r) => r.kind === 'item').length;
  if (filtered) return `筛选出 ${filtered.items} 项 / 共 ${items} 项（筛选：${filterName}）`;
  const sections = rows.length - items;
  return `共 ${items} 项${sections > 0 ? `，${sections} 个分组` : ''}`;
}
