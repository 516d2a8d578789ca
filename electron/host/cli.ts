// The command line: `inspect FILE` prints what the importer reads from a file, as the app would read it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeWhole } from './write-whole';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import '../../shared/zod-locale';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { PlanKind, type Plan } from '../../shared/domain/plan';
import { planFromImport } from '../../shared/xlsx/plan-from-import';
import { exportPlan, exportPlanDocument } from '../../shared/xlsx/export-plan';
import { readDeadline } from '../../shared/domain/deadline';
import { restoreOffline } from './services/backup';
import { defaultDataDir } from './paths';
import { DB_FILE } from './host';
import type { ImportResult } from '../../shared/domain/import';
import { templateOf } from '../../shared/templates/kinds';
import { importFile } from '../../shared/xlsx/read-file';
import { isImportable } from '../../shared/xlsx/file-kind';
import { unitNamedInFileName } from '../../shared/xlsx/unit-in-file-name';
import { collectFiles, consolidateCollection, type ReturnedFile } from '../../shared/xlsx/collect';
import { writeConsolidation } from '../../shared/xlsx/consolidate';
import { checkImportSize, importSizeError } from '../../shared/file-limits';
import { bottomOf, rank } from './cli-rank';
import { fillIn } from './cli-fill-in';
import { readSheetsIsolated } from './read-isolated';

const USAGE = `用法：
  npm run -s cli -- inspect 文件 [--kind peidang|quarterly|minsheng|breakthrough] [--sheet 工作表名] [--year 年份]
  npm run -s cli -- convert 文件 输出.xlsx|输出.docx [--kind …] [--sheet 工作表名]   （输出 .docx 为 Word 表格）
  npm run -s cli -- collect 文件或文件夹… [--out 汇总.xlsx]   （读取各单位报回的表，可汇总成一张表）
  npm run -s cli -- restore 备份文件 [--data-dir 数据文件夹]      （程序无法启动时，用备份替换数据文件）
  npm run -s cli -- rank 测评得分表 [--previous 上期得分表]… [--bottom N] [--out 通报.docx]   （计算排名；上期表按时间从早到晚）
  npm run -s cli -- fill-in 方案文件 --period 2026-Q4|2026-11 --out 文件夹 [--units 单位,单位]   （按牵头单位生成各单位的填报表）`;

/** The year dates without one belong to: --year, else the file's title or 文号, else this year. */
function planYear(r: ImportResult, given: string | undefined, now: string): number {
  if (given && /^\d{4}$/.test(given)) return Number(given);
  return planFromImport(r, now).meta.year;
}

/** The JSON the inspect command prints: columns and rows as the importer read them, items only, with due dates. */
export function inspectJson(file: string, r: ImportResult, year: number, today: string): unknown {
  const template = templateOf(r.kind).columns;
  return {
    file,
    sheet: r.sheet,
    kind: r.kind,
    title: r.title,
    meta: { ...reportingUnitOf(r, file), ...(r.meta.reportDate ? { reportDate: r.meta.reportDate } : {}) },
    columns: r.columns
      .filter((c) => c.key !== null)
      .map((c) => ({
        key: c.key,
        title: c.key === 'seq' ? '序号' : (template.find((t) => t.key === c.key)?.label ?? c.source),
        source: c.source,
      })),
    rows: r.rows
      .filter((x) => x.kind === 'item')
      .map((x) => {
        const due = readDeadline(x.cells.deadline ?? '', year, today);
        return { section: x.section, cells: x.cells, due: due.due, dueKind: due.kind };
      }),
    warnings: r.warnings,
  };
}

/** The 填报单位 line's unit, else the unit the file name names (北郊镇中心卫生院-突破事项.xlsx), as collect takes it. */
function reportingUnitOf(r: ImportResult, file: string): { reportingUnit?: string } {
  const unit = r.meta.reportingUnit ?? unitNamedInFileName(file);
  return unit ? { reportingUnit: unit } : {};
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'rank') return rankCommand(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      sheet: { type: 'string' },
      year: { type: 'string' },
      'data-dir': { type: 'string' },
      out: { type: 'string' },
      period: { type: 'string' },
      units: { type: 'string' },
    },
  });
  if (positionals[0] === 'fill-in') return fillInCommand(positionals[1], values);
  if (positionals[0] === 'collect' && positionals.length > 1) return collect(positionals.slice(1), values.out);
  const [command, file, out] = positionals;
  if (command === 'restore' && file) {
    const dataDir = values['data-dir'] ?? defaultDataDir();
    const kept = restoreOffline(dataDir, join(dataDir, DB_FILE), file, new Date().toISOString());
    process.stderr.write(`已用「${basename(file)}」恢复数据文件。${kept ? `原来的数据文件另存为「${kept}」。` : ''}\n`);
    return 0;
  }
  if (!file || !(command === 'inspect' || (command === 'convert' && out))) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const kind = values.kind === undefined ? undefined : PlanKind.safeParse(values.kind);
  if (kind && !kind.success) {
    process.stderr.write(`不认识的表格类型「${values.kind}」。\n${USAGE}\n`);
    return 64;
  }
  let data: Uint8Array;
  try {
    // The size is checked before the file is read, with the same limit and message as the app's.
    checkImportSize(statSync(file).size, basename(file));
    data = new Uint8Array(readFileSync(file));
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code;
    throw new AppError('IMPORT_UNREADABLE', {
      file: basename(file),
      ...(code === 'ENOENT' ? { reason: '文件不存在，请检查路径' } : {}),
    });
  }
  // Read in a worker with the app's deadline and memory cap: a hostile file stops there, with the app's message.
  const result = await importFile(
    data,
    basename(file),
    {
      ...(kind ? { kind: kind.data } : {}),
      ...(values.sheet ? { sheet: values.sheet } : {}),
    },
    readSheetsIsolated,
  );
  if (command === 'inspect') {
    const now = new Date().toISOString();
    const json = inspectJson(file, result, planYear(result, values.year, now), now.slice(0, 10));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  await writeConverted(result, out!);
  return 0;
}

/** convert: the imported table, made a plan as the app would, written by the app's exporter (Word for a .docx). */
async function writeConverted(result: ImportResult, out: string): Promise<void> {
  const now = new Date().toISOString();
  const { meta, columns, rows } = planFromImport(result, now);
  const plan: Plan = { ...meta, id: 'cli', columns, createdAt: now, updatedAt: now, deletedAt: null };
  const withIds = rows.map((r, i) => ({ ...r, id: `r${i}` }));
  const bytes = await (/\.docx$/i.test(out) ? exportPlanDocument : exportPlan)(plan, withIds);
  writeOutput(out, bytes);
  process.stderr.write(`已写出「${out}」：${rows.filter((r) => r.kind === 'item').length} 项。\n`);
}

/** fill-in: one fill-in sheet per unit of the plan file, as 生成填报表 writes them; the files as JSON. */
async function fillInCommand(
  file: string | undefined,
  values: { period?: string; out?: string; units?: string },
): Promise<number> {
  if (!file || !values.period || !values.out) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  let data: Uint8Array;
  try {
    data = new Uint8Array(readFileSync(file));
  } catch {
    throw new AppError('IMPORT_UNREADABLE', { file: basename(file), reason: '文件不存在或无法打开，请检查路径' });
  }
  const units = values.units
    ? values.units
        .split(/[,，、]/)
        .map((u) => u.trim())
        .filter((u) => u !== '')
    : null;
  const made = await fillIn({ file, data, period: values.period, out: values.out, units }, new Date().toISOString());
  for (const w of made.warnings) process.stderr.write(`注意：${w}\n`);
  process.stdout.write(`${JSON.stringify({ files: made.files }, null, 2)}\n`);
  return 0;
}

/** collect: returned files (or folders of them) read as the app reads them, without a round; one JSON out. */
async function collect(paths: string[], out: string | undefined): Promise<number> {
  const files: ReturnedFile[] = [];
  const errors: { file: string; message: string }[] = [];
  for (const path of paths.flatMap(expand)) {
    try {
      const size = importSizeError(statSync(path).size, basename(path));
      if (size) {
        errors.push({ file: path, message: messageOf(size.code, size.params) });
        continue;
      }
      files.push({
        fileName: basename(path),
        data: new Uint8Array(readFileSync(path)),
        receivedAt: statSync(path).mtime.toISOString(),
      });
    } catch {
      errors.push({
        file: path,
        message: messageOf('IMPORT_UNREADABLE', { file: basename(path), reason: '文件不存在或无法打开，请检查路径' }),
      });
    }
  }
  const now = new Date().toISOString();
  const c = await collectFiles(files, [], readSheetsIsolated);
  const byName = new Map(files.map((f, i) => [f.fileName, paths.flatMap(expand)[i] ?? f.fileName]));
  const json = {
    submissions: c.submissions.map((s) => {
      const inspected = inspectJson(
        s.file.fileName,
        s.reading.table,
        planFromImport(s.reading.table, now).meta.year,
        now.slice(0, 10),
      ) as { rows: unknown[] };
      return {
        file: byName.get(s.file.fileName) ?? s.file.fileName,
        unit: s.reading.unit,
        kind: s.reading.kind,
        rows: inspected.rows,
        supersedes: s.supersedes ? (byName.get(s.supersedes) ?? s.supersedes) : null,
      };
    }),
    errors: [...errors, ...c.errors.map((e) => ({ file: byName.get(e.file) ?? e.file, message: e.message }))],
  };
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  if (out) {
    const summary = consolidateCollection(c, now);
    if (!summary) {
      process.stderr.write('没有可以汇总的文件。\n');
      return 2;
    }
    writeOutput(out, await writeConsolidation(summary, true));
    process.stderr.write(
      `已写出汇总表「${out}」：${summary.byUnit.length} 个单位，${summary.rows.filter((r) => r.kind === 'item').length} 项。\n`,
    );
  }
  return 0;
}

/** rank: a 测评 score sheet and its previous months ranked; JSON on stdout, the 通报 with --out. */
async function rankCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { previous: { type: 'string', multiple: true }, bottom: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const today = new Date().toISOString().slice(0, 10);
  const { json, notice } = await rank(
    {
      file: positionals[0]!,
      previous: values.previous ?? [],
      bottom: bottomOf(values.bottom),
      ...(values.out ? { out: values.out } : {}),
    },
    today,
  );
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  if (notice && values.out) {
    writeOutput(values.out, notice);
    process.stderr.write(`已写出测评通报「${values.out}」。\n`);
  }
  return 0;
}

/** A folder stands for the workbooks in it (and in its folders); Office's lock files (~$…) are left out. */
function expand(path: string): string[] {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // A path that cannot be read is kept: reading it gives the file its error entry.
    return [path];
  }
  if (!isDir) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name.startsWith('~$') || name.startsWith('.') ? [] : expand(join(path, name))))
    .filter((p) => statSync(p).isDirectory() || isImportable(p));
}

/** Writes under another name and renames when whole: a full disk leaves no file cut short under the name asked for. */
function writeOutput(out: string, bytes: Uint8Array): void {
  try {
    writeWhole(out, bytes);
  } catch (e) {
    throw new AppError('EXPORT_UNWRITABLE', { file: basename(out), reason: writeReason(e) });
  }
}

function writeReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOSPC') return '磁盘空间已满';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY')
    return '文件正被其他程序打开或没有写入权限，请关闭它后再试';
  if (code === 'ENOENT') return '目标文件夹不存在';
  return '无法写入';
}

// The exit code is set, never process.exit(): on a pipe, stdout is written asynchronously, and exiting at once would
// cut the output at the pipe's 64 KB buffer. Node exits by itself when everything is written.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `${e instanceof AppError ? messageOf(e.code, e.params) : `发生内部错误：${e instanceof Error ? e.message : String(e)}`}\n`,
    );
    process.exitCode = e instanceof AppError ? 2 : 70;
  },
);
