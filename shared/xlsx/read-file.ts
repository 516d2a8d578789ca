// Turns the bytes of any file a clerk may drop into sheets, or a Chinese message naming the file and what to do.
import { AppError } from '../errors';
import type { ImportOptions, ImportResult } from '../domain/import';
import { readTable } from './detect-table';
import { removeInvisible } from './invisible-text';
import { isEncryptedOle, isOldWord, isTruncatedZip, sniffFile, zipContent, type ZipContent } from './file-kind';
import { readDocument, readDocumentBlocks, type DocumentBlock } from './read-docx';
import { readCsv } from './read-csv';
import { columnLetter } from '../column-letters';
import { readWorkbook } from './read-workbook';
import { readXls } from './xls/read-xls';
import type { SheetGrid } from './sheet-grid';
import { unpackWorkbook } from './zip-guard';
import { MAX_SHEET_ROWS } from '../file-limits';
import { checkImportSize, MAX_CELL_CHARS } from '../file-limits';

export { MAX_CELL_CHARS, MAX_IMPORT_BYTES } from '../file-limits';

/**
 * What reads a file's bytes into sheets: `readSheets` in the calling thread (tests, the worker itself), or the host's
 * `readSheetsIsolated` where a hostile file must only hurt a worker of its own (the app, the command line).
 */
export type SheetReader = (data: Uint8Array, fileName: string) => Promise<SheetGrid[]>;

export async function readSheets(data: Uint8Array, fileName: string): Promise<SheetGrid[]> {
  const sheets = await readAnySheets(data, fileName);
  for (const sheet of sheets) checkSheet(sheet, fileName);
  return sheets;
}

async function readAnySheets(data: Uint8Array, fileName: string): Promise<SheetGrid[]> {
  if (data.length === 0) throw new AppError('IMPORT_ZERO_BYTES', { file: fileName });
  checkImportSize(data.length, fileName);
  switch (sniffFile(data, fileName)) {
    case 'xlsx': {
      if (isTruncatedZip(data)) throw new AppError('IMPORT_CORRUPT', { file: fileName });
      const content = zipContent(data);
      if (content !== 'xlsx' && content !== 'word' && content !== 'unknown')
        throw new AppError('IMPORT_OTHER_FORMAT', { file: fileName, format: FORMAT_NAMES[content] });
      try {
        const parts = unpackWorkbook(data, fileName);
        // A notice's 配档表 often comes as a table in a Word document: its tables are read as sheets.
        const sheets = content === 'word' ? readDocument(parts, fileName) : readWorkbook(parts, fileName);
        if (sheets.length === 0)
          throw new AppError(content === 'word' ? 'IMPORT_WORD_NO_TABLE' : 'IMPORT_NOT_A_TABLE', { file: fileName });
        return sheets;
      } catch (e) {
        if (e instanceof AppError) throw e;
        throw new AppError(content === 'unknown' ? 'IMPORT_NOT_A_TABLE' : 'IMPORT_CORRUPT', { file: fileName });
      }
    }
    case 'ole':
      return readOleFile(data, fileName);
    case 'biff':
      // An Excel 2.x–4.0 worksheet (or a BIFF5 stream) on its own, not in an OLE file.
      throw new AppError('IMPORT_OLD_FORMAT', { file: fileName });
    case 'csv':
      return [readCsv(data, fileName.replace(/\.[^.]+$/, ''), fileName)];
    default:
      throw new AppError('IMPORT_NOT_A_TABLE', { file: fileName });
  }
}

/**
 * An OLE file: an old Excel (.xls) or WPS (.et) workbook is read; an .xlsx locked with a password or an old Word
 * document is named as such, by the container's streams or, when the container cannot be opened, by the names in its
 * bytes.
 */
function readOleFile(data: Uint8Array, fileName: string): SheetGrid[] {
  let sheets: SheetGrid[];
  try {
    sheets = readXls(data, fileName);
  } catch (e) {
    if (e instanceof AppError && e.code === 'IMPORT_CORRUPT' && (isEncryptedOle(data) || isOldWord(data))) {
      throw new AppError(isEncryptedOle(data) ? 'IMPORT_ENCRYPTED' : 'IMPORT_OLD_WORD', { file: fileName });
    }
    throw e;
  }
  if (sheets.length === 0) throw new AppError('IMPORT_NOT_A_TABLE', { file: fileName });
  return sheets;
}

const FORMAT_NAMES: Record<Exclude<ZipContent, 'xlsx' | 'word' | 'unknown'>, string> = {
  xlsb: 'Excel 二进制工作簿（.xlsb）',
  powerpoint: 'PowerPoint 演示文稿',
  ods: 'OpenDocument 表格（.ods）',
  numbers: 'Numbers 表格',
};

export async function importFile(
  data: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
  read: SheetReader = readSheets,
): Promise<ImportResult> {
  return removeInvisible(readTable(await read(data, fileName), fileName, options));
}

/** Limits a sheet read whole (a CSV, or a workbook's sheet): rows, and the length of each cell. */
function checkSheet(sheet: SheetGrid, file: string): void {
  if (sheet.cells.length > MAX_SHEET_ROWS) {
    throw new AppError('IMPORT_SHEET_TOO_LARGE', {
      file,
      what: `${sheet.cells.length} 行`,
      limit: `${MAX_SHEET_ROWS} 行`,
    });
  }
  for (let r = 0; r < sheet.cells.length; r++) {
    const line = sheet.cells[r]!;
    for (let c = 0; c < line.length; c++) {
      const text = line[c];
      if (text === undefined || text.length <= MAX_CELL_CHARS) continue;
      throw new AppError('IMPORT_CELL_TOO_LONG', {
        file,
        sheet: sheet.name,
        row: r + 1,
        column: columnLetter(c),
        length: text.length,
        limit: MAX_CELL_CHARS,
      });
    }
  }
}

/**
 * The body of a Word document (.docx), paragraphs and tables, with the same guards as a table's import: size, zip
 * bombs, a file that is not Word named as such.
 */
export function readDocumentFile(data: Uint8Array, fileName: string): DocumentBlock[] {
  if (data.length === 0) throw new AppError('IMPORT_ZERO_BYTES', { file: fileName });
  checkImportSize(data.length, fileName);
  const kind = sniffFile(data, fileName);
  if (kind === 'ole' && isOldWord(data)) throw new AppError('IMPORT_OLD_WORD', { file: fileName });
  if (kind !== 'xlsx' || isTruncatedZip(data) || zipContent(data) !== 'word')
    throw new AppError('GROUPS_NOT_A_DOCUMENT', { file: fileName });
  try {
    return readDocumentBlocks(unpackWorkbook(data, fileName), fileName);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('IMPORT_CORRUPT', { file: fileName });
  }
}
