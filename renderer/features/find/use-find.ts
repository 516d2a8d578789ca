// Find (Ctrl+F) across the plan: every cell whose text contains the query, in reading order.
import { useMemo, useState } from 'react';
import type { Plan, Row } from '../../../shared/domain/plan';
import { SEQ_COL } from '../../grid/columns';
import { hitKey } from '../../grid/PlanGrid';

export interface FindHit {
  rowId: string;
  colId: string;
}

export interface FindState {
  query: string;
  setQuery: (q: string) => void;
  hits: FindHit[];
  hitKeys: ReadonlySet<string>;
  index: number;
  current: FindHit | null;
  next: () => FindHit | null;
  prev: () => FindHit | null;
}

export function findHits(plan: Plan, rows: readonly Row[], query: string): FindHit[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const cols = plan.columns.filter((c) => !c.hidden);
  const hits: FindHit[] = [];
  for (const row of rows) {
    if (row.kind === 'section') {
      if (row.title.toLowerCase().includes(q)) hits.push({ rowId: row.id, colId: SEQ_COL });
      continue;
    }
    for (const c of cols) {
      if ((row.cells[c.key] ?? '').toLowerCase().includes(q)) hits.push({ rowId: row.id, colId: c.key });
    }
  }
  return hits;
}

export function useFind(plan: Plan, rows: readonly Row[]): FindState {
  const [query, setQueryState] = useState('');
  const [index, setIndex] = useState(-1);
  const hits = useMemo(() => findHits(plan, rows, query), [plan, rows, query]);
  const hitKeys = useMemo(() => new Set(hits.map((h) => hitKey(h.rowId, h.colId))), [hits]);
  const at = hits.length === 0 ? -1 : Math.min(Math.max(index, 0), hits.length - 1);
  const step = (d: number): FindHit | null => {
    if (hits.length === 0) return null;
    const i = index < 0 ? (d > 0 ? 0 : hits.length - 1) : (at + d + hits.length) % hits.length;
    setIndex(i);
    return hits[i]!;
  };
  return {
    query,
    setQuery: (q) => {
      setQueryState(q);
      setIndex(-1);
    },
    hits,
    hitKeys,
    index: index < 0 ? -1 : at,
    current: index < 0 ? null : (hits[at] ?? null),
    next: () => step(1),
    prev: () => step(-1),
  };
}
