// The text of an ExcelJS cell as Excel or WPS would show it: formula results, rich text, dates, numbers.
import type { Cell, CellValue } from 'exceljs';
import { cleanText, CONTROL_CHARS } from './sheet-grid';

/** `exact` keeps the text as stored (files this app wrote); otherwise stray spaces are cleaned as offices need. */
export function cellText(cell: Cell, exact = false): string {
  const text = valueText(cell.value, cell.numFmt);
  return exact ? text.replace(CONTROL_CHARS, '').replace(/\r\n?/g, '\n') : cleanText(text);
}

function valueText(v: CellValue, numFmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v, numFmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v, numFmt);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('error' in v) return String(v.error);
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined || result === null) return '';
      if (typeof result === 'object' && result !== null && 'error' in result) return String((result as { error: unknown }).error);
      return valueText(result as CellValue, numFmt);
    }
    if ('text' in v) {
      const t = (v as { text: unknown }).text;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object' && 'richText' in t) return valueText(t as CellValue, numFmt);
    }
  }
  return String(v);
}

function numberText(n: number, numFmt: string | undefined): string {
  if (numFmt && isDateFormat(numFmt)) return dateText(excelSerialToDate(n), numFmt);
  if (numFmt && numFmt.includes('%')) return `${trimFloat(n * 100)}%`;
  return trimFloat(n);
}

/** 0.1 + 0.2 shows as 0.3 in Excel: keep 15 significant digits, as Excel does. */
function trimFloat(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || /年|月|日/.test(fmt);
}

function excelSerialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400 * 1000));
}

/** Dates read as people write them: 2025年12月31日 when the format is Chinese, 2025-12-31 otherwise. */
function dateText(d: Date, numFmt: string | undefined): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const fmt = numFmt ?? '';
  if (/年|月|日/.test(fmt)) {
    const hasYear = /y/i.test(fmt);
    const hasDay = /d/i.test(fmt.replace(/"[^"]*"/g, '')) || fmt.includes('日');
    return `${hasYear ? `${y}年` : ''}${m}月${hasDay ? `${day}日` : ''}`;
  }
  if (fmt.includes('/')) return `${y}/${m}/${day}`;
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
