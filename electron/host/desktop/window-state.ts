// The main window's size and position between launches: a small JSON in the data folder, checked when read, and
// written a moment after the last move or resize. Pure Node, so the tests run it without Electron.
import { mkdirSync, readFileSync } from 'node:fs';
import { writeWhole } from '../write-whole';
import { dirname } from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_SIZE = { width: 800, height: 560 } as const;
export const DEFAULT_SIZE = { width: 1440, height: 900 } as const;
/** How much of the title bar must lie on a display for a saved position to be used. */
const VISIBLE = { width: 120, height: 40 } as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const Coordinate = z.number().int().min(-100_000).max(100_000);
const Length = z.number().int().max(100_000);

export const WindowState = z.object({
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  width: Length.min(MIN_SIZE.width),
  height: Length.min(MIN_SIZE.height),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Whether enough of the window's title bar lies on one of the displays' work areas to grab it with the mouse. */
export function titleBarVisible(bounds: Rect, displays: readonly Rect[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: VISIBLE.height };
  return displays.some((d) => {
    const o = overlap(titleBar, d);
    return o.width >= Math.min(VISIBLE.width, bounds.width) && o.height >= VISIBLE.height;
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A file cut short or edited by hand: the window opens at the default size.
    return null;
  }
}

/**
 * The bounds to open the window with, from the saved text (null when there is none): the default for anything
 * invalid; without a position (centred) when the saved one is off every display, as after unplugging a monitor;
 * never larger than the largest display.
 */
export function restoreWindowState(text: string | null, displays: readonly Rect[]): WindowState {
  const parsed = WindowState.safeParse(text === null ? null : parseJson(text));
  const state: WindowState = parsed.success ? parsed.data : { ...DEFAULT_SIZE, maximized: false };
  const widest = Math.max(MIN_SIZE.width, ...displays.map((d) => d.width));
  const tallest = Math.max(MIN_SIZE.height, ...displays.map((d) => d.height));
  const width = Math.min(state.width, widest);
  const height = Math.min(state.height, tallest);
  const { x, y } = state;
  if (x === undefined || y === undefined || !titleBarVisible({ x, y, width, height }, displays)) {
    return { width, height, maximized: state.maximized };
  }
  return { x, y, width, height, maximized: state.maximized };
}

export function readWindowState(file: string, displays: readonly Rect[]): WindowState {
  let text: string | null = null;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') throw e;
  }
  return restoreWindowState(text, displays);
}

/** Writes the state whole (a temporary file renamed over the old one), so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeWhole(file, `${JSON.stringify(WindowState.parse(state))}\n`);
}

export interface WindowStateSaver {
  /** Remembers the latest state and writes it once no other arrives for the delay. */
  save: (state: WindowState) => void;
  /** Writes a pending state now (on close). */
  flush: () => void;
}

export function windowStateSaver(file: string, delayMs = 500, write = writeWindowState): WindowStateSaver {
  let pending: WindowState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending) write(file, pending);
    pending = null;
  };
  return {
    save: (state) => {
      pending = state;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
  };
}
