// The text of a cell as Excel or WPS would show it: numbers with their format (dates, times, percentages), and
// text cleaned as offices type it, or kept exactly as stored in files this app wrote.
import { cleanText, CONTROL_CHARS } from './sheet-grid';

/** `exact` keeps the text as stored (files this app wrote); otherwise stray spaces are cleaned as offices need. */
export function shownText(text: string, exact: boolean): string {
  if (text.length < REMEMBER_FROM) return clean(text, exact);
  // One shared string may stand in a hundred thousand cells: a long one is cleaned once, not once per cell.
  const memo = exact ? EXACT : CLEANED;
  let shown = memo.get(text);
  if (shown === undefined) {
    shown = clean(text, exact);
    remembered += text.length;
    if (memo.size >= REMEMBER_AT_MOST || remembered > REMEMBER_CHARS) {
      CLEANED.clear();
      EXACT.clear();
      remembered = text.length;
    }
    memo.set(text, shown);
  }
  return shown;
}

function clean(text: string, exact: boolean): string {
  return exact ? text.replace(CONTROL_CHARS, '').replace(/\r\n?/g, '\n') : cleanText(text);
}

const REMEMBER_FROM = 64;
const REMEMBER_AT_MOST = 4096;
/** The texts remembered hold at most this many characters (the inputs; the outputs are no longer). */
const REMEMBER_CHARS = 8_000_000;
let remembered = 0;
const CLEANED = new Map<string, string>();
const EXACT = new Map<string, string>();

/** A number as its format shows it; `date1904` for workbooks that count days from 1904 (old Mac Excel). */
export function numberText(n: number, numFmt: string | undefined, date1904 = false): string {
  if (!Number.isFinite(n)) return '';
  if (numFmt) {
    const kind = formatKind(numFmt);
    if (kind === 'date') {
      const date = dateText(excelSerialToDate(n, date1904), numFmt);
      return hasTimeOfDay(numFmt) && date !== '' ? `${date} ${timeText(n, numFmt)}` : date;
    }
    if (kind === 'time') return timeText(n, numFmt);
    if (kind === 'percent') return `${trimFloat(n * 100)}%`;
  }
  return trimFloat(n);
}

/** The format of a built-in number format id, as Excel and WPS in a Chinese locale show it. */
export function builtinFormat(id: number): string | undefined {
  return BUILTIN_FORMATS[id];
}

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

type FormatKind = 'date' | 'time' | 'percent' | 'number';

const kinds = new Map<string, FormatKind>();

/**
 * Quoted text, [colours], [$-locale] and conditions, and escaped characters say nothing of what the number is; an
 * elapsed time's [h], [mm] or [ss] does.
 */
const FORMAT_NOISE = /"[^"]*"|\[(?![hms]+\])[^\]]*\]|\\./gi;

function formatKind(fmt: string): FormatKind {
  let kind = kinds.get(fmt);
  if (kind === undefined) {
    const bare = fmt.replace(FORMAT_NOISE, '');
    if (/[yd]/i.test(bare) || /年|月|日/.test(fmt)) kind = 'date';
    else if (/[hs]/i.test(bare) || /时|分|秒/.test(fmt)) kind = 'time';
    else if (bare.includes('%')) kind = 'percent';
    else kind = 'number';
    if (kinds.size < 1000) kinds.set(fmt, kind);
  }
  return kind;
}

/** 0.1 + 0.2 shows as 0.3 in Excel: keep 15 significant digits, as Excel does. */
function trimFloat(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/**
 * Excel counts 1900-02-29, a day that never was (Lotus 1-2-3 did): serials before it (60) are one day later than a
 * plain count from 1899-12-30 gives. The 1904 system counts from 1904-01-01 without that day.
 */
function excelSerialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  return new Date(Math.round((days - 25569) * 86400 * 1000));
}

/** A date format that also shows the time of day (yyyy/m/d h:mm). */
function hasTimeOfDay(fmt: string): boolean {
  const bare = fmt.replace(FORMAT_NOISE, '');
  return /[hs]/i.test(bare) || /时|秒/.test(fmt);
}

/** Dates read as people write them: 2025年12月31日 when the format is Chinese, 2025-12-31 otherwise. */
function dateText(d: Date, fmt: string): string {
  if (Number.isNaN(d.getTime())) return '';
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (/年|月|日/.test(fmt)) {
    const hasYear = /y/i.test(fmt);
    const hasDay = /d/i.test(fmt.replace(/"[^"]*"/g, '')) || fmt.includes('日');
    return `${hasYear ? `${y}年` : ''}${m}月${hasDay ? `${day}日` : ''}`;
  }
  if (fmt.includes('/')) return `${y}/${m}/${day}`;
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A time of day (the fraction of a day): 14:30, with seconds when the format shows them. An elapsed time ([h]:mm)
 * counts the whole days too: 1.5 days is 36:00.
 */
function timeText(n: number, fmt: string): string {
  const elapsed = /\[h+\]/i.test(fmt);
  const total = Math.round(n * 86400);
  const seconds = elapsed ? Math.abs(total) : Math.round((n - Math.floor(n)) * 86400) % 86400;
  const h = `${elapsed && total < 0 ? '-' : ''}${Math.floor(seconds / 3600)}`;
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  const withSeconds = /s/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, '')) || fmt.includes('秒');
  return `${h}:${mm}${withSeconds ? `:${String(seconds % 60).padStart(2, '0')}` : ''}`;
}
