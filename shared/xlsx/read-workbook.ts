// Reads an .xlsx workbook with ExcelJS into SheetGrids: every sheet, with its merges and hidden rows and columns.
import ExcelJS from 'exceljs';
import { PlanKind } from '../domain/plan';
import { cellText } from './cell-text';
import type { CellBox, SheetGrid } from './sheet-grid';
import { EXCEL_COLS } from './zip-guard';

export async function readWorkbook(data: Uint8Array): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const hint = PlanKind.safeParse(KIND_MARK.exec(wb.keywords ?? '')?.[1]);
  // A file this app exported holds the user's text exactly as typed: read it back without cleaning.
  return wb.worksheets.map((ws) => ({ ...toGrid(ws, hint.success), ...(hint.success ? { kindHint: hint.data } : {}) }));
}

/** How an exported workbook names its kind in its keywords, so that importing it again keeps the kind. */
export const KIND_MARK = /配档助手:kind=([a-z]+)/;

export function kindKeyword(kind: PlanKind): string {
  return `配档助手:kind=${kind}`;
}

function toGrid(ws: ExcelJS.Worksheet, exact: boolean): SheetGrid {
  const cells: string[][] = [];
  const hiddenRows = new Set<number>();
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.add(r);
    const line: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Cells covered by a merge repeat the master's value in ExcelJS; the merge list says where they are.
      if (cell.isMerged && cell.master !== cell) return;
      const text = cellText(cell, exact);
      if (text !== '') {
        line[colNumber - 1] = text;
        colCount = Math.max(colCount, colNumber);
      }
    });
    for (let i = 0; i < line.length; i++) line[i] ??= '';
    cells[r] = line;
  });
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
  const hiddenCols = new Set<number>();
  // A column past Excel's last (XFD) comes only from a damaged file: not asked for, so no endless loop.
  for (let c = 1; c <= Math.min(Math.max(colCount, ws.columnCount), EXCEL_COLS); c++) {
    if (ws.getColumn(c).hidden) hiddenCols.add(c - 1);
  }
  return {
    name: ws.name,
    hidden: ws.state !== 'visible',
    cells,
    colCount,
    merges: mergesOf(ws),
    hiddenCols,
    hiddenRows,
  };
}

function mergesOf(ws: ExcelJS.Worksheet): CellBox[] {
  const model = ws.model as { merges?: string[] };
  return (model.merges ?? []).map(parseRange).filter((b): b is CellBox => b !== null);
}

function parseRange(ref: string): CellBox | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  return { left: colIndex(m[1]!), top: Number(m[2]) - 1, right: colIndex(m[3]!), bottom: Number(m[4]) - 1 };
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
