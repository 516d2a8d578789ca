// The hooks behind a recurring round's board: units × periods, 开始下一期, and the 报送情况 exports.
import { useCallback } from 'react';
import { localToday } from '../../../shared/domain/due-status';
import { errorText, invoke } from '../../app/api-client';
import { DOCX_TYPE, downloadBytes, XLSX_TYPE } from '../../app/download';
import { useHostResource } from '../../app/use-host-resource';

export function useTimeliness(roundId: string, onError: (t: string) => void, onNotice: (t: string) => void) {
  const load = useCallback(() => invoke('rounds.timeliness', { roundId, today: localToday(new Date()) }), [roundId]);
  const board = useHostResource(load, onError);
  const startNext = useCallback(async () => {
    const round = await board.attempt(() => invoke('rounds.startNext', { roundId }));
    if (round) onNotice(`已开始下一期：「${round.title}」。`);
    return round;
  }, [board, roundId, onNotice]);
  const download = useCallback(
    async (format: 'xlsx' | 'docx') => {
      try {
        const out = await invoke('rounds.exportTimeliness', { roundId, format, today: localToday(new Date()) });
        downloadBytes(out.fileName, out.data, format === 'xlsx' ? XLSX_TYPE : DOCX_TYPE);
        onNotice(`已导出「${out.fileName}」。`);
      } catch (e) {
        onError(errorText(e));
      }
    },
    [roundId, onError, onNotice],
  );
  return { board: board.data, refresh: board.refresh, startNext, download };
}
