// The data file in trouble: the disk full (a small tmpfs made for the test), the file read-only, locked by another
// process, or deleted while the host runs. Each time the clerk is told what happened and nothing saved is lost.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../electron/host/host';
import { dispatch } from '../../electron/host/dispatch';
import type { Envelope } from '../../shared/api';
import { cleanupTemp, startTempHost, tempDir } from './temp-data';
import { samplePath } from '../support/fixtures';

afterEach(cleanupTemp);

const sample = (name: string) => readFileSync(samplePath(name)).toString('base64');
const start = (dataDir: string, seed = true) =>
  startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined, seed });

/** A small file system of its own (tmpfs), so that filling it fills nothing else; null where mounting is not allowed. */
function smallDisk(megabytes: number): { dir: string; reason: '' } | { dir: null; reason: string } {
  const dir = join(tmpdir(), `peidang-full-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' });
    return { dir, reason: '' };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return {
      dir: null,
      reason: `cannot mount a tmpfs here (${why}); SQLITE_FULL and ENOSPC are simulated at the store boundary below`,
    };
  }
}

/** Writes a file until the disk has no room left, in smaller and smaller pieces. */
function fill(dir: string): string {
  const file = join(dir, 'filler');
  const fd = openSync(file, 'w');
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (e) {
        if ((e as { code?: string }).code !== 'ENOSPC') throw e;
      }
    }
  } finally {
    closeSync(fd);
  }
  return file;
}

function counts(host: Host): string {
  const n = (t: string) => (host.ctx.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return JSON.stringify({ plans: n('plans'), rows: n('rows'), actions: n('actions'), changes: n('changes') });
}

function message(env: Envelope): string {
  return env.ok ? 'ok' : env.error.message;
}

async function firstRow(host: Host): Promise<{ planId: string; rowId: string; measure: string }> {
  const plans = (await host.invoke('plans.list', {})) as Extract<Envelope, { ok: true }>;
  const planId = (plans.data as Array<{ id: string }>)[0]!.id;
  const doc = (await host.invoke('plans.get', { planId })) as Extract<Envelope, { ok: true }>;
  const row = (doc.data as { rows: Array<{ id: string; cells: Record<string, string> }> }).rows[0]!;
  return { planId, rowId: row.id, measure: row.cells.measure ?? '' };
}

const disk = smallDisk(8);
afterAll(() => {
  if (!disk.dir) return;
  execFileSync('umount', ['-l', disk.dir]);
  rmSync(disk.dir, { recursive: true, force: true });
});

describe('a full disk', () => {
  const name =
    'refuses an edit, an import, a backup and a CLI export with a message, leaves the database as it was and no file cut short, and works once there is room';
  it.skipIf(!disk.dir)(disk.dir ? name : `${name} (skipped: ${disk.reason})`, async () => {
    const dataDir = join(disk.dir!, 'data');
    const host = start(dataDir);
    const { planId, rowId, measure } = await firstRow(host);
    const opened = (await host.invoke('import.open', {
      fileName: '重点工作清单-2026.xlsx',
      data: sample('重点工作清单-2026.xlsx'),
    })) as Extract<Envelope, { ok: true }>;
    const before = counts(host);
    const backupsBefore = readdirSync(join(dataDir, 'backups'));
    const filler = fill(disk.dir!);

    const edit = await host.invoke('rows.setCells', {
      planId,
      edits: [{ rowId, key: 'measure', value: '满'.repeat(50_000) }],
    });
    expect(message(edit)).toBe('磁盘空间已满，修改没有保存。请清理磁盘后再试，已保存的内容不受影响。');
    const fileId = (opened.data as { fileId: string }).fileId;
    const imported = await host.invoke('import.commit', { fileId, options: {}, target: { mode: 'new' } });
    expect(message(imported)).toBe('磁盘空间已满，导入没有保存。请清理磁盘后再试，已保存的内容不受影响。');
    expect(message(await host.invoke('backup.create', {}))).toBe(
      '磁盘空间已满，备份没有保存。请清理磁盘后再试，已保存的内容不受影响。',
    );
    expect(counts(host)).toBe(before);
    // No backup cut short is left behind, under its own name or another.
    expect(readdirSync(join(dataDir, 'backups'))).toEqual(backupsBefore);

    // The app's export is built in memory and saved by the browser or the desktop shell; the CLI writes its own file.
    const out = join(disk.dir!, '导出.xlsx');
    const convert = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/host/cli.ts', 'convert', samplePath('配档表-百日攻坚行动.xlsx'), out],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(convert.stderr.trim()).toBe('无法写出「导出.xlsx」：磁盘空间已满。');
    expect(convert.status).toBe(2);
    expect([existsSync(out), existsSync(`${out}.partial`)]).toEqual([false, false]);

    rmSync(filler);
    expect(
      message(await host.invoke('rows.setCells', { planId, edits: [{ rowId, key: 'measure', value: '有空间了' }] })),
    ).toBe('ok');
    host.close();
    const again = start(dataDir);
    expect(again.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await firstRow(again)).measure).toBe('有空间了');
    expect(measure).not.toBe('有空间了');
    again.close();
  });
});

describe('a full disk in the middle of an import', () => {
  const name = 'rolls the import back whole after its backup was made, and says so';
  it.skipIf(!disk.dir)(disk.dir ? name : `${name} (skipped: ${disk.reason})`, async () => {
    const dataDir = join(disk.dir!, 'data-import');
    const host = start(dataDir);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.addRow(['序号', '行动措施', '任务目标', '完成时限', '牵头处室', '配合处室']);
    for (let i = 1; i <= 2000; i++) ws.addRow([i, `措施${i}`, '目标'.repeat(200), '6月底前', '医政处', '规划处']);
    const data = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
    const opened = (await host.invoke('import.open', { fileName: '两千行.xlsx', data })) as Extract<
      Envelope,
      { ok: true }
    >;
    const probe = (await host.invoke('backup.create', {})) as Extract<Envelope, { ok: true }>;
    const before = counts(host);
    const backups = readdirSync(join(dataDir, 'backups')).length;
    // Room for the backup every import makes first, not for the 2,000 rows after it.
    const { bavail, bsize } = statfsSync(disk.dir!);
    writeFileSync(
      join(disk.dir!, 'filler'),
      Buffer.alloc(bavail * bsize - (probe.data as { size: number }).size - 64 * 1024),
    );

    const committed = await host.invoke('import.commit', {
      fileId: (opened.data as { fileId: string }).fileId,
      options: {},
      target: { mode: 'new' },
    });
    expect(message(committed)).toBe('磁盘空间已满，导入没有保存。请清理磁盘后再试，已保存的内容不受影响。');
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(backups + 1);
    expect(counts(host)).toBe(before);
    expect(host.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    rmSync(join(disk.dir!, 'filler'));
    host.close();
  });
});

describe('the data file', () => {
  it('read-only: the host starts, and an edit is refused with a message; the file is unchanged', () => {
    const dataDir = join(tempDir(), 'data');
    start(dataDir).close();
    const file = join(dataDir, 'peidang.db');
    const bytes = readFileSync(file);
    // Root may write any file: the host runs as another user where the tests run as root.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      chmodSync(join(dataDir, '..'), 0o755);
      for (const f of [
        dataDir,
        join(dataDir, 'backups'),
        ...readdirSync(join(dataDir, 'backups')).map((b) => join(dataDir, 'backups', b)),
        file,
      ])
        chownSync(f, 65534, 65534);
    }
    chmodSync(file, 0o444);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/faults/host-call.ts', dataDir], {
      encoding: 'utf8',
      timeout: 60_000,
      ...(asRoot ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: tmpdir() } } : {}),
    });
    expect(JSON.parse(run.stdout)).toEqual({
      started: true,
      edit: '数据文件是只读的，修改无法保存。请检查数据文件夹的权限。',
    });
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('locked by another process: an edit is refused with a message and changes nothing; it goes through once the lock is gone', async () => {
    const { host, dataDir } = startTempHost(true);
    const { planId, rowId, measure } = await firstRow(host);
    const before = counts(host);
    const holder = spawn(
      process.execPath,
      [
        '-e',
        "const D=require('better-sqlite3');const db=new D(process.argv[1]);db.exec('BEGIN EXCLUSIVE');console.log('locked');process.stdin.on('data',()=>{db.exec('ROLLBACK');db.close();process.exit(0)})",
        join(dataDir, 'peidang.db'),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => createInterface({ input: holder.stdout! }).once('line', () => resolve()));
    const edit = await host.invoke('rows.setCells', {
      planId,
      edits: [{ rowId, key: 'measure', value: '被锁住时的修改' }],
    });
    expect(message(edit)).toBe(
      '数据文件正被另一个程序占用（另一个配档助手，或正在复制、同步它的程序），刚才的修改没有保存。请关闭占用它的程序后再试。',
    );
    expect(counts(host)).toBe(before);
    const gone = new Promise((resolve) => holder.once('exit', resolve));
    holder.stdin!.end('release\n');
    await gone;
    expect(
      message(
        await host.invoke('rows.setCells', { planId, edits: [{ rowId, key: 'measure', value: '解锁后的修改' }] }),
      ),
    ).toBe('ok');
    expect((await firstRow(host)).measure).toBe('解锁后的修改');
    expect(measure).not.toBe('解锁后的修改');
  }, 60_000);

  it('deleted while the host runs: written back from the open data, the clerk told, and nothing lost after a restart', async () => {
    const { host, dataDir } = startTempHost(true);
    const { planId, rowId } = await firstRow(host);
    expect(
      message(
        await host.invoke('rows.setCells', { planId, edits: [{ rowId, key: 'measure', value: '删除前的修改' }] }),
      ),
    ).toBe('ok');
    const before = counts(host);
    const file = join(dataDir, 'peidang.db');
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });

    const next = await host.invoke('rows.setCells', {
      planId,
      edits: [{ rowId, key: 'measure', value: '删除后的修改' }],
    });
    expect(message(next)).toBe(
      `数据文件「${file}」在程序运行时被删除或移走了。程序已用打开着的数据把它重新写回原处，没有丢失内容；刚才的操作没有执行，请再做一次。`,
    );
    expect(existsSync(file)).toBe(true);
    expect(counts(host)).toBe(before);
    expect(
      message(
        await host.invoke('rows.setCells', { planId, edits: [{ rowId, key: 'measure', value: '删除后的修改' }] }),
      ),
    ).toBe('ok');
    host.close();
    const again = start(dataDir, false);
    expect(again.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await firstRow(again)).measure).toBe('删除后的修改');
    again.close();
  });
});

describe('the whole data folder', () => {
  it('deleted while the host runs: the data file and the lock written back, a second app still refused', async () => {
    const { host, dataDir } = startTempHost(true);
    const before = counts(host);
    rmSync(dataDir, { recursive: true, force: true });
    const next = await host.invoke('plans.list', {});
    expect(message(next)).toContain('在程序运行时被删除或移走了。程序已用打开着的数据把它重新写回原处，没有丢失内容');
    expect(counts(host)).toBe(before);
    expect(existsSync(join(dataDir, 'peidang.lock'))).toBe(true);
    expect(() => start(dataDir)).toThrow('ALREADY_RUNNING');
  });
});

describe('errors of the store, as the dispatcher answers them', () => {
  it.each([
    ['SQLITE_FULL', '磁盘空间已满，修改没有保存。请清理磁盘后再试，已保存的内容不受影响。'],
    ['ENOSPC', '磁盘空间已满，修改没有保存。请清理磁盘后再试，已保存的内容不受影响。'],
    ['SQLITE_READONLY', '数据文件是只读的，修改无法保存。请检查数据文件夹的权限。'],
    ['SQLITE_READONLY_DBMOVED', '数据文件是只读的，修改无法保存。请检查数据文件夹的权限。'],
    ['EROFS', '数据文件是只读的，修改无法保存。请检查数据文件夹的权限。'],
    [
      'SQLITE_BUSY',
      '数据文件正被另一个程序占用（另一个配档助手，或正在复制、同步它的程序），刚才的修改没有保存。请关闭占用它的程序后再试。',
    ],
  ])('%s: a message, no incident, nothing logged', async (code, text) => {
    const { host, logLines } = startTempHost(false);
    const failing = {
      ...host.handlers,
      'plans.list': () => {
        throw Object.assign(new Error('disk I/O'), { code });
      },
    };
    const env = await dispatch(failing, 'plans.list', {}, (l) => logLines.push(l));
    expect(env).toEqual({ ok: false, error: expect.objectContaining({ message: text, incidentId: undefined }) });
    expect(logLines).toEqual([]);
  });
});
