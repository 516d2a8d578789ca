// An import in progress: the file read by the host, the preview as the user adjusts it, and the final import.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ColumnChoice, ImportOptions, ImportPreview, ImportTarget } from '../../../shared/domain/import';
import type { PlanKind } from '../../../shared/domain/plan';
import { errorText, invoke } from '../../app/api-client';
import { toBase64 } from '../../app/base64';
import type { Output } from '../../../shared/api';
import { importSizeError } from '../../../shared/file-limits';
import { messageOf } from '../../../shared/messages.zh-CN';

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
  commit: (target: ImportTarget) => Promise<Output<'import.commit'> | undefined>;
}

export function useImport(file: File): ImportState {
  const [phase, setPhase] = useState<ImportPhase>('reading');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [options, setOptions] = useState<ImportOptions>({});
  const [error, setError] = useState<string | null>(null);

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
  }, [file, tooLarge]);

  const update = useCallback(
    (next: ImportOptions) => {
      if (!preview) return;
      setOptions(next);
      setError(null);
      invoke('import.preview', { fileId: preview.fileId, options: next }).then(setPreview, (e: unknown) => setError(errorText(e)));
    },
    [preview],
  );

  return {
    phase,
    fileName: file.name,
    preview,
    error: tooLarge ?? error,
    setSheet: (sheet) => update({ sheet }),
    setHeaderRows: (start, end) => update({ sheet: preview?.sheet, headerStart: start, headerEnd: Math.max(start, end) }),
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
        return await invoke('import.commit', { fileId: preview.fileId, options: { ...options, sheet: preview.sheet }, target });
      } catch (e) {
        setError(errorText(e));
        setPhase('preview');
        return undefined;
      }
    },
  };
}
