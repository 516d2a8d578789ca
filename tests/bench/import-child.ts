// Imports one workbook in a process of its own, for the 50,000-row case: prints the rows read, the time taken and
// the most memory (RSS) the process held, as one JSON line, so the bench's own memory does not count.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFile } from '../../shared/xlsx/read-file';

export interface ChildImport {
  rows: number;
  ms: number;
  maxRssMb: number;
}

const file = process.argv[2]!;
const data = new Uint8Array(readFileSync(file));
const t = performance.now();
const rows = (await importFile(data, basename(file))).rows.length;
const out: ChildImport = {
  rows,
  ms: Math.round(performance.now() - t),
  maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
