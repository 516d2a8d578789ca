// The model of a plan (方案/清单) and its rows (事项), as zod schemas with the types inferred from them.
import { z } from 'zod';
import { Cadence } from './cadence';

/** The kinds of table: 配档表, 重点工作清单/季度目标表, 民生实事, 突破事项汇总表, and 整改台账 (督导 findings to 销号). */
export const PlanKind = z.enum(['peidang', 'quarterly', 'minsheng', 'breakthrough', 'rectification']);
export type PlanKind = z.infer<typeof PlanKind>;

/** What a column holds; decides its editor, filter and (later) how import and export treat it. */
export const ColumnRole = z.enum(['text', 'unit', 'person', 'deadline', 'note']);
export type ColumnRole = z.infer<typeof ColumnRole>;

/** Of a unit column: whether it names the unit in charge (牵头) or those that help (配合). */
export const UnitPart = z.enum(['lead', 'support']);
export type UnitPart = z.infer<typeof UnitPart>;

/** Keys name the cells of a row; `title` is reserved for the text of a section row (分组行). */
export const ColumnKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,31}$/)
  .refine((k) => k !== 'title', { message: 'reserved' });

export const ColumnDef = z.object({
  key: ColumnKey,
  label: z.string().min(1).max(60),
  /** The label of the upper header row for a two-level header (e.g. 责任分工 over 责任领导). */
  group: z.string().max(60).optional(),
  role: ColumnRole,
  /** Of a unit column, 牵头 or 配合: stored with the plan (set at import, chosen in 列设置), the one answer to it. */
  part: UnitPart.optional(),
  /** Width in characters of the body font, the unit Excel uses too. */
  width: z.number().min(2).max(120),
  hidden: z.boolean().optional(),
});
export type ColumnDef = z.infer<typeof ColumnDef>;

/** How 序号 counts: through the whole plan, or anew under each section. */
export const Numbering = z.enum(['continuous', 'per-section']);
export type Numbering = z.infer<typeof Numbering>;

export const PlanMeta = z.object({
  title: z.string().trim().min(1).max(200),
  /** 发文单位 */
  issuer: z.string().max(100),
  /** 文号, e.g. 鲁卫办字〔2023〕46号 */
  docNo: z.string().max(100),
  year: z.number().int().min(2000).max(2100),
  /** 附件 label printed above the title, e.g. 附件1; empty for none. */
  attachmentLabel: z.string().max(20),
  numbering: Numbering.default('continuous'),
  /** How often progress is reported: by quarter or by month. */
  cadence: Cadence.default('quarter'),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

export const Plan = PlanMeta.extend({
  id: z.string(),
  kind: PlanKind,
  columns: z.array(ColumnDef).min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type Plan = z.infer<typeof Plan>;

export const PlanSummary = Plan.omit({ columns: true }).extend({ itemCount: z.number().int() });
export type PlanSummary = z.infer<typeof PlanSummary>;

export const RowKind = z.enum(['item', 'section']);
export type RowKind = z.infer<typeof RowKind>;

/** Cell text as the user wrote it, line breaks included, keyed by column key. */
export const Cells = z.record(z.string(), z.string());
export type Cells = z.infer<typeof Cells>;

export const Row = z.object({
  id: z.string(),
  kind: RowKind,
  /** The text of a section row, such as （一）优化健康服务流程; empty for items. */
  title: z.string(),
  cells: Cells,
});
export type Row = z.infer<typeof Row>;

/** A new row before it has an id. */
export const RowDraft = z.object({
  kind: RowKind,
  title: z.string().default(''),
  cells: Cells.default({}),
});
export type RowDraft = z.infer<typeof RowDraft>;

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;

/** What one change did to a plan: the rows to show anew, the rows gone, the order when it moved. */
export const PlanDelta = z.object({
  planId: z.string(),
  plan: Plan.optional(),
  upserted: z.array(Row),
  removed: z.array(z.string()),
  order: z.array(z.string()).optional(),
  history: HistoryState,
  /** Ids of rows the action created, in order (to focus them). */
  created: z.array(z.string()).default([]),
  /** True when progress entries changed: the UI fetches them anew. */
  progressChanged: z.boolean().default(false),
  /** True when a return's state or decisions changed (采用, 退回 and their undo): an open round board reloads. */
  roundsChanged: z.boolean().default(false),
  /** True when the 单位名录 changed: lists of units are read anew. */
  unitsChanged: z.boolean().default(false),
});
export type PlanDelta = z.infer<typeof PlanDelta>;

export const PlanDocument = z.object({
  plan: Plan,
  rows: z.array(Row),
  history: HistoryState,
});
export type PlanDocument = z.infer<typeof PlanDocument>;
