// The seeded plans as the grid shows them and as its Ctrl+C copies them whole (序号 and every shown column), and the
// rows a paste of that copy must give back: the two ends of every clipboard round trip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyText, type GridView } from '../../renderer/grid/clipboard';
import { SEQ_COL } from '../../renderer/grid/grid-ids';
import type { PastedRow } from '../../renderer/grid/paste-block';
import { numberRows } from '../../shared/domain/numbering';
import type { PlanKind, Row } from '../../shared/domain/plan';
import { TEMPLATES } from '../../shared/templates/kinds';

interface SeedRow {
  section?: string;
  cells?: Record<string, string>;
}

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

/** The seeded plans' files in seeds/. */
export const SEEDED_PLANS = ['peidang-bairi-gongjian-2023.json', 'quarterly-yiyuan-2026.json'];

/** A seeded plan as the grid shows it: its rows, and the columns 序号 + the kind's shown columns. */
export function seededGrid(file: string): { rows: Row[]; colIds: string[] } {
  const seed = JSON.parse(readFileSync(join(SEEDS, file), 'utf8')) as { kind: PlanKind; rows: SeedRow[] };
  const rows: Row[] = seed.rows.map((r, i) =>
    r.section !== undefined
      ? { id: `r${i}`, kind: 'section', title: r.section, cells: {} }
      : { id: `r${i}`, kind: 'item', title: '', cells: r.cells ?? {} },
  );
  const colIds = [SEQ_COL, ...TEMPLATES[seed.kind].columns.filter((c) => !c.hidden).map((c) => c.key)];
  return { rows, colIds };
}

/** What the grid's Ctrl+C writes for the whole seeded plan. */
export function seededCopy(file: string): { text: string; html: string } {
  const { rows, colIds } = seededGrid(file);
  const numbers = numberRows(rows);
  const view: GridView = {
    rowAt: (i) => rows[i],
    rowCount: rows.length,
    colIds,
    textOf: (row, colId) => (colId === SEQ_COL ? String(numbers.get(row.id) ?? '') : (row.cells[colId] ?? '')),
    filtered: false,
  };
  return copyText(view, { top: 0, bottom: rows.length - 1, left: 0, right: colIds.length - 1 });
}

/** The rows a paste of that copy must read: each section a section row, each item 序号 and its cells as written. */
export function seededPaste(file: string): PastedRow[] {
  const { rows, colIds } = seededGrid(file);
  const numbers = numberRows(rows);
  return rows.map((r) =>
    r.kind === 'section'
      ? { kind: 'section', title: r.title }
      : { kind: 'item', cells: [String(numbers.get(r.id)), ...colIds.slice(1).map((k) => r.cells[k] ?? '')] },
  );
}
