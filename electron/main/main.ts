// Electron main: one window over the same host the browser mode uses, wired through IPC.
import { app, BrowserWindow, dialog, ipcMain, Menu, session, type WebFrameMain } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TRANSPORT } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { messageOf } from '../../shared/messages.zh-CN';
import { DB_FILE, startHost, type Host } from '../host/host';
import { listBackups, restoreOffline } from '../host/services/backup';
import { CSP } from '../host/http-bridge';
import { buildMenu } from './menu';

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
let window: BrowserWindow | null = null;

/** IPC is answered only for the app's own page, never for another frame or origin. */
function isOwnFrame(frame: WebFrameMain | null): boolean {
  return !!frame && frame.url.startsWith(pathToFileURL(rendererIndex).href);
}

function createWindow(host: Host): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    title: '配档助手',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.once('ready-to-show', () => win.show());
  const off = host.onEvent((event, payload) => win.webContents.send(TRANSPORT.eventChannel, { event, payload }));
  win.on('closed', off);
  void win.loadFile(rendererIndex);
  return win;
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  void app.whenReady().then(() => {
    let host: Host;
    const dataDir = app.getPath('userData');
    try {
      host = startHost({ dataDir, mode: 'electron', version: app.getVersion(), log: (l) => console.error(l) });
    } catch (e) {
      const text = e instanceof AppError ? messageOf(e.code, e.params) : String(e);
      const latest = listBackups(dataDir)[0];
      if (e instanceof AppError && e.code === 'DB_CORRUPT' && latest) {
        const choice = dialog.showMessageBoxSync({ type: 'error', title: '配档助手无法启动', message: text, buttons: ['用最近的备份恢复', '退出'], defaultId: 0, cancelId: 1 });
        if (choice === 0) {
          restoreOffline(dataDir, join(dataDir, DB_FILE), latest.file, new Date().toISOString());
          app.relaunch();
        }
      } else {
        dialog.showErrorBox('配档助手无法启动', text);
      }
      app.quit();
      return;
    }
    session.defaultSession.webRequest.onHeadersReceived((details, cb) =>
      cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } }),
    );
    ipcMain.handle(TRANSPORT.invokeChannel, (e, method: unknown, input: unknown) => {
      if (!isOwnFrame(e.senderFrame) || typeof method !== 'string') {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: messageOf('UNAUTHORIZED'), params: {} } };
      }
      return host.invoke(method, input);
    });
    Menu.setApplicationMenu(buildMenu());
    window = createWindow(host);
    app.on('window-all-closed', () => {
      host.close();
      app.quit();
    });
  });
}

start();
