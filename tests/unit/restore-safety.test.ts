// Restore as safe as SQLite's backup API (issue 16): refused while the app runs, the replaced file kept with what its
// WAL held after a crash, and a file whose schema is not exactly the app's (a planted trigger) never restored.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupNow, restoreOffline } from '../../electron/host/services/backup';
import { list } from '../../electron/host/services/plans';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { cleanupTemp, startTempHost, tempDir } from './temp-data';

afterEach(cleanupTemp);

function message(f: () => unknown): string {
  try {
    f();
    return 'none';
  } catch (e) {
    return e instanceof AppError ? messageOf(e.code, e.params) : String(e);
  }
}

/** A backup made by the app, then opened by another program that adds a trigger: one edit would empty the plan. */
function backupWithTrigger(): { file: string; dataDir: string } {
  const { host, dataDir } = startTempHost(true);
  const file = backupNow(host.ctx.db, dataDir, 'manual', '2030-01-01T00:00:00.000Z').file;
  host.close();
  const forged = join(tempDir(), '备份.db');
  const db = new Database(file);
  db.exec(
    `CREATE TRIGGER empty_plan AFTER UPDATE ON rows BEGIN DELETE FROM rows WHERE plan_id = NEW.plan_id AND id <> NEW.id; END`,
  );
  db.exec(`VACUUM INTO '${forged}'`);
  db.close();
  return { file: forged, dataDir };
}

describe('restore', { timeout: 60_000 }, () => {
  it('refuses a backup with a planted trigger, in the app and from the command line, and changes nothing', () => {
    const { file } = backupWithTrigger();
    const { host, dataDir } = startTempHost(true);
    const before = list({ db: host.ctx.db });
    const reply = message(() => host.handlers['backup.restoreFile']({ fileName: '备份.db', data: readFileSync(file) }));
    expect(reply).toBe(
      '不能用「备份.db」恢复：其中有配档助手不会建立的内容（触发器、视图或其他表），可能被人改动过。当前数据没有任何改动。',
    );
    expect(list({ db: host.ctx.db })).toEqual(before);
    expect(host.ctx.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'").get()).toEqual({
      n: 0,
    });
    host.close();
    expect(message(() => restoreOffline(dataDir, join(dataDir, 'peidang.db'), file, '2030-01-02T00:00:00.000Z'))).toBe(
      '不能用「备份.db」恢复：其中有配档助手不会建立的内容（触发器、视图或其他表），可能被人改动过。当前数据没有任何改动。',
    );
  });

  it('refuses a view or an extra table as well', () => {
    const { host, dataDir } = startTempHost(true);
    const plain = backupNow(host.ctx.db, dataDir, 'manual', '2030-01-01T00:00:00.000Z').file;
    for (const [name, ddl] of [
      ['视图.db', 'CREATE VIEW v AS SELECT * FROM plans'],
      ['多表.db', 'CREATE TABLE extra (x TEXT)'],
    ] as const) {
      const file = join(tempDir(), name);
      const db = new Database(plain, { readonly: true });
      db.exec(`VACUUM INTO '${file}'`);
      db.close();
      const edit = new Database(file);
      edit.exec(ddl);
      edit.close();
      expect(
        message(() => host.handlers['backup.restoreFile']({ fileName: name, data: readFileSync(file) })),
      ).toContain('配档助手不会建立的内容');
    }
  });

  it('refuses to restore from the command line while the app runs on the folder, and leaves the data file as it was', () => {
    const { host, dataDir } = startTempHost(true);
    const backup = backupNow(host.ctx.db, dataDir, 'manual', '2030-01-01T00:00:00.000Z').file;
    host.ctx.db.prepare("UPDATE plans SET title = '运行中修改'").run();
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/host/cli.ts', 'restore', backup, '--data-dir', dataDir],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `配档助手（进程 ${process.pid}）正在使用数据文件夹「${dataDir}」，不能在它运行时从命令行恢复。请先关闭配档助手，或在程序中使用“备份与恢复”。当前数据没有任何改动。`,
    );
    expect(list({ db: host.ctx.db }).every((p) => p.title === '运行中修改')).toBe(true);
    expect(host.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps the replaced file with the edits its WAL held after a crash', () => {
    const { host, dataDir } = startTempHost(true);
    const dbPath = join(dataDir, 'peidang.db');
    const backup = backupNow(host.ctx.db, dataDir, 'manual', '2030-01-01T00:00:00.000Z').file;
    host.close();
    // Another process commits an edit and is killed before any checkpoint: the edit lives only in peidang.db-wal.
    const crash = spawnSync(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(dbPath)}); db.pragma('wal_autocheckpoint = 0');` +
          `db.prepare("UPDATE plans SET title = '崩溃前已保存'").run(); process.kill(process.pid, 'SIGKILL');`,
      ],
      { encoding: 'utf8' },
    );
    expect(crash.signal).toBe('SIGKILL');
    expect(readFileSync(`${dbPath}-wal`).length).toBeGreaterThan(0);

    const kept = restoreOffline(dataDir, dbPath, backup, '2030-01-02T00:00:00.000Z')!;
    const old = new Database(kept, { readonly: true });
    const titles = old.prepare('SELECT title FROM plans').all() as { title: string }[];
    old.close();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.title === '崩溃前已保存')).toBe(true);
    const restored = new Database(dbPath, { readonly: true });
    expect(
      (restored.prepare('SELECT title FROM plans').all() as { title: string }[]).some(
        (t) => t.title === '崩溃前已保存',
      ),
    ).toBe(false);
    restored.close();
  });
});
