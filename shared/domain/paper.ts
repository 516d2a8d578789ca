// Paper and type as offices name them: A4/A3 in either orientation, 字号 (初号 … 小五) with their points, the page
// margins every written table uses, and the smallest body size a printed table may have (小五, 9 pt).
import { z } from 'zod';

export const PaperSize = z.enum(['A4', 'A3']);
export type PaperSize = z.infer<typeof PaperSize>;
export const Orientation = z.enum(['landscape', 'portrait']);
export type Orientation = z.infer<typeof Orientation>;

export const Paper = z.object({ size: PaperSize, orientation: Orientation });
export type Paper = z.infer<typeof Paper>;

/** The printed body is never smaller than 小五. */
export const MIN_BODY_PT = 9;

/** 字号: the names clerks use, largest first, with their size in points. */
export const FONT_SIZES: readonly { name: string; pt: number }[] = [
  { name: '初号', pt: 42 },
  { name: '小初', pt: 36 },
  { name: '一号', pt: 26 },
  { name: '小一', pt: 24 },
  { name: '二号', pt: 22 },
  { name: '小二', pt: 18 },
  { name: '三号', pt: 16 },
  { name: '小三', pt: 15 },
  { name: '四号', pt: 14 },
  { name: '小四', pt: 12 },
  { name: '五号', pt: 10.5 },
  { name: '小五', pt: 9 },
];

/** 「小四（12 磅）」, or 「11 磅」 for a size without a name. */
export function fontSizeName(pt: number): string {
  const named = FONT_SIZES.find((s) => s.pt === pt);
  return named ? `${named.name}（${pt} 磅）` : `${pt} 磅`;
}

/** The page in points. */
const SHEETS: Record<PaperSize, { short: number; long: number }> = {
  A4: { short: 595.3, long: 841.9 },
  A3: { short: 841.9, long: 1190.6 },
};

/** Every written table: 1.5 cm at the sides, 2 cm at the top and bottom (the footer sits in the bottom margin). */
export const PAGE_MARGINS_PT = { side: 42.5, top: 56.7, bottom: 56.7 } as const;

export function pageSize(p: Paper): { w: number; h: number } {
  const s = SHEETS[p.size];
  return p.orientation === 'landscape' ? { w: s.long, h: s.short } : { w: s.short, h: s.long };
}

/** The width a table may take on the page, in points. */
export function printableWidth(p: Paper): number {
  return pageSize(p).w - 2 * PAGE_MARGINS_PT.side;
}

/** The height a page gives the table, in points. */
export function printableHeight(p: Paper): number {
  return pageSize(p).h - PAGE_MARGINS_PT.top - PAGE_MARGINS_PT.bottom;
}

/** 「A4 横向」 */
export function paperName(p: Paper): string {
  return `${p.size} ${p.orientation === 'landscape' ? '横向' : '纵向'}`;
}

/** The other ways to lay a table out, in the order to offer them: the other orientation, then A3. */
export function otherPapers(p: Paper): Paper[] {
  const flip: Paper = { ...p, orientation: p.orientation === 'landscape' ? 'portrait' : 'landscape' };
  const bigger: Paper[] =
    p.size === 'A4'
      ? [
          { size: 'A3', orientation: 'landscape' },
          { size: 'A3', orientation: 'portrait' },
        ]
      : [];
  return [flip, ...bigger].filter((x) => x.size !== p.size || x.orientation !== p.orientation);
}

/** The outputs whose layout is remembered per plan: 导出, 打印, the rounds' fill-in sheets, the 汇总表. */
export const OutputKind = z.enum(['export', 'print', 'fillIn', 'summary']);
export type OutputKind = z.infer<typeof OutputKind>;

/** An output's layout as last chosen for a plan: paper, 字号 and the plan columns shown, in order. */
export const OutputLayout = z.object({
  paper: PaperSize,
  orientation: Orientation,
  titleSize: z.number().min(10).max(42).optional(),
  headerSize: z.number().min(MIN_BODY_PT).max(26).optional(),
  bodySize: z.number().min(MIN_BODY_PT).max(26),
  /** The plan columns, by key, in order; absent: the output's default. */
  columns: z.array(z.string().max(40)).max(60).optional(),
});
export type OutputLayout = z.infer<typeof OutputLayout>;
