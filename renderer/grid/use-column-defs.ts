// The grid's columns for the plan in view, with the marks drawn on cells (the selected block, find's matches, due
// dates), and the redraws when 序号 or the marks change without a row changing.
import { useCallback, useEffect, useMemo } from 'react';
import type { CellClassRules } from 'ag-grid-community';
import type { Plan, Row } from '../../shared/domain/plan';
import { unitNamesOf } from '../../shared/domain/units';
import { suggestUnitNames, unknownUnits, type Unit } from '../../shared/domain/unit-directory';
import { splitUnits } from '../../shared/domain/units';
import { cellDueStatus, dueStatusReader, dueTooltip, localToday } from '../../shared/domain/due-status';
import { buildColumnDefs } from './columns';
import { hitKey, SEQ_COL } from './grid-ids';
import type { PlanGridProps } from './grid-types';
import type { GridCore } from './use-grid-core';
import { useLatest } from '../app/use-latest';
import type { Selection } from './use-selection';

interface Marks {
  findHits: ReadonlySet<string>;
  findCurrent: string | null;
}

export function useColumnDefs(
  core: GridCore,
  selection: Selection,
  plan: Plan,
  numbers: ReadonlyMap<string, number>,
  marks: Marks,
  progress: PlanGridProps['progress'],
  units: readonly Unit[],
  rows: readonly Row[],
) {
  const { api, colIds } = core;
  const find = useLatest(marks);
  const latestUnits = useLatest(units);
  const latestNumbers = useLatest(numbers);
  const latestRows = useLatest(rows);
  const { inBlock } = selection;

  const classRules = useCallback(
    (colId: string): CellClassRules<Row, string> => {
      const hit = (id: string | undefined) => (id ? hitKey(id, colId) : '');
      // Rules run for every cell drawn while scrolling: with nothing found, no key is made.
      return {
        'pd-in-range': (p) => inBlock(p.rowIndex, colIds().indexOf(colId)),
        'pd-find-hit': (p) => {
          const { findHits, findCurrent } = find.current;
          if (findHits.size === 0) return false;
          const key = hit(p.data?.id);
          return findHits.has(key) && key !== findCurrent;
        },
        'pd-find-current': (p) => find.current.findCurrent !== null && hit(p.data?.id) === find.current.findCurrent,
      };
    },
    [colIds, inBlock, find],
  );

  // Read when a cell is drawn or a unit typed, not when the columns are made: new numbers or units need no new columns.
  const numberOf = useCallback((id: string) => latestNumbers.current.get(id), [latestNumbers]);
  // The 单位名录's units first, then the names this plan's unit cells use (not other plans').
  const suggest = useCallback(
    (typed: string) => suggestUnitNames(latestUnits.current, unitNamesOf(plan.columns, latestRows.current), typed),
    [latestUnits, latestRows, plan.columns],
  );
  const unknownIn = useCallback((text: string) => unknownUnits(latestUnits.current, splitUnits(text)), [latestUnits]);
  const today = localToday(new Date());
  // Each deadline text read once (three rules ask for each deadline cell drawn, and deadlines repeat down a plan).
  const dueRead = useMemo(() => dueStatusReader(plan.year, today), [plan.year, today]);
  const columnDefs = useMemo(
    () =>
      buildColumnDefs(plan, {
        numberOf,
        classRules,
        dueOf: (rowId, text) => cellDueStatus(text, plan.year, today, progress?.statusOf(rowId) === 'done', dueRead),
        dueTip: (text) => dueTooltip(text, plan.year, today),
        progress,
        suggestUnits: suggest,
        unknownIn,
      }),
    [plan, classRules, dueRead, today, progress, numberOf, suggest, unknownIn],
  );

  // 序号 and find marks depend on more than a row's own data: redraw them when those change.
  useEffect(() => {
    api.current?.refreshCells({ columns: [SEQ_COL], force: true, suppressFlash: true });
  }, [api, numbers]);
  useEffect(() => {
    api.current?.refreshCells({ suppressFlash: true });
  }, [api, marks.findHits, marks.findCurrent]);
  // A unit added to (or merged in) the 单位名录 is no longer marked unknown.
  useEffect(() => {
    api.current?.refreshCells({ suppressFlash: true });
  }, [api, units]);

  return columnDefs;
}
