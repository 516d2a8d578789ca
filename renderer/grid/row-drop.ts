// Where rows dragged by their handle land: the pure rules of the row drag (use-row-drag.ts), over the rows the grid
// displays, by their display index.

/** A displayed row's place: its index, and its top and height in the grid's content (pixels). */
export interface RowBox {
  index: number;
  top: number;
  height: number;
}

/**
 * The row the dragged rows go before when dropped in `gap` (0 = above the first displayed row, `count` = below the
 * last): its id, null for the end of the plan, or undefined when the rows would stay where they are.
 */
export function dropBefore(
  idAt: (i: number) => string | undefined,
  count: number,
  movedAt: readonly number[],
  gap: number,
): string | null | undefined {
  const moved = new Set(movedAt);
  let k = Math.max(0, Math.min(count, gap));
  // A gap inside or beside the dragged rows means the first row after them that is not dragged.
  while (k < count && moved.has(k)) k++;
  const sorted = [...moved].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first !== undefined && last !== undefined && last - first === sorted.length - 1 && last === k - 1) {
    return undefined;
  }
  return k < count ? (idAt(k) ?? null) : null;
}

/** The displayed row at a height in the grid's content, found by halving (rows are in order of their tops). */
export function rowAtY(boxAt: (i: number) => RowBox | undefined, count: number, y: number): RowBox | null {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = boxAt(mid);
    if (!b) return null;
    if (y < b.top) hi = mid - 1;
    else if (y >= b.top + b.height) lo = mid + 1;
    else return b;
  }
  return null;
}

/** The gap a height falls in: before the row it is over when in that row's upper half, else after it. */
export function gapAt(boxAt: (i: number) => RowBox | undefined, count: number, y: number): number {
  if (count === 0) return 0;
  const r = rowAtY(boxAt, count, y);
  if (r) return y < r.top + r.height / 2 ? r.index : r.index + 1;
  const first = boxAt(0);
  return first && y < first.top ? 0 : count;
}

/** The top of a gap in the grid's content: the top of the row below it, or the bottom of the last row. */
export function gapTop(boxAt: (i: number) => RowBox | undefined, count: number, gap: number): number {
  const below = gap < count ? boxAt(gap) : undefined;
  if (below) return below.top;
  const last = boxAt(count - 1);
  return last ? last.top + last.height : 0;
}
