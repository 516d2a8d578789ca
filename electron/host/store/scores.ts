// Queries on 测评 score sheets: each kept with its file as received; a later sheet of a period replaces the earlier.
import { ScoreSheet } from '../../../shared/domain/scores';
import { sql, type Db } from './db';

export interface StoredSheet {
  id: string;
  fileName: string;
  importedAt: string;
  sheet: ScoreSheet;
}

interface SheetRecord {
  id: string;
  file_name: string;
  imported_at: string;
  sheet: string;
}

const toSheet = (r: SheetRecord): StoredSheet => ({
  id: r.id,
  fileName: r.file_name,
  importedAt: r.imported_at,
  sheet: ScoreSheet.parse(JSON.parse(r.sheet)),
});

/** The sheets in force, one per period, oldest period first. */
export function listScoreSheets(db: Db): StoredSheet[] {
  return (
    sql(
      db,
      'SELECT id, file_name, imported_at, sheet FROM score_sheets WHERE replaced_at IS NULL ORDER BY period',
    ).all() as SheetRecord[]
  ).map(toSheet);
}

/** Keeps a sheet; the one in force for its period (if any) is marked replaced. */
export function putScoreSheet(db: Db, s: StoredSheet, data: Uint8Array): void {
  sql(db, 'UPDATE score_sheets SET replaced_at = ? WHERE period = ? AND replaced_at IS NULL').run(
    s.importedAt,
    s.sheet.period,
  );
  sql(
    db,
    'INSERT INTO score_sheets (id, period, file_name, file_data, sheet, imported_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(s.id, s.sheet.period, s.fileName, data, JSON.stringify(s.sheet), s.importedAt);
}

/** Takes a sheet out of the ranking (kept on record, as a replaced one is). */
export function retireScoreSheet(db: Db, id: string, at: string): boolean {
  return (
    sql(db, 'UPDATE score_sheets SET replaced_at = ? WHERE id = ? AND replaced_at IS NULL').run(at, id).changes > 0
  );
}
