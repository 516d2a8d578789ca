// What the grid's context menu offers: the clipboard commands, then inserting and deleting rows, then moving them.
import type { MenuItem } from './ContextMenu';
import type { RowCommands } from './use-row-commands';

export interface ClipboardCommands {
  cut: () => void;
  copy: () => void;
  paste: () => void;
  /** 清除内容 and 向下填充, on the cells selected in the grid. */
  clear: () => void;
  fillDown: () => void;
}

export function contextMenuItems(
  clip: ClipboardCommands,
  commands: RowCommands,
  hasRows: boolean,
): (MenuItem | 'sep')[] {
  return [
    { label: '剪切', shortcut: 'Ctrl+X', run: clip.cut, disabled: !hasRows },
    { label: '复制', shortcut: 'Ctrl+C', run: clip.copy, disabled: !hasRows },
    { label: '粘贴', shortcut: 'Ctrl+V', run: clip.paste, disabled: !hasRows },
    { label: '清除内容', shortcut: 'Delete', run: clip.clear, disabled: !hasRows },
    { label: '向下填充', shortcut: 'Ctrl+D', run: clip.fillDown, disabled: !hasRows },
    'sep',
    { label: '在上方插入行', shortcut: 'Ctrl+Shift+=', run: commands.insertAbove },
    { label: '在下方插入行', shortcut: 'Ctrl+Enter', run: commands.insertBelow },
    { label: '插入分组行', run: commands.insertSection },
    { label: '删除行', shortcut: 'Ctrl+-', run: commands.deleteRows, disabled: !hasRows },
    'sep',
    { label: '上移', shortcut: 'Alt+↑', run: commands.moveUp, disabled: !hasRows },
    { label: '下移', shortcut: 'Alt+↓', run: commands.moveDown, disabled: !hasRows },
  ];
}
