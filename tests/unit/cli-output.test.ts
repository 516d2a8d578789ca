// The CLI writes all its output before it exits, also to a pipe whose reader is slower than the writer, and refuses
// a file past the import limit before reading it, with the app's message.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTemp, tempDir } from './temp-data';

afterAll(cleanupTemp);

/** Runs the CLI with its stdout on a pipe that nobody reads for the first second: the CLI finishes writing long
 *  before its reader starts, as with `cli inspect FILE | slow-program`. */
function runWithSlowReader(args: string[]): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', ...args], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const chunks: Buffer[] = [];
  child.stdout.pause();
  setTimeout(() => child.stdout.on('data', (c: Buffer) => chunks.push(c)).resume(), 1000);
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') })),
  );
}

describe('the CLI’s output', { timeout: 120_000 }, () => {
  it('prints the whole JSON of inspect (more than 64 KB) through a slow pipe, exit code 0', async () => {
    const file = join(tempDir(), '长清单.csv');
    const lines = [
      '序号,行动措施,完成时限,牵头处室',
      ...Array.from(
        { length: 3000 },
        (_, i) => `${i + 1},第${i + 1}项措施：完善基层医疗卫生服务体系,6月底前,医政医管科`,
      ),
    ];
    writeFileSync(file, `\ufeff${lines.join('\r\n')}`);
    const { code, stdout } = await runWithSlowReader(['inspect', file]);
    expect(code).toBe(0);
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(65_536);
    const json = JSON.parse(stdout) as { rows: unknown[] };
    expect(json.rows).toHaveLength(3000);
  });

  it('refuses a 130 MB file before reading it, with the message the app and the bridge give', () => {
    const file = join(tempDir(), '太大.xlsx');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 130 * 1024 * 1024);
    closeSync(fd);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', 'inspect', file], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('「太大.xlsx」太大（130.0 MB），超过了可导入的上限 100.0 MB。请拆分后再导入。');
  });
});
