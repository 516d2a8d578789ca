// 修改记录: what the history says of one row — each change with when, before → after, and where it came from.
import { z } from 'zod';

/** What one entry changed in one place of the row: a column (its key), `title` of a section, `row`, `progress`. */
export const HistoryChange = z.object({
  key: z.string(),
  /** The column's name as the plan calls it, 进展（2026年第四季度）, or 行. */
  label: z.string(),
  before: z.string(),
  after: z.string(),
});
export type HistoryChange = z.infer<typeof HistoryChange>;

export const HistoryEntry = z.object({
  at: z.string(),
  /** The action's name (编辑单元格, 粘贴, 导入「…」, 采用回执（医政处）), or 撤销「…」/ 重做「…」. */
  label: z.string(),
  /** Where it came from: 输入, 粘贴, 导入「文件」, 采用医政处的回执「文件」, 撤销, 重做 … */
  from: z.string(),
  kind: z.enum(['change', 'undo', 'redo']),
  /** A change taken back by undo (and not redone since). */
  undone: z.boolean(),
  changes: z.array(HistoryChange),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** How many entries 修改记录 shows of one row at most. */
export const HISTORY_LIMIT = 200;

/** The entries that changed one place of the row (the cell view of 修改记录), each with only that change. */
export function entriesOfKey(entries: readonly HistoryEntry[], key: string): HistoryEntry[] {
  return entries.flatMap((e) => {
    const changes = e.changes.filter((c) => c.key === key);
    return changes.length > 0 ? [{ ...e, changes }] : [];
  });
}
