// A first read in a fresh process, as the command line makes one: bundled by the bench (reader-cases.ts) with our
// reader or with SheetJS, run with plain node; prints how long after the process started the sheets were read.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as XLSX from 'xlsx';
import { readSheets } from '../../shared/xlsx/read-file';

declare const __READER__: 'ours' | 'sheetjs';

async function main(): Promise<void> {
  const file = process.argv[2]!;
  const data = new Uint8Array(readFileSync(file));
  let cells = 0;
  if (__READER__ === 'ours') {
    for (const sheet of await readSheets(data, basename(file))) for (const line of sheet.cells) cells += line.length;
  } else {
    const wb = XLSX.read(data, { type: 'array' });
    for (const name of wb.SheetNames)
      for (const line of XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1 })) cells += line.length;
  }
  process.stdout.write(`${JSON.stringify({ cells, ms: performance.now() })}\n`);
}

void main();
