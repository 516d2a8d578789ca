// Turns the bytes of any file a clerk may drop into sheets, or a Chinese message naming the file and what to do.
import { AppError } from '../errors';
import type { ImportOptions, ImportResult } from '../domain/import';
import { readTable } from './detect-table';
import { isEncryptedOle, isTruncatedZip, sniffFile, zipContent, type ZipContent } from './file-kind';
import { readCsv } from './read-csv';
import { readWorkbook } from './read-workbook';
import type { SheetGrid } from './sheet-grid';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export async function readSheets(data: Uint8Array, fileName: string): Promise<SheetGrid[]> {
  if (data.length === 0) throw new AppError('IMPORT_ZERO_BYTES', { file: fileName });
  if (data.length > MAX_IMPORT_BYTES) {
    throw new AppError('IMPORT_TOO_LARGE', { file: fileName, size: megabytes(data.length), limit: megabytes(MAX_IMPORT_BYTES) });
  }
  switch (sniffFile(data, fileName)) {
    case 'xlsx': {
      if (isTruncatedZip(data)) throw new AppError('IMPORT_CORRUPT', { file: fileName });
      const content = zipContent(data);
      if (content !== 'xlsx' && content !== 'unknown') throw new AppError('IMPORT_OTHER_FORMAT', { file: fileName, format: FORMAT_NAMES[content] });
      try {
        const sheets = await readWorkbook(data);
        if (sheets.length === 0) throw new AppError('IMPORT_NOT_A_TABLE', { file: fileName });
        return sheets;
      } catch (e) {
        if (e instanceof AppError) throw e;
        throw new AppError(content === 'unknown' ? 'IMPORT_NOT_A_TABLE' : 'IMPORT_CORRUPT', { file: fileName });
      }
    }
    case 'ole':
      throw new AppError(isEncryptedOle(data) ? 'IMPORT_ENCRYPTED' : 'IMPORT_OLD_FORMAT', { file: fileName });
    case 'csv':
      return [readCsv(data, fileName.replace(/\.[^.]+$/, ''))];
    default:
      throw new AppError('IMPORT_NOT_A_TABLE', { file: fileName });
  }
}

const FORMAT_NAMES: Record<Exclude<ZipContent, 'xlsx' | 'unknown'>, string> = {
  xlsb: 'Excel 二进制工作簿（.xlsb）',
  word: 'Word 文档',
  powerpoint: 'PowerPoint 演示文稿',
  ods: 'OpenDocument 表格（.ods）',
  numbers: 'Numbers 表格',
};

export async function importFile(data: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  return readTable(await readSheets(data, fileName), fileName, options);
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
