// The hooks behind 测评: the sheets kept, every period's ranking, importing a sheet and writing the 通报.
import { useCallback, useState } from 'react';
import { localToday } from '../../../shared/domain/due-status';
import { DEFAULT_BOTTOM } from '../../../shared/domain/scores';
import { errorText, invoke } from '../../app/api-client';
import { toBase64 } from '../../app/base64';
import { DOCX_TYPE, downloadBytes } from '../../app/download';
import { useHostResource } from '../../app/use-host-resource';

export function useScores(onError: (t: string) => void, onNotice: (t: string) => void) {
  const [bottom, setBottom] = useState(DEFAULT_BOTTOM);
  const loadRankings = useCallback(() => invoke('scores.rankings', { bottom }), [bottom]);
  const rankings = useHostResource(loadRankings, onError);
  const loadSheets = useCallback(() => invoke('scores.list', {}), []);
  const sheets = useHostResource(loadSheets, onError);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      for (const f of files) {
        const out = await sheets.attempt(async () =>
          invoke('scores.import', { fileName: f.name, data: toBase64(await f.arrayBuffer()) }),
        );
        if (out)
          onNotice(
            `已导入「${f.name}」：${out.period}，${out.units} 个单位${out.warnings.length ? `，${out.warnings.length} 条提醒` : ''}。`,
          );
      }
      await rankings.refresh();
    },
    [sheets, rankings, onNotice],
  );

  const remove = useCallback(
    async (id: string) => {
      await sheets.attempt(() => invoke('scores.delete', { id }));
      await rankings.refresh();
    },
    [sheets, rankings],
  );

  const exportNotice = useCallback(
    async (period: string, issuer: string) => {
      try {
        const out = await invoke('scores.exportNotice', { period, bottom, issuer, today: localToday(new Date()) });
        downloadBytes(out.fileName, out.data, DOCX_TYPE);
        onNotice(`已导出「${out.fileName}」。`);
      } catch (e) {
        onError(errorText(e));
      }
    },
    [bottom, onError, onNotice],
  );

  return {
    rankings: rankings.data,
    sheets: sheets.data,
    bottom,
    setBottom,
    importFiles,
    remove,
    exportNotice,
  };
}
