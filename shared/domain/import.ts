// What an import reads from a file and what the user may change before it becomes a plan.
import { z } from 'zod';
import { ColumnKey, PlanKind } from './plan';
import { ImportYear } from './import-year';

/** How one column of the file is taken: as a key of the kind, kept as an extra column, or left out. */
export const ColumnChoice = z.union([
  z.object({ use: z.literal('key'), key: ColumnKey }),
  z.object({ use: z.literal('extra') }),
  z.object({ use: z.literal('ignore') }),
]);
export type ColumnChoice = z.infer<typeof ColumnChoice>;

/** What the user chose in the preview; anything left out is detected. */
export const ImportOptions = z.object({
  sheet: z.string().optional(),
  /** 1-based rows of the header, as Excel numbers them. */
  headerStart: z.number().int().min(1).optional(),
  headerEnd: z.number().int().min(1).optional(),
  kind: PlanKind.optional(),
  /** By the column's 0-based index in the sheet. */
  columns: z.record(z.string(), ColumnChoice).optional(),
  /** The plan's 年度 as the clerk confirmed or changed it. */
  year: z.number().int().min(2000).max(2100).optional(),
  /** The file's own date (YYYY-MM-DD), for a guess of the year when the file states none. */
  fileDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const ImportedColumn = z.object({
  index: z.number().int(),
  /** The header text in the file. */
  source: z.string(),
  /** The header's upper level in a two-level header (责任分工 over 责任领导). */
  group: z.string().optional(),
  choice: ColumnChoice,
  /** The key the column gets in the plan (extra columns get x1, x2 …); null when ignored. */
  key: z.string().nullable(),
  hidden: z.boolean(),
});
export type ImportedColumn = z.infer<typeof ImportedColumn>;

export const ImportedRow = z.object({
  /** A section row (分组行) or an item; rows keep the order of the sheet. */
  kind: z.enum(['item', 'section']),
  /** For an item, the section it stands under (or null); for a section row, its own text. */
  section: z.string().nullable(),
  /** 1-based row number in the sheet, for messages. */
  line: z.number().int(),
  cells: z.record(z.string(), z.string()),
});
export type ImportedRow = z.infer<typeof ImportedRow>;

export const ImportMeta = z.object({
  reportingUnit: z.string().optional(),
  reportDate: z.string().optional(),
  attachmentLabel: z.string().optional(),
  docNo: z.string().optional(),
});
export type ImportMeta = z.infer<typeof ImportMeta>;

export const ImportResult = z.object({
  fileName: z.string(),
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean() })),
  sheet: z.string(),
  headerStart: z.number().int(),
  headerEnd: z.number().int(),
  kind: PlanKind,
  title: z.string(),
  meta: ImportMeta,
  columns: z.array(ImportedColumn),
  rows: z.array(ImportedRow),
  notes: z.array(z.string()),
  warnings: z.array(z.string()),
  /** What identifies files of the same shape, to remember a corrected mapping. */
  shape: z.string(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** What the preview shows: the reading without all its rows, and how many there are. */
export const ImportPreview = ImportResult.omit({ rows: true }).extend({
  fileId: z.string(),
  previewRows: z.array(ImportedRow),
  itemCount: z.number().int(),
  sectionCount: z.number().int(),
  /** True when the columns came from a mapping the user corrected for a file of the same shape. */
  remembered: z.boolean(),
  /** The 年度 the plan will have, and where it came from (a guess is marked for the clerk to confirm). */
  year: ImportYear.optional(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportTarget = z.union([
  z.object({ mode: z.literal('new') }),
  z.object({ mode: z.literal('append'), planId: z.string().min(1) }),
]);
export type ImportTarget = z.infer<typeof ImportTarget>;
