// How close a row is to its 完成时限, as the grid and the status bar show it.
import { readDeadline } from './deadline';
import type { Plan, Row } from './plan';
import { deadlineColumns } from './column-roles';

export type DueStatus = 'overdue' | 'soon' | 'later' | 'none' | 'unreadable';

/** Days ahead that count as 即将到期. */
export const SOON_DAYS = 14;

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The status of one deadline text on a given day (YYYY-MM-DD). */
export function dueStatus(text: string, year: number, today: string): DueStatus {
  const read = readDeadline(text, year, today);
  if (read.kind === 'unreadable') return 'unreadable';
  const due = read.due;
  if (due === null) return 'none';
  if (due < today) return 'overdue';
  return due <= addDays(today, SOON_DAYS) ? 'soon' : 'later';
}

/** The keys of a plan's deadline columns. */
export function deadlineKeys(plan: Pick<Plan, 'columns'>): string[] {
  return deadlineColumns(plan).map((c) => c.key);
}

/**
 * One deadline cell of an item as the grid marks it: nothing is due once the item is done. `read` may be a
 * dueStatusReader of the same year and day, for a grid that asks for every cell it draws.
 */
export function cellDueStatus(
  text: string,
  year: number,
  today: string,
  done: boolean,
  read: (text: string) => DueStatus = (t) => dueStatus(t, year, today),
): DueStatus {
  return done ? 'none' : read(text);
}

/** dueStatus for one year and day, each text read once: deadlines repeat (6月底前, 12月底前) down a long plan. */
export function dueStatusReader(year: number, today: string): (text: string) => DueStatus {
  const read = new Map<string, DueStatus>();
  return (text) => {
    let s = read.get(text);
    if (s === undefined) read.set(text, (s = dueStatus(text, year, today)));
    return s;
  };
}

const PRESSING: readonly DueStatus[] = ['overdue', 'soon', 'later', 'unreadable', 'none'];

/**
 * 逾期 and 即将到期 of an item, the one rule the filter, the status bar, 进度总览 and the reports share: the most
 * pressing of its shown deadline columns, with the key of that column; nothing is due of a section or a done item.
 */
export function itemDueStatus(
  plan: Pick<Plan, 'columns' | 'year'>,
  row: Row,
  done: boolean,
  today: string,
  read: (text: string) => DueStatus = (text) => dueStatus(text, plan.year, today),
): { status: DueStatus; key: string | null } {
  if (row.kind !== 'item' || done) return { status: 'none', key: null };
  let best: { status: DueStatus; key: string | null } = { status: 'none', key: null };
  for (const key of deadlineKeys(plan)) {
    const status = read(row.cells[key] ?? '');
    if (PRESSING.indexOf(status) < PRESSING.indexOf(best.status)) best = { status, key };
  }
  return best;
}

/** Today in the user's own time zone, as YYYY-MM-DD. */
export function localToday(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** What the grid says about a deadline when the pointer rests on it. */
export function dueTooltip(text: string, year: number, today: string): string | undefined {
  if (text.trim() === '') return undefined;
  const read = readDeadline(text, year, today);
  if (read.kind === 'unreadable')
    return '无法识别这个完成时限，不会计入到期和逾期提醒。可写作“8月20日前”“6月底前”“第三季度”“年底前”等。';
  if (read.kind === 'open') return '长期或持续性任务，没有到期日。';
  if (!read.due) return read.kind === 'recurring' ? '定期任务。' : undefined;
  const days = Math.round((Date.parse(read.due) - Date.parse(today)) / 86_400_000);
  const when = days < 0 ? `已逾期 ${-days} 天` : days === 0 ? '今天到期' : `还有 ${days} 天`;
  return `${read.kind === 'recurring' ? '下次' : ''}到期日：${read.due}（${when}）`;
}
