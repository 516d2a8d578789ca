// npm run -s cli -- collect FILES_OR_DIRS [--out 汇总.xlsx]: returned files read as the app reads them, without a round.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readSheets } from '../../shared/xlsx/read-file';
import { RETURNS_DIR } from '../support/fixtures';

const RETURNS = RETURNS_DIR;
const dir = mkdtempSync(join(tmpdir(), 'peidang-collect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const Output = z.object({
  submissions: z.array(
    z.object({
      file: z.string(),
      unit: z.string().nullable(),
      kind: z.string(),
      rows: z.array(
        z.object({
          section: z.string().nullable(),
          cells: z.record(z.string(), z.string()),
          due: z.string().nullable(),
          dueKind: z.string(),
        }),
      ),
      supersedes: z.string().nullable(),
    }),
  ),
  errors: z.array(z.object({ file: z.string(), message: z.string() })),
});

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('cli collect', () => {
  it('reads a folder of returns, a later file of a unit supersedes its earlier one, a bad file is an error entry', async () => {
    const folder = join(dir, '收到');
    mkdirSync(folder);
    for (const [name, day] of [
      ['突破事项-区人民医院.xlsx', '2021-03-10'],
      ['突破事项-区妇幼保健院.xlsx', '2021-03-11'],
      ['突破事项-区疾控中心.xlsx', '2021-03-12'],
    ] as const) {
      copyFileSync(join(RETURNS, name), join(folder, name));
      utimesSync(join(folder, name), new Date(`${day}T09:00:00`), new Date(`${day}T09:00:00`));
    }
    const again = join(folder, '区人民医院-更正.xlsx');
    copyFileSync(join(RETURNS, '突破事项-区人民医院.xlsx'), again);
    utimesSync(again, new Date('2021-03-12T17:00:00'), new Date('2021-03-12T17:00:00'));
    writeFileSync(join(folder, '坏文件.xlsx'), 'not a workbook');
    const out = join(dir, '汇总.xlsx');
    const run = cli('collect', folder, '--out', out);
    expect(run.status).toBe(0);
    const json = Output.parse(JSON.parse(run.stdout));
    expect(json.submissions.map((s) => [s.unit, s.kind, s.rows.length, s.supersedes])).toEqual([
      ['区人民医院', 'breakthrough', 3, join(folder, '突破事项-区人民医院.xlsx')],
      ['区人民医院', 'breakthrough', 3, null],
      ['区妇幼保健院', 'breakthrough', 2, null],
      ['区疾控中心', 'breakthrough', 2, null],
    ]);
    expect(json.submissions[0]!.file).toBe(again);
    expect(json.submissions[2]!.rows[0]).toMatchObject({
      cells: { name: '巩固二级甲等医院创建成果', deadline: '12月底前' },
      due: '2021-12-31',
      dueKind: 'date',
    });
    expect(json.errors).toEqual([
      { file: join(folder, '坏文件.xlsx'), message: expect.stringMatching(/^「坏文件\.xlsx」不是 Excel 表格文件/) },
    ]);
    expect(run.stderr).toContain('3 个单位，7 项');
    const [all] = await readSheets(new Uint8Array(readFileSync(out)), '汇总.xlsx');
    const units = all!.cells.filter((r) => r.filter(Boolean).length === 1).map((r) => r.find(Boolean));
    expect(units.slice(1)).toEqual(['区人民医院', '区妇幼保健院', '区疾控中心']);
  });

  it('prints an error entry, not a failed run, for a path that does not exist', () => {
    const run = cli('collect', join(dir, '没有这个文件.xlsx'));
    expect(run.status).toBe(0);
    const json = Output.parse(JSON.parse(run.stdout));
    expect(json.submissions).toEqual([]);
    expect(json.errors[0]!.message).toContain('没有这个文件.xlsx');
  });
});
