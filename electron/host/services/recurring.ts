// Recurring rounds (每月/每季度): 开始下一期, and the board of units × periods with its two exports — the
// 报送情况统计表 (.xlsx) and the 报送情况通报 (.docx).
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf } from '../../../shared/api';
import { ExportOptions } from '../../../shared/domain/export';
import { periodName } from '../../../shared/domain/progress';
import { nextRoundDraft, timelinessBoard, type TimelinessBoard } from '../../../shared/domain/recurrence';
import type { Round } from '../../../shared/domain/round';
import { exportFileName } from '../../../shared/xlsx/export-plan';
import { layoutTimeliness, writeTimelinessNotice } from '../../../shared/xlsx/timeliness-report';
import { writeWorkbook } from '../../../shared/xlsx/write-workbook';
import type { Db } from '../store/db';
import { listSubmissions, seriesRounds } from '../store/rounds';
import { create, requireRound } from './rounds';
import type { DepsOf } from './deps';

/** The rounds of the series a round belongs to (itself alone when it does not repeat), oldest period first. */
function seriesOf(db: Db, round: Round): Round[] {
  return round.recurrence && round.recurrence !== 'none' ? seriesRounds(db, round.seriesId ?? round.id) : [round];
}

/** 开始下一期: the next period's round, with the same units, columns, fields and note; once per period. */
export function startNext(
  { db, now }: DepsOf<'db' | 'now'>,
  { roundId }: InputOf<'rounds.startNext'>,
): OutputOf<'rounds.startNext'> {
  const { round } = requireRound(db, roundId);
  if (!round.recurrence || round.recurrence === 'none')
    throw new AppError('ROUND_INVALID', { detail: '这个填报任务不是按月或按季度重复的任务' });
  const draft = nextRoundDraft(round);
  const series = seriesOf(db, round);
  if (series.some((r) => r.period === draft.period))
    throw new AppError('ROUND_INVALID', { detail: `${periodName(draft.period!)}的任务已经开始了` });
  return create({ db, now }, draft);
}

/** Units × periods of the round's series, as of the clerk's today. */
export function timeliness(
  { db }: DepsOf<'db'>,
  { roundId, today }: InputOf<'rounds.timeliness'>,
): OutputOf<'rounds.timeliness'> {
  const { round } = requireRound(db, roundId);
  return boardOf(db, seriesOf(db, round), today);
}

function boardOf(db: Db, rounds: readonly Round[], today: string): TimelinessBoard {
  return timelinessBoard(
    rounds.map((r) => ({ round: r, submissions: listSubmissions(db, r.id) })),
    today,
  );
}

/** The series' subject without its period: 「2026年10月工作开展情况」 → 「工作开展情况」. */
function subjectOf(round: Round): string {
  const name = round.period ? periodName(round.period) : '';
  return (name ? round.title.replace(name, '') : round.title).replace(/^[（(]|[）)]$/g, '').trim() || '工作情况';
}

/** 报送情况统计表 (.xlsx) or 报送情况通报 (.docx) of the round's series, up to this round. */
export async function exportTimeliness(
  { db }: DepsOf<'db'>,
  { roundId, format, today }: InputOf<'rounds.exportTimeliness'>,
): Promise<OutputOf<'rounds.exportTimeliness'>> {
  const ctx = requireRound(db, roundId);
  const series = seriesOf(db, ctx.round);
  // The periods up to this round's: the 通报 of October is not about November.
  const board = boardOf(db, series.slice(0, series.findIndex((r) => r.id === roundId) + 1), today);
  const subject = subjectOf(ctx.round);
  const title = format === 'xlsx' ? `${subject}报送情况统计表` : `${subject}报送情况通报`;
  const bytes =
    format === 'xlsx'
      ? await writeWorkbook(
          layoutTimeliness(board, title, ExportOptions.parse({ orientation: 'landscape' })),
          ExportOptions.parse({ orientation: 'landscape' }),
          '报送情况',
          ctx.plan.kind,
        )
      : await writeTimelinessNotice(board, subject, { issuer: ctx.plan.issuer, date: today });
  return {
    fileName: exportFileName({ ...ctx.plan, title }, `${today}T00:00:00Z`, format),
    data: bytes,
  };
}
