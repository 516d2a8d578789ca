// What the grid gives its editor (the handle) and takes from it (the props).
import type { Row } from '../../shared/domain/plan';
import type { ProgressStatus } from '../../shared/domain/progress';
import type { Unit } from '../../shared/domain/unit-directory';
import type { PlanDoc } from '../features/editor/use-plan-doc';
import type { Bounds } from './cell-range';

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
  /** Keeps rows selected through a change that moves them: asked before the change, done once the grid shows it. */
  followRows: (ids: string[]) => Promise<void>;
  /** The change did not happen: nothing to follow. */
  stopFollowing: () => void;
  selection: () => SelectionInfo;
  /** The block's text for the clipboard: text/plain and text/html. */
  copy: () => { text: string; html: string } | null;
  /** Pastes clipboard text (and its HTML, when there is some: a table copied from Word keeps its cells whole). */
  paste: (text: string, html?: string) => void;
  clear: () => void;
  /** 剪切: the block's text for the clipboard, the block emptied (one action). */
  cut: () => { text: string; html: string } | null;
  /** 向下填充 (Ctrl+D). */
  fillDown: () => void;
  /** The plan column of the selected cell, if it is one (not 序号 or 进展). */
  focusedColumn: () => string | null;
  /** The selected cell: its row and its column id (a plan column, 序号 or 进展), for 修改记录. */
  focusedCell: () => { rowId: string; colId: string } | null;
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
  /** A paste refused, said in Chinese. */
  onError: (text: string) => void;
  /** Enter on the last row, or Tab on its last cell: a new row below it, to type on. */
  onAddRow: () => void;
}
