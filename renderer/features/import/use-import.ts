// An import in progress: the file read by the host, the preview as the user adjusts it, and the final import.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { localToday } from '../../../shared/domain/due-status';
import type { ColumnChoice, ImportOptions, ImportPreview, ImportTarget } from '../../../shared/domain/import';
import type { PlanKind } from '../../../shared/domain/plan';
import { errorText, invoke } from '../../app/api-client';
import { toBase64 } from '../../app/base64';
import type { Output } from '../../../shared/api';
import { importSizeError } from '../../../shared/file-limits';
import { messageOf } from '../../../shared/messages.zh-CN';
import { publishDelta } from '../../app/plan-bus';

const FROM_IMPORT = {};

export type ImportPhase = 'reading' | 'preview' | 'importing';

export interface ImportState {
  phase: ImportPhase;
  fileName: string;
  preview: ImportPreview | null;
  error: string | null;
  setSheet: (sheet: string) => void;
  setHeaderRows: (start: number, end: number) => void;
  setKind: (kind: PlanKind) => void;
  setColumn: (index: number, choice: ColumnChoice) => void;
  /** The 年度 as the clerk set it (undefined: as the preview read it). */
  year: number | undefined;
  setYear: (year: number) => void;
  /** A year the file does not state is a guess: confirmed by the clerk (or set by hand) before the import. */
  yearConfirmed: boolean;
  confirmYear: () => void;
  commit: (target: ImportTarget) => Promise<Output<'import.commit'> | undefined>;
}

export function useImport(file: File): ImportState {
  const [phase, setPhase] = useState<ImportPhase>('reading');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // The file's own date, for a guess of the year where the file states none.
  const fileDate = useMemo(() => localToday(new Date(file.lastModified)), [file]);
  const [options, setOptions] = useState<ImportOptions>({ fileDate });
  const [error, setError] = useState<string | null>(null);
  const [year, setYear] = useState<number>();
  const [yearConfirmed, setYearConfirmed] = useState(false);

  // A file past the limit is refused before it is read, with the message the host and the CLI give.
  const tooLarge = useMemo(() => {
    const e = importSizeError(file.size, file.name);
    return e ? messageOf(e.code, e.params) : null;
  }, [file]);

  useEffect(() => {
    if (tooLarge) return;
    let live = true;
    file
      .arrayBuffer()
      .then((buf) => invoke('import.open', { fileName: file.name, data: toBase64(buf) }))
      .then((p) => (p.year && !p.year.sure ? invoke('import.preview', { fileId: p.fileId, options: { fileDate } }) : p))
      .then(
        (p) => {
          if (!live) return;
          setPreview(p);
          setPhase('preview');
        },
        (e: unknown) => live && setError(errorText(e)),
      );
    return () => {
      live = false;
    };
  }, [file, tooLarge, fileDate]);

  const update = useCallback(
    (next: ImportOptions) => {
      if (!preview) return;
      const withDate = { ...next, fileDate };
      setOptions(withDate);
      setError(null);
      invoke('import.preview', { fileId: preview.fileId, options: withDate }).then(setPreview, (e: unknown) =>
        setError(errorText(e)),
      );
    },
    [preview, fileDate],
  );

  return {
    phase,
    fileName: file.name,
    preview,
    error: tooLarge ?? error,
    year,
    setYear: (y) => {
      setYear(y);
      setYearConfirmed(true);
    },
    yearConfirmed,
    confirmYear: () => setYearConfirmed(true),
    setSheet: (sheet) => update({ sheet }),
    setHeaderRows: (start, end) =>
      update({ sheet: preview?.sheet, headerStart: start, headerEnd: Math.max(start, end) }),
    setKind: (kind) => update({ ...options, sheet: preview?.sheet, kind, columns: undefined }),
    setColumn: (index, choice) => {
      if (!preview) return;
      const columns: Record<string, ColumnChoice> = {};
      for (const c of preview.columns) columns[String(c.index)] = c.index === index ? choice : c.choice;
      update({ ...options, sheet: preview.sheet, kind: preview.kind, columns });
    },
    commit: async (target) => {
      if (!preview) return undefined;
      setPhase('importing');
      try {
        const chosen = year ?? preview.year?.year;
        const out = await invoke('import.commit', {
          fileId: preview.fileId,
          options: { ...options, sheet: preview.sheet, ...(chosen ? { year: chosen } : {}) },
          target,
        });
        // Rows imported into the open plan arrive in it as any edit's do: the grid keeps its place.
        if (out.delta) publishDelta(out.delta, FROM_IMPORT);
        return out;
      } catch (e) {
        setError(errorText(e));
        setPhase('preview');
        return undefined;
      }
    },
  };
}
