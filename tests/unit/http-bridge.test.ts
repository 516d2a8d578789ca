// Browser mode's loopback bridge: the API behind a per-launch token, only for its own origin, plus the static renderer.
import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, Envelope } from '../../shared/api';
import { CSP, startBridge, type Bridge } from '../../electron/host/http-bridge';
import type { Host } from '../../electron/host/host';
import { cleanupTemp, startTempHost, tempDir } from './temp-data';

const TOKEN = 'per-launch-secret-4f2a';
let host: Host;
let bridge: Bridge;
let port: number;

beforeEach(async () => {
  ({ host } = startTempHost());
  const site = tempDir();
  const staticDir = join(site, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>配档助手</title>');
  writeFileSync(join(staticDir, 'app.js'), 'console.log(1);');
  writeFileSync(join(site, 'secret.txt'), 'TOP-SECRET');
  bridge = await startBridge({ host, token: TOKEN, staticDir, port: 0 });
  port = Number(new URL(bridge.url).port);
});
afterEach(async () => {
  await bridge.close();
  cleanupTemp();
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with Node's http module, which (unlike fetch) lets a test set the Host header. */
function send(
  path: string,
  opts: { method?: string; headers?: OutgoingHttpHeaders; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

function invoke(
  method: string,
  input: unknown,
  headers: OutgoingHttpHeaders = { 'x-peidang-token': TOKEN },
): Promise<Reply> {
  return send(`/api/invoke/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

function errorCode(reply: Reply): string {
  const envelope = Envelope.parse(JSON.parse(reply.body));
  return envelope.ok ? 'ok' : envelope.error.code;
}

describe('the API over HTTP', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${port}/`);
    expect(bridge.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers a call with the token with the same envelope as the host', async () => {
    const reply = await invoke('plans.list', {});
    expect(reply.status).toBe(200);
    const envelope = Envelope.parse(JSON.parse(reply.body));
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(api['plans.list'].output.parse(envelope.data).map((p) => p.kind)).toEqual(['quarterly', 'peidang']);
  });

  it('passes the host errors through with their Chinese message', async () => {
    const reply = await invoke('plans.get', { planId: 'no-such-plan' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'PLAN_NOT_FOUND', message: expect.stringContaining('找不到这个方案') },
    });
  });

  it('refuses a call without the token, or with a wrong one, with 401', async () => {
    for (const headers of [{}, { 'x-peidang-token': 'guess' }, { 'x-peidang-token': `${TOKEN}x` }]) {
      const reply = await invoke('plans.list', {}, headers);
      expect(reply.status).toBe(401);
      expect(errorCode(reply)).toBe('UNAUTHORIZED');
    }
  });

  it('refuses a GET of an API method even with the token', async () => {
    const reply = await send('/api/invoke/plans.list', { headers: { 'x-peidang-token': TOKEN } });
    expect(reply.status).toBe(401);
  });

  it('answers 400 BAD_INPUT to a body that is not JSON', async () => {
    const reply = await send('/api/invoke/plans.list', {
      method: 'POST',
      headers: { 'x-peidang-token': TOKEN },
      body: '{oops',
    });
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('BAD_INPUT');
  });
});

describe('who may call', () => {
  it('refuses with 403 a request whose Host header is not 127.0.0.1 and its port', async () => {
    for (const hostHeader of ['evil.example', `localhost:${port}`, `127.0.0.1:${port + 1}`, `evil.example:${port}`]) {
      const reply = await invoke('plans.list', {}, { 'x-peidang-token': TOKEN, host: hostHeader });
      expect(reply.status).toBe(403);
      expect(errorCode(reply)).toBe('UNAUTHORIZED');
    }
    expect((await send('/', { headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('refuses with 403 a call from a page of another origin, even with the token', async () => {
    for (const origin of ['http://evil.example', `http://localhost:${port}`, 'null', `https://127.0.0.1:${port}`]) {
      const reply = await invoke('plans.list', {}, { 'x-peidang-token': TOKEN, origin });
      expect(reply.status).toBe(403);
    }
  });

  it('accepts a call from its own page', async () => {
    const reply = await invoke('plans.list', {}, { 'x-peidang-token': TOKEN, origin: `http://127.0.0.1:${port}` });
    expect(reply.status).toBe(200);
    expect(errorCode(reply)).toBe('ok');
  });

  it('opens the event stream only with the token', async () => {
    expect((await send('/api/events')).status).toBe(401);
    expect((await send('/api/events?token=guess')).status).toBe(401);
  });

  it('pushes the host events to a page holding the token', async () => {
    const line = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: `/api/events?token=${TOKEN}` }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString('utf8');
          if (text.includes(': connected')) host.emit('plans.changed', { planId: 'p1' });
          const data = text.split('\n').find((l) => l.startsWith('data: '));
          if (data) {
            req.destroy();
            resolve(data);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(line.slice('data: '.length))).toEqual({ event: 'plans.changed', payload: { planId: 'p1' } });
  });
});

describe('the static renderer', () => {
  it('serves index.html at / with the Content-Security-Policy', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>配档助手</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CSP);
    expect(CSP).toContain("default-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves scripts with their type and the policy', async () => {
    const reply = await send('/app.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CSP);
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await send('/missing.js')).status).toBe(404);
  });

  it('refuses paths that climb out of the static folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/app/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const reply = await send(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('TOP-SECRET');
    }
  });

  it('answers a malformed address as not found or bad, never with a raw internal error', async () => {
    const reply = await send('/%E0%A4%A');
    expect([400, 404]).toContain(reply.status);
    expect(reply.body).not.toContain('URIError');
  });

  it('refuses to write to static files', async () => {
    expect((await send('/index.html', { method: 'PUT', body: 'x' })).status).toBe(405);
  });
});
