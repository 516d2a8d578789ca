// Starts the host: opens (and if need be creates) the database in the data folder, seeds it, builds the handlers.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import type { EventName, EventPayload, Handlers } from '../../shared/api';
import type { HostContext } from './context';
import { createHandlers } from './handlers';
import { openDatabase } from './store/db';
import { seedOnce } from './services/seeds';
import { dispatch, type Logger } from './dispatch';

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
}

export function startHost(opts: HostOptions): Host {
  mkdirSync(opts.dataDir, { recursive: true });
  const dbPath = join(opts.dataDir, DB_FILE);
  const db = openDatabase(dbPath);
  const now = () => new Date().toISOString();
  if (opts.seed !== false) seedOnce(db, now());
  const ctx: HostContext = { db, dataDir: opts.dataDir, dbPath, mode: opts.mode, version: opts.version, now };
  const handlers = createHandlers(ctx);
  const bus = new EventEmitter();
  return {
    ctx,
    handlers,
    invoke: (method, input) => dispatch(handlers, method, input, opts.log),
    emit: (event, payload) => bus.emit('event', event, payload),
    onEvent: (listener) => {
      bus.on('event', listener);
      return () => bus.off('event', listener);
    },
    close: () => db.close(),
  };
}
