// The app's commands, run alike from the desktop menu, the keyboard and the toolbar buttons: whoever owns the
// button subscribes its handler, and the menu or a key runs it by name.
import { useEffect } from 'react';
import type { MenuCommandName } from '../../shared/menu-commands';
import { commitEdits } from './pending-edits';
import { useLatest } from './use-latest';

type Handler = () => void;
const handlers = new Map<MenuCommandName, Set<Handler>>();

/** Runs the command in every part of the UI that handles it now (none when, say, no plan is open). */
export function runCommand(name: MenuCommandName): void {
  // A command works on what the clerk sees: an edit in progress is committed first.
  commitEdits();
  for (const h of handlers.get(name) ?? []) h();
}

/** Handles a command while the component is mounted; the latest handler runs, without resubscribing. */
export function useCommand(name: MenuCommandName, handler: Handler): void {
  const latest = useLatest(handler);
  useEffect(() => {
    const h = () => latest.current();
    let set = handlers.get(name);
    if (!set) handlers.set(name, (set = new Set()));
    set.add(h);
    return () => {
      set.delete(h);
    };
  }, [name, latest]);
}
