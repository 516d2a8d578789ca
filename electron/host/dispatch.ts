// The one dispatcher both transports use: method lookup, input validation, and one error shape.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import '../../shared/zod-locale';
import { api, isMethod, type Envelope, type Handlers, type Method } from '../../shared/api';
import { carriesBytes } from '../../shared/bytes';
import { AppError, type ErrorCode, type ErrorParams } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';

export type Logger = (line: string) => void;

export function fail(code: ErrorCode, params: ErrorParams = {}, incidentId?: string): Envelope {
  return { ok: false, error: { code, message: messageOf(code, params), params: { ...params }, incidentId } };
}

/** Maps errors SQLite (or the file system) raises about the disk or the file to codes the user can act on. */
export function storageCode(e: unknown): ErrorCode | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'DISK_FULL';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'DB_READONLY';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'DB_BUSY';
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return 'DB_CORRUPT';
  return undefined;
}

/** The methods that answer with a file: their bytes go back as base64, encoded here by the contract's codec. */
const ANSWERS_BYTES = new Set((Object.keys(api) as Method[]).filter((m) => carriesBytes(api[m].output)));

/** The answer as it travels: file bytes encoded once, here (bytes coming in were decoded once, by the input's parse). */
function toWire(method: Method, data: unknown): unknown {
  return ANSWERS_BYTES.has(method) ? z.encode(api[method].output as z.ZodType, data) : data;
}

export async function dispatch(handlers: Handlers, method: string, input: unknown, log: Logger): Promise<Envelope> {
  if (!isMethod(method)) return fail('UNKNOWN_METHOD', { method });
  const parsed = api[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `「${issue.path.join('.')}」` : '';
    return fail('BAD_INPUT', { detail: `${where}${issue?.message ?? ''}` });
  }
  try {
    const handler = handlers[method] as (i: unknown) => unknown;
    const data = toWire(method, await handler(parsed.data));
    return { ok: true, data };
  } catch (e) {
    if (e instanceof AppError) return fail(e.code, e.params);
    const code = storageCode(e);
    if (code) return fail(code);
    const incidentId = randomBytes(4).toString('hex');
    log(`[${incidentId}] ${method} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return fail('INTERNAL', { incidentId }, incidentId);
  }
}

export type { Method };
