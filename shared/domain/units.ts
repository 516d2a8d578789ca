// Reading unit names (牵头/配合单位) out of a cell as people write them.

/** Splits 「医政处\n规划处」, 「医政处、规划处」 or 「医政处，规划处」 into names; 「/」 and 「无」 mean none. */
export function splitUnits(cell: string): string[] {
  return cell
    .split(/[\n\r、，,；;\u3000 ]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '/' && s !== '无' && s !== '—');
}

/** The unit names a plan's unit columns (牵头/配合单位) hold, each once, in the order met. */
export function unitNamesOf(
  columns: readonly { key: string; role: string }[],
  rows: readonly { kind: string; cells: Readonly<Record<string, string>> }[],
): string[] {
  const keys = columns.filter((c) => c.role === 'unit').map((c) => c.key);
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.kind !== 'item') continue;
    for (const k of keys) for (const n of splitUnits(r.cells[k] ?? '')) seen.add(n);
  }
  return [...seen];
}
