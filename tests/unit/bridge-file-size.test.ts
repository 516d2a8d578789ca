// A file past the import limit sent over browser mode's bridge: answered with the same Chinese message the app and
// the CLI give, at 130 MB (within what the bridge carries) and at 200 MB (past it), never a reset connection.
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../electron/host/http-bridge';
import { Envelope } from '../../shared/api';
import { importSizeError } from '../../shared/file-limits';
import { messageOf } from '../../shared/messages.zh-CN';
import { cleanupTemp, startTempHost, tempDir } from './temp-data';

const TOKEN = 'size-test-token';
let bridge: Bridge;
let port: number;

beforeAll(async () => {
  const { host } = startTempHost();
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  bridge = await startBridge({ host, token: TOKEN, staticDir, port: 0 });
  port = Number(new URL(bridge.url).port);
});
afterAll(async () => {
  await bridge.close();
  cleanupTemp();
});

/** Sends import.open with a file of `megabytes` MB as the renderer does (base64 in JSON), streamed a piece at a time. */
function uploadOf(megabytes: number, method = 'import.open'): Promise<{ status: number; body: string }> {
  const base64Length = Math.ceil((megabytes * 1024 * 1024) / 3) * 4;
  const piece = 'A'.repeat(1024 * 1024);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/invoke/${method}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-peidang-token': TOKEN },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.write('{"fileName":"大表.xlsx","data":"');
    let left = base64Length;
    const more = (): void => {
      while (left > 0) {
        const n = Math.min(left, piece.length);
        left -= n;
        if (!req.write(n === piece.length ? piece : piece.slice(0, n))) {
          req.once('drain', more);
          return;
        }
      }
      req.end('"}');
    };
    more();
  });
}

function message(reply: { body: string }): string {
  const envelope = Envelope.parse(JSON.parse(reply.body));
  if (envelope.ok) throw new Error('the upload was accepted');
  return envelope.error.message;
}

describe('file sizes over the bridge', { timeout: 180_000 }, () => {
  it('answers a 130 MB file with the size message naming it, as the app and the CLI do', async () => {
    const reply = await uploadOf(130);
    expect(message(reply)).toBe('「大表.xlsx」太大（130.0 MB），超过了可导入的上限 100.0 MB。请拆分后再导入。');
    const app = importSizeError(130 * 1024 * 1024, '大表.xlsx')!;
    expect(messageOf(app.code, app.params)).toBe(message(reply));
  });

  it('answers a 200 MB file, past what the bridge carries, with the size message instead of a reset', async () => {
    const reply = await uploadOf(200);
    expect(reply.status).toBe(413);
    expect(message(reply)).toBe('要导入的文件太大（200.0 MB），超过了可导入的上限 100.0 MB。请拆分后再导入。');
  });
});
