// The desktop window's close waits for the page's writes to reach the host, and no longer than its limit.
import { describe, expect, it } from 'vitest';
import { waitForSaves } from '../../electron/host/desktop/close-wait';

/** A clock that moves only when the waiting pauses. */
function fakeClock() {
  let t = 0;
  // A question to the page is never cut short here unless a test says so.
  const deadline = () => ({ passed: new Promise<void>(() => {}), cancel: () => {} });
  return { now: () => t, sleep: async (ms: number) => void (t += ms), deadline, elapsed: () => t };
}

describe('waiting for saves before the window closes', () => {
  it('closes at once when nothing is on its way', async () => {
    const clock = fakeClock();
    let asked = 0;
    const out = await waitForSaves(async () => (asked++, 0), { limitMs: 3000, everyMs: 50, ...clock });
    expect(out).toBe('saved');
    expect(asked).toBe(1);
    expect(clock.elapsed()).toBe(0);
  });

  it('waits while writes are pending and closes once the host has answered them all', async () => {
    const clock = fakeClock();
    const counts = [2, 2, 1, 0];
    const out = await waitForSaves(async () => counts.shift() ?? 0, { limitMs: 3000, everyMs: 50, ...clock });
    expect(out).toBe('saved');
    expect(counts).toEqual([]);
    expect(clock.elapsed()).toBe(150);
  });

  it('gives up after the limit when a write never comes back', async () => {
    const clock = fakeClock();
    const out = await waitForSaves(async () => 1, { limitMs: 3000, everyMs: 50, ...clock });
    expect(out).toBe('timed-out');
    expect(clock.elapsed()).toBe(3000);
  });

  it('does not wait for a page that cannot be asked', async () => {
    const clock = fakeClock();
    const out = await waitForSaves(() => Promise.reject(new Error('gone')), { limitMs: 3000, everyMs: 50, ...clock });
    expect(out).toBe('unreachable');
    expect(clock.elapsed()).toBe(0);
  });

  it('does not wait past the limit for a page that hangs and never answers', async () => {
    const clock = fakeClock();
    const given: number[] = [];
    const deadline = (ms: number) => (given.push(ms), { passed: Promise.resolve(), cancel: () => {} });
    const out = await waitForSaves(() => new Promise<number>(() => {}), {
      limitMs: 3000,
      everyMs: 50,
      ...clock,
      deadline,
    });
    expect(out).toBe('unreachable');
    expect(given).toEqual([3000]);
  });
});
