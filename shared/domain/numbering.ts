// 序号: derived from the order of rows, never stored, so moves and inserts renumber by themselves.
import type { Numbering, Row } from './plan';

/**
 * Items are numbered 1, 2, 3 … through the whole plan, or anew under each section (民生实事 lists number
 * 1–8 under （一）, 1–10 under （二）); section rows get no number.
 */
export function numberRows(
  rows: readonly Pick<Row, 'id' | 'kind'>[],
  numbering: Numbering = 'continuous',
): Map<string, number> {
  const numbers = new Map<string, number>();
  let n = 0;
  for (const row of rows) {
    if (row.kind === 'item') numbers.set(row.id, ++n);
    else if (numbering === 'per-section') n = 0;
  }
  return numbers;
}
