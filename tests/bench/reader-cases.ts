// The readers' cases of the benchmark: the .xlsx import against the floor (native inflate of the parts it reads,
// UTF-8 decoding, a scan for '<'), the .xls import against SheetJS reading the same file, and a first read in a fresh
// process against SheetJS's. SheetJS is a devDependency of the bench alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import * as XLSX from 'xlsx';

/** The parts the importer reads of a workbook: the workbook, its styles, shared strings and sheets. */
const READ_PARTS = /^xl\/(workbook|styles|sharedStrings|worksheets\/[^/]+)\.xml$/i;

/**
 * The least any reader of the workbook must do: find the parts it reads in the zip's directory, inflate each with
 * native zlib, decode it as UTF-8, and look at every tag once (a scan for '<').
 */
export function floorRead(d: Uint8Array): number {
  const v = new DataView(d.buffer, d.byteOffset, d.byteLength);
  let end = d.length - 22;
  while (end >= 0 && v.getUint32(end, true) !== 0x06054b50) end--;
  const count = v.getUint16(end + 10, true);
  const decoder = new TextDecoder('utf-8');
  let tags = 0;
  for (let i = 0, p = v.getUint32(end + 16, true); i < count; i++) {
    const nameLength = v.getUint16(p + 28, true);
    const name = decoder.decode(d.subarray(p + 46, p + 46 + nameLength));
    const packedSize = v.getUint32(p + 20, true);
    const method = v.getUint16(p + 10, true);
    const local = v.getUint32(p + 42, true);
    p += 46 + nameLength + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
    if (!READ_PARTS.test(name)) continue;
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    const packed = d.subarray(start, start + packedSize);
    const text = decoder.decode(method === 8 ? inflateRawSync(packed) : packed);
    for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) tags++;
  }
  return tags;
}

/** SheetJS reading a workbook (.xls or .xlsx) and every sheet's cells as rows of values. */
export function sheetJsRead(data: Uint8Array): number {
  const wb = XLSX.read(data, { type: 'array' });
  let cells = 0;
  for (const name of wb.SheetNames)
    for (const line of XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1 })) cells += line.length;
  return cells;
}

/** The workbook saved as .xls (Excel 97–2003) by LibreOffice, as offices' old files are. */
export function asXls(xlsx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'peidang-bench-xls-'));
  try {
    writeFileSync(join(dir, '配档表.xlsx'), xlsx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'xls',
        '--outdir',
        dir,
        join(dir, '配档表.xlsx'),
      ],
      {
        stdio: 'ignore',
        timeout: 300_000,
      },
    );
    return new Uint8Array(readFileSync(join(dir, '配档表.xls')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A first read of `data` in fresh processes, `runs` times for each reader: our reader and SheetJS, each bundled by
 * esbuild (as the app and its CLI are shipped) and run with plain node; each figure is the time from the process's
 * start to the sheets read, module loading included.
 */
export async function firstReadTimes(data: Uint8Array, runs: number): Promise<{ ours: number[]; sheetjs: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'peidang-bench-first-'));
  try {
    const file = join(dir, '配档表.xlsx');
    writeFileSync(file, data);
    const bundles = { ours: join(dir, 'ours.cjs'), sheetjs: join(dir, 'sheetjs.cjs') };
    for (const [reader, outfile] of Object.entries(bundles)) {
      await build({
        entryPoints: ['tests/bench/first-read-child.ts'],
        outfile,
        bundle: true,
        minify: true,
        platform: 'node',
        format: 'cjs',
        define: { __READER__: JSON.stringify(reader) },
        logLevel: 'error',
      });
    }
    const once = (bundle: string) => {
      const run = spawnSync(process.execPath, [bundle, file], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`the first read failed: ${run.stderr.slice(-800)}`);
      return (JSON.parse(run.stdout) as { ms: number }).ms;
    };
    const out = { ours: [] as number[], sheetjs: [] as number[] };
    for (let i = 0; i < runs; i++) {
      out.sheetjs.push(once(bundles.sheetjs));
      out.ours.push(once(bundles.ours));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
