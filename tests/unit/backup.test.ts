// Backups and restore: made daily, before imports and schema upgrades and on demand; the last 30 kept;
// a file is checked before it replaces anything; a damaged database is reported with the way back.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../electron/host/host';
import { MIGRATIONS, migrate } from '../../electron/host/store/migrations';
import {
  backupNow,
  KEEP_BACKUPS,
  listBackups,
  restore,
  restoreFrom,
  restoreOffline,
} from '../../electron/host/services/backup';
import { create, list } from '../../electron/host/services/plans';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { cleanupTemp, meta, startTempHost, tempDir } from './temp-data';

afterEach(cleanupTemp);

const message = (f: () => unknown) => {
  try {
    f();
    return 'none';
  } catch (e) {
    return e instanceof AppError ? messageOf(e.code, e.params) : String(e);
  }
};

/** What the restore service is given at a call, from the running host (as handlers.ts builds it). */
const restoreDeps = (host: Host) => ({
  db: host.ctx.db,
  dataDir: host.ctx.dataDir,
  now: host.ctx.now(),
  replaceDatabase: (file: string) => host.ctx.replaceDatabase(file),
});

describe('backups', () => {
  it('makes a daily backup at the first start, and no second one the same day', () => {
    const { host, dataDir } = startTempHost(true);
    expect(listBackups(dataDir).map((b) => b.reason)).toEqual(['daily']);
    host.close();
    const again = startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined });
    expect(listBackups(dataDir)).toHaveLength(1);
    again.close();
  });

  it('removes at the next start what a backup cut short left (its .partial file and the journal beside it)', () => {
    const { host, dataDir } = startTempHost(true);
    host.close();
    const dir = join(dataDir, 'backups');
    const cut = 'peidang-20260101-000000-000-manual.db.partial';
    for (const f of [cut, `${cut}-journal`]) writeFileSync(join(dir, f), 'cut short');
    const again = startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined });
    expect(readdirSync(dir)).toEqual(listBackups(dataDir).map((b) => basename(b.file)));
    expect(listBackups(dataDir)).toHaveLength(1);
    again.close();
  });

  it('keeps the last 30 and drops the oldest', () => {
    const { host, dataDir } = startTempHost(false);
    for (let i = 0; i < KEEP_BACKUPS + 5; i++)
      backupNow(host.ctx.db, dataDir, 'manual', new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString());
    const kept = listBackups(dataDir);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    // Start-up's daily backup is the newest of all: the 29 newest of the 35 made here stay with it.
    expect(kept[0]!.reason).toBe('daily');
    expect(kept.at(-1)!.at).toBe('2026-01-01T00:00:06.000Z');
  });

  it('restores a backup whole, after backing up what was there', () => {
    const { host, dataDir } = startTempHost(true);
    const before = list({ db: host.ctx.db }).map((p) => p.title);
    const b = backupNow(host.ctx.db, dataDir, 'manual', '2030-01-01T00:00:00.000Z');
    create(host.ctx.db, { ...meta, kind: 'peidang', title: '之后新建' }, '2030-01-02T00:00:00.000Z');
    expect(restore(restoreDeps(host), { name: basename(b.file) })).toEqual({ ok: true });
    expect(list({ db: host.ctx.db }).map((p) => p.title)).toEqual(before);
    expect(listBackups(dataDir).map((x) => x.reason)).toContain('restore');
  });

  it('refuses to restore a file that is not a database of this app, and changes nothing', () => {
    const { host, dataDir } = startTempHost(true);
    const junk = join(tempDir(), 'x.db');
    writeFileSync(junk, '这不是数据库');
    expect(message(() => restoreFrom(restoreDeps(host), junk))).toBe(
      '不能用「x.db」恢复：文件已损坏或不是数据库文件。当前数据没有任何改动。',
    );
    const other = join(tempDir(), 'other.db');
    new Database(other).exec('CREATE TABLE t (x)');
    expect(message(() => restoreFrom(restoreDeps(host), other))).toBe(
      '不能用「other.db」恢复：它不是配档助手的数据文件。当前数据没有任何改动。',
    );
    expect(list({ db: host.ctx.db })).toHaveLength(2);
    expect(listBackups(dataDir).map((x) => x.reason)).toEqual(['daily']);
  });
});

describe('start-up', () => {
  it('backs up a file of an earlier schema version before upgrading it', () => {
    const dataDir = tempDir();
    const old = new Database(join(dataDir, 'peidang.db'));
    migrate(old, MIGRATIONS.slice(0, 2));
    old.close();
    const host = startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined, seed: false });
    // The upgrade's backup is today's: no daily one is needed besides it.
    expect(listBackups(dataDir).map((b) => b.reason)).toEqual(['upgrade']);
    const copy = new Database(listBackups(dataDir).find((b) => b.reason === 'upgrade')!.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    copy.close();
    host.close();
  });

  it('reports a damaged data file with the latest backup to restore, and leaves the file as it was', () => {
    const { host, dataDir } = startTempHost(true);
    host.close();
    const name = listBackups(dataDir)[0]!.file.split('/').at(-1)!;
    writeFileSync(join(dataDir, 'peidang.db'), Buffer.alloc(8192, 7));
    const text = message(() => startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined }));
    expect(text).toContain('数据文件已损坏');
    expect(text).toContain(`最近的备份是「${name}」`);
    expect(text).toContain('原文件不会被覆盖');

    // The way back: the backup put in place, the damaged file kept beside it; the app starts again.
    const kept = restoreOffline(
      dataDir,
      join(dataDir, 'peidang.db'),
      listBackups(dataDir)[0]!.file,
      '2030-01-01T00:00:00.000Z',
    );
    expect(kept && readFileSync(kept)).toEqual(Buffer.alloc(8192, 7));
    const back = startHost({ dataDir, mode: 'browser', version: 't', log: () => undefined });
    expect(list({ db: back.ctx.db })).toHaveLength(2);
    back.close();
  });
});
