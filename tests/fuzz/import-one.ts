// Imports one file in a process of its own and prints what happened and the most memory it took, as one JSON line:
// run with a small heap and a time limit, it proves a file is refused or read within bounds.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFile } from '../../shared/xlsx/read-file';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';

export interface ImportOutcome {
  code: string;
  message: string;
  rows: number;
  /** The most memory the process held, in MB. */
  maxRssMb: number;
}

const file = process.argv[2]!;
const outcome: ImportOutcome = { code: 'ok', message: '', rows: 0, maxRssMb: 0 };
try {
  outcome.rows = (await importFile(new Uint8Array(readFileSync(file)), basename(file))).rows.length;
} catch (e) {
  outcome.code = e instanceof AppError ? e.code : 'CRASH';
  outcome.message = e instanceof AppError ? messageOf(e.code, e.params) : String(e);
}
outcome.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(outcome)}\n`);
