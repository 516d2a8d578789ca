// 测评: score sheets imported as evaluators send them, ranked month against month with the 单位名录's names, and
// the period's 通报 written. The ranking itself is shared/domain/scores.ts, the same as the `rank` command's.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { DEFAULT_BOTTOM, rankSeries, scorePeriodName, type Ranking } from '../../../shared/domain/scores';
import { readScoreSheet } from '../../../shared/xlsx/read-scores';
import { writeScoreNotice } from '../../../shared/xlsx/score-notice';
import { inTransaction, type Db } from '../store/db';
import { listScoreSheets, putScoreSheet, retireScoreSheet } from '../store/scores';
import { listUnits } from '../store/units';
import { readSheetsIsolated } from '../read-isolated';

export interface SheetSummary {
  id: string;
  period: string;
  title: string;
  fileName: string;
  importedAt: string;
  units: number;
  warnings: string[];
}

/** Reads a score sheet and keeps it (replacing the sheet of the same period). */
export async function importSheet(db: Db, fileName: string, data: Uint8Array, now: string): Promise<SheetSummary> {
  // Read in a worker, as every file from elsewhere: a hostile sheet stops there.
  const sheet = await readScoreSheet(data, fileName, readSheetsIsolated);
  const stored = { id: randomUUID(), fileName, importedAt: now, sheet };
  inTransaction(db, () => putScoreSheet(db, stored, data));
  return summaryOf(stored);
}

function summaryOf(s: ReturnType<typeof listScoreSheets>[number]): SheetSummary {
  return {
    id: s.id,
    period: s.sheet.period,
    title: s.sheet.title,
    fileName: s.fileName,
    importedAt: s.importedAt,
    units: s.sheet.lines.length,
    warnings: s.sheet.warnings,
  };
}

export function list(db: Db): SheetSummary[] {
  return listScoreSheets(db).map(summaryOf);
}

export function remove(db: Db, id: string, now: string): void {
  if (!retireScoreSheet(db, id, now)) throw new AppError('SCORES_NOT_FOUND');
}

/** Every period ranked against the one before it, oldest first, units named as the 单位名录 names them. */
export function rankings(db: Db, bottom: number = DEFAULT_BOTTOM): Ranking[] {
  return rankSeries(
    listScoreSheets(db).map((s) => s.sheet),
    listUnits(db),
    bottom,
  );
}

/** The period's 通报 (.docx). */
export async function exportNotice(
  db: Db,
  period: string,
  bottom: number,
  issuer: string,
  today: string,
): Promise<{ fileName: string; data: Uint8Array }> {
  const r = rankings(db, bottom).find((x) => x.period === period);
  if (!r) throw new AppError('SCORES_NOT_FOUND');
  const bytes = await writeScoreNotice(r, { issuer, date: today });
  return { fileName: `${scorePeriodName(period)}测评通报.docx`, data: bytes };
}
