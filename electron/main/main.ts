// Electron main: one window over the same host the browser mode uses, wired through IPC; the menu, native dialogs,
// recent files and the window's place kept between launches. Everything that can run without Electron is in host/.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type WebFrameMain,
} from 'electron';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TRANSPORT } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { type MenuCommand, type MenuCommandName } from '../../shared/menu-commands';
import { MAX_IMPORT_BYTES } from '../../shared/file-limits';
import { messageOf } from '../../shared/messages.zh-CN';
import { DB_FILE, startHost, type Host } from '../host/host';
import { defaultDataDir } from '../host/paths';
import { listBackups, restoreOffline } from '../host/services/backup';
import { CSP } from '../host/http-bridge';
import { prewarmImportWorker } from '../host/read-isolated';
import { MIN_SIZE, WINDOW_STATE_FILE, readWindowState, windowStateSaver } from '../host/desktop/window-state';
import { waitForSaves } from '../host/desktop/close-wait';
import {
  IMPORT_EXTENSIONS,
  RECENT_FILES_FILE,
  addRecent,
  fileFromArgv,
  readRecentFiles,
  writeRecentFiles,
  type RecentFiles,
} from '../host/desktop/recent-files';
import { menuTemplate } from './menu-template';
import { RENDERER_ORIGIN, RENDERER_SCHEME, RENDERER_URL, rendererResponse } from './renderer-protocol';

const rendererDir = join(__dirname, '..', 'renderer');
// The renderer's own scheme, registered before the app is ready: standard (relative URLs, an origin), secure (as
// https), and allowed to fetch its ES modules. Served by protocol.handle below.
protocol.registerSchemesAsPrivileged([
  { scheme: RENDERER_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);
// %APPDATA%\peidang, as in the browser mode and the CLI (Electron would name it after productName); --user-data-dir
// (as the tests pass) and PEIDANG_DATA_DIR still choose another.
if (!app.commandLine.hasSwitch('user-data-dir')) app.setPath('userData', defaultDataDir());
const dataDir = app.getPath('userData');
let window: BrowserWindow | null = null;
let recent: RecentFiles = { files: [] };

/** IPC is answered only for the app's own page, never for another frame or origin. */
function isOwnFrame(frame: WebFrameMain | null): boolean {
  return !!frame && frame.url.startsWith(`${RENDERER_ORIGIN}/`);
}

function send(payload: MenuCommand): void {
  window?.webContents.send(TRANSPORT.eventChannel, { event: 'menu.command', payload });
}

function refreshMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        send: (command: MenuCommandName) => send({ command }),
        importFile: () => void pickAndImport(),
        openRecent: openFile,
        clearRecent: () => rememberRecent({ ...recent, files: [] }),
        openDataFolder: () => void openDataFolder(),
        recent: recent.files,
      }),
    ),
  );
}

function rememberRecent(next: RecentFiles): void {
  recent = next;
  writeRecentFiles(join(dataDir, RECENT_FILES_FILE), recent);
  if (recent.files.length === 0) app.clearRecentDocuments();
  refreshMenu();
}

/** Hands a file to the renderer's import, as a file dropped on the window would be. */
function openFile(file: string): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    dialog.showErrorBox('无法打开文件', `「${basename(file)}」不存在或无法读取，可能已被移动或删除。`);
    rememberRecent({ ...recent, files: recent.files.filter((f) => f !== file) });
    return;
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    dialog.showErrorBox(
      '无法导入',
      `「${basename(file)}」太大（${Math.round(bytes.length / 1048576)} MB），不像是一份清单。请确认选对了文件。`,
    );
    return;
  }
  if (window?.isMinimized()) window.restore();
  window?.focus();
  send({ command: 'file.import', file: { name: basename(file), data: bytes } });
  app.addRecentDocument(file);
  rememberRecent(addRecent(recent, file));
}

async function pickAndImport(): Promise<void> {
  if (!window) return;
  const r = await dialog.showOpenDialog(window, {
    title: '导入 Excel、Word 或 CSV 文件',
    defaultPath: recent.lastFolder ?? app.getPath('documents'),
    filters: [{ name: 'Excel、Word 或 CSV 文件', extensions: [...IMPORT_EXTENSIONS] }],
    properties: ['openFile'],
  });
  const file = r.filePaths[0];
  if (!r.canceled && file) openFile(file);
}

/** 生成填报表's 「选择…」: the native folder dialog, which may make a new folder; null when cancelled. */
async function pickFolder(start: string): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: '选择保存填报表的文件夹',
    defaultPath: start || app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'],
  };
  const r = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

async function openDataFolder(): Promise<void> {
  const error = await shell.openPath(dataDir);
  if (error) dialog.showErrorBox('无法打开数据文件夹', `${dataDir}\n${error}`);
}

function createWindow(host: Host): BrowserWindow {
  const stateFile = join(dataDir, WINDOW_STATE_FILE);
  const saved = readWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    x: saved.x,
    y: saved.y,
    width: saved.width,
    height: saved.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: '配档助手',
    show: false,
    // Electronegativity's PRELOAD_JS_CHECK asks for a review of any preload. Reviewed: it exposes invoke(method,
    // input) and on(event, cb) only, over the app's own channels; every call is checked by isOwnFrame and validated
    // by the host. Hence the eng-disable below.
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // A middle click on a link would open it in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved.maximized) win.maximize();
  const saver = windowStateSaver(stateFile);
  const remember = () => saver.save({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  win.on('resize', remember);
  win.on('move', remember);
  win.on('maximize', remember);
  win.on('unmaximize', remember);
  win.on('close', (e) => {
    if (holdForSaves(win, e)) return;
    remember();
    saver.flush();
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.once('ready-to-show', () => win.show());
  const off = host.onEvent((event, payload) => win.webContents.send(TRANSPORT.eventChannel, { event, payload }));
  win.on('closed', off);
  void win.loadURL(RENDERER_URL);
  return win;
}

/** How long a closing window waits for the page's writes to reach the host. */
const CLOSE_WAIT = { limitMs: 3000, everyMs: 50 };
const closing = new WeakMap<BrowserWindow, 'waiting' | 'saved'>();

/**
 * The window is closing (its close button, or the app quitting: before-quit closes every window through here): the
 * first time, the close is held while the page commits the edit in progress and its writes reach the host (at most
 * CLOSE_WAIT.limitMs), then the window is closed again for good. True while the close is held.
 */
function holdForSaves(win: BrowserWindow, e: Electron.Event): boolean {
  const state = closing.get(win);
  if (state === 'saved' || win.webContents.isCrashed()) return false;
  e.preventDefault();
  // A second click on the close button while waiting: the wait already under way closes the window.
  if (state === 'waiting') return true;
  closing.set(win, 'waiting');
  const ask = () =>
    win.webContents.executeJavaScript(`globalThis.${TRANSPORT.beforeCloseGlobal}?.() ?? 0`) as Promise<number>;
  void waitForSaves(ask, CLOSE_WAIT).then((outcome) => {
    if (outcome !== 'saved') console.error(`closing: the page's writes ${outcome} (${CLOSE_WAIT.limitMs} ms)`);
    closing.set(win, 'saved');
    if (!win.isDestroyed()) win.close();
  });
  return true;
}

/** Starting failed: say why, and offer the latest backup when the data file is damaged. */
function reportStartFailure(e: unknown): void {
  const text = e instanceof AppError ? messageOf(e.code, e.params) : String(e);
  const latest = listBackups(dataDir)[0];
  if (e instanceof AppError && e.code === 'DB_CORRUPT' && latest) {
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: '配档助手无法启动',
      message: text,
      buttons: ['用最近的备份恢复', '退出'],
      defaultId: 0,
      cancelId: 1,
    });
    if (choice === 0) {
      restoreOffline(dataDir, join(dataDir, DB_FILE), latest.file, new Date().toISOString());
      app.relaunch();
    }
  } else {
    dialog.showErrorBox('配档助手无法启动', text);
  }
}

/** 导出 saves through the native save dialog, which starts in the folder of the last export. */
function rememberSaveFolder(): void {
  session.defaultSession.on('will-download', (_e, item) => {
    const folder = recent.lastSaveFolder ?? app.getPath('documents');
    item.setSaveDialogOptions({ title: '保存', defaultPath: join(folder, item.getFilename()) });
    item.once('done', (_done, state) => {
      if (state === 'completed') rememberRecent({ ...recent, lastSaveFolder: dirname(item.getSavePath()) });
    });
  });
}

/** The renderer may ask for no permission (camera, notifications …) but the clipboard its paste command reads. */
function limitPermissions(): void {
  const allowed = new Set(['clipboard-read', 'clipboard-sanitized-write']);
  const ownPage = (url: string) => url.startsWith(`${RENDERER_ORIGIN}/`);
  session.defaultSession.setPermissionRequestHandler((wc, permission, cb) =>
    cb(allowed.has(permission) && ownPage(wc.getURL())),
  );
  session.defaultSession.setPermissionCheckHandler(
    (_wc, permission, origin) => allowed.has(permission) && origin === RENDERER_ORIGIN,
  );
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', (_e, argv) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const file = fileFromArgv(argv);
    if (file) openFile(file);
  });
  void app.whenReady().then(() => {
    let host: Host;
    try {
      host = startHost({
        dataDir,
        mode: 'electron',
        version: app.getVersion(),
        log: (l) => console.error(l),
        desktop: { pickFolder, openFolder: (folder) => shell.openPath(folder) },
      });
    } catch (e) {
      reportStartFailure(e);
      app.quit();
      return;
    }
    session.defaultSession.webRequest.onHeadersReceived((details, cb) =>
      cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } }),
    );
    // Only the renderer's files, from its folder; any other host of the scheme is not found.
    protocol.handle(RENDERER_SCHEME, (request) => rendererResponse(request.url, rendererDir));
    limitPermissions();
    rememberSaveFolder();
    ipcMain.handle(TRANSPORT.invokeChannel, (e, method: unknown, input: unknown) => {
      if (!isOwnFrame(e.senderFrame) || typeof method !== 'string') {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: messageOf('UNAUTHORIZED'), params: {} } };
      }
      return host.invoke(method, input);
    });
    prewarmImportWorker();
    recent = readRecentFiles(join(dataDir, RECENT_FILES_FILE));
    refreshMenu();
    window = createWindow(host);
    app.on('window-all-closed', () => {
      host.close();
      app.quit();
    });
  });
}

start();
