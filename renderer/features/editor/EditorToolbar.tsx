// The editor's toolbar: 撤销/重做, the row commands, 排序 and 查找, the period and the progress views, the dialogs,
// and the two filters (by unit, by 完成时限).
import type { HistoryState } from '../../../shared/domain/plan';
import type { ProgressView } from '../progress/use-progress';
import { PeriodOptions } from '../progress/PeriodOptions';
import type { RowCommands } from './use-row-commands';
import type { UnitFilter } from './use-unit-filter';
import { DUE_CHOICE_NAMES, type DueChoice, type DueFilter } from './use-due-filter';
import type { EditorDialog } from './PlanDialogs';

export interface EditorToolbarProps {
  history: HistoryState;
  commands: RowCommands;
  hasRows: boolean;
  progress: ProgressView;
  reporting: boolean;
  onReporting: () => void;
  onFind: () => void;
  onOpen: (dialog: EditorDialog) => void;
  unitFilter: UnitFilter;
  dueFilter: DueFilter;
}

export function EditorToolbar(p: EditorToolbarProps) {
  const { history, commands, hasRows, progress, onOpen } = p;
  return (
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
      <button type="button" onClick={() => onOpen('sort')} title="按一列排序，各分组内分别排序">
        排序…
      </button>
      <span className="pd-toolbar-sep" />
      <button type="button" onClick={p.onFind} title="查找（Ctrl+F）、替换（Ctrl+H）">
        查找
      </button>
      <span className="pd-toolbar-sep" />
      <label className="pd-inline">
        期间
        <select aria-label="进展期间" value={progress.period} onChange={(e) => progress.setPeriod(e.target.value)}>
          <PeriodOptions periods={progress.periods} />
        </select>
      </label>
      <button type="button" aria-pressed={p.reporting} onClick={p.onReporting}>
        填报进展
      </button>
      <button type="button" onClick={() => onOpen('overview')}>
        进度总览
      </button>
      <button type="button" onClick={() => onOpen('rounds')} title="按单位生成填报表、收回回执并汇总">
        填报任务
      </button>
      <span className="pd-toolbar-sep" />
      <button type="button" onClick={() => onOpen('columns')}>
        列设置
      </button>
      <button type="button" onClick={() => onOpen('export')} title="导出为 Excel 表格或 Word 文档（Ctrl+E）">
        导出…
      </button>
      <button type="button" onClick={() => onOpen('print')} title="打印（Ctrl+P）">
        打印
      </button>
      <Filters unitFilter={p.unitFilter} dueFilter={p.dueFilter} />
    </div>
  );
}

function Filters({ unitFilter, dueFilter }: { unitFilter: UnitFilter; dueFilter: DueFilter }) {
  return (
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
  );
}
