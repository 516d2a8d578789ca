// npm run -s cli -- fill-in PLAN --period P --out DIR [--units …]: one fill-in sheet per unit, as 生成填报表 writes
// them; a sheet filled in by a unit and read back by `cli collect` gives the unit and every row, and its 汇总表 keeps
// the plan's 序号.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readSheets } from '../../shared/xlsx/read-file';
import { samplePath } from '../support/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'peidang-fill-in-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}

const Made = z.object({ files: z.array(z.object({ unit: z.string(), file: z.string(), rows: z.number().int() })) });

/** What a unit does: picks 推进中 and writes its progress on every row of the sheet. */
async function fillIn(file: string, out: string): Promise<number[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  let header = 0;
  const at: Record<string, number> = {};
  ws.eachRow((row, n) =>
    row.eachCell((c, i) => {
      if (['完成状态', '进展情况'].includes(String(c.value))) {
        header = n;
        at[String(c.value)] = i;
      }
    }),
  );
  const numbers: number[] = [];
  ws.eachRow((row, n) => {
    const seq = row.getCell(1).value;
    if (n <= header || typeof seq !== 'number') return;
    numbers.push(seq);
    row.getCell(at['完成状态']!).value = '推进中';
    row.getCell(at['进展情况']!).value = `序号${seq}已完成年度任务的八成`;
  });
  await wb.xlsx.writeFile(out);
  return numbers;
}

describe('cli fill-in', () => {
  it(
    'writes one sheet per unit named, reads back by cli collect with the unit, every row and the plan 序号',
    { timeout: 240_000 },
    async () => {
      const out = join(dir, '填报表');
      const run = cli(
        'fill-in',
        samplePath('重点工作清单-2026.xlsx'),
        '--period',
        '2026-Q4',
        '--out',
        out,
        '--units',
        '基妇科,应急科',
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const made = Made.parse(JSON.parse(run.stdout));
      // The rows each unit is named in, and those 「各科室」 asks of every 科室 (序号 1 and 18 …).
      expect(made.files.map((f) => [f.unit, f.rows])).toEqual([
        ['基妇科', 9],
        ['应急科', 10],
      ]);
      for (const f of made.files) expect(existsSync(f.file)).toBe(true);

      // The sheet for Q4 carries the 四季度目标 only, of the four quarters.
      const sheet = (await readSheets(new Uint8Array(readFileSync(made.files[0]!.file)), 'x.xlsx'))[0]!;
      const cells = sheet.cells.flat();
      expect(cells).toContain('四季度目标');
      expect(cells).not.toContain('一季度目标');

      const filled = join(dir, '基妇科-已填.xlsx');
      const numbers = await fillIn(made.files[0]!.file, filled);
      expect(numbers).toHaveLength(9);
      expect(numbers).toContain(18);
      // The plan's own numbers, not 1 to 9.
      expect(numbers).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      const summary = join(dir, '汇总.xlsx');
      const back = cli('collect', filled, '--out', summary);
      expect(back.status).toBe(0);
      const json = JSON.parse(back.stdout) as {
        submissions: { unit: string; rows: { cells: Record<string, string> }[] }[];
      };
      expect(json.submissions).toHaveLength(1);
      expect(json.submissions[0]!.unit).toBe('基妇科');
      expect(json.submissions[0]!.rows.map((r) => r.cells.seq)).toEqual(numbers.map(String));
      expect(json.submissions[0]!.rows.map((r) => Object.values(r.cells).find((v) => v.startsWith('序号')))).toEqual(
        numbers.map((n) => `序号${n}已完成年度任务的八成`),
      );

      const grid = (await readSheets(new Uint8Array(readFileSync(summary)), '汇总.xlsx'))[0]!;
      const header = grid.cells.findIndex((r) => r[0] === '序号');
      const seqs = grid.cells
        .slice(header + 1)
        .map((r) => r[0])
        .filter((t): t is string => /^\d+$/.test(t ?? ''));
      expect(seqs).toEqual(numbers.map(String));
      expect(grid.cells[0]!.join('')).toContain('全县卫生健康系统2026年度重点工作清单');
    },
  );

  it('says how to write the period when it is not one', { timeout: 120_000 }, () => {
    const run = cli(
      'fill-in',
      samplePath('重点工作清单-2026.xlsx'),
      '--period',
      '2026年四季度',
      '--out',
      join(dir, 'x'),
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('应写作 2026-Q4（季度）或 2026-11（月）');
  });
});
