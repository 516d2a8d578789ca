// A host kept busy until it is killed: it imports files one after another (136 of them), exports, backs up or edits in
// a loop, and prints one line as each step is committed, so the test that kills it knows what was saved.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost } from '../../electron/host/host';
import type { Envelope } from '../../shared/api';
import { SAMPLES_DIR } from '../support/fixtures';

export type BusyTask = 'import' | 'export' | 'backup' | 'edit';

const [dataDir, task] = process.argv.slice(2) as [string, BusyTask];
const SAMPLES = SAMPLES_DIR;
const FILES = [
  ...readdirSync(SAMPLES)
    .filter((f) => /\.(xlsx|csv)$/.test(f) && !f.includes('坏文件'))
    .map((f) => join(SAMPLES, f)),
  ...readdirSync(join(SAMPLES, '返回')).map((f) => join(SAMPLES, '返回', f)),
];
export const IMPORT_FILES = 136;

const host = startHost({ dataDir, mode: 'browser', version: 'busy', log: (l) => process.stderr.write(`${l}\n`) });

function data<T>(env: Envelope): T {
  if (!env.ok) throw new Error(env.error.message);
  return env.data as T;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

const plans = data<Array<{ id: string }>>(await host.invoke('plans.list', {}));
const planId = plans[0]!.id;
const rowId = data<{ rows: Array<{ id: string }> }>(await host.invoke('plans.get', { planId })).rows[0]!.id;
say(`ready ${planId}`);
for (let k = 0; task !== 'import' || k < IMPORT_FILES; k++) {
  if (task === 'import') {
    const file = FILES[k % FILES.length]!;
    const name = `${k}-${file.slice(file.lastIndexOf('/') + 1)}`;
    const opened = data<{ fileId: string; itemCount: number; sectionCount: number }>(
      await host.invoke('import.open', { fileName: name, data: readFileSync(file).toString('base64') }),
    );
    say(`start ${k} ${opened.itemCount + opened.sectionCount}`);
    const done = data<{ planId: string }>(
      await host.invoke('import.commit', { fileId: opened.fileId, options: {}, target: { mode: 'new' } }),
    );
    say(`done ${k} ${done.planId} ${opened.itemCount + opened.sectionCount}`);
  } else if (task === 'export') {
    data(await host.invoke('export.xlsx', { planId, options: {} }));
    say(`done ${k}`);
  } else if (task === 'backup') {
    data(await host.invoke('backup.create', {}));
    say(`done ${k}`);
  } else {
    data(await host.invoke('rows.setCells', { planId, edits: [{ rowId, key: 'measure', value: `第${k}次编辑` }] }));
    say(`done ${k}`);
  }
}
say('finished');
host.close();
