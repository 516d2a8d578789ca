// What units do to a fill-in sheet before sending it back: fill the open cells with ExcelJS, change what they
// should not, and save it through another program (LibreOffice headless).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { MARKER_SHEET } from '../../../shared/xlsx/round-marker';

export interface SheetEdit {
  /** Column number of each header label. */
  header: Map<string, number>;
  /** The lines the unit fills in (its open rows). */
  lines: number[];
  ws: ExcelJS.Worksheet;
}

/** Fills every open row (a status and a line of progress), applies `edit`, and writes the file to `to`. */
export async function fillSheet(
  from: string,
  to: string,
  status: string,
  edit?: (e: SheetEdit) => void,
): Promise<void> {
  writeFileSync(to, await filledSheet(from, status, edit));
}

/** The bytes of a unit's sheet filled in: every open row gets a status and a line of progress, then `edit` runs. */
export async function filledSheet(from: string, status: string, edit?: (e: SheetEdit) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(from) as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.name !== MARKER_SHEET)!;
  const { header, lines } = sheetLayout(ws);
  for (const line of lines) {
    ws.getCell(line, header.get('完成状态')!).value = status;
    ws.getCell(line, header.get('进展情况')!).value = `已按计划推进（第${line}行）`;
  }
  edit?.({ header, lines, ws });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Opens and saves the file in LibreOffice, as a unit using another office program would; answers the new path. */
export function saveThroughLibreOffice(file: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  execFileSync('soffice', ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return join(outDir, basename(file));
}

/** Sets when a file was last saved: the time it came in by mail, as the app reads it. */
export function cameInAt(file: string, iso: string): void {
  const t = new Date(iso);
  utimesSync(file, t, t);
}

/** Where a fill-in sheet's columns are (by header label) and which lines the unit fills in (the open ones). */
export function sheetLayout(ws: ExcelJS.Worksheet): { header: Map<string, number>; lines: number[] } {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === '序号') headerRow = n;
  });
  const header = new Map<string, number>();
  ws.getRow(headerRow).eachCell((c, col) => header.set(String(c.value), col));
  const lines: number[] = [];
  for (let n = headerRow + 1; n <= ws.rowCount; n++) {
    if (ws.getCell(n, header.get('完成状态')!).protection?.locked === false) lines.push(n);
  }
  return { header, lines };
}
