// Backups: daily, before every import and every schema upgrade, and on demand; the last 30 kept; restore after a check.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { replaceWhole } from '../write-whole';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { InputOf, OutputOf } from '../../../shared/api';
import type { Db } from '../store/db';
import { checkBackup, checkpointFile, snapshotInto } from '../store/backup';
import { lockDataDir } from '../instance-lock';
import type { DepsOf } from './deps';

export const BACKUP_DIR = 'backups';
export const KEEP_BACKUPS = 30;
const DAY_MS = 24 * 3600 * 1000;

export type BackupReason = 'daily' | 'import' | 'upgrade' | 'manual' | 'restore';

export interface BackupEntry {
  file: string;
  at: string;
  reason: BackupReason;
  size: number;
}

const NAME = /^peidang-(\d{8})-(\d{6})(\d{3})-(daily|import|upgrade|manual|restore)\.db$/;

function stamp(now: string): string {
  return now
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.(\d{3})Z$/, '$1');
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR);
}

export function listBackups(dataDir: string): BackupEntry[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => ({ f, m: NAME.exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
    .map(({ f, m }) => {
      const [d, t, ms] = [m[1]!, m[2]!, m[3]!];
      const at = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}.${ms}Z`;
      return { file: join(dir, f), at, reason: m[4] as BackupReason, size: statSync(join(dir, f)).size };
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** Makes a backup of the open database now and drops the oldest beyond the last 30. */
export function backupNow(db: Db, dataDir: string, reason: BackupReason, now: string): BackupEntry {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `peidang-${stamp(now)}-${reason}.db`);
  // Written under another name and renamed when whole: a backup cut short (a crash, a full disk) is never listed.
  try {
    replaceWhole(file, (partial) => snapshotInto(db, partial));
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC')
      throw new AppError('DISK_FULL', { action: reason === 'import' ? '导入' : '备份' });
    throw e;
  }
  for (const old of listBackups(dataDir).slice(KEEP_BACKUPS)) rmSync(old.file, { force: true });
  return { file, at: now, reason, size: statSync(file).size };
}

/**
 * The daily backup, made at start-up when the newest backup is older than a day. What a backup cut short left (its
 * .partial file and SQLite's journal beside it) is removed first: it was never listed and never will be.
 */
export function dailyBackup(db: Db, dataDir: string, now: string): BackupEntry | null {
  removeUnfinished(dataDir);
  const newest = listBackups(dataDir)[0];
  if (newest && Date.parse(now) - Date.parse(newest.at) < DAY_MS) return null;
  return backupNow(db, dataDir, 'daily', now);
}

function removeUnfinished(dataDir: string): void {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir))
    if (/\.partial(-journal|-wal|-shm)?$/.test(f)) rmSync(join(dir, f), { force: true });
}

/** Checks a backup before anything is replaced; the Chinese message says what is wrong with it. */
export function requireRestorable(file: string): void {
  if (!existsSync(file)) throw new AppError('BACKUP_INVALID', { file: basename(file), reason: '文件不存在' });
  const check = checkBackup(file);
  if (check.ok) return;
  const reason = {
    corrupt: '文件已损坏或不是数据库文件',
    newer: '它来自更新版本的配档助手',
    'not-ours': '它不是配档助手的数据文件',
    'foreign-schema': '其中有配档助手不会建立的内容（触发器、视图或其他表），可能被人改动过',
  }[check.reason];
  throw new AppError('BACKUP_INVALID', { file: basename(file), reason });
}

/** Puts a backup in place of the database file (closed by the caller), its WAL files removed first. */
export function putInPlace(file: string, dbPath: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  copyFileSync(file, dbPath);
}

/** The host's view of backups for the API: names only, never paths outside the backup folder. */
function info(e: BackupEntry): OutputOf<'backup.create'> {
  return { name: basename(e.file), at: e.at, reason: e.reason, size: e.size };
}

export function list({ dataDir }: DepsOf<'dataDir'>): OutputOf<'backup.list'> {
  return { folder: backupDir(dataDir), backups: listBackups(dataDir).map(info) };
}

export function create({ db, dataDir, now }: DepsOf<'db' | 'dataDir' | 'now'>): OutputOf<'backup.create'> {
  return info(backupNow(db, dataDir, 'manual', now));
}

type RestoreDeps = DepsOf<'db' | 'dataDir' | 'now' | 'replaceDatabase'>;

/** Restores one of the app's own backups, named in the backup folder. */
export function restore(deps: RestoreDeps, { name }: InputOf<'backup.restore'>): OutputOf<'backup.restore'> {
  restoreFrom(deps, join(backupDir(deps.dataDir), name));
  return { ok: true };
}

/** Restores a backup file: checked first, the current data backed up, then the file put in place. */
export function restoreFrom({ db, dataDir, now, replaceDatabase }: RestoreDeps, file: string): void {
  requireRestorable(file);
  backupNow(db, dataDir, 'restore', now);
  replaceDatabase(file);
}

/** Restores from bytes the user picked: written next to the backups, checked, then restored. */
export function restoreFile(
  deps: RestoreDeps,
  { fileName, data }: InputOf<'backup.restoreFile'>,
): OutputOf<'backup.restoreFile'> {
  const dir = backupDir(deps.dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `upload-${Date.now()}.db`);
  writeFileSync(file, data);
  try {
    restoreFrom(deps, file);
  } catch (e) {
    if (e instanceof AppError && e.code === 'BACKUP_INVALID')
      throw new AppError('BACKUP_INVALID', { ...e.params, file: fileName });
    throw e;
  } finally {
    rmSync(file, { force: true });
  }
  return { ok: true };
}

/**
 * The way back when the app cannot start: puts a backup in place of the data file. It takes the data folder's lock
 * first (refused while the app runs), and the file it replaces is kept beside it (peidang.db.replaced-…) with what
 * its WAL held: a crash leaves acknowledged edits there, and the WAL is deleted when the backup is put in place.
 */
export function restoreOffline(dataDir: string, dbPath: string, file: string, now: string): string | null {
  requireRestorable(file);
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockForRestore(dataDir);
  try {
    const kept = keepReplaced(dbPath, now);
    putInPlace(file, dbPath);
    return kept;
  } finally {
    unlock();
  }
}

function lockForRestore(dataDir: string): () => void {
  try {
    return lockDataDir(dataDir);
  } catch (e) {
    if (e instanceof AppError && e.code === 'ALREADY_RUNNING') throw new AppError('RESTORE_WHILE_RUNNING', e.params);
    throw e;
  }
}

/** A copy of the data file with its WAL's content: checkpointed into it, or (a file SQLite cannot open) its WAL copied beside. */
function keepReplaced(dbPath: string, now: string): string | null {
  if (!existsSync(dbPath)) return null;
  const kept = `${dbPath}.replaced-${stamp(now)}`;
  const merged = checkpointFile(dbPath);
  copyFileSync(dbPath, kept);
  const wal = `${dbPath}-wal`;
  if (!merged && existsSync(wal) && statSync(wal).size > 0) copyFileSync(wal, `${kept}-wal`);
  return kept;
}
