// Commands from outside the page: the desktop menu (an event from the shell, with the file its open dialog picked)
// and, in the browser where there is no menu, the keys Excel and WPS users expect (Ctrl+N, Ctrl+O, Ctrl+E, Ctrl+P).
import { useEffect } from 'react';
import { MenuCommand, type MenuCommandName } from '../../shared/menu-commands';
import { inDesktopShell, on } from './api-client';
import { runCommand } from './commands';
import { useLatest } from './use-latest';

/** Keys the desktop menu registers itself; in the browser the page hears them. */
const BROWSER_KEYS: Record<string, MenuCommandName> = {
  n: 'plan.new',
  o: 'file.import',
  e: 'plan.export',
  p: 'plan.print',
};

function fileFrom(name: string, base64: string): File {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], name);
}

export function useMenuCommands(onFile: (file: File) => void): void {
  const latest = useLatest(onFile);

  useEffect(() => {
    if (!inDesktopShell()) return undefined;
    return on('menu.command', (payload) => {
      const parsed = MenuCommand.safeParse(payload);
      if (!parsed.success) {
        // Only the app's own shell sends these; one that does not fit is a bug to see in the log, not to act on.
        console.error('menu.command', parsed.error.message);
        return;
      }
      const { command, file } = parsed.data;
      if (file) latest.current(fileFrom(file.name, file.base64));
      else runCommand(command);
    });
  }, [latest]);

  useEffect(() => {
    if (inDesktopShell()) return undefined;
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      const command = BROWSER_KEYS[e.key.toLowerCase()];
      if (!command) return;
      // A dialog that is open keeps the keyboard to itself.
      if (e.target instanceof HTMLElement && e.target.closest('[role="dialog"]')) return;
      e.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
