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

/** The file the menu's dialog picked, as a dropped one: its bytes came over IPC as they are, not as text. */
function fileFrom(name: string, data: Uint8Array): File {
  return new File([data.slice()], name);
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
      if (file) latest.current(fileFrom(file.name, file.data));
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
