// What every workbook reader (.xlsx, .xls) does with a sheet's cells once read: the importer's limits counted over all
// sheets, cells under a merge cleared, hidden column ranges applied, and the messages for a sheet too large or damaged.
import { AppError } from '../errors';
import type { CellBox } from './sheet-grid';
import { EXCEL_COLS } from './zip-guard';
import { MAX_GRID_AREA, MAX_MERGED_CELLS, MAX_SHEET_CELLS, MAX_SHEET_ROWS } from '../file-limits';

export interface SheetCells {
  cells: string[][];
  colCount: number;
  merges: CellBox[];
  hiddenCols: Set<number>;
  hiddenRows: Set<number>;
}

/**
 * Counted over all sheets, against the importer's limits: rows, cells, merged cells, and the grid's area (each line as
 * long as its last cell: one cell far to the right makes a long line).
 */
export interface SheetBudget {
  rows: number;
  cells: number;
  merged: number;
  area: number;
}

export function emptySheetCells(): SheetCells {
  return { cells: [], colCount: 0, merges: [], hiddenCols: new Set(), hiddenRows: new Set() };
}

/** One more row, past the limit refused. */
export function countRow(budget: SheetBudget, file: string): void {
  if (++budget.rows > MAX_SHEET_ROWS) throw sheetTooLarge(file, `超过 ${MAX_SHEET_ROWS} 行`, `${MAX_SHEET_ROWS} 行`);
}

/** One more cell holding a value, past the limit refused. */
export function countCell(budget: SheetBudget, file: string): void {
  if (++budget.cells > MAX_SHEET_CELLS)
    throw sheetTooLarge(file, `超过 ${MAX_SHEET_CELLS} 个单元格`, `${MAX_SHEET_CELLS} 个单元格`);
}

/** A line of the grid, as long as its last cell. */
export function countLine(budget: SheetBudget, length: number, file: string): void {
  budget.area += length;
  if (budget.area > MAX_GRID_AREA)
    throw sheetTooLarge(file, `表格范围超过 ${MAX_GRID_AREA} 个单元格`, `${MAX_GRID_AREA} 个单元格`);
}

/** A merged range, its cells counted. */
export function addMerge(out: SheetCells, box: CellBox, budget: SheetBudget, file: string): void {
  budget.merged += (box.bottom - box.top + 1) * (box.right - box.left + 1);
  if (budget.merged > MAX_MERGED_CELLS)
    throw sheetTooLarge(file, `合并了 ${budget.merged} 个单元格`, `${MAX_MERGED_CELLS} 个单元格`);
  out.merges.push(box);
}

/**
 * The sheet made whole: cells under merges cleared, every line up to the last one present, hidden column ranges
 * applied up to the sheet's width (`widest`: the widest row's cell count, empty cells included).
 */
export function finishSheet(out: SheetCells, hiddenColRanges: Array<[number, number]>, widest: number): SheetCells {
  clearCovered(out);
  for (let i = 0; i < out.cells.length; i++) out.cells[i] ??= [];
  const limit = Math.min(Math.max(out.colCount, widest), EXCEL_COLS);
  for (const [min, max] of mergedRanges(hiddenColRanges))
    for (let c = min; c <= Math.min(max, limit - 1); c++) out.hiddenCols.add(c);
  return out;
}

/** Column ranges joined where they meet or overlap, so that each column is visited once however many <col> repeat it. */
function mergedRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [min, max] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && min <= last[1] + 1) last[1] = Math.max(last[1], max);
    else out.push([min, max]);
  }
  return out;
}

/** Cells covered by a merge show nothing: only the merge's first cell holds its text. */
function clearCovered(out: SheetCells): void {
  if (out.merges.length === 0) return;
  for (const m of out.merges) {
    for (let r = m.top; r <= Math.min(m.bottom, out.cells.length - 1); r++) {
      const line = out.cells[r];
      if (!line) continue;
      for (let c = m.left; c <= Math.min(m.right, line.length - 1); c++) if (r !== m.top || c !== m.left) line[c] = '';
    }
  }
  out.colCount = 0;
  for (let r = 0; r < out.cells.length; r++) {
    const line = out.cells[r];
    if (!line) continue;
    while (line.length > 0 && line[line.length - 1] === '') line.pop();
    out.colCount = Math.max(out.colCount, line.length);
  }
}

export function corrupt(file: string): AppError {
  return new AppError('IMPORT_CORRUPT', { file });
}

export function sheetTooLarge(file: string, what: string, limit: string): AppError {
  return new AppError('IMPORT_SHEET_TOO_LARGE', { file, what, limit });
}
