// The `rank` command: a 测评 score sheet and its previous months read, ranked and (with --out) written as the
// 通报, by the same code as the app.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { DEFAULT_BOTTOM, rankSeries, type Ranking, type ScoreSheet } from '../../shared/domain/scores';
import { readScoreSheet } from '../../shared/xlsx/read-scores';
import { writeScoreNotice } from '../../shared/xlsx/score-notice';
import { readSheetsIsolated } from './read-isolated';

export interface RankArgs {
  file: string;
  previous: readonly string[];
  bottom: number;
  out?: string;
}

/** The JSON the command prints: the latest period's groups with each unit's total, rank, previous rank and flags. */
export function rankJson(latest: Ranking, all: readonly Ranking[]): unknown {
  return {
    period: latest.period,
    groups: latest.groups.map((g) => ({
      group: g.group,
      units: g.units.map((u) => ({
        unit: u.unit,
        total: u.total,
        rank: u.rank,
        previousRank: u.previousRank,
        flags: u.flags,
      })),
    })),
    warnings: all.flatMap((r) => r.warnings),
  };
}

/** --bottom N: a whole number from 1; the default N = 3. */
export function bottomOf(given: string | undefined): number {
  if (given === undefined) return DEFAULT_BOTTOM;
  if (!/^\d+$/.test(given) || Number(given) < 1)
    throw new AppError('BAD_INPUT', { detail: `--bottom 应为正整数，而不是「${given}」` });
  return Number(given);
}

async function readSheet(path: string): Promise<ScoreSheet> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new AppError('IMPORT_UNREADABLE', {
      file: basename(path),
      ...(code === 'ENOENT' ? { reason: '文件不存在，请检查路径' } : {}),
    });
  }
  return readScoreSheet(data, basename(path), readSheetsIsolated);
}

/** Reads the sheets (previous ones oldest first, then FILE), ranks them; returns the JSON and the 通报 when asked. */
export async function rank(args: RankArgs, today: string): Promise<{ json: unknown; notice: Uint8Array | null }> {
  const sheets: ScoreSheet[] = [];
  for (const path of [...args.previous, args.file]) sheets.push(await readSheet(path));
  const all = rankSeries(sheets, [], args.bottom);
  const latest = all[all.length - 1]!;
  const notice = args.out ? await writeScoreNotice(latest, { date: today }) : null;
  return { json: rankJson(latest, all), notice };
}
