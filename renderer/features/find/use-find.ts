// 查找 (Ctrl+F) and 替换 (Ctrl+H) across the rows in view: every cell whose text holds the query, in reading order;
// a replacement is one undoable action, whether of one cell or of all.
import { useMemo, useState } from 'react';
import { findMatches, replaceEdits, type TextMatch } from '../../../shared/domain/find-replace';
import type { Plan, PlanDelta, Row, RowDraft } from '../../../shared/domain/plan';
import type { CellEdit } from '../../../shared/api';
import { hitKey, SEQ_COL } from '../../grid/grid-ids';

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
  /**
   * 替换: the current match replaced, and the next one to go to; with no current match yet, the first one is only
   * found (as Excel does), so the clerk sees what will be replaced.
   */
  replaceCurrent: (replacement: string) => Promise<FindHit | null>;
  /** 全部替换: every match replaced as one action; how many cells changed. */
  replaceAll: (replacement: string) => Promise<number>;
}

type SetCells = (edits: CellEdit[], append?: RowDraft[], label?: string) => Promise<PlanDelta | undefined>;

/** A section's title is shown (and found) in the 序号 column. */
const toHit = (m: TextMatch): FindHit => ({ rowId: m.rowId, colId: m.key === 'title' ? SEQ_COL : m.key });
const toMatch = (h: FindHit): TextMatch => ({ rowId: h.rowId, key: h.colId === SEQ_COL ? 'title' : h.colId });

export function useFind(plan: Plan, rows: readonly Row[], setCells: SetCells): FindState {
  const [query, setQueryState] = useState('');
  const [index, setIndex] = useState(-1);
  const hits = useMemo(() => findMatches(plan, rows, query).map(toHit), [plan, rows, query]);
  const hitKeys = useMemo(() => new Set(hits.map((h) => hitKey(h.rowId, h.colId))), [hits]);
  const at = hits.length === 0 ? -1 : Math.min(Math.max(index, 0), hits.length - 1);
  const current = index < 0 ? null : (hits[at] ?? null);
  const step = (d: number): FindHit | null => {
    if (hits.length === 0) return null;
    const i = index < 0 ? (d > 0 ? 0 : hits.length - 1) : (at + d + hits.length) % hits.length;
    setIndex(i);
    return hits[i]!;
  };
  const apply = async (targets: FindHit[], replacement: string, label: string): Promise<number> => {
    const edits = replaceEdits(rows, targets.map(toMatch), query, replacement);
    if (edits.length === 0) return 0;
    return (await setCells(edits, [], label)) ? edits.length : 0;
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
    current,
    next: () => step(1),
    prev: () => step(-1),
    replaceCurrent: async (replacement) => {
      if (!current) return step(1);
      const following = hits.length > 1 ? hits[(at + 1) % hits.length]! : null;
      if ((await apply([current], replacement, '替换')) === 0) return current;
      // The replaced cell leaves the matches (unless what replaced the query holds it again), so the one after it
      // takes its place in the list.
      const stays = replacement.toLowerCase().includes(query.trim().toLowerCase());
      setIndex(stays ? (at + 1) % hits.length : at + 1 < hits.length ? at : 0);
      return following;
    },
    replaceAll: (replacement) => apply(hits, replacement, `全部替换（${hits.length} 处）`),
  };
}
