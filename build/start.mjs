// npm start: the Electron window where the Electron runtime is installed, otherwise the browser mode.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const bin = process.env.PEIDANG_BROWSER ? null : electronBinary();
const child = bin
  ? spawn(bin, ['.'], { stdio: 'inherit' })
  : (console.log('未找到 Electron 运行时（本机无法下载），改用浏览器模式启动。'),
    spawn(process.execPath, ['dist/host/serve.cjs', ...process.argv.slice(2)], { stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
