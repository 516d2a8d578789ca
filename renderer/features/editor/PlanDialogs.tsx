// The dialogs the editor opens over the plan, one at a time: 进度总览, 填报任务, 排序, 打印, 列设置, 导出.
import type { RefObject } from 'react';
import type { Plan, Row } from '../../../shared/domain/plan';
import type { Unit } from '../../../shared/domain/unit-directory';
import type { PlanGridHandle } from '../../grid/PlanGrid';
import { ColumnsDialog } from '../columns/ColumnsDialog';
import { ExportDialog } from '../export/ExportDialog';
import { PrintPlan } from '../print/PrintPlan';
import { OverviewDialog } from '../progress/OverviewDialog';
import type { ProgressView } from '../progress/use-progress';
import { RoundsDialog } from '../rounds/RoundsDialog';
import { SortDialog } from '../sort/SortDialog';
import type { PlanDoc } from './use-plan-doc';
import type { RowCommands } from './use-row-commands';

export type EditorDialog = 'overview' | 'rounds' | 'sort' | 'print' | 'columns' | 'export';

/** The rows a filter lets through, for printing and exporting what the clerk sees; null with no filter on. */
export interface FilteredRows {
  ids: string[];
  items: number;
}

export interface PlanDialogsProps {
  dialog: EditorDialog;
  onClose: () => void;
  doc: PlanDoc;
  plan: Plan;
  rows: readonly Row[];
  units: Unit[];
  progress: ProgressView;
  filtered: FilteredRows | null;
  /** The column the cursor was in when 排序 was asked for. */
  sortKey: string | null;
  grid: RefObject<PlanGridHandle | null>;
  commands: RowCommands;
  onError: (t: string) => void;
  onNotice: (t: string) => void;
}

export function PlanDialogs(p: PlanDialogsProps) {
  const { plan, rows, units, progress, onClose, onError } = p;
  switch (p.dialog) {
    case 'overview':
      return (
        <OverviewDialog
          plan={plan}
          rows={rows}
          entries={progress.entries}
          period={progress.period}
          directory={units}
          onGo={(rowId) => {
            onClose();
            p.grid.current?.focusCell(rowId);
          }}
          onError={onError}
          onClose={onClose}
        />
      );
    case 'rounds':
      return (
        <RoundsDialog plan={plan} rows={rows} units={units} onError={onError} onNotice={p.onNotice} onClose={onClose} />
      );
    case 'sort':
      return (
        <SortDialog
          columns={plan.columns}
          initialKey={p.sortKey}
          onSort={(key, direction) => {
            onClose();
            p.commands.sort(key, direction);
          }}
          onClose={onClose}
        />
      );
    case 'print':
      return <PrintPlan plan={plan} rows={rows} rowIds={p.filtered?.ids} onDone={onClose} onError={onError} />;
    case 'columns':
      return (
        <ColumnsDialog
          columns={plan.columns}
          onSave={async (columns) => (await p.doc.setColumns(columns)) !== undefined}
          onClose={onClose}
        />
      );
    case 'export':
      return (
        <ExportDialog
          planId={plan.id}
          attachmentLabel={plan.attachmentLabel}
          columns={plan.columns}
          itemCount={rows.filter((r) => r.kind === 'item').length}
          filtered={p.filtered}
          periods={progress.periods}
          period={progress.period}
          onDone={p.onNotice}
          onClose={onClose}
        />
      );
  }
}
