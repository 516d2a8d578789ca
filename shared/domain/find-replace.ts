// 查找和替换 across a plan: every cell (and section title) whose text holds the query, in reading order, and the
// edits that replace it, as Excel and WPS do: letters match in either case, every occurrence in a cell is replaced.
import type { Plan, Row } from './plan';

/** A cell that holds the query: a column's key, or `title` for a section row's title. */
export interface TextMatch {
  rowId: string;
  key: string;
}

export interface TextEdit {
  rowId: string;
  key: string;
  value: string;
}

/** The query as it is looked for: spaces around it are not part of it. */
function normalized(query: string): string {
  return query.trim();
}

export function findMatches(plan: Pick<Plan, 'columns'>, rows: readonly Row[], query: string): TextMatch[] {
  const q = normalized(query).toLowerCase();
  if (q === '') return [];
  const keys = plan.columns.filter((c) => !c.hidden).map((c) => c.key);
  const out: TextMatch[] = [];
  for (const row of rows) {
    if (row.kind === 'section') {
      if (row.title.toLowerCase().includes(q)) out.push({ rowId: row.id, key: 'title' });
      continue;
    }
    for (const key of keys) if ((row.cells[key] ?? '').toLowerCase().includes(q)) out.push({ rowId: row.id, key });
  }
  return out;
}

/** The new text of each matched cell with every occurrence of the query replaced; cells left as they were are not edited. */
export function replaceEdits(
  rows: readonly Row[],
  matches: readonly TextMatch[],
  query: string,
  replacement: string,
): TextEdit[] {
  const q = normalized(query);
  if (q === '') return [];
  const pattern = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: TextEdit[] = [];
  for (const m of matches) {
    const row = byId.get(m.rowId);
    if (!row) continue;
    const before = m.key === 'title' ? row.title : (row.cells[m.key] ?? '');
    // A function, so that $& or $1 in what the clerk typed is taken as written.
    const value = before.replace(pattern, () => replacement);
    if (value !== before) out.push({ rowId: m.rowId, key: m.key, value });
  }
  return out;
}
