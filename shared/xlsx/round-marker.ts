// The hidden sheet of a fill-in sheet: which round, plan and unit it belongs to and which plan row each line is,
// with a check value so that a sheet edited by hand is noticed instead of trusted.
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { RoundMode } from '../domain/round';
import type { SheetGrid } from './sheet-grid';

export const MARKER_SHEET = '_配档助手';
const MAGIC = 'peidang-round-v1';

export const RoundMarker = z.object({
  roundId: z.string().min(1),
  planId: z.string().min(1),
  unit: z.string().min(1),
  mode: RoundMode,
  /** The key of each column of the table, 序号 first as `seq`. */
  keys: z.array(z.string()),
  labels: z.array(z.string()),
  /** 1-based line of the (last) header row. */
  headerLine: z.number().int().min(1),
  lines: z.array(z.object({ line: z.number().int().min(1), rowId: z.string().nullable() })),
});
export type RoundMarker = z.infer<typeof RoundMarker>;

export function writeMarker(wb: ExcelJS.Workbook, marker: RoundMarker): void {
  const ws = wb.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  const body = JSON.stringify(marker);
  ws.getCell('A1').value = MAGIC;
  ws.getCell('B1').value = checkOf(body);
  // Excel keeps at most 32,767 characters in a cell: the JSON goes in pieces down column A.
  chunks(body, 30_000).forEach((part, i) => {
    ws.getCell(i + 2, 1).value = part;
  });
}

export type MarkerReading =
  { found: false } | { found: true; valid: true; marker: RoundMarker } | { found: true; valid: false };

/** Finds the hidden sheet in a returned workbook; `valid: false` when it is there but was changed. */
export function readMarker(sheets: readonly SheetGrid[]): MarkerReading {
  const sheet = sheets.find((s) => s.name === MARKER_SHEET);
  if (!sheet || sheet.cells[0]?.[0] !== MAGIC) return { found: false };
  const body = sheet.cells
    .slice(1)
    .map((r) => r[0] ?? '')
    .join('');
  if (checkOf(body) !== sheet.cells[0]?.[1]) return { found: true, valid: false };
  try {
    const parsed = RoundMarker.safeParse(JSON.parse(body));
    return parsed.success ? { found: true, valid: true, marker: parsed.data } : { found: true, valid: false };
  } catch {
    // Text that is not JSON is a sheet changed by hand: the caller falls back to the other ways of matching.
    return { found: true, valid: false };
  }
}

/** FNV-1a, 32 bits, twice with different seeds: enough to notice an edit, not meant as security. */
export function checkOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function chunks(s: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out.length > 0 ? out : [''];
}
