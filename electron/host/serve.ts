// Browser mode entry: starts the host and the loopback bridge, prints the address, runs until stopped.
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHost } from './host';
import { startBridge } from './http-bridge';
import { prewarmImportWorker } from './read-isolated';
import { defaultDataDir } from './paths';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';

declare const __APP_VERSION__: string;

/** The marker line tests and scripts read to find the address; people read the line after it. */
export const READY_MARKER = 'PEIDANG_READY';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      static: { type: 'string' },
    },
  });
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const staticDir = resolve(values.static ?? join(__dirname, '..', 'renderer'));
  const token = process.env.PEIDANG_TOKEN ?? randomBytes(24).toString('base64url');
  const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  const version = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
  let host;
  try {
    host = startHost({ dataDir, mode: 'browser', version, log });
  } catch (e) {
    const text = e instanceof AppError ? messageOf(e.code, e.params) : `无法打开数据文件夹 ${dataDir}：${String(e)}`;
    process.stderr.write(`${text}\n`);
    process.exitCode = 2;
    return;
  }
  prewarmImportWorker();
  const bridge = await startBridge({ host, token, staticDir, port: values.port ? Number(values.port) : 0 });
  const address = `${bridge.url}#token=${token}`;
  process.stdout.write(`${READY_MARKER} ${JSON.stringify({ url: bridge.url, token, dataDir })}\n`);
  process.stdout.write(
    `配档助手已在浏览器模式下启动，请用浏览器打开：${address}\n数据文件夹：${dataDir}\n按 Ctrl+C 退出。\n`,
  );
  const stop = () => {
    void bridge.close().then(() => {
      host.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
