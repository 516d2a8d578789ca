// Writes a laid-out sheet with ExcelJS: official fonts, thin borders, wrapped text, computed row heights, A4 or A3
// print setup with the header repeated on every page and 第 X 页 共 Y 页 in the footer; text made safe (safe-text).
import ExcelJS from 'exceljs';
import { FONTS, type ExportOptions } from '../domain/export';
import { PAGE_MARGINS_PT } from '../domain/paper';
import type { PlanKind } from '../domain/plan';
import type { CellStyleName, SheetLayout } from './official-layout';
import { kindKeyword } from './read-workbook';
import { workbookText } from './safe-text';

/** Excel's paper size codes (ExcelJS's enum names A4 but not A3, whose code is 8). */
const PAPER_CODES: Record<'A4' | 'A3', ExcelJS.PaperSize> = { A4: 9 as ExcelJS.PaperSize, A3: 8 as ExcelJS.PaperSize };
const inches = (pt: number) => Math.round((pt / 72) * 100) / 100;
/** Workbooks holding text that must carry Excel's quote prefix (ExcelJS does not write it; writeStylesOurWay does). */
const QUOTED = new WeakSet<ExcelJS.Workbook>();

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function styles(o: ExportOptions, layout: SheetLayout): Record<CellStyleName, Partial<ExcelJS.Style>> {
  const body = { name: FONTS.body, size: layout.bodySize };
  const wrapLeft: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'middle', wrapText: true };
  const wrapCenter: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return {
    attachment: { font: { name: FONTS.header, size: 16 }, alignment: { horizontal: 'left', vertical: 'middle' } },
    title: {
      font:
        o.titleFont === 'fzxbs'
          ? { name: FONTS.fzxbs, size: o.titleSize }
          : { name: FONTS.songti, size: o.titleSize, bold: true },
      alignment: wrapCenter,
    },
    report: { font: body, alignment: { horizontal: 'left', vertical: 'middle' } },
    header: { font: { name: FONTS.header, size: layout.headerSize }, alignment: wrapCenter, border: THIN },
    section: { font: { name: FONTS.header, size: layout.bodySize }, alignment: wrapLeft, border: THIN },
    body: { font: body, alignment: wrapLeft, border: THIN },
    bodyCenter: { font: body, alignment: wrapCenter, border: THIN },
    note: { font: body, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
  };
}

/** Excel's rules for sheet names: at most 31 characters, none of []:*?/\ */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

export function buildWorkbook(
  layout: SheetLayout,
  o: ExportOptions,
  name: string,
  kind: PlanKind,
  warnings: string[] = [],
): ExcelJS.Workbook {
  const wb = newWorkbook(kind);
  addLaidSheet(wb, layout, o, name, warnings);
  return wb;
}

export function newWorkbook(kind: PlanKind): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '配档助手';
  wb.keywords = kindKeyword(kind);
  return wb;
}

/**
 * Adds a sheet in the official layout to a workbook (a 汇总表 holds one for all units and one per unit). Printed
 * fit to the page's width only where the layout says the body stays at 9 pt or more at that scale.
 */
export function addLaidSheet(
  wb: ExcelJS.Workbook,
  layout: SheetLayout,
  o: ExportOptions,
  name: string,
  warnings: string[] = [],
): ExcelJS.Worksheet {
  const side = inches(PAGE_MARGINS_PT.side);
  const ws = wb.addWorksheet(uniqueSheetName(wb, sheetName(name)), {
    views: [{ state: 'frozen', xSplit: layout.frozenColumns, ySplit: layout.headerEnd + 1 }],
    pageSetup: {
      paperSize: PAPER_CODES[layout.paper.size],
      orientation: layout.paper.orientation,
      // The widths were made to fit at this body size: shrinking to the width changes nothing unless Excel sets the
      // text wider than measured, and then by a few per cent, from at least 10 pt.
      ...(layout.bodySize >= 10 ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { scale: 100 }),
      horizontalCentered: true,
      margins: {
        left: side,
        right: side,
        top: inches(PAGE_MARGINS_PT.top),
        bottom: inches(PAGE_MARGINS_PT.bottom),
        header: 0.4,
        footer: 0.4,
      },
      printTitlesRow: `${layout.headerStart + 1}:${layout.headerEnd + 1}`,
    },
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页', evenFooter: '&C第 &P 页 共 &N 页' },
  });
  warnings.push(...layout.warnings);
  ws.columns = layout.widths.map((width) => ({ width }));
  const style = styles(o, layout);
  const width = layout.widths.length;
  layout.rows.forEach((laid, i) => {
    const row = ws.getRow(i + 1);
    row.height = laid.height;
    const inTable = i >= layout.tableStart && i <= layout.tableEnd;
    const count = inTable ? width : laid.cells.length;
    for (let j = 0; j < count; j++) {
      const c = laid.cells[j];
      const cell = row.getCell(j + 1);
      if (c)
        writeCell(
          wb,
          cell,
          c.text,
          style[c.style],
          c.style === 'bodyCenter' && j === 0,
          { line: i + 1, column: layout.labels[j] ?? '' },
          warnings,
        );
      else if (inTable) {
        // Cells covered by a merge carry the borders too, or Excel draws gaps in the grid.
        const master = laid.cells.find((x) => x !== null);
        cell.style = style[master?.style === 'header' || master?.style === 'section' ? master.style : 'body'];
      }
    }
  });
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  // A break after the row above each row that begins a page (ExcelJS counts rows from 1).
  for (const b of layout.pageBreaks ?? []) ws.getRow(b).addPageBreak();
  return ws;
}

/** One cell's text, made safe; 序号 as a number; formula-like text as text with Excel's quote prefix. */
function writeCell(
  wb: ExcelJS.Workbook,
  cell: ExcelJS.Cell,
  raw: string,
  style: Partial<ExcelJS.Style>,
  seq: boolean,
  place: { line: number; column: string },
  warnings: string[],
): void {
  const { text, quote } = workbookText(raw, place, warnings);
  cell.value = seq && /^\d+$/.test(text) ? Number(text) : text;
  if (!quote) {
    cell.style = style;
    return;
  }
  cell.style = { ...style, numFmt: '@' };
  QUOTED.add(wb);
}

function uniqueSheetName(wb: ExcelJS.Workbook, name: string): string {
  let n = name;
  for (let i = 2; wb.worksheets.some((w) => w.name.toLowerCase() === n.toLowerCase()); i++)
    n = `${name.slice(0, 27)}(${i})`;
  return n;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  writeStylesOurWay(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The part of ExcelJS's writer that puts styles.xml in the package (its XLSX.addStyles). */
interface StylesWriter {
  addStyles(
    zip: { append(data: string, options: { name: string }): void },
    model: { styles: { xml: string } },
  ): Promise<void>;
}

/**
 * styles.xml as ExcelJS makes it, with two changes made as it is written (no second pass over the package):
 * - the workbook's default font is Arial 10, not Calibri 11. Column widths count digits of that font: Arial's
 *   digits are 7 px in Excel and WPS, and so are those of Liberation Sans, which LibreOffice sets for it where
 *   Arial is missing; Calibri has no such twin on many machines, and there the columns come out a quarter wider
 *   than measured and the last ones print on pages of their own.
 * - text-formatted cells (numFmt 49, given only to formula-like text) get quotePrefix="1", as Excel marks text
 *   typed after an apostrophe: F2 and Enter then keep it text instead of making it a live formula.
 */
function writeStylesOurWay(wb: ExcelJS.Workbook): void {
  const quoted = QUOTED.has(wb);
  const writer = wb.xlsx as unknown as StylesWriter;
  writer.addStyles = async (zip, model) => {
    const xml = model.styles.xml;
    if (xml) zip.append(officialStyles(xml, quoted), { name: 'xl/styles.xml' });
  };
}

export function officialStyles(xml: string, quoted: boolean): string {
  const withFont = xml.replace(
    /(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/,
    '$1<font><sz val="10"/><name val="Arial"/><family val="2"/></font>',
  );
  if (!quoted) return withFont;
  return withFont.replace(/<cellXfs\b[\s\S]*?<\/cellXfs>/, (xfs) =>
    xfs.replace(
      /<xf\b([^>]*?)numFmtId="49"([^>]*?)(\/?)>/g,
      (_m, a: string, b: string, close: string) => `<xf${a}numFmtId="49"${b} quotePrefix="1"${close}>`,
    ),
  );
}

export async function writeWorkbook(
  layout: SheetLayout,
  o: ExportOptions,
  name: string,
  kind: PlanKind,
  warnings: string[] = [],
): Promise<Uint8Array> {
  return workbookBytes(buildWorkbook(layout, o, name, kind, warnings));
}
