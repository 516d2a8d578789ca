// The window's size and position between launches: read back, checked, and dropped when off every display.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  readWindowState,
  restoreWindowState,
  titleBarVisible,
  windowStateSaver,
  writeWindowState,
  type WindowState,
} from '../../electron/host/desktop/window-state';
import { cleanupTemp, tempDir } from './temp-data';

const laptop = [{ x: 0, y: 0, width: 1920, height: 1040 }];
const twoScreens = [...laptop, { x: 1920, y: 0, width: 2560, height: 1400 }];

afterEach(() => {
  cleanupTemp();
  vi.useRealTimers();
});

describe('restoreWindowState', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreWindowState(null, laptop)).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('keeps a saved place that is on a display', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(restoreWindowState(JSON.stringify(saved), laptop)).toEqual(saved);
  });

  it('keeps a maximized window maximized', () => {
    expect(
      restoreWindowState(JSON.stringify({ x: 0, y: 0, width: 1400, height: 900, maximized: true }), laptop).maximized,
    ).toBe(true);
  });

  it('centres a window left on a monitor that is no longer plugged in', () => {
    const onSecond = JSON.stringify({ x: 2200, y: 100, width: 1400, height: 900, maximized: false });
    expect(restoreWindowState(onSecond, twoScreens)).toMatchObject({ x: 2200, y: 100 });
    expect(restoreWindowState(onSecond, laptop)).toEqual({ width: 1400, height: 900, maximized: false });
  });

  it('centres a window whose title bar is above the screen, where it cannot be grabbed', () => {
    expect(
      restoreWindowState(JSON.stringify({ x: 100, y: -500, width: 1400, height: 900 }), laptop),
    ).not.toHaveProperty('x');
  });

  it('shrinks a window larger than any display', () => {
    const s = restoreWindowState(JSON.stringify({ x: 0, y: 0, width: 5000, height: 3000 }), laptop);
    expect(s).toMatchObject({ width: 1920, height: 1040 });
  });

  it.each([
    ['not JSON', '{"x": 1'],
    ['a number', '42'],
    ['too small', JSON.stringify({ x: 0, y: 0, width: 10, height: 10 })],
    ['fractions', JSON.stringify({ x: 0.5, y: 0, width: 1000, height: 700 })],
    ['text for numbers', JSON.stringify({ x: '0', y: '0', width: '1000', height: '700' })],
  ])('falls back to the default for a file holding %s', (_what, text) => {
    expect(restoreWindowState(text, laptop)).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });
});

describe('titleBarVisible', () => {
  it('needs a grabbable piece of the title bar on some display', () => {
    expect(titleBarVisible({ x: 1850, y: 10, width: 1000, height: 700 }, laptop)).toBe(false);
    expect(titleBarVisible({ x: 1700, y: 10, width: 1000, height: 700 }, laptop)).toBe(true);
    expect(titleBarVisible({ x: -900, y: 10, width: 1000, height: 700 }, laptop)).toBe(false);
    expect(titleBarVisible({ x: 0, y: 1020, width: 1000, height: 700 }, laptop)).toBe(false);
  });
});

describe('the window-state file', () => {
  it('writes and reads back the state, and reads no file as the default', () => {
    const file = join(tempDir(), 'window-state.json');
    expect(readWindowState(file, laptop)).toEqual({ ...DEFAULT_SIZE, maximized: false });
    const state: WindowState = { x: 10, y: 20, width: 1300, height: 850, maximized: false };
    writeWindowState(file, state);
    expect(readWindowState(file, laptop)).toEqual(state);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it('reads a damaged file as the default', () => {
    const file = join(tempDir(), 'window-state.json');
    writeFileSync(file, '\u0000\u0000garbage');
    expect(readWindowState(file, laptop)).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('writes once the window stops moving, and at once on close', () => {
    vi.useFakeTimers();
    const file = join(tempDir(), 'window-state.json');
    const writes: WindowState[] = [];
    const saver = windowStateSaver(file, 500, (_f, s) => writes.push(s));
    for (let x = 0; x < 10; x++) {
      saver.save({ x, y: 0, width: 1000, height: 700, maximized: false });
      vi.advanceTimersByTime(100);
    }
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(writes.map((s) => s.x)).toEqual([9]);
    saver.save({ x: 42, y: 0, width: 1000, height: 700, maximized: true });
    saver.flush();
    expect(writes.map((s) => s.x)).toEqual([9, 42]);
    saver.flush();
    expect(writes).toHaveLength(2);
  });

  it('writes to disk through the default writer', () => {
    vi.useFakeTimers();
    const file = join(tempDir(), 'window-state.json');
    windowStateSaver(file).save({ x: 1, y: 2, width: 1000, height: 700, maximized: false });
    vi.runAllTimers();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 1, y: 2, width: 1000, height: 700, maximized: false });
  });
});
