// Writes a laid-out sheet with ExcelJS: official fonts, thin borders, wrapped text, computed row heights,
// A4 print setup with the header repeated on every page and 第 X 页 共 Y 页 in the footer.
import ExcelJS from 'exceljs';
import { FONTS, type ExportOptions } from '../domain/export';
import type { PlanKind } from '../domain/plan';
import type { CellStyleName, SheetLayout } from './official-layout';
import { kindKeyword } from './read-workbook';
import { CONTROL_CHARS } from './sheet-grid';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function styles(o: ExportOptions): Record<CellStyleName, Partial<ExcelJS.Style>> {
  const body = { name: FONTS.body, size: o.bodySize };
  // One character of indent keeps left-aligned text off the border, as offices format it by hand.
  const wrapLeft: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true, indent: 1 };
  const wrapCenter: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return {
    attachment: { font: { name: FONTS.header, size: 16 }, alignment: { horizontal: 'left', vertical: 'middle' } },
    title: {
      font: o.titleFont === 'fzxbs' ? { name: FONTS.fzxbs, size: o.titleSize } : { name: FONTS.songti, size: o.titleSize, bold: true },
      alignment: wrapCenter,
    },
    report: { font: body, alignment: { horizontal: 'left', vertical: 'middle' } },
    header: { font: { name: FONTS.header, size: o.headerSize }, alignment: wrapCenter, border: THIN },
    section: { font: { name: FONTS.header, size: o.bodySize }, alignment: wrapLeft, border: THIN },
    body: { font: body, alignment: wrapLeft, border: THIN },
    bodyCenter: { font: body, alignment: wrapCenter, border: THIN },
    note: { font: body, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
  };
}

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\ */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

export function buildWorkbook(layout: SheetLayout, o: ExportOptions, name: string, kind: PlanKind): ExcelJS.Workbook {
  const wb = newWorkbook(kind);
  addLaidSheet(wb, layout, o, name);
  return wb;
}

export function newWorkbook(kind: PlanKind): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '配档助手';
  wb.keywords = kindKeyword(kind);
  return wb;
}

/** Adds a sheet in the official layout to a workbook (a 汇总表 holds one for all units and one per unit). */
export function addLaidSheet(wb: ExcelJS.Workbook, layout: SheetLayout, o: ExportOptions, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(uniqueSheetName(wb, sheetName(name)), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: layout.headerEnd + 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: o.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.4, footer: 0.4 },
      printTitlesRow: `${layout.headerStart + 1}:${layout.headerEnd + 1}`,
    },
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页', evenFooter: '&C第 &P 页 共 &N 页' },
  });
  ws.columns = layout.widths.map((width) => ({ width }));
  const style = styles(o);
  const width = layout.widths.length;
  layout.rows.forEach((laid, i) => {
    const row = ws.getRow(i + 1);
    row.height = laid.height;
    const inTable = i >= layout.tableStart && i <= layout.tableEnd;
    const count = inTable ? width : laid.cells.length;
    for (let j = 0; j < count; j++) {
      const c = laid.cells[j];
      const cell = row.getCell(j + 1);
      if (c) {
        // Control characters are not allowed in a workbook's XML: Excel would call the file damaged.
        const text = c.text.replace(CONTROL_CHARS, '');
        cell.value = c.style === 'bodyCenter' && j === 0 && /^\d+$/.test(text) ? Number(text) : text;
        cell.style = style[c.style];
      } else if (inTable) {
        // Cells covered by a merge carry the borders too, or Excel draws gaps in the grid.
        const master = laid.cells.find((x) => x !== null);
        cell.style = style[master?.style === 'header' || master?.style === 'section' ? master.style : 'body'];
      }
    }
  });
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return ws;
}

function uniqueSheetName(wb: ExcelJS.Workbook, name: string): string {
  let n = name;
  for (let i = 2; wb.worksheets.some((w) => w.name.toLowerCase() === n.toLowerCase()); i++) n = `${name.slice(0, 27)}(${i})`;
  return n;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function writeWorkbook(layout: SheetLayout, o: ExportOptions, name: string, kind: PlanKind): Promise<Uint8Array> {
  return workbookBytes(buildWorkbook(layout, o, name, kind));
}
