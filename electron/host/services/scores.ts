// 测评: score sheets imported as evaluators send them, ranked month against month with the 单位名录's names, and
// the period's 通报 written. The ranking itself is shared/domain/scores.ts, the same as the `rank` command's.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf, ScoreSheetSummary } from '../../../shared/api';
import { rankSeries, scorePeriodName } from '../../../shared/domain/scores';
import { readScoreSheet } from '../../../shared/xlsx/read-scores';
import { writeScoreNotice } from '../../../shared/xlsx/score-notice';
import { inTransaction } from '../store/db';
import { listScoreSheets, putScoreSheet, retireScoreSheet } from '../store/scores';
import { listUnits } from '../store/units';
import { readSheetsIsolated } from '../read-isolated';
import type { DepsOf } from './deps';

/** Reads a score sheet and keeps it (replacing the sheet of the same period). */
export async function importSheet(
  { db, now }: DepsOf<'db' | 'now'>,
  { fileName, data }: InputOf<'scores.import'>,
): Promise<OutputOf<'scores.import'>> {
  // Read in a worker, as every file from elsewhere: a hostile sheet stops there.
  const sheet = await readScoreSheet(data, fileName, readSheetsIsolated);
  const stored = { id: randomUUID(), fileName, importedAt: now, sheet };
  inTransaction(db, () => putScoreSheet(db, stored, data));
  return summaryOf(stored);
}

function summaryOf(s: ReturnType<typeof listScoreSheets>[number]): ScoreSheetSummary {
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

export function list({ db }: DepsOf<'db'>): OutputOf<'scores.list'> {
  return listScoreSheets(db).map(summaryOf);
}

export function remove({ db, now }: DepsOf<'db' | 'now'>, { id }: InputOf<'scores.delete'>): OutputOf<'scores.delete'> {
  if (!retireScoreSheet(db, id, now)) throw new AppError('SCORES_NOT_FOUND');
  return { ok: true };
}

/** Every period ranked against the one before it, oldest first, units named as the 单位名录 names them. */
export function rankings({ db }: DepsOf<'db'>, { bottom }: InputOf<'scores.rankings'>): OutputOf<'scores.rankings'> {
  return rankSeries(
    listScoreSheets(db).map((s) => s.sheet),
    listUnits(db),
    bottom,
  );
}

/** The period's 通报 (.docx). */
export async function exportNotice(
  { db }: DepsOf<'db'>,
  { period, bottom, issuer, today }: InputOf<'scores.exportNotice'>,
): Promise<OutputOf<'scores.exportNotice'>> {
  const r = rankings({ db }, { bottom }).find((x) => x.period === period);
  if (!r) throw new AppError('SCORES_NOT_FOUND');
  const bytes = await writeScoreNotice(r, { issuer, date: today });
  return { fileName: `${scorePeriodName(period)}测评通报.docx`, data: bytes };
}
