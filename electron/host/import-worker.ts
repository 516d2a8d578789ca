// The importer in a thread of its own: reads the sheets of each file it is sent and posts them back, or the AppError
// it met. A file that hangs it or fills its heap hurts only this thread, which the host then stops (read-isolated.ts).
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { readDocumentFile, readSheets } from '../../shared/xlsx/read-file';

export interface WorkerJob {
  data: Uint8Array;
  fileName: string;
  /** 'document': a Word document's body, paragraphs and tables (a notice's 附件 lists); else its tables as sheets. */
  read?: 'document';
}

export type WorkerAnswer =
  | { ok: true; sheets: Awaited<ReturnType<typeof readSheets>> }
  | { ok: true; blocks: ReturnType<typeof readDocumentFile> }
  | { ok: false; code: AppError['code']; params: AppError['params'] }
  | { ok: false; internal: string };

parentPort!.on('message', (job: WorkerJob) => {
  const reading: Promise<WorkerAnswer> =
    job.read === 'document'
      ? Promise.resolve().then(() => ({ ok: true as const, blocks: readDocumentFile(job.data, job.fileName) }))
      : readSheets(job.data, job.fileName).then((sheets) => ({ ok: true as const, sheets }));
  reading.then(
    (answer) => post(answer),
    (e: unknown) =>
      post(
        e instanceof AppError
          ? { ok: false, code: e.code, params: e.params }
          : { ok: false, internal: e instanceof Error ? (e.stack ?? e.message) : String(e) },
      ),
  );
});

function post(answer: WorkerAnswer): void {
  parentPort!.postMessage(answer);
}
