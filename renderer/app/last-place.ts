// Where the clerk left off — the plan, each plan's period and row — kept in the browser's storage so that a reload,
// a restart or a 恢复 opens the app there again; and a message to show once after a reload (恢复 says it was done).
const PLAN = 'peidang.place.plan';
const NOTICE = 'peidang.place.notice';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage switched off by policy: the app opens at its first plan, as it did before places were kept.
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage full or switched off: losing the place is harmless, the data itself is in the host.
  }
}

export const lastPlace = {
  plan: (): string | null => read(PLAN),
  setPlan: (planId: string | null) => write(PLAN, planId),
  period: (planId: string): string | null => read(`${PLAN}.${planId}.period`),
  setPeriod: (planId: string, period: string) => write(`${PLAN}.${planId}.period`, period),
  row: (planId: string): string | null => read(`${PLAN}.${planId}.row`),
  setRow: (planId: string, rowId: string) => write(`${PLAN}.${planId}.row`, rowId),
  /** A message for the page that comes after a reload (one time). */
  leaveNotice: (text: string) => write(NOTICE, text),
  takeNotice: (): string | null => {
    const text = read(NOTICE);
    if (text !== null) write(NOTICE, null);
    return text;
  },
};
