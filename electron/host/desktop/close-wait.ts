// Before the desktop window closes: ask the page to commit the edit in progress, then wait (bounded) until none of
// its writes is still on its way to the host. Pure, so the waiting is tested without Electron.

export interface CloseWaitOptions {
  /** How long the window may stay open waiting, in ms. */
  limitMs: number;
  /** How often to ask again, in ms. */
  everyMs: number;
  /** The clock and the pause, replaced in tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Asks `pendingWrites` (which commits the edit in progress, then counts the writes not yet answered by the host)
 * until it says 0 or the limit has passed. Resolves 'saved' or 'timed-out'; a page that cannot be asked (crashed,
 * gone) is 'unreachable': nothing more can be saved from it.
 */
export async function waitForSaves(
  pendingWrites: () => Promise<number>,
  options: CloseWaitOptions,
): Promise<'saved' | 'timed-out' | 'unreachable'> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const until = now() + options.limitMs;
  for (;;) {
    let pending: number;
    try {
      pending = await pendingWrites();
    } catch {
      return 'unreachable';
    }
    if (pending === 0) return 'saved';
    if (now() >= until) return 'timed-out';
    await sleep(options.everyMs);
  }
}
