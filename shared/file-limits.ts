// Every size and count the app limits what it takes in by (file bytes, zip entries, rows, cells, text, a paste), and
// the messages of the size limits: one place for the app, the browser-mode bridge, the readers and the CLI.
import { AppError } from './errors';

/** A file to import (a workbook, a document, a CSV). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** A backup file to restore from (sent over the bridge like a file to import); a data file of years of plans is tens of MB. */
export const MAX_RESTORE_BYTES = 180 * 1024 * 1024;
/** Excel holds 32,767 characters in a cell; a hundred thousand come from pasting, ten million from a forged file. */
export const MAX_CELL_CHARS = 1_000_000;

/** What a workbook may unpack to in all; a tiny file that inflates past this is refused before it is unpacked. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** One part (a sheet's XML, the shared strings) may unpack to this much. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Entries of a zip package (.xlsx, .docx). */
export const MAX_ENTRIES = 5_000;
/** Rows and cells of all sheets together: a plan has hundreds of rows. */
export const MAX_SHEET_ROWS = 100_000;
export const MAX_SHEET_CELLS = 1_000_000;
/** Cells covered by merges (the importer fills merged-down cells one by one). */
export const MAX_MERGED_CELLS = 200_000;
/** The cells the sheets' lines may span in all, empty ones between included: ten times the cells a sheet may hold. */
export const MAX_GRID_AREA = 10 * MAX_SHEET_CELLS;
/** A directory of more entries than this in an .xls (a compound file) is not an office file's. */
export const MAX_DIRECTORY_ENTRIES = 100_000;
/** More than a grid takes in one paste: the rest of a table copied from a huge page is left out. */
export const MAX_PASTE_ROWS = 20_000;
export const MAX_PASTE_COLUMNS = 200;

/** The body of one call over the bridge: a file travels as base64 (4 bytes for 3) inside JSON, with room to spare. */
export const MAX_BODY_BYTES = Math.ceil((MAX_RESTORE_BYTES * 4) / 3) + 1024 * 1024;

/** The size as people read it: 130.0 MB. */
export function megabytes(n: number): string {
  return n >= 1024 * 1024 * 1024 ? `${(n / 1024 / 1024 / 1024).toFixed(1)} GB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Refuses a file to import past the limit, before a byte of it is read, with the message every entry point shows. */
export function checkImportSize(size: number, file: string): void {
  const error = importSizeError(size, file);
  if (error) throw error;
}

/** The message for a file to import past the limit (the app checks before reading it), or null. */
export function importSizeError(size: number, file: string): AppError | null {
  return size > MAX_IMPORT_BYTES
    ? new AppError('IMPORT_TOO_LARGE', { file, size: megabytes(size), limit: megabytes(MAX_IMPORT_BYTES) })
    : null;
}

/** The size of the file inside a call's body (base64 in JSON), for a message when the body itself is too large. */
export function fileSizeOfBody(bodyBytes: number): number {
  return Math.floor((bodyBytes * 3) / 4);
}
