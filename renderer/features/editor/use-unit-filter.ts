// The filter by 牵头/配合 unit: which units the plan names, and which items name the chosen one.
import { useMemo, useState } from 'react';
import type { Plan, Row } from '../../../shared/domain/plan';
import { unitColumns } from '../../../shared/domain/column-roles';
import type { Unit } from '../../../shared/domain/unit-directory';
import { namesUnit, unitsNamed } from './row-filters';

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
  const unitKeys = useMemo(() => unitColumns(plan).map((c) => c.key), [plan]);
  const units = useMemo(() => unitsNamed(rows, unitKeys, directory), [rows, unitKeys, directory]);
  const chosen = units.includes(unit) ? unit : '';
  const matches = useMemo(
    () => (chosen === '' ? null : (r: Row) => namesUnit(r, unitKeys, directory, chosen)),
    [chosen, unitKeys, directory],
  );
  return { units, unit: chosen, setUnit, matches };
}
