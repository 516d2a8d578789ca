// What the user chooses when exporting a plan as an official table.
import { z } from 'zod';

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
  titleSize: z.number().min(10).max(36).default(20),
  headerSize: z.number().min(8).max(24).default(12),
  bodySize: z.number().min(8).max(24).default(12),
  orientation: z.enum(['landscape', 'portrait']).default('landscape'),
  /** Only these rows (the rows the filter shows), in plan order; all rows when absent. */
  rowIds: z.array(z.string()).optional(),
  /** Add the progress of this period (状态, 进展情况, 存在问题, 下步打算) as columns. */
  progressPeriod: z.string().regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/).optional(),
  /** Lines under the table (注：…). */
  notes: z.array(z.string().max(2000)).max(20).default([]),
});
export type ExportOptions = z.infer<typeof ExportOptions>;
export type ExportOptionsInput = z.input<typeof ExportOptions>;

export const FONTS = {
  fzxbs: '方正小标宋简体',
  songti: '宋体',
  header: '黑体',
  body: '仿宋_GB2312',
} as const;
