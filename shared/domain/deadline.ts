// 完成时限 as people write it, read into a due date in the plan's year, a recurring rule, or open-ended;
// what cannot be read is said so, never guessed. The text itself is always kept as written.

export type DueKind = 'date' | 'recurring' | 'open' | 'unreadable';

export interface Recurrence {
  every: 'week' | 'month' | 'quarter' | 'year';
  /** Day of the month (每月3日前), when the text gives one. */
  day?: number;
}

export interface Due {
  kind: DueKind;
  /** YYYY-MM-DD for a date; for a recurring deadline, the next one from the reference day when known. */
  due: string | null;
  recurrence?: Recurrence;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十二 → 12, 三 → 3, 二十 → 20: the small Chinese numbers months, days and quarters use. */
function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s]!;
  return null;
}

function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .replace(/([〇零一二三四五六七八九十两]+)(?=[月日号])/g, (n) => String(cnNumber(n) ?? n));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const QUARTER_END: Record<number, string> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };
const OPEN_WORDS = /长期坚持|长期推进|长期|持续推进|持续开展|持续|常态化|常年|不定期|随时/;

/** Every date the text names, as YYYY-MM-DD, or null when a named date does not exist (2月30日). */
function datesIn(t: string, year: number): (string | null)[] {
  const found: (string | null)[] = [];
  const take = (re: RegExp, f: (m: RegExpExecArray) => string | null) => {
    for (const m of t.matchAll(new RegExp(re.source, 'g'))) found.push(f(m as RegExpExecArray));
  };
  const y = (s: string | undefined) => (s ? Number(s) : year);
  take(/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])));
  take(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/, (m) => iso(y(m[1]), Number(m[2]), Number(m[3])));
  take(/(?:(\d{4})年)?(\d{1,2})月(?:底|末|份|上旬|中旬|下旬|前|内)/, (m) => {
    const yy = y(m[1]);
    const month = Number(m[2]);
    if (m[0].endsWith('上旬')) return iso(yy, month, 10);
    if (m[0].endsWith('中旬')) return iso(yy, month, 20);
    // 6月前: before June begins, that is by the end of May.
    if (m[0].endsWith('月前')) return month === 1 ? iso(yy - 1, 12, 31) : iso(yy, month - 1, lastDay(yy, month - 1));
    return iso(yy, month, lastDay(yy, month));
  });
  take(/(\d{4})年(?:底|末|内|年底|年末|全年)/, (m) => iso(Number(m[1]), 12, 31));
  take(/(?:^|[^\d年])(?:年底|年末|年内|全年|本年度|今年)/, () => iso(year, 12, 31));
  take(/(?:(\d{4})年)?(?:第)?([一二三四1-4])季度/, (m) => {
    const q = cnNumber(m[2]!) ?? Number(m[2]);
    return `${y(m[1])}-${QUARTER_END[q]}`;
  });
  take(/(?:(\d{4})年)?上半年/, (m) => `${y(m[1])}-06-30`);
  take(/(?:(\d{4})年)?下半年/, (m) => `${y(m[1])}-12-31`);
  take(/前三季度/, () => `${year}-09-30`);
  return found;
}

function recurrenceIn(t: string): Recurrence | null {
  const monthly = /每(?:个)?月(?:的)?(\d{1,2})?[日号]?/.exec(t);
  if (monthly) return monthly[1] ? { every: 'month', day: Number(monthly[1]) } : { every: 'month' };
  if (/每(?:个)?季度/.test(t)) return { every: 'quarter' };
  if (/每(?:个)?(?:周|星期)/.test(t)) return { every: 'week' };
  if (/每年/.test(t)) return { every: 'year' };
  return null;
}

/** The next monthly due day on or after the reference day (每月3日前 on 2026-05-10 → 2026-06-03). */
function nextMonthly(day: number, today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const dd = Math.min(day, lastDay(y, m));
  if (d <= dd) return `${y}-${pad(m)}-${pad(dd)}`;
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return `${ny}-${pad(nm)}-${pad(Math.min(day, lastDay(ny, nm)))}`;
}

/**
 * Reads a 完成时限. `year` is the plan's year, for dates written without one; `today` (YYYY-MM-DD) is where
 * a recurring deadline's next date counts from. Of several dates (6月底前启动，12月底前完成) the last is due.
 */
export function readDeadline(text: string, year: number, today?: string): Due {
  const t = normalize(text);
  if (t === '' || t === '/' || t === '—' || t === '无') return { kind: 'open', due: null };
  const dates = datesIn(t, year);
  if (dates.some((d) => d === null)) return { kind: 'unreadable', due: null };
  if (dates.length > 0) return { kind: 'date', due: [...(dates as string[])].sort().at(-1)! };
  const recurrence = recurrenceIn(t);
  if (recurrence) {
    const due = recurrence.every === 'month' && recurrence.day && today ? nextMonthly(recurrence.day, today) : null;
    return { kind: 'recurring', due, recurrence };
  }
  if (OPEN_WORDS.test(t)) return { kind: 'open', due: null };
  return { kind: 'unreadable', due: null };
}
