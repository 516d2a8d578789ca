// The grid's columns for a plan: 序号 (drag handle, and the full-width text of section rows), then the plan's own.
import type {
  CellClassRules,
  ITooltipParams,
  ColDef,
  ColGroupDef,
  EditableCallbackParams,
  ValueGetterParams,
  ColSpanParams,
} from 'ag-grid-community';
import type { ColumnDef, Plan, Row } from '../../shared/domain/plan';
import type { DueStatus } from '../../shared/domain/due-status';
import { STATUS_NAMES, type ProgressStatus } from '../../shared/domain/progress';
import type { UnitSuggestion } from '../../shared/domain/unit-directory';
import { TextCellEditor } from './TextCellEditor';

import { PROGRESS_COL, SEQ_COL } from './grid-ids';

/** Pixels per character of the 14px body font, for a column width given in characters. */
const CHAR_PX = 14;

export interface ColumnContext {
  /** 序号 of each item row, by row id. */
  numberOf: (rowId: string) => number | undefined;
  /** Class rules for the selection and find marks; rules are re-applied on every refresh, cheaply. */
  classRules: (colId: string) => CellClassRules<Row, string>;
  /** How close a deadline cell is to its date, today (rows already done are never overdue). */
  dueOf: (rowId: string, text: string) => DueStatus;
  /** The due date a deadline cell was read as, in words. */
  dueTip: (text: string) => string | undefined;
  /** Units of the directory, then names of this plan, matching what is typed, for completion in unit columns. */
  suggestUnits: (typed: string) => UnitSuggestion[];
  /** The names in a unit cell that the 单位名录 does not know (collective words such as 各科室 aside). */
  unknownIn?: (text: string) => string[];
  /** The progress column, when shown: each row's status in the period in view. */
  progress: { header: string; statusOf: (rowId: string) => ProgressStatus | undefined } | null;
}

type Def = ColDef<Row, string>;

/**
 * The plan's columns with the widths the clerk dragged them to in the grid: the shares the grid now shows, over the
 * same total width in characters (which the export uses too); null when no width changed by half a character.
 */
export function widthsAfterResize(
  columns: readonly ColumnDef[],
  pixels: ReadonlyMap<string, number>,
): ColumnDef[] | null {
  const shown = columns.filter((c) => !c.hidden && (pixels.get(c.key) ?? 0) > 0);
  const total = shown.reduce((n, c) => n + c.width, 0);
  const px = shown.reduce((n, c) => n + pixels.get(c.key)!, 0);
  if (shown.length === 0 || px <= 0) return null;
  let changed = false;
  const out = columns.map((c) => {
    if (!shown.includes(c)) return c;
    const width = Math.min(120, Math.max(2, Math.round(((total * pixels.get(c.key)!) / px) * 10) / 10));
    if (Math.abs(width - c.width) < 0.5) return c;
    changed = true;
    return { ...c, width };
  });
  return changed ? out : null;
}

export function buildColumnDefs(plan: Plan, ctx: ColumnContext): (Def | ColGroupDef<Row>)[] {
  const visible = plan.columns.filter((c) => !c.hidden);
  const span = visible.length + 1;
  const seq: Def = {
    colId: SEQ_COL,
    headerName: '序号',
    width: 84,
    minWidth: 60,
    valueGetter: (p: ValueGetterParams<Row, string>) => {
      if (!p.data) return '';
      return p.data.kind === 'section' ? p.data.title : String(ctx.numberOf(p.data.id) ?? '');
    },
    editable: (p: EditableCallbackParams<Row, string>) => p.data?.kind === 'section',
    colSpan: (p: ColSpanParams<Row, string>) => (p.data?.kind === 'section' ? span : 1),
    cellClass: (p) => (p.data?.kind === 'section' ? 'pd-section-cell' : 'pd-seq-cell'),
    cellClassRules: ctx.classRules(SEQ_COL),
  };
  const cols: Def[] = visible.map((c) => ({
    colId: c.key,
    headerName: c.label,
    flex: c.width,
    // Columns share the width by their size; past their minimum the grid scrolls sideways instead.
    minWidth: Math.max(72, Math.round(c.width * CHAR_PX * 0.65)),
    valueGetter: (p: ValueGetterParams<Row, string>) => (p.data?.kind === 'item' ? (p.data.cells[c.key] ?? '') : ''),
    editable: (p: EditableCallbackParams<Row, string>) => p.data?.kind === 'item',
    cellClass: ['pd-cell', `pd-role-${c.role}`],
    ...(c.role === 'unit' ? { cellEditorParams: { suggest: ctx.suggestUnits } } : {}),
    cellClassRules:
      c.role === 'unit' && ctx.unknownIn
        ? {
            ...ctx.classRules(c.key),
            'pd-unit-unknown': (p) => p.data?.kind === 'item' && ctx.unknownIn!(p.data.cells[c.key] ?? '').length > 0,
          }
        : c.role === 'deadline'
          ? {
              ...ctx.classRules(c.key),
              'pd-overdue': (p) =>
                p.data?.kind === 'item' && ctx.dueOf(p.data.id, p.data.cells[c.key] ?? '') === 'overdue',
              'pd-due-soon': (p) =>
                p.data?.kind === 'item' && ctx.dueOf(p.data.id, p.data.cells[c.key] ?? '') === 'soon',
              'pd-due-unreadable': (p) =>
                p.data?.kind === 'item' && ctx.dueOf(p.data.id, p.data.cells[c.key] ?? '') === 'unreadable',
            }
          : ctx.classRules(c.key),
    ...(c.role === 'unit' && ctx.unknownIn
      ? {
          tooltipValueGetter: (p: ITooltipParams<Row, string>) => {
            const unknown = p.data?.kind === 'item' ? ctx.unknownIn!(p.data.cells[c.key] ?? '') : [];
            return unknown.length > 0
              ? `不在单位名录中：${unknown.join('、')}（右键单击可一键加入单位名录，或在「单位名录」中作为某单位的其他名称）`
              : undefined;
          },
        }
      : {}),
    ...(c.role === 'deadline'
      ? {
          tooltipValueGetter: (p: ITooltipParams<Row, string>) =>
            p.data?.kind === 'item' ? ctx.dueTip(p.data.cells[c.key] ?? '') : undefined,
        }
      : {}),
  }));
  const progress = ctx.progress;
  const status: Def[] = progress
    ? [
        {
          colId: PROGRESS_COL,
          headerName: progress.header,
          width: 96,
          minWidth: 80,
          editable: false,
          valueGetter: (p: ValueGetterParams<Row, string>) => {
            if (p.data?.kind !== 'item') return '';
            const st = progress.statusOf(p.data.id);
            return st ? STATUS_NAMES[st] : '未填报';
          },
          cellClass: (p) => {
            const st = p.data?.kind === 'item' ? (progress.statusOf(p.data.id) ?? 'unreported') : 'none';
            return ['pd-progress-cell', `pd-chip-${st}`];
          },
        },
      ]
    : [];
  return [
    seq,
    ...groupColumns(
      cols,
      visible.map((c) => c.group),
    ),
    ...status,
  ];
}

/** Two-level headers: neighbouring columns with the same group go under one header (责任分工 over 责任领导 …). */
function groupColumns(cols: Def[], groups: (string | undefined)[]): (Def | ColGroupDef<Row>)[] {
  const out: (Def | ColGroupDef<Row>)[] = [];
  let i = 0;
  while (i < cols.length) {
    const g = groups[i];
    if (!g) {
      out.push(cols[i]!);
      i++;
      continue;
    }
    const children: Def[] = [];
    while (i < cols.length && groups[i] === g) children.push(cols[i++]!);
    out.push({ headerName: g, groupId: `group-${g}`, children, marryChildren: true });
  }
  return out;
}

/** Text wraps; the rows' heights are computed from it (row-heights.ts), not measured in the page. */
export const DEFAULT_COL_DEF: Def = {
  wrapText: true,
  resizable: true,
  sortable: false,
  suppressMovable: true,
  cellEditor: TextCellEditor,
  cellEditorPopup: true,
  cellEditorPopupPosition: 'over',
};
