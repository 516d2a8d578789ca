// npm run -s cli -- convert IN OUT.xlsx: the app's importer and exporter from the command line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../shared/xlsx/read-file';
import { SAMPLES_DIR } from '../support/fixtures';

const SAMPLES = SAMPLES_DIR;
const dir = mkdtempSync(join(tmpdir(), 'peidang-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('cli convert', () => {
  it('writes an official .xlsx that reads back with every row of the GB18030 CSV', async () => {
    const out = join(dir, '配档表 转换后.xlsx');
    const run = cli('convert', join(SAMPLES, '配档表-百日攻坚行动.csv'), out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('50 项');
    const back = await importFile(new Uint8Array(readFileSync(out)), 'out.xlsx');
    expect(back.kind).toBe('peidang');
    expect(back.rows.filter((r) => r.kind === 'item')).toHaveLength(50);
    expect(back.rows[0]!.cells.lead).toBe('医政处\n规划处');
  });

  it('writes the same table as a Word document when the output is a .docx, and reads a .docx in', async () => {
    const word = join(dir, '配档表.docx');
    expect(cli('convert', join(SAMPLES, '配档表-百日攻坚行动.xlsx'), word).status).toBe(0);
    const back = await importFile(new Uint8Array(readFileSync(word)), '配档表.docx');
    expect(back.kind).toBe('peidang');
    expect(back.rows.filter((r) => r.kind === 'item')).toHaveLength(50);
    const again = join(dir, '再转回.xlsx');
    expect(cli('convert', word, again).status).toBe(0);
    expect(
      (await importFile(new Uint8Array(readFileSync(again)), 'again.xlsx')).rows.filter((r) => r.kind === 'item'),
    ).toHaveLength(50);
  });

  it('reads the file as the kind asked for with --kind', async () => {
    const out = join(dir, 'kind.xlsx');
    expect(cli('convert', join(SAMPLES, '民生实事-2025.xlsx'), out, '--kind', 'peidang').status).toBe(0);
    expect((await importFile(new Uint8Array(readFileSync(out)), 'kind.xlsx')).kind).toBe('peidang');
  });

  it('exits non-zero with the Chinese message and no stack trace for a file it cannot read', () => {
    const out = join(dir, 'never.xlsx');
    const run = cli('convert', join(SAMPLES, '坏文件-不是表格.xlsx'), out);
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim()).toBe(
      '「坏文件-不是表格.xlsx」不是 Excel 表格文件（.xlsx）、Word 文档（.docx）或 CSV 文件，无法导入。请确认选择的文件是否正确。',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('converts an old .xls to .xlsx with the same rows as its .xlsx twin', { timeout: 120_000 }, async () => {
    const out = join(dir, '旧格式转换.xlsx');
    expect(cli('convert', join(SAMPLES, '配档表-百日攻坚行动（旧格式）.xls'), out).status).toBe(0);
    const twin = join(dir, '新格式转换.xlsx');
    expect(cli('convert', join(SAMPLES, '配档表-百日攻坚行动.xlsx'), twin).status).toBe(0);
    const rows = async (f: string) => (await importFile(new Uint8Array(readFileSync(f)), 'x.xlsx')).rows;
    expect(await rows(out)).toEqual(await rows(twin));
  });

  it('says in Chinese when the output cannot be written', () => {
    const run = cli('convert', join(SAMPLES, '民生实事-2025.xlsx'), join(dir, '没有这个文件夹', 'x.xlsx'));
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim()).toBe('无法写出「x.xlsx」：目标文件夹不存在。');
  });

  it('shows its usage for an unknown command', () => {
    const run = cli('frobnicate');
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('用法');
  });
});
