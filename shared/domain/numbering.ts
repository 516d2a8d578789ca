// 序号: derived from the order of rows, never stored, so moves and inserts renumber by themselves.
import type { Row } from './plan';

/** Items are numbered 1, 2, 3 … through the whole plan; section rows get no number. */
export function numberRows(rows: readonly Pick<Row, 'id' | 'kind'>[]): Map<string, number> {
  const numbers = new Map<string, number>();
  let n = 0;
  for (const row of rows) {
    if (row.kind === 'item') numbers.set(row.id, ++n);
  }
  return numbers;
}
