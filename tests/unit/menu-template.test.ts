// The application menu: Chinese labels, the usual shortcuts, and every item running the renderer's command.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from '../../electron/main/menu-template';
import { MENU_COMMANDS, type MenuCommandName } from '../../shared/menu-commands';

function actions(recent: string[] = []): MenuActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    send: (c: MenuCommandName) => calls.push(c),
    importFile: () => calls.push('importFile'),
    openRecent: (f) => calls.push(`open:${f}`),
    clearRecent: () => calls.push('clearRecent'),
    openDataFolder: () => calls.push('openDataFolder'),
    recent,
  };
}

/** Every item of the menu, submenus flattened, with the path of labels to it. */
function items(
  template: MenuItemConstructorOptions[],
  path: string[] = [],
): { path: string; item: MenuItemConstructorOptions }[] {
  return template.flatMap((item) => {
    const here = [...path, item.label ?? ''];
    const sub = Array.isArray(item.submenu) ? items(item.submenu, here) : [];
    return [{ path: here.join(' > '), item }, ...sub];
  });
}

function find(template: MenuItemConstructorOptions[], path: string): MenuItemConstructorOptions {
  const hit = items(template).find((i) => i.path === path);
  if (!hit) throw new Error(`no menu item ${path}`);
  return hit.item;
}

function click(item: MenuItemConstructorOptions): void {
  // The handler's arguments (the item, the window, the event) are not used by ours.
  (item.click as (() => void) | undefined)?.();
}

describe('the application menu', () => {
  it('is in Chinese throughout', () => {
    const labels = items(menuTemplate(actions(['/d/a.xlsx'])))
      .map((i) => i.item)
      .filter((i) => i.type !== 'separator')
      .map((i) => i.label ?? '');
    expect(labels.filter((l) => !/[\u4e00-\u9fff]/.test(l) && !/^\d+ {2}/.test(l))).toEqual([]);
  });

  it.each([
    ['文件(&F) > 新建方案…', 'CmdOrCtrl+N', 'plan.new'],
    ['文件(&F) > 导出 Excel/Word…', 'CmdOrCtrl+E', 'plan.export'],
    ['文件(&F) > 打印…', 'CmdOrCtrl+P', 'plan.print'],
    ['编辑(&E) > 撤销', 'CmdOrCtrl+Z', 'edit.undo'],
    ['编辑(&E) > 重做', 'CmdOrCtrl+Y', 'edit.redo'],
    ['编辑(&E) > 查找…', 'CmdOrCtrl+F', 'edit.find'],
    ['编辑(&E) > 替换…', 'CmdOrCtrl+H', 'edit.replace'],
  ])('%s (%s) sends %s to the renderer', (path, accelerator, command) => {
    const a = actions();
    const item = find(menuTemplate(a), path);
    expect(item.accelerator).toBe(accelerator);
    click(item);
    expect(a.calls).toEqual([command]);
  });

  it('leaves the keys that depend on the focus to the page, and registers the others', () => {
    const t = menuTemplate(actions());
    for (const path of [
      '编辑(&E) > 撤销',
      '编辑(&E) > 重做',
      '编辑(&E) > 查找…',
      '编辑(&E) > 替换…',
      '编辑(&E) > 复制',
      '编辑(&E) > 粘贴',
    ]) {
      expect(find(t, path).registerAccelerator, path).toBe(false);
    }
    for (const path of [
      '文件(&F) > 新建方案…',
      '文件(&F) > 导入 Excel/Word/CSV…',
      '文件(&F) > 导出 Excel/Word…',
      '文件(&F) > 打印…',
    ]) {
      expect(find(t, path).registerAccelerator, path).not.toBe(false);
    }
  });

  it('opens the native dialog for 导入 (Ctrl+O), the data folder, and 备份与恢复', () => {
    const a = actions();
    const t = menuTemplate(a);
    expect(find(t, '文件(&F) > 导入 Excel/Word/CSV…').accelerator).toBe('CmdOrCtrl+O');
    click(find(t, '文件(&F) > 导入 Excel/Word/CSV…'));
    click(find(t, '文件(&F) > 打开数据文件夹'));
    click(find(t, '文件(&F) > 备份与恢复…'));
    expect(a.calls).toEqual(['importFile', 'openDataFolder', 'backups.open']);
  });

  it('lists recent files by name, newest first, and clears them', () => {
    const a = actions(['C:\\文件\\R&D 清单.xlsx', 'C:\\文件\\配档表.xlsx']);
    const t = menuTemplate(a);
    const recent = items(t).filter((i) => i.path.startsWith('文件(&F) > 最近打开 > ') && i.item.type !== 'separator');
    expect(recent.map((r) => r.item.label)).toEqual(['1  R&&D 清单.xlsx', '2  配档表.xlsx', '清除列表']);
    click(recent[1]!.item);
    click(recent[2]!.item);
    expect(a.calls).toEqual(['open:C:\\文件\\配档表.xlsx', 'clearRecent']);
  });

  it('says so when there are no recent files', () => {
    const item = find(menuTemplate(actions()), '文件(&F) > 最近打开 > （无）');
    expect(item.enabled).toBe(false);
  });

  it('reaches every command the renderer answers', () => {
    const a = actions();
    for (const { item } of items(menuTemplate(a))) if (!item.role) click(item);
    const sent = new Set(a.calls.map((c) => (c === 'importFile' ? 'file.import' : c)));
    expect(MENU_COMMANDS.filter((c) => !sent.has(c))).toEqual([]);
  });
});
