// 测评: score sheets of seed 004's units over three months read, totalled, ranked within their groups, compared
// with the month before and flagged 连续两次排名靠后; the 通报 written from them; the `rank` command.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rankHistory, rankSeries, ranksOf, type Ranking, type ScoreSheet } from '../../shared/domain/scores';
import type { Unit } from '../../shared/domain/unit-directory';
import { AppError } from '../../shared/errors';
import { readScoreSheet } from '../../shared/xlsx/read-scores';
import { writeScoreNotice } from '../../shared/xlsx/score-notice';
import {
  CITY_HOSPITAL,
  MONTHS,
  NOVEMBER,
  OCTOBER,
  SEED_CITY_UNITS,
  SEED_COUNTIES,
  SEPTEMBER,
  scoreSheetBytes,
} from '../support/score-sheets';

const directory: Unit[] = [{ ...CITY_HOSPITAL, id: 'u1' }];
let sheets: ScoreSheet[];
let rankings: Ranking[];
const dir = mkdtempSync(join(tmpdir(), 'peidang-scores-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  sheets = [];
  for (const m of MONTHS) sheets.push(await readScoreSheet(await scoreSheetBytes(m), m.fileName));
  rankings = rankSeries(sheets, directory);
});

const group = (r: Ranking, name: string) => r.groups.find((g) => g.group === name)!;
const unitOf = (r: Ranking, groupName: string, unit: string) => group(r, groupName).units.find((u) => u.unit === unit)!;
const table = (r: Ranking, groupName: string) =>
  group(r, groupName).units.map((u) => [u.unit, u.total, u.rank, u.previousRank, u.flags.join('')]);

describe('reading score sheets', () => {
  it('reads the period from the title, else the file name, the indicators with their maxima, and the sections as groups', () => {
    expect(sheets.map((s) => s.period)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(sheets[0]!.indicators[0]).toEqual({ name: '整体满意度', max: 40 });
    expect(sheets[1]!.indicators.map((i) => i.name)).toEqual([
      '整体满意度',
      '出院病人随访',
      '家庭医生签约履约',
      '预防接种机构满意度',
      '改善医疗服务措施落实',
      '投诉举报处置',
    ]);
    for (const s of sheets) {
      expect(new Set(s.lines.map((l) => l.group))).toEqual(new Set(['县（市、区）', '市直医疗卫生机构']));
      expect(s.lines).toHaveLength(SEED_COUNTIES.length + SEED_CITY_UNITS.length);
    }
  });

  it('keeps a blank score blank and the 总分 as written, and names the line of a name with a full-width space', () => {
    const nov = sheets[2]!;
    expect(nov.lines.find((l) => l.unit === '高唐县')!.scores[3]).toBeNull();
    expect(nov.lines.find((l) => l.unit === '冠县')!.statedTotal).toBe(90);
    expect(nov.lines.find((l) => l.unit === '莘县')).toBeDefined();
  });

  it('refuses a workbook without a unit column and indicators, naming the file', async () => {
    const other = await scoreSheetBytes({ ...SEPTEMBER, counties: [], city: [] });
    await expect(readScoreSheet(other, '空表.xlsx')).rejects.toMatchObject({
      code: 'SCORES_NO_TABLE',
      params: { file: '空表.xlsx' },
    });
    await expect(readScoreSheet(new Uint8Array([1, 2, 3]), '乱码.xlsx')).rejects.toBeInstanceOf(AppError);
  });
});

describe('ranking', () => {
  it('shares a rank between equal totals and skips the next (1, 2, 2, 4)', () => {
    expect(ranksOf([96, 94, 94, 91])).toEqual([1, 2, 2, 4]);
    expect(ranksOf([0.1 + 0.2, 0.3].map((n) => Math.round(n * 100) / 100))).toEqual([1, 1]);
  });

  it('ranks September with no previous ranks and no flags', () => {
    const sep = rankings[0]!;
    expect(table(sep, '县（市、区）').slice(0, 3)).toEqual([
      ['东昌府区', 95.5, 1, null, ''],
      ['莘县', 93, 2, null, ''],
      ['临清市', 91, 3, null, ''],
    ]);
    expect(sep.groups.flatMap((g) => g.units).every((u) => u.flags.length === 0 && u.change === null)).toBe(true);
  });

  it('ranks October with a tie, the change since September, and flags the units in the bottom three twice', () => {
    const oct = rankings[1]!;
    expect(table(oct, '县（市、区）')).toEqual([
      ['东昌府区', 96, 1, 1, ''],
      ['莘县', 94, 2, 2, ''],
      ['临清市', 94, 2, 3, ''],
      ['东阿县', 91, 4, 4, ''],
      ['冠县', 89, 5, 5, ''],
      ['阳谷县', 88, 6, 6, ''],
      ['度假区', 87.5, 7, 9, ''],
      ['高唐县', 86.5, 8, 7, ''],
      ['茌平区', 84, 9, 8, ''],
      ['高新区', 83.5, 10, 10, '连续两次排名靠后'],
      ['开发区', 83, 11, 11, '连续两次排名靠后'],
    ]);
    expect(unitOf(oct, '县（市、区）', '度假区').change).toBe(2);
    expect(unitOf(oct, '县（市、区）', '茌平区').change).toBe(-1);
    const city = group(oct, '市直医疗卫生机构').units;
    expect(city.filter((u) => u.flags.length > 0).map((u) => u.unit)).toEqual(['市120指挥中心', '市传染病医院']);
    expect(city[0]).toMatchObject({ unit: '市直机关门诊部', rank: 1, previousRank: 17, change: 16 });
  });

  it('ranks November by computed totals (a wrong 总分 and a blank score warned), in any row order, names matched across months', () => {
    const nov = rankings[2]!;
    expect(table(nov, '县（市、区）')).toEqual([
      ['莘县', 97, 1, 2, ''],
      ['东昌府区', 95, 2, 1, ''],
      ['东阿县', 92, 3, 4, ''],
      ['临清市', 92, 3, 2, ''],
      ['度假区', 90, 5, 7, ''],
      ['冠县', 89.5, 6, 5, ''],
      ['阳谷县', 88, 7, 6, ''],
      ['茌平区', 86, 8, 9, ''],
      ['开发区', 85, 9, 11, '连续两次排名靠后'],
      ['高新区', 84, 10, 10, '连续两次排名靠后'],
      ['高唐县', 80, 11, 8, ''],
    ]);
    expect(nov.warnings).toContain('2026-11：第 11 行「冠县」的总分 90 不等于各项得分之和 89.5，按 89.5 计。');
    expect(nov.warnings).toContain('2026-11：第 9 行「高唐县」的「预防接种机构满意度」没有分数，按 0 分计。');
    expect(nov.warnings).toHaveLength(2);
    const city = group(nov, '市直医疗卫生机构').units;
    expect(city.filter((u) => u.flags.length > 0).map((u) => u.unit)).toEqual([
      '市中心血站',
      '市120指挥中心',
      '市传染病医院',
    ]);
    expect(city.slice(0, 4).map((u) => [u.unit, u.rank, u.previousRank])).toEqual([
      ['市直机关门诊部', 1, 1],
      ['市人民医院', 2, 2],
      ['市中医医院', 3, 3],
      ['市第二人民医院', 3, 4],
    ]);
  });

  it('takes the size of the bottom from the caller: with N = 1 only the last twice is flagged', () => {
    const nov = rankSeries(sheets, directory, 1)[2]!;
    expect(nov.groups.flatMap((g) => g.units.filter((u) => u.flags.length > 0).map((u) => u.unit))).toEqual([
      '市传染病医院',
    ]);
    const oct = rankSeries(sheets.slice(0, 2), directory, 2)[1]!;
    expect(
      group(oct, '县（市、区）')
        .units.filter((u) => u.flags.length > 0)
        .map((u) => u.unit),
    ).toEqual(['高新区', '开发区']);
  });

  it('without the directory, an alias is another unit: no previous rank for 聊城市人民医院', () => {
    const nov = rankSeries(sheets, [])[2]!;
    expect(unitOf(nov, '市直医疗卫生机构', '聊城市人民医院').previousRank).toBeNull();
  });

  it("gives a unit's rank over the months", () => {
    expect(rankHistory(rankings, '高唐县')).toEqual([
      { period: '2026-09', rank: 7, size: 11 },
      { period: '2026-10', rank: 8, size: 11 },
      { period: '2026-11', rank: 11, size: 11 },
    ]);
  });
});

describe('the 通报', () => {
  it('has the title, each group by rank with totals and changes, the units named 连续两次排名靠后 and those that rose', async () => {
    const bytes = await writeScoreNotice(rankings[2]!, { issuer: '聊城市卫生健康委员会', date: '2026-12-03' });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('关于2026年11月全市卫生健康行业服务能力测评情况的通报');
    expect(text).toContain('（一）县（市、区）（11 个）');
    expect(text).toContain('|整体满意度|40分|');
    expect(text).toContain('1|莘县|39|15|14|10|9|10|97|2|↑1');
    expect(text).toContain('11|高唐县|32|15|14|0|9|10|80|8|↓3');
    expect(text).toContain(
      '开发区（县（市、区）第9名）、高新区（县（市、区）第10名）、市中心血站（市直医疗卫生机构第15名）',
    );
    expect(text).toContain('予以通报');
    expect(text).toMatch(/度假区（由第7名升至第5名）/);
    expect(text).toContain('2026年12月3日');
    // The closing line, the 发文单位 and the date kept on one page (LibreOffice once put the date alone on page 2).
    const paragraphsOf = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]!);
    const issuer = paragraphsOf.findIndex((p) => p.includes('聊城市卫生健康委员会'));
    expect(paragraphsOf[issuer]).toContain('<w:keepNext/>');
    expect(paragraphsOf[issuer - 1]).toContain('<w:keepNext/>');
    expect(paragraphsOf[issuer + 1]).toContain('2026年12月3日');
    // Nothing under 9 pt (小五): sizes are in half-points.
    const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
    // Each group's ranking (11 and 17 units) kept on one page with its header: every row but the last keeps with the
    // next, so LibreOffice moves a table that would start at a page's foot with one row to the next page whole.
    for (const table of [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map((m) => m[1]!)) {
      const rows = [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((m) => m[1]!);
      expect(rows.length).toBeGreaterThan(10);
      rows.slice(0, -1).forEach((row) => expect(row).toContain('<w:keepNext/>'));
    }
  });
});

describe('npm run -s cli -- rank', () => {
  const Output = z.object({
    period: z.string(),
    groups: z.array(
      z.object({
        group: z.string(),
        units: z.array(
          z
            .object({
              unit: z.string(),
              total: z.number(),
              rank: z.number(),
              previousRank: z.number().nullable(),
              flags: z.array(z.string()),
            })
            .strict(),
        ),
      }),
    ),
    warnings: z.array(z.string()),
  });
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', 'rank', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('prints the latest month ranked against the previous ones and writes the 通报', async () => {
    const paths: string[] = [];
    for (const m of [SEPTEMBER, OCTOBER, NOVEMBER]) {
      const p = join(dir, m.fileName);
      writeFileSync(p, await scoreSheetBytes(m));
      paths.push(p);
    }
    const out = join(dir, '通报.docx');
    const r = cli(paths[2]!, '--previous', paths[0]!, '--previous', paths[1]!, '--out', out);
    expect(r.stderr).toContain('已写出测评通报');
    expect(r.status).toBe(0);
    const json = Output.parse(JSON.parse(r.stdout));
    expect(json.period).toBe('2026-11');
    expect(json.groups[0]!.units[0]).toEqual({ unit: '莘县', total: 97, rank: 1, previousRank: 2, flags: [] });
    expect(json.groups[0]!.units.find((u) => u.unit === '开发区')!.flags).toEqual(['连续两次排名靠后']);
    expect(json.warnings).toHaveLength(2);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  /** The command run as a clerk runs it from a fresh clone: no data folder, no database, stdout read through a pipe. */
  const cliWithoutData = (home: string, args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        APPDATA: join(home, 'AppData'),
      };
      delete env.PEIDANG_DATA_DIR;
      const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', 'rank', ...args], { env });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('close', (code) =>
        resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
      );
    });

  it('needs no 单位名录: matches units across months by their names without spaces (full-width too) and opens no database', async () => {
    const home = join(dir, 'home');
    mkdirSync(home);
    // September writes 东阿县 with ordinary spaces, November 莘县 with a full-width one (NOVEMBER as it is).
    const spaced = {
      ...SEPTEMBER,
      counties: SEPTEMBER.counties.map((l) => (l.unit === '东阿县' ? { ...l, unit: '东 阿 县' } : l)),
    };
    const paths: string[] = [];
    for (const m of [spaced, OCTOBER, NOVEMBER]) {
      const p = join(dir, `clone-${m.fileName}`);
      writeFileSync(p, await scoreSheetBytes(m));
      paths.push(p);
    }
    const octOnly = await cliWithoutData(home, [paths[1]!, '--previous', paths[0]!]);
    expect(octOnly.code).toBe(0);
    const oct = Output.parse(JSON.parse(octOnly.stdout));
    expect(oct.groups[0]!.units.find((u) => u.unit === '东阿县')).toMatchObject({ rank: 4, previousRank: 4 });
    const r = await cliWithoutData(home, [paths[2]!, '--previous', paths[0]!, '--previous', paths[1]!]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const nov = Output.parse(JSON.parse(r.stdout));
    expect(nov.groups[0]!.units.find((u) => u.unit === '莘县')).toEqual({
      unit: '莘县',
      total: 97,
      rank: 1,
      previousRank: 2,
      flags: [],
    });
    // Without the directory 聊城市人民医院 is not known as 市人民医院: a unit of its own, with no previous rank.
    expect(nov.groups[1]!.units.find((u) => u.unit === '聊城市人民医院')!.previousRank).toBeNull();
    expect(readdirSync(home)).toEqual([]);
  }, 60_000);

  it('gives null previous ranks without --previous, and a Chinese message for a bad --bottom', async () => {
    const p = join(dir, 'only.xlsx');
    writeFileSync(p, await scoreSheetBytes(SEPTEMBER));
    const json = Output.parse(JSON.parse(cli(p).stdout));
    expect(json.groups.flatMap((g) => g.units).every((u) => u.previousRank === null)).toBe(true);
    const bad = cli(p, '--bottom', 'x');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--bottom 应为正整数');
  }, 60_000);
});
