// An edit in progress (text typed in a cell, Enter not yet pressed) is committed whenever the cell is left for
// anything but Esc: another plan, a dialog, the find bar, a command or shortcut, the page going away. Whoever holds
// such an edit registers how to commit it; whoever takes the clerk elsewhere asks for it first.
type Commit = () => void;

const commits = new Set<Commit>();
let leaving = false;

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

/** Commits on pagehide, the last moment a page is sure to be told it goes; returns the function that stops it. */
export function commitOnLeave(): () => void {
  const onHide = () => {
    leaving = true;
    commitEdits();
  };
  // Back from the cache (bfcache), the page lives again: requests go in order once more.
  const onShow = () => {
    leaving = false;
  };
  window.addEventListener('pagehide', onHide);
  window.addEventListener('pageshow', onShow);
  return () => {
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('pageshow', onShow);
  };
}
