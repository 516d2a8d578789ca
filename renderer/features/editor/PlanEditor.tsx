// The open plan: toolbar, find bar, the filters (by unit, by 完成时限), the grid, its context menu and the status bar.
import { useCallback, useMemo, useRef, useState } from 'react';
import { PlanGrid, type PlanGridHandle, type SelectionInfo } from '../../grid/PlanGrid';
import { FindBar } from '../find/FindBar';
import { SortDialog } from '../sort/SortDialog';
import { useFind } from '../find/use-find';
import { ContextMenu, type MenuItem } from './ContextMenu';
import { StatusBar } from '../../app/StatusBar';
import { usePlanDoc } from './use-plan-doc';
import { useRowCommands } from './use-row-commands';
import { useUnitFilter } from './use-unit-filter';
import { DUE_CHOICE_NAMES, useDueFilter, type DueChoice } from './use-due-filter';
import { rowsPassing } from './row-filters';
import type { Unit } from '../../../shared/domain/unit-directory';
import { useClipboardCommands } from './use-clipboard-commands';
import { useEditorKeys } from './use-editor-keys';
import { ExportDialog } from '../export/ExportDialog';
import { ColumnsDialog } from '../columns/ColumnsDialog';
import { localToday } from '../../../shared/domain/due-status';
import { periodName, statusAt } from '../../../shared/domain/progress';
import { useProgress } from '../progress/use-progress';
import { ProgressPanel } from '../progress/ProgressPanel';
import { OverviewDialog } from '../progress/OverviewDialog';
import { PrintPlan } from '../print/PrintPlan';
import { useCommand } from '../../app/commands';
import { commitEdits } from '../../app/pending-edits';
import { RoundsDialog } from '../rounds/RoundsDialog';
import { HistoryDialog } from '../history/HistoryDialog';
import { useHistoryMenu } from '../history/use-history-menu';

export interface PlanEditorProps {
  planId: string;
  units: Unit[];
  onError: (text: string) => void;
  onNotice: (text: string) => void;
}

export function PlanEditor({ planId, units, onError, onNotice }: PlanEditorProps) {
  const doc = usePlanDoc(planId, onError);
  if (!doc) return <div className="pd-loading">正在打开…</div>;
  return <OpenPlan key={planId} doc={doc} units={units} onError={onError} onNotice={onNotice} />;
}

interface OpenPlanProps {
  doc: NonNullable<ReturnType<typeof usePlanDoc>>;
  units: Unit[];
  onError: (t: string) => void;
  onNotice: (t: string) => void;
}

function OpenPlan({ doc, units, onError, onNotice }: OpenPlanProps) {
  const { plan, rows, history } = doc.snapshot;
  const grid = useRef<PlanGridHandle>(null);
  const [selection, setSelection] = useState<SelectionInfo>({ rows: [], bounds: null });
  const [finding, setFinding] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [editingColumns, setEditingColumns] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [overview, setOverview] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [collecting, setCollecting] = useState(false);
  const [sorting, setSorting] = useState<{ key: string | null } | null>(null);
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
  const filterName = [unitFilter.unit, dueFilter.due ? DUE_CHOICE_NAMES[dueFilter.due] : ''].filter(Boolean).join('、');
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
  useEditorKeys(commands, openFind);
  useCommand('edit.undo', commands.undo);
  useCommand('edit.redo', commands.redo);
  useCommand('edit.find', () => openFind(false));
  useCommand('edit.replace', () => openFind(true));
  useCommand('plan.export', () => setExporting(true));
  useCommand('plan.print', () => setPrinting(true));

  const goTo = useCallback((hit: { rowId: string; colId: string } | null) => {
    if (hit) grid.current?.focusCell(hit.rowId, hit.colId);
  }, []);

  const onContextMenu = useCallback((x: number, y: number) => setMenu({ x, y }), []);
  const openReporting = useCallback(() => setReporting(true), []);
  const closeMenu = useCallback(() => {
    setMenu(null);
    grid.current?.refocus();
  }, []);
  const hasRows = selection.rows.length > 0;
  const menuItems: (MenuItem | 'sep')[] = [
    { label: '剪切', shortcut: 'Ctrl+X', run: clip.cut, disabled: !hasRows },
    { label: '复制', shortcut: 'Ctrl+C', run: clip.copy, disabled: !hasRows },
    { label: '粘贴', shortcut: 'Ctrl+V', run: clip.paste, disabled: !hasRows },
    { label: '清除内容', shortcut: 'Delete', run: () => grid.current?.clear(), disabled: !hasRows },
    { label: '向下填充', shortcut: 'Ctrl+D', run: () => grid.current?.fillDown(), disabled: !hasRows },
    'sep',
    { label: '在上方插入行', shortcut: 'Ctrl+Shift+=', run: commands.insertAbove },
    { label: '在下方插入行', shortcut: 'Ctrl+Enter', run: commands.insertBelow },
    { label: '插入分组行', run: commands.insertSection },
    { label: '删除行', shortcut: 'Ctrl+-', run: commands.deleteRows, disabled: !hasRows },
    'sep',
    { label: '上移', shortcut: 'Alt+↑', run: commands.moveUp, disabled: !hasRows },
    { label: '下移', shortcut: 'Alt+↓', run: commands.moveDown, disabled: !hasRows },
    'sep',
    ...record.items(hasRows),
  ];

  const items = rows.filter((r) => r.kind === 'item').length;
  const sections = rows.length - items;
  const shownItems = shownRows.filter((r) => r.kind === 'item').length;
  const filteredRows = () => {
    return passes
      ? { ids: rows.filter(passes).map((r) => r.id), items: rows.filter((r) => r.kind === 'item' && passes(r)).length }
      : null;
  };

  return (
    <div className="pd-editor">
      <header className="pd-editor-head">
        <h1 className="pd-plan-title" title={plan.title}>
          {plan.title}
        </h1>
        <div className="pd-plan-meta">{[plan.issuer, plan.docNo, `${plan.year} 年`].filter(Boolean).join(' · ')}</div>
      </header>
      <div className="pd-toolbar" role="toolbar" aria-label="编辑">
        <button
          type="button"
          onClick={commands.undo}
          disabled={!history.canUndo}
          title={history.undoLabel ? `撤销「${history.undoLabel}」（Ctrl+Z）` : '撤销（Ctrl+Z）'}
        >
          ↶ 撤销
        </button>
        <button
          type="button"
          onClick={commands.redo}
          disabled={!history.canRedo}
          title={history.redoLabel ? `重做「${history.redoLabel}」（Ctrl+Y）` : '重做（Ctrl+Y）'}
        >
          ↷ 重做
        </button>
        <span className="pd-toolbar-sep" />
        <button type="button" onClick={commands.insertAbove}>
          上方插入行
        </button>
        <button type="button" onClick={commands.insertBelow} title="在下方插入行（Ctrl+Enter）">
          下方插入行
        </button>
        <button type="button" onClick={commands.insertSection}>
          插入分组行
        </button>
        <button type="button" onClick={commands.deleteRows} disabled={!hasRows}>
          删除行
        </button>
        <span className="pd-toolbar-sep" />
        <button type="button" onClick={commands.moveUp} disabled={!hasRows} title="上移（Alt+↑）">
          上移
        </button>
        <button type="button" onClick={commands.moveDown} disabled={!hasRows} title="下移（Alt+↓）">
          下移
        </button>
        <button
          type="button"
          onClick={() => setSorting({ key: grid.current?.focusedColumn() ?? null })}
          title="按一列排序，各分组内分别排序"
        >
          排序…
        </button>
        <span className="pd-toolbar-sep" />
        <button type="button" onClick={() => openFind(false)} title="查找（Ctrl+F）、替换（Ctrl+H）">
          查找
        </button>
        <span className="pd-toolbar-sep" />
        <label className="pd-inline">
          期间
          <select aria-label="进展期间" value={period} onChange={(e) => progress.setPeriod(e.target.value)}>
            {progress.periods.map((p) => (
              <option key={p} value={p}>
                {periodName(p)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={reporting} onClick={() => setReporting((r) => !r)}>
          填报进展
        </button>
        <button type="button" onClick={() => setOverview(true)}>
          进度总览
        </button>
        <button type="button" onClick={() => setCollecting(true)} title="按单位生成填报表、收回回执并汇总">
          填报任务
        </button>
        <span className="pd-toolbar-sep" />
        <button type="button" onClick={() => setEditingColumns(true)}>
          列设置
        </button>
        <button type="button" onClick={() => setExporting(true)} title="导出为 Excel 表格或 Word 文档（Ctrl+E）">
          导出…
        </button>
        <button type="button" onClick={() => setPrinting(true)} title="打印（Ctrl+P）">
          打印
        </button>
        <label className="pd-filter">
          筛选
          <select
            aria-label="按牵头/配合单位筛选"
            value={unitFilter.unit}
            onChange={(e) => unitFilter.setUnit(e.target.value)}
          >
            <option value="">全部单位</option>
            {unitFilter.units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
          <select
            aria-label="按完成时限筛选"
            value={dueFilter.due}
            onChange={(e) => dueFilter.setDue(e.target.value as DueChoice)}
          >
            <option value="">全部时限</option>
            <option value="overdue">
              {DUE_CHOICE_NAMES.overdue}（{dueFilter.counts.overdue}）
            </option>
            <option value="soon">
              {DUE_CHOICE_NAMES.soon}（{dueFilter.counts.soon}）
            </option>
          </select>
        </label>
      </div>
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
      {overview && (
        <OverviewDialog
          plan={plan}
          rows={rows}
          entries={entries}
          period={period}
          directory={units}
          onGo={(rowId) => {
            setOverview(false);
            grid.current?.focusCell(rowId);
          }}
          onError={onError}
          onClose={() => setOverview(false)}
        />
      )}
      {collecting && (
        <RoundsDialog
          plan={plan}
          rows={rows}
          units={units}
          onError={onError}
          onNotice={onNotice}
          onClose={() => setCollecting(false)}
        />
      )}
      {sorting && (
        <SortDialog
          columns={plan.columns}
          initialKey={sorting.key}
          onSort={(key, direction) => {
            setSorting(null);
            commands.sort(key, direction);
          }}
          onClose={() => setSorting(null)}
        />
      )}
      {printing && (
        <PrintPlan
          plan={plan}
          rows={rows}
          rowIds={filteredRows()?.ids}
          onDone={() => setPrinting(false)}
          onError={onError}
        />
      )}
      {menu && <ContextMenu x={menu.x} y={menu.y} items={menuItems} onClose={closeMenu} />}
      {record.target && (
        <HistoryDialog planId={plan.id} target={record.target} onError={onError} onClose={record.close} />
      )}
      {editingColumns && (
        <ColumnsDialog
          columns={plan.columns}
          onSave={async (columns) => (await doc.setColumns(columns)) !== undefined}
          onClose={() => setEditingColumns(false)}
        />
      )}
      {exporting && (
        <ExportDialog
          planId={plan.id}
          attachmentLabel={plan.attachmentLabel}
          columns={plan.columns}
          itemCount={items}
          filtered={filteredRows()}
          periods={progress.periods}
          period={period}
          onDone={onNotice}
          onClose={() => setExporting(false)}
        />
      )}
      <StatusBar
        saveState={doc.saveState}
        summary={
          passes
            ? `筛选出 ${shownItems} 项 / 共 ${items} 项（筛选：${filterName}）`
            : `共 ${items} 项${sections > 0 ? `，${sections} 个分组` : ''}`
        }
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
