// Browser mode: the same API over HTTP on 127.0.0.1, guarded by a per-launch secret, plus the built renderer.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { TRANSPORT } from '../../shared/api';
import { messageOf } from '../../shared/messages.zh-CN';
import type { Host } from './host';
import {
  fileSizeOfBody,
  MAX_BODY_BYTES,
  MAX_IMPORT_BYTES,
  MAX_RESTORE_BYTES,
  megabytes,
} from '../../shared/file-limits';
import type { ErrorCode, ErrorParams } from '../../shared/errors';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The content type a built renderer file is served with (here and by the desktop shell's app:// scheme). */
export function contentTypeOf(file: string): string {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export interface BridgeOptions {
  host: Host;
  token: string;
  staticDir: string;
  port?: number;
}

export interface Bridge {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const server = createServer((req, res) => {
    handle(req, res, opts, port).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(e) } });
    });
  });
  let port = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only pages served by this bridge may call it: the Host header must be ours, and any Origin too. */
function fromOurOrigin(req: IncomingMessage, port: number): boolean {
  const ours = `127.0.0.1:${port}`;
  if (req.headers.host !== ours) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${ours}`;
}

async function handle(req: IncomingMessage, res: ServerResponse, opts: BridgeOptions, port: number): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (!fromOurOrigin(req, port)) {
    send(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: messageOf('UNAUTHORIZED') } });
    return;
  }
  if (url.pathname.startsWith(TRANSPORT.invokePath)) {
    if (req.method !== 'POST' || !sameSecret(header(req, TRANSPORT.tokenHeader), opts.token)) {
      send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: messageOf('UNAUTHORIZED') } });
      return;
    }
    const method = safeDecode(url.pathname.slice(TRANSPORT.invokePath.length)) ?? '';
    let input: unknown;
    try {
      const body = await readBody(req);
      if (body === null) {
        sendTooLarge(res, method, bodySize.get(req) ?? 0);
        return;
      }
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      send(res, 400, {
        ok: false,
        error: { code: 'BAD_INPUT', message: messageOf('BAD_INPUT', { detail: '请求不是有效的 JSON' }) },
      });
      return;
    }
    send(res, 200, await opts.host.invoke(method, input));
    return;
  }
  if (url.pathname === TRANSPORT.eventsPath) {
    if (!sameSecret(url.searchParams.get('token') ?? undefined, opts.token)) {
      send(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: messageOf('UNAUTHORIZED') } });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const off = opts.host.onEvent((event, payload) => res.write(`data: ${JSON.stringify({ event, payload })}\n\n`));
    req.on('close', off);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  await serveStatic(url.pathname, res, opts.staticDir);
}

/** A percent-decoded path, or null for a malformed one (answered as not found, never as an internal error). */
function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const bodySize = new WeakMap<IncomingMessage, number>();

/**
 * The body as text, or null when it is past the limit. A body past it is read to its end and dropped, never cut off:
 * a connection reset would reach the page as "the host cannot be reached", and the clerk deserves the true reason.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => {
      bodySize.set(req, size);
      resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** A call whose file is past what the app takes: the same message as the app and the CLI give for that file. */
function sendTooLarge(res: ServerResponse, method: string, bodyBytes: number): void {
  const size = megabytes(fileSizeOfBody(bodyBytes));
  const [code, params]: [ErrorCode, ErrorParams] =
    method === 'backup.restoreFile'
      ? [
          'BACKUP_INVALID',
          { file: '所选文件', reason: `文件太大（${size}），超过了可恢复的上限 ${megabytes(MAX_RESTORE_BYTES)}` },
        ]
      : ['IMPORT_TOO_LARGE', { size, limit: megabytes(MAX_IMPORT_BYTES) }];
  send(res, 413, { ok: false, error: { code, message: messageOf(code, params), params } });
}

async function serveStatic(pathname: string, res: ServerResponse, root: string): Promise<void> {
  const decoded = safeDecode(pathname);
  if (decoded === null) {
    res.writeHead(404).end();
    return;
  }
  const rel = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = normalize(join(root, rel));
  if (!file.startsWith(normalize(root) + sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': contentTypeOf(file),
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('未找到');
  }
}
