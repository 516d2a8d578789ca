// The rules of the editor's filters, apart from React: which items are overdue or due soon, which units a plan names
// and which items name one, and which rows stay shown when items must pass every filter.
import type { Plan, Row } from '../../../shared/domain/plan';
import { dueStatusReader, itemDueStatus, type DueStatus } from '../../../shared/domain/due-status';
import { splitUnits } from '../../../shared/domain/units';
import { canonicalUnit, type Unit } from '../../../shared/domain/unit-directory';

/** Each item's due status today, of the most pressing of its deadline columns; items done are left out. */
export function dueStatusByRow(
  plan: Plan,
  rows: readonly Row[],
  isDone: (rowId: string) => boolean,
  today: string,
): Map<string, DueStatus> {
  const of = new Map<string, DueStatus>();
  const read = dueStatusReader(plan.year, today);
  for (const r of rows) {
    if (r.kind !== 'item' || isDone(r.id)) continue;
    const { status } = itemDueStatus(plan, r, false, today, read);
    of.set(r.id, status === 'overdue' || status === 'soon' ? status : 'later');
  }
  return of;
}

/** The units the items name in the given columns, read through the directory, the most named first. */
export function unitsNamed(rows: readonly Row[], unitKeys: readonly string[], directory: readonly Unit[]): string[] {
  const seen = new Map<string, number>();
  // Unit cells repeat: each text is split and read through the directory once.
  const read = new Map<string, string[]>();
  for (const r of rows) {
    if (r.kind !== 'item') continue;
    for (const k of unitKeys) {
      const text = r.cells[k] ?? '';
      let names = read.get(text);
      if (names === undefined) read.set(text, (names = splitUnits(text).map((u) => canonicalUnit(directory, u))));
      for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1);
    }
  }
  return [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([u]) => u);
}

/** Whether a row names the unit in one of the given columns (医政处 and 医政医管处 are one unit in the directory). */
export function namesUnit(row: Row, unitKeys: readonly string[], directory: readonly Unit[], unit: string): boolean {
  return unitKeys.some((k) => splitUnits(row.cells[k] ?? '').some((n) => canonicalUnit(directory, n) === unit));
}

/**
 * The rows shown when items must pass every filter in use: a section row stays when an item of its group does, so
 * the items keep their heading. Null when no filter is in use.
 */
export function rowsPassing(
  rows: readonly Row[],
  filters: ReadonlyArray<((row: Row) => boolean) | null>,
): ((row: Row) => boolean) | null {
  const used = filters.filter((f): f is (row: Row) => boolean => f !== null);
  if (used.length === 0) return null;
  const keep = new Set<string>();
  let section: string | null = null;
  for (const r of rows) {
    if (r.kind === 'section') section = r.id;
    else if (used.every((f) => f(r))) {
      keep.add(r.id);
      if (section) keep.add(section);
    }
  }
  return (r: Row) => keep.has(r.id);
}
