// The filter by 牵头/配合 unit: which units the plan names, and which items name the chosen one.
import { useMemo, useState } from 'react';
import type { Plan, Row } from '../../../shared/domain/plan';
import { splitUnits } from '../../../shared/domain/units';
import { canonicalUnit, type Unit } from '../../../shared/domain/unit-directory';

export interface UnitFilter {
  units: string[];
  unit: string;
  setUnit: (u: string) => void;
  /** Whether an item names the unit chosen; null when none is. */
  matches: ((row: Row) => boolean) | null;
}

/** Names are read through the directory, so 医政医管处 and 医政处 are one unit in the filter. */
export function useUnitFilter(plan: Plan, rows: readonly Row[], directory: readonly Unit[]): UnitFilter {
  const [unit, setUnit] = useState('');
  const unitKeys = useMemo(() => plan.columns.filter((c) => c.role === 'unit').map((c) => c.key), [plan]);
  const units = useMemo(() => {
    const seen = new Map<string, number>();
    for (const r of rows) {
      if (r.kind !== 'item') continue;
      for (const k of unitKeys) for (const u of splitUnits(r.cells[k] ?? '')) {
        const name = canonicalUnit(directory, u);
        seen.set(name, (seen.get(name) ?? 0) + 1);
      }
    }
    return [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([u]) => u);
  }, [rows, unitKeys, directory]);
  const chosen = units.includes(unit) ? unit : '';
  const matches = useMemo(() => {
    if (chosen === '') return null;
    return (r: Row) => unitKeys.some((k) => splitUnits(r.cells[k] ?? '').some((n) => canonicalUnit(directory, n) === chosen));
  }, [chosen, unitKeys, directory]);
  return { units, unit: chosen, setUnit, matches };
}
