// The context menu's 剪切, 复制, 粘贴 (through the asynchronous clipboard API; the keys use the cut, copy and paste
// events), 清除内容 and 向下填充.
import { useMemo, type RefObject } from 'react';
import type { PlanGridHandle } from '../../grid/PlanGrid';
import { messageOf } from '../../../shared/messages.zh-CN';

/** The clipboard's text and, where the browser gives it, its HTML (a table copied from Word). */
async function readClipboard(): Promise<{ text: string; html: string }> {
  if (typeof navigator.clipboard.read !== 'function') return { text: await navigator.clipboard.readText(), html: '' };
  let text = '';
  let html = '';
  for (const item of await navigator.clipboard.read()) {
    if (item.types.includes('text/plain')) text = await (await item.getType('text/plain')).text();
    if (item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
  }
  return { text, html };
}

/** Both formats of a copied block, as Ctrl+C writes them: a spreadsheet takes the HTML, with its cells marked as text. */
async function writeClipboard(out: { text: string; html: string }): Promise<void> {
  if (typeof ClipboardItem !== 'function' || typeof navigator.clipboard.write !== 'function')
    return navigator.clipboard.writeText(out.text);
  const item = new ClipboardItem({
    'text/plain': new Blob([out.text], { type: 'text/plain' }),
    'text/html': new Blob([out.html], { type: 'text/html' }),
  });
  return navigator.clipboard.write([item]);
}

export function useClipboardCommands(grid: RefObject<PlanGridHandle | null>, onError: (text: string) => void) {
  return useMemo(
    () => ({
      copy: () => {
        const out = grid.current?.copy();
        if (out)
          writeClipboard(out).catch(() => onError(messageOf('CLIPBOARD_UNAVAILABLE', { what: '写入', key: 'C 复制' })));
      },
      cut: () => {
        const out = grid.current?.copy();
        if (!out) return;
        // Emptied only once the text is safely on the clipboard.
        writeClipboard(out).then(
          () => grid.current?.cut(),
          () => onError(messageOf('CLIPBOARD_UNAVAILABLE', { what: '写入', key: 'X 剪切' })),
        );
      },
      paste: () => {
        readClipboard().then(
          ({ text, html }) => grid.current?.paste(text, html),
          () => onError(messageOf('CLIPBOARD_UNAVAILABLE', { what: '读取', key: 'V 粘贴' })),
        );
      },
      clear: () => grid.current?.clear(),
      fillDown: () => grid.current?.fillDown(),
    }),
    [grid, onError],
  );
}
