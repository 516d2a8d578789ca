// Turns the bytes of any file a clerk may drop into sheets, or a Chinese message naming the file and what to do.
import { AppError } from '../errors';
import type { ImportOptions, ImportResult } from '../domain/import';
import { readTable } from './detect-table';
import { isEncryptedOle, isOldWord, isTruncatedZip, sniffFile, zipContent, type ZipContent } from './file-kind';
import { readDocument } from './read-docx';
import { readCsv } from './read-csv';
import { readWorkbook } from './read-workbook';
import type { SheetGrid } from './sheet-grid';
import { MAX_SHEET_ROWS, unpackWorkbook } from './zip-guard';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** Excel holds 32,767 characters in a cell; a hundred thousand come from pasting, ten million from a forged file. */
export const MAX_CELL_CHARS = 1_000_000;

export async function readSheets(data: Uint8Array, fileName: string): Promise<SheetGrid[]> {
  const sheets = await readAnySheets(data, fileName);
  for (const sheet of sheets) checkSheet(sheet, fileName);
  return sheets;
}

async function readAnySheets(data: Uint8Array, fileName: string): Promise<SheetGrid[]> {
  if (data.length === 0) throw new AppError('IMPORT_ZERO_BYTES', { file: fileName });
  if (data.length > MAX_IMPORT_BYTES) {
    throw new AppError('IMPORT_TOO_LARGE', { file: fileName, size: megabytes(data.length), limit: megabytes(MAX_IMPORT_BYTES) });
  }
  switch (sniffFile(data, fileName)) {
    case 'xlsx': {
      if (isTruncatedZip(data)) throw new AppError('IMPORT_CORRUPT', { file: fileName });
      const content = zipContent(data);
      if (content !== 'xlsx' && content !== 'word' && content !== 'unknown') throw new AppError('IMPORT_OTHER_FORMAT', { file: fileName, format: FORMAT_NAMES[content] });
      try {
        const parts = unpackWorkbook(data, fileName);
        // A notice's 配档表 often comes as a table in a Word document: its tables are read as sheets.
        const sheets = content === 'word' ? readDocument(parts, fileName) : readWorkbook(parts, fileName);
        if (sheets.length === 0) throw new AppError(content === 'word' ? 'IMPORT_WORD_NO_TABLE' : 'IMPORT_NOT_A_TABLE', { file: fileName });
        return sheets;
      } catch (e) {
        if (e instanceof AppError) throw e;
        throw new AppError(content === 'unknown' ? 'IMPORT_NOT_A_TABLE' : 'IMPORT_CORRUPT', { file: fileName });
      }
    }
    case 'ole':
      throw new AppError(isEncryptedOle(data) ? 'IMPORT_ENCRYPTED' : isOldWord(data) ? 'IMPORT_OLD_WORD' : 'IMPORT_OLD_FORMAT', { file: fileName });
    case 'csv':
      return [readCsv(data, fileName.replace(/\.[^.]+$/, ''))];
    default:
      throw new AppError('IMPORT_NOT_A_TABLE', { file: fileName });
  }
}

const FORMAT_NAMES: Record<Exclude<ZipContent, 'xlsx' | 'word' | 'unknown'>, string> = {
  xlsb: 'Excel 二进制工作簿（.xlsb）',
  powerpoint: 'PowerPoint 演示文稿',
  ods: 'OpenDocument 表格（.ods）',
  numbers: 'Numbers 表格',
};

export async function importFile(data: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  return readTable(await readSheets(data, fileName), fileName, options);
}

/** Limits a sheet read whole (a CSV, or a workbook's sheet): rows, and the length of each cell. */
function checkSheet(sheet: SheetGrid, file: string): void {
  if (sheet.cells.length > MAX_SHEET_ROWS) {
    throw new AppError('IMPORT_SHEET_TOO_LARGE', { file, what: `${sheet.cells.length} 行`, limit: `${MAX_SHEET_ROWS} 行` });
  }
  sheet.cells.forEach((line, r) =>
    line.forEach((text, c) => {
      if (text.length <= MAX_CELL_CHARS) return;
      throw new AppError('IMPORT_CELL_TOO_LONG', { file, sheet: sheet.name, row: r + 1, column: columnName(c), length: text.length, limit: MAX_CELL_CHARS });
    }),
  );
}

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
