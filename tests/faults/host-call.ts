// Starts the host on a data folder and makes one edit, printing one JSON line: how the start went and what the
// edit answered. Run as another user or beside another process, it shows what a clerk would be told.
import { startHost } from '../../electron/host/host';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';

const dataDir = process.argv[2]!;
try {
  const host = startHost({ dataDir, mode: 'browser', version: 'fault', log: () => undefined, seed: false });
  const plans = await host.invoke('plans.list', {});
  const planId = plans.ok ? (plans.data as Array<{ id: string }>)[0]!.id : '';
  const doc = await host.invoke('plans.get', { planId });
  const rowId = doc.ok ? (doc.data as { rows: Array<{ id: string }> }).rows[0]!.id : '';
  const edit = await host.invoke('rows.setCells', { planId, edits: [{ rowId, key: 'measure', value: '改动' }] });
  host.close();
  process.stdout.write(`${JSON.stringify({ started: true, edit: edit.ok ? 'ok' : edit.error.message })}\n`);
} catch (e) {
  process.stdout.write(
    `${JSON.stringify({ started: false, message: e instanceof AppError ? messageOf(e.code, e.params) : String(e) })}\n`,
  );
}
