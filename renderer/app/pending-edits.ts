// An edit in progress (text typed in a cell, Enter not yet pressed) is committed whenever the cell is left for
// anything but Esc: another plan, a dialog, the find bar, a command or shortcut, the page going away. Whoever holds
// such an edit registers how to commit it; whoever takes the clerk elsewhere asks for it first.
import { TRANSPORT } from '../../shared/transport';

type Commit = () => void;

const commits = new Set<Commit>();
let leaving = false;
/** Writes sent to the host and not yet answered. */
let inFlight = 0;

/** Registers how to commit the edit in progress; returns the function that unregisters it. */
export function onCommitEdits(commit: Commit): () => void {
  commits.add(commit);
  return () => {
    commits.delete(commit);
  };
}

/** Commits every edit in progress now (each sends its change to the host at once). */
export function commitEdits(): void {
  for (const c of [...commits]) c();
}

/**
 * The page is going away (reload, tab or window closed): what is committed now must reach the host on requests that
 * outlive the page, sent at once rather than behind others.
 */
export function isLeaving(): boolean {
  return leaving;
}

/** Counts a write until the host has answered it (the desktop window waits for none to be left before closing). */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  inFlight++;
  return write.finally(() => {
    inFlight--;
  });
}

/** The page is going away: what is being typed is committed, sent at once. Returns the writes still on their way. */
export function leavePage(): number {
  leaving = true;
  commitEdits();
  return inFlight;
}

/**
 * Commits on pagehide, the last moment a page is sure to be told it goes, and when the desktop window is about to
 * close (its shell asks, then waits for the writes); returns the function that stops both.
 */
export function commitOnLeave(): () => void {
  const onHide = () => {
    leavePage();
  };
  const closing = window as unknown as Record<string, unknown>;
  closing[TRANSPORT.beforeCloseGlobal] = leavePage;
  // Back from the cache (bfcache), the page lives again: requests go in order once more.
  const onShow = () => {
    leaving = false;
  };
  window.addEventListener('pagehide', onHide);
  window.addEventListener('pageshow', onShow);
  return () => {
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('pageshow', onShow);
    delete closing[TRANSPORT.beforeCloseGlobal];
  };
}
