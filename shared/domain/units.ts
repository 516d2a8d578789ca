// Reading unit names (牵头/配合单位) out of a cell as people write them.

/** Splits 「医政处\n规划处」, 「医政处、规划处」 or 「医政处，规划处」 into names; 「/」 and 「无」 mean none. */
export function splitUnits(cell: string): string[] {
  return cell
    .split(/[\n\r、，,；;\u3000 ]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '/' && s !== '无' && s !== '—');
}
