// The hooks behind 填报任务: the rounds of a plan, one round's board, and every command on it, each failure told
// to the user in Chinese; returned files go to the host in batches of about equal work (receive-batches.ts).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Input, Output } from '../../../shared/api';
import { localToday } from '../../../shared/domain/due-status';
import { errorText, invoke } from '../../app/api-client';
import { toBase64 } from '../../app/base64';
import { downloadBytes, XLSX_TYPE } from '../../app/download';
import { chooseFolder, writeIntoFolder } from '../../app/folder-picker';
import { publishDelta, subscribeDeltas } from '../../app/plan-bus';
import type { NothingAnswer } from '../../../shared/domain/round';
import { useHostResource } from '../../app/use-host-resource';
import { batchesOf } from './receive-batches';

const FROM_ROUNDS = {};
const ZIP_TYPE = 'application/zip';

export function useRoundList(planId: string, onError: (t: string) => void) {
  const load = useCallback(() => invoke('rounds.list', { planId }), [planId]);
  return useHostResource(load, onError);
}

const appInfo = () => invoke('app.info', {});

/** Whether the page runs in the desktop shell, where a native folder dialog can be opened. */
export function useDesktop(onError: (t: string) => void): boolean {
  return useHostResource(appInfo, onError).data?.mode === 'electron';
}

export interface ReceiveProgress {
  done: number;
  total: number;
}

export function useRoundBoard(roundId: string, onError: (t: string) => void, onNotice: (t: string) => void) {
  const load = useCallback(() => invoke('rounds.get', { roundId, today: localToday(new Date()) }), [roundId]);
  const view = useHostResource(load, onError);
  const [receiving, setReceiving] = useState<ReceiveProgress | null>(null);
  const [fileErrors, setFileErrors] = useState<{ file: string; message: string }[]>([]);
  const { refresh } = view;
  // Undo and redo in the plan take decisions back too: the board follows every change to a return's state.
  useEffect(
    () => subscribeDeltas((delta, from) => from !== FROM_ROUNDS && delta.roundsChanged && void refresh()),
    [refresh],
  );

  const generate = useCallback(
    async (folder: string) => {
      const out = await view.attempt(() => invoke('rounds.generate', { roundId, folder }));
      if (out) onNotice(`已在「${out.folder}」生成 ${out.files.length} 份填报表。`);
      return out;
    },
    [roundId, view, onNotice],
  );
  /** The same sheets as one .zip, saved by the browser's download. */
  const generateZip = useCallback(async () => {
    const out = await view.attempt(() => invoke('rounds.generateZip', { roundId }));
    if (!out) return;
    downloadBytes(out.fileName, out.data, ZIP_TYPE);
    onNotice(`已生成 ${out.files.length} 份填报表，打包为「${out.fileName}」下载。`);
  }, [roundId, view, onNotice]);
  /** The browser's folder dialog (browser mode, where it has one); null when cancelled or refused (then said). */
  const pickBrowserFolder = useCallback(async () => {
    try {
      return await chooseFolder('fill-in-sheets');
    } catch (e) {
      onError(errorText(e));
      return null;
    }
  }, [onError]);
  /** The same sheets, made by the host, written by the page into the folder the browser's dialog gave it. */
  const generateInto = useCallback(
    async (folder: FileSystemDirectoryHandle) => {
      const files = await view.attempt(async () => {
        const out = await invoke('rounds.generateFiles', { roundId });
        await writeIntoFolder(folder, out.files);
        return out.files;
      });
      if (files) onNotice(`已在所选的文件夹「${folder.name}」生成 ${files.length} 份填报表。`);
      return files !== undefined;
    },
    [roundId, view, onNotice],
  );
  /** The desktop's folder dialog; null when cancelled or when it could not open (then said). */
  const pickFolder = useCallback(
    async (start: string) => (await view.attempt(() => invoke('rounds.pickFolder', { start })))?.folder ?? null,
    [view],
  );
  const openFolder = useCallback(
    async (folder: string) => {
      const out = await view.attempt(() => invoke('rounds.openFolder', { folder }));
      if (out) onNotice(`已在文件管理器中打开「${folder}」。`);
    },
    [view, onNotice],
  );

  /** Reads the files the user picked or dropped and sends them in batches; what could not be read is listed. */
  const receive = useCallback(
    async (files: readonly File[]) => {
      const wanted = files.filter((f) => !f.name.startsWith('~$') && !f.name.startsWith('.'));
      if (wanted.length === 0) return;
      setFileErrors([]);
      setReceiving({ done: 0, total: wanted.length });
      const errors: { file: string; message: string }[] = [];
      let received = 0;
      try {
        let done = 0;
        for (const batch of batchesOf(wanted)) {
          const now = Date.now();
          const payload = await Promise.all(
            batch.map(async (f) => ({
              fileName: f.name,
              data: toBase64(await f.arrayBuffer()),
              receivedAt: cameIn(f, now),
            })),
          );
          const out = await invoke('rounds.receive', {
            roundId,
            files: payload,
            receivedAt: new Date(now).toISOString(),
          });
          received += out.received.length;
          errors.push(...out.errors);
          done += batch.length;
          setReceiving({ done, total: wanted.length });
        }
        onNotice(`收到 ${received} 份回执${errors.length > 0 ? `，${errors.length} 个文件未能导入` : ''}。`);
      } catch (e) {
        onError(errorText(e));
      } finally {
        setFileErrors(errors);
        setReceiving(null);
        await view.refresh();
      }
    },
    [roundId, view, onError, onNotice],
  );

  const decide = useCallback(
    async (method: 'rounds.accept' | 'rounds.undoAccept', submissionId: string) => {
      const call = () =>
        method === 'rounds.accept'
          ? invoke('rounds.accept', { submissionId })
          : invoke('rounds.undoAccept', { submissionId });
      const out = await view.attempt(call);
      if (out?.delta) publishDelta(out.delta, FROM_ROUNDS);
      if (out) onNotice(method === 'rounds.accept' ? '已采用，可按 Ctrl+Z 撤销。' : '已撤销采用，这份回执回到待审核。');
      return out !== undefined;
    },
    [view, onNotice],
  );

  const acceptNothing = useCallback(
    async (submissionId: string, answer: NothingAnswer) => {
      const out = await view.attempt(() => invoke('rounds.acceptNothing', { submissionId, answer }));
      if (out?.delta) publishDelta(out.delta, FROM_ROUNDS);
      if (out) onNotice(`已按「${answer}」处理，计为已报。`);
      return out !== undefined;
    },
    [view, onNotice],
  );

  const sendBack = useCallback(
    async (submissionId: string, reason: string) => {
      const out = await view.attempt(() => invoke('rounds.sendBack', { submissionId, reason }));
      if (out) {
        publishDelta(out.delta, FROM_ROUNDS);
        onNotice(`已退回${out.unit ?? ''}的回执，退回原因会写进催报文字。`);
      }
      return out !== undefined;
    },
    [view, onNotice],
  );

  const acceptAll = useCallback(async () => {
    const out = await view.attempt(() => invoke('rounds.acceptAll', { roundId }));
    if (out?.delta) publishDelta(out.delta, FROM_ROUNDS);
    if (out) onNotice(`已采用 ${out.accepted} 份回执。`);
  }, [view, roundId, onNotice]);

  const commands = useMemo(
    () => ({
      acceptAll,
      acceptNothing,
      sendBack,
      accept: (id: string) => decide('rounds.accept', id),
      undoAccept: (id: string) => decide('rounds.undoAccept', id),
      assign: async (submissionId: string, unit: string) =>
        (await view.attempt(() => invoke('rounds.assign', { submissionId, unit }))) !== undefined,
      review: async (submissionId: string): Promise<Output<'rounds.review'> | undefined> => {
        try {
          return await invoke('rounds.review', { submissionId });
        } catch (e) {
          onError(errorText(e));
          return undefined;
        }
      },
      downloadOriginal: async (submissionId: string) => {
        try {
          const out = await invoke('rounds.file', { submissionId });
          downloadBytes(out.fileName, out.data, XLSX_TYPE);
        } catch (e) {
          onError(errorText(e));
        }
      },
      exportSummary: async (perUnitSheets: boolean, arrangement: 'item' | 'unit' = 'unit') => {
        try {
          const out = await invoke('rounds.exportSummary', { roundId, perUnitSheets, arrangement });
          downloadBytes(out.fileName, out.data, XLSX_TYPE);
          onNotice(`已导出汇总表「${out.fileName}」，共 ${out.rows} 项。`);
        } catch (e) {
          onError(errorText(e));
        }
      },
      remove: async () => (await view.attempt(() => invoke('rounds.delete', { roundId }))) !== undefined,
    }),
    [acceptAll, acceptNothing, sendBack, decide, view, roundId, onError, onNotice],
  );

  return {
    view: view.data,
    refresh: view.refresh,
    generate,
    generateZip,
    openFolder,
    pickFolder,
    pickBrowserFolder,
    generateInto,
    receive,
    receiving,
    fileErrors,
    ...commands,
  };
}

/** When a file came in: the time it was saved (from the mail, into the folder), unless that is in the future. */
function cameIn(f: File, now: number): string {
  return new Date(f.lastModified > 0 && f.lastModified < now ? f.lastModified : now).toISOString();
}

export async function createRound(
  input: Input<'rounds.create'>,
  onError: (t: string) => void,
): Promise<Output<'rounds.create'> | undefined> {
  try {
    return await invoke('rounds.create', input);
  } catch (e) {
    onError(errorText(e));
    return undefined;
  }
}
