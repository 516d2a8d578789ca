// Error codes the host can answer with, and the one error type that carries them.
import { z } from 'zod';

export const ErrorCode = z.enum([
  'UNKNOWN_METHOD',
  'BAD_INPUT',
  'INTERNAL',
  'PLAN_NOT_FOUND',
  'ROW_NOT_FOUND',
  'NOTHING_TO_UNDO',
  'NOTHING_TO_REDO',
  'DB_NEWER_VERSION',
  'DB_CORRUPT',
  'DB_READONLY',
  'DB_BUSY',
  'DISK_FULL',
  'DB_FILE_RESTORED',
  'UNAUTHORIZED',
  'HOST_UNREACHABLE',
  'IMPORT_NOT_A_TABLE',
  'IMPORT_OLD_FORMAT',
  'IMPORT_ENCRYPTED',
  'IMPORT_CORRUPT',
  'IMPORT_EMPTY',
  'IMPORT_NO_HEADER',
  'IMPORT_SHEET_NOT_FOUND',
  'IMPORT_UNREADABLE',
  'IMPORT_EXPIRED',
  'IMPORT_TOO_LARGE',
  'IMPORT_ZERO_BYTES',
  'IMPORT_OTHER_FORMAT',
  'IMPORT_WORD_NO_TABLE',
  'IMPORT_OLD_WORD',
  'IMPORT_UNPACKED_TOO_LARGE',
  'IMPORT_SHEET_TOO_LARGE',
  'IMPORT_CELL_TOO_LONG',
  'EXPORT_UNWRITABLE',
  'COLUMNS_INVALID',
  'UNIT_NAME_TAKEN',
  'BACKUP_INVALID',
  'ALREADY_RUNNING',
  'ROUND_NOT_FOUND',
  'ROUND_INVALID',
  'SUBMISSION_NOT_FOUND',
  'SUBMISSION_STATE',
  'RETURN_OTHER_ROUND',
  'RETURN_DUPLICATE_FILE',
  'FOLDER_UNWRITABLE',
  'IMPORT_STOPPED',
  'IMPORT_TOO_MANY_ENTRIES',
  'IMPORT_ZIP_DUPLICATE',
  'RESTORE_WHILE_RUNNING',
  'SCORES_NO_TABLE',
  'SCORES_TOO_MANY',
  'SCORES_NOT_FOUND',
  'GROUPS_NONE',
  'GROUP_NOT_FOUND',
  'NOT_A_LEDGER',
  'LAYOUT_TOO_WIDE',
  'UNIT_COLLECTIVE',
  'UNIT_NOT_FOUND',
  'UNIT_TOO_MANY_NAMES',
  'PASTE_OVER_SECTION',
  'CLIPBOARD_UNAVAILABLE',
  'GROUPS_NOT_A_DOCUMENT',
  'GROUP_NAME_TAKEN',
  'FOLDER_OPEN_FAILED',
  'FOLDER_PICKER_UNAVAILABLE',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Values a message may name, such as the plan's title or the row's number. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  constructor(code: ErrorCode, params: ErrorParams = {}) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

/** What crosses the boundary when a call fails: the code, its Chinese message, and for internal errors an id. */
export const ErrorPayload = z.object({
  code: ErrorCode,
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  incidentId: z.string().optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;
