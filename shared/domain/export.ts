// What the user chooses when exporting a plan as an official table: paper, columns, 字号, and the lines around it.
import { z } from 'zod';
import type { ColumnDef, Plan } from './plan';
import { MIN_BODY_PT, Orientation, Paper, PaperSize } from './paper';

export const ExportOptions = z.object({
  /** 附件 label above the title (附件1); empty for none. Defaults to the plan's. */
  attachmentLabel: z.string().max(20).optional(),
  /** 填报单位 and 时间 lines above the header, for tables sent down to be filled in. */
  reportLines: z
    .object({ unit: z.string().max(100), date: z.string().max(40), dateLabel: z.string().max(10).default('时间') })
    .optional(),
  /** Lines between the title and the header (填报说明 of a fill-in sheet). */
  intro: z.array(z.string().max(2000)).max(10).default([]),
  titleFont: z.enum(['fzxbs', 'songti']).default('fzxbs'),
  /** 二号 */
  titleSize: z.number().min(10).max(42).default(22),
  /** 小四 in 黑体 */
  headerSize: z.number().min(MIN_BODY_PT).max(26).default(12),
  /** 小四 in 仿宋_GB2312; never below 小五 (9 pt). */
  bodySize: z.number().min(MIN_BODY_PT).max(26).default(12),
  paper: PaperSize.default('A4'),
  orientation: Orientation.default('landscape'),
  /** The plan's columns to show, by key, in this order; all visible columns when absent. */
  columns: z.array(z.string().max(40)).max(60).optional(),
  /** Only these rows (the rows the filter shows), in plan order; all rows when absent. */
  rowIds: z.array(z.string()).optional(),
  /** Add the progress of this period (状态, 进展情况, 存在问题, 下步打算) as columns. */
  progressPeriod: z
    .string()
    .regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/)
    .optional(),
  /** Lines under the table (注：…). */
  notes: z.array(z.string().max(2000)).max(20).default([]),
});
export type ExportOptions = z.infer<typeof ExportOptions>;
export type ExportOptionsInput = z.input<typeof ExportOptions>;

/** Whether an output's table fits its paper at 小五 or more, the size it prints at, and the papers it would fit. */
export const FitCheck = z.object({
  fits: z.boolean(),
  /** A row is taller than a page: printed, it is cut. */
  tooTall: z.boolean(),
  bodySize: z.number(),
  columns: z.number().int(),
  message: z.string(),
  papers: z.array(Paper),
});
export type FitCheck = z.infer<typeof FitCheck>;

export const FONTS = {
  fzxbs: '方正小标宋简体',
  songti: '宋体',
  header: '黑体',
  body: '仿宋_GB2312',
} as const;

const QUARTER_TARGET = /^(一|二|三|四|第一|第二|第三|第四)季度(目标|任务|计划)?$|^Q[1-4]$/;
const QUARTER_NAMES = ['一', '二', '三', '四'];

/** The quarter a column holds the target of (1–4), by its key (q1…q4) or its label (一季度目标), else null. */
export function quarterOfColumn(c: Pick<ColumnDef, 'key' | 'label'>): number | null {
  const byKey = /^q([1-4])$/.exec(c.key);
  if (byKey) return Number(byKey[1]);
  const label = c.label.replace(/\s/g, '');
  if (!QUARTER_TARGET.test(label)) return null;
  const i = QUARTER_NAMES.findIndex((n) => label.replace(/^第/, '').startsWith(n));
  return i >= 0 ? i + 1 : null;
}

/** The quarter of a period (2026-Q4 → 4, 2026-11 → 4). */
export function quarterOfPeriod(period: string): number {
  const q = /Q([1-4])$/.exec(period);
  return q ? Number(q[1]) : Math.ceil(Number(period.slice(5, 7)) / 3);
}

/**
 * The plan's columns an output shows by default: the visible ones, and for one period of a quarterly plan only that
 * quarter's target of the four.
 */
export function defaultColumns(plan: Pick<Plan, 'columns'>, period?: string | null): ColumnDef[] {
  const visible = plan.columns.filter((c) => !c.hidden);
  if (!period) return visible;
  const q = quarterOfPeriod(period);
  return visible.filter((c) => {
    const of = quarterOfColumn(c);
    return of === null || of === q;
  });
}

/** The columns asked for by key, in that order (unknown keys left out); the default columns when none are asked for. */
export function chosenColumns(
  plan: Pick<Plan, 'columns'>,
  keys: readonly string[] | undefined,
  period?: string | null,
): ColumnDef[] {
  if (!keys) return defaultColumns(plan, period);
  const byKey = new Map(plan.columns.map((c) => [c.key, c]));
  return keys.map((k) => byKey.get(k)).filter((c): c is ColumnDef => c !== undefined);
}
