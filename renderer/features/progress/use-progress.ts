// The progress entries of the open plan, fetched anew whenever an edit changes them, and the period in view; the
// overview and the progress report downloaded.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Plan } from '../../../shared/domain/plan';
import { currentPeriod, periodsOf, type ProgressEntry } from '../../../shared/domain/progress';
import { localToday } from '../../../shared/domain/due-status';
import { errorText, invoke } from '../../app/api-client';
import { DOCX_TYPE, downloadBytes, XLSX_TYPE } from '../../app/download';
import { lastPlace } from '../../app/last-place';

export interface ProgressView {
  entries: ProgressEntry[];
  periods: string[];
  period: string;
  setPeriod: (p: string) => void;
}

export function useProgress(plan: Plan, version: number, onError: (text: string) => void): ProgressView {
  const [entries, setEntries] = useState<ProgressEntry[]>([]);
  const periods = useMemo(() => periodsOf(plan.year, plan.cadence), [plan.year, plan.cadence]);
  // The period the clerk last looked at in this plan comes back with it.
  const [chosen, choose] = useState<string | null>(() => lastPlace.period(plan.id));
  const setPeriod = useCallback(
    (p: string) => {
      choose(p);
      lastPlace.setPeriod(plan.id, p);
    },
    [plan.id],
  );
  const period =
    chosen && periods.includes(chosen) ? chosen : currentPeriod(plan, plan.cadence, localToday(new Date()));
  useEffect(() => {
    let live = true;
    invoke('progress.list', { planId: plan.id }).then(
      (list) => live && setEntries(list),
      (e: unknown) => live && onError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [plan.id, version, onError]);
  return { entries, periods, period, setPeriod };
}

/** 进度总览 as an Excel workbook, or the period's 进展报告 as a Word document, downloaded; a failure told in Chinese. */
export function useOverviewFiles(
  planId: string,
  onError: (text: string) => void,
): (file: 'overview' | 'report', period: string) => Promise<void> {
  return useCallback(
    async (file, period) => {
      try {
        const input = { planId, period, today: localToday(new Date()) };
        const out =
          file === 'overview'
            ? await invoke('progress.exportOverview', input)
            : await invoke('progress.exportReport', input);
        downloadBytes(out.fileName, out.data, file === 'overview' ? XLSX_TYPE : DOCX_TYPE);
      } catch (e) {
        onError(errorText(e));
      }
    },
    [planId, onError],
  );
}
