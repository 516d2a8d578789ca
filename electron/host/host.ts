// Starts the host: opens (and if need be creates) the database in the data folder, seeds it, builds the handlers.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EventEmitter } from 'node:events';
import type { EventName, EventPayload, Handlers } from '../../shared/api';
import type { DesktopShell, HostContext } from './context';
import { createHandlers } from './handlers';
import { openDatabase, type Db } from './store/db';
import { backupNow, dailyBackup, listBackups, putInPlace } from './services/backup';
import { AppError } from '../../shared/errors';
import { LOCK_FILE, lockDataDir } from './instance-lock';
import { seedOnce } from './services/seeds';
import { dispatch, fail, storageCode, type Logger } from './dispatch';
import { snapshotInto } from './store/backup';

export const DB_FILE = 'peidang.db';

export interface Host {
  ctx: HostContext;
  handlers: Handlers;
  invoke: (method: string, input: unknown) => ReturnType<typeof dispatch>;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  onEvent: (listener: (event: EventName, payload: unknown) => void) => () => void;
  close: () => void;
}

export interface HostOptions {
  dataDir: string;
  mode: HostContext['mode'];
  version: string;
  log: Logger;
  seed?: boolean;
  /** The desktop shell's native folder dialog and file manager (electron/main). */
  desktop?: DesktopShell;
}

/** Opens the data file, backing it up before a schema upgrade; a damaged file is reported with the latest backup. */
function open(dataDir: string, dbPath: string, now: () => string): Db {
  try {
    return openDatabase(dbPath, (db) => backupNow(db, dataDir, 'upgrade', now()));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      const latest = listBackups(dataDir)[0];
      throw new AppError('DB_CORRUPT', { path: dbPath, ...(latest ? { backup: basename(latest.file) } : {}) });
    }
    // A read-only, locked or full data file at start-up gets the same message as during work.
    const storage = storageCode(e);
    if (storage) throw new AppError(storage);
    throw e;
  }
}

/**
 * The data file deleted or moved away while the app runs: the open connection still holds all of it, and would
 * lose it when the app closes. It is written back in place from the open data and opened again.
 */
function rewriteIfDeleted(ctx: HostContext, log: Logger): boolean {
  if (existsSync(ctx.dbPath)) return false;
  mkdirSync(ctx.dataDir, { recursive: true });
  const rescue = `${ctx.dbPath}.rescue`;
  rmSync(rescue, { force: true });
  snapshotInto(ctx.db, rescue);
  ctx.db.close();
  renameSync(rescue, ctx.dbPath);
  ctx.db = open(ctx.dataDir, ctx.dbPath, ctx.now);
  // The whole folder may have gone, the lock with it: take it again, so that a second app is still refused.
  if (!existsSync(join(ctx.dataDir, LOCK_FILE))) lockDataDir(ctx.dataDir);
  log(`the data file ${ctx.dbPath} was gone; written back from the open database`);
  return true;
}

export function startHost(opts: HostOptions): Host {
  mkdirSync(opts.dataDir, { recursive: true });
  const dbPath = join(opts.dataDir, DB_FILE);
  const now = () => new Date().toISOString();
  const unlock = lockDataDir(opts.dataDir);
  let db: Db | undefined;
  try {
    db = open(opts.dataDir, dbPath, now);
    if (opts.seed !== false) seedOnce(db, now());
    dailyBackup(db, opts.dataDir, now());
  } catch (e) {
    db?.close();
    unlock();
    throw e;
  }
  const ctx: HostContext = {
    db,
    dataDir: opts.dataDir,
    dbPath,
    mode: opts.mode,
    version: opts.version,
    now,
    ...(opts.desktop ? { desktop: opts.desktop } : {}),
    replaceDatabase: (file) => {
      ctx.db.close();
      putInPlace(file, dbPath);
      ctx.db = open(opts.dataDir, dbPath, now);
    },
  };
  const handlers = createHandlers(ctx);
  const bus = new EventEmitter();
  return {
    ctx,
    handlers,
    invoke: async (method, input) => {
      try {
        if (rewriteIfDeleted(ctx, opts.log)) return fail('DB_FILE_RESTORED', { path: dbPath });
      } catch (e) {
        if (e instanceof AppError) return fail(e.code, e.params);
        opts.log(`could not write back ${dbPath}: ${e instanceof Error ? e.message : String(e)}`);
        return fail(storageCode(e) ?? 'DB_READONLY');
      }
      return dispatch(handlers, method, input, opts.log);
    },
    emit: (event, payload) => bus.emit('event', event, payload),
    onEvent: (listener) => {
      bus.on('event', listener);
      return () => bus.off('event', listener);
    },
    close: () => {
      ctx.db.close();
      unlock();
    },
  };
}
