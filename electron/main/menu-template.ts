// The Chinese application menu, as a template (Electron's types only, so the tests read it without the runtime).
// Each item sends a command to the renderer, which runs it as its toolbar button does; the keys that depend on where
// the focus is (撤销, 重做, 查找, 复制 …) are shown here but left to the page (registerAccelerator: false), so a text
// field keeps its own Ctrl+Z and the grid its own Ctrl+C.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommandName } from '../../shared/menu-commands';

export interface MenuActions {
  send: (command: MenuCommandName) => void;
  importFile: () => void;
  openRecent: (file: string) => void;
  clearRecent: () => void;
  openDataFolder: () => void;
  recent: readonly string[];
}

/** The file's name, from a Windows or a POSIX path. */
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** A key shown in the menu but heard by the page, as in the browser mode. */
const pageKey = (accelerator: string) => ({ accelerator, registerAccelerator: false });

function recentMenu(a: MenuActions): MenuItemConstructorOptions[] {
  if (a.recent.length === 0) return [{ label: '（无）', enabled: false }];
  return [
    ...a.recent.map((file, i): MenuItemConstructorOptions => ({
      label: `${i + 1}  ${fileName(file).replace(/&/g, '&&')}`,
      toolTip: file,
      click: () => a.openRecent(file),
    })),
    { type: 'separator' },
    { label: '清除列表', click: a.clearRecent },
  ];
}

export function menuTemplate(a: MenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: '文件(&F)',
      submenu: [
        { label: '新建方案…', accelerator: 'CmdOrCtrl+N', click: () => a.send('plan.new') },
        { label: '导入 Excel/Word/CSV…', accelerator: 'CmdOrCtrl+O', click: a.importFile },
        { label: '最近打开', submenu: recentMenu(a) },
        { type: 'separator' },
        { label: '导出 Excel/Word…', accelerator: 'CmdOrCtrl+E', click: () => a.send('plan.export') },
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: () => a.send('plan.print') },
        { type: 'separator' },
        { label: '备份与恢复…', click: () => a.send('backups.open') },
        { label: '打开数据文件夹', click: a.openDataFolder },
        { type: 'separator' },
        { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { label: '撤销', ...pageKey('CmdOrCtrl+Z'), click: () => a.send('edit.undo') },
        { label: '重做', ...pageKey('CmdOrCtrl+Y'), click: () => a.send('edit.redo') },
        { type: 'separator' },
        { role: 'cut', label: '剪切', ...pageKey('CmdOrCtrl+X') },
        { role: 'copy', label: '复制', ...pageKey('CmdOrCtrl+C') },
        { role: 'paste', label: '粘贴', ...pageKey('CmdOrCtrl+V') },
        { role: 'selectAll', label: '全选', ...pageKey('CmdOrCtrl+A') },
        { type: 'separator' },
        { label: '查找…', ...pageKey('CmdOrCtrl+F'), click: () => a.send('edit.find') },
        { label: '替换…', ...pageKey('CmdOrCtrl+H'), click: () => a.send('edit.replace') },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { role: 'reload', label: '重新加载' },
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
  ];
}
