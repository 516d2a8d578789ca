// The importer in a thread of its own: reads the sheets of each file it is sent and posts them back, or the AppError
// it met. A file that hangs it or fills its heap hurts only this thread, which the host then stops (read-isolated.ts).
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { readSheets } from '../../shared/xlsx/read-file';

export interface WorkerJob {
  data: Uint8Array;
  fileName: string;
}

export type WorkerAnswer =
  | { ok: true; sheets: Awaited<ReturnType<typeof readSheets>> }
  | { ok: false; code: AppError['code']; params: AppError['params'] }
  | { ok: false; internal: string };

parentPort!.on('message', (job: WorkerJob) => {
  readSheets(job.data, job.fileName).then(
    (sheets) => post({ ok: true, sheets }),
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
