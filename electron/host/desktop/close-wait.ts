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
  /** Resolves when the page has had `ms` to answer one question (a hung page never answers); replaced in tests. */
  deadline?: (ms: number) => { passed: Promise<void>; cancel: () => void };
}

/** A real timer for one question to the page. */
function timerDeadline(ms: number): { passed: Promise<void>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const passed = new Promise<void>((r) => (timer = setTimeout(r, ms)));
  return { passed, cancel: () => clearTimeout(timer) };
}

/** The page's count of pending writes, or null when it did not answer within `ms` or could not be asked. */
async function askWithin(
  pendingWrites: () => Promise<number>,
  ms: number,
  deadline: NonNullable<CloseWaitOptions['deadline']>,
): Promise<number | null> {
  const limit = deadline(ms);
  try {
    return await Promise.race([pendingWrites(), limit.passed.then(() => null)]);
  } catch {
    return null;
  } finally {
    limit.cancel();
  }
}

/**
 * Asks `pendingWrites` (which commits the edit in progress, then counts the writes not yet answered by the host)
 * until it says 0 or the limit has passed. Resolves 'saved' or 'timed-out'; a page that cannot be asked (crashed,
 * gone) or does not answer within the time left (hung) is 'unreachable': nothing more can be saved from it.
 */
export async function waitForSaves(
  pendingWrites: () => Promise<number>,
  options: CloseWaitOptions,
): Promise<'saved' | 'timed-out' | 'unreachable'> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const until = now() + options.limitMs;
  for (;;) {
    // A page that hangs is not waited for past the limit: the question itself has the time that is left.
    const pending = await askWithin(pendingWrites, Math.max(0, until - now()), options.deadline ?? timerDeadline);
    if (pending === null) return 'unreachable';
    if (pending === 0) return 'saved';
    if (now() >= until) return 'timed-out';
    await sleep(options.everyMs);
  }
}
