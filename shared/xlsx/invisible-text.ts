// Characters that change how text looks without being seen (bidi controls, zero-width characters): removed from the
// title, section titles and unit names of an import, with a warning, so two units that look the same are the same.
import type { ImportResult } from '../domain/import';
import { templateOf } from '../templates/kinds';
import { unitColumns } from '../domain/column-roles';

/** U+061C, U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+FEFF. */
export const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function withoutInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** Whether `s` holds any of those characters (a test, no copy made). */
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

const WHAT = '不可见的字符（文字方向控制符或零宽字符）';

/** The reading with those characters removed from its title, section titles and unit columns; each place warned of. */
export function removeInvisible(result: ImportResult): ImportResult {
  const warnings: string[] = [];
  const unitKeys = new Set(unitColumns(templateOf(result.kind)).map((c) => c.key));
  const labelOf = (key: string) => result.columns.find((c) => c.key === key)?.source || key;
  const title = withoutInvisible(result.title);
  if (title !== result.title) warnings.push(`标题中有${WHAT}，已删除。`);
  const rows = result.rows.map((r) => {
    const section = r.section === null || !HAS_INVISIBLE.test(r.section) ? r.section : withoutInvisible(r.section);
    if (r.kind === 'section' && section !== r.section) warnings.push(`第 ${r.line} 行的分组标题中有${WHAT}，已删除。`);
    let cells = r.cells;
    // Most rows hold none: their unit cells are looked at, and only a row with such a character is gone through.
    if (!hasInvisibleUnit(r.cells, unitKeys)) return section === r.section ? r : { ...r, section };
    for (const [key, value] of Object.entries(r.cells)) {
      if (!unitKeys.has(key)) continue;
      const clean = withoutInvisible(value);
      if (clean === value) continue;
      cells = { ...cells, [key]: clean };
      warnings.push(`第 ${r.line} 行「${labelOf(key)}」的单位名称「${clean}」中有${WHAT}，已删除。`);
    }
    return section === r.section && cells === r.cells ? r : { ...r, section, cells };
  });
  const unit = result.meta.reportingUnit;
  const meta = unit === undefined ? result.meta : { ...result.meta, reportingUnit: withoutInvisible(unit) };
  if (warnings.length === 0 && meta === result.meta) return result;
  return { ...result, title, rows, meta, warnings: [...result.warnings, ...warnings] };
}

/** Whether any of the unit columns of a row holds such a character. */
function hasInvisibleUnit(cells: Readonly<Record<string, string>>, unitKeys: ReadonlySet<string>): boolean {
  for (const key of unitKeys) {
    const value = cells[key];
    if (typeof value === 'string' && HAS_INVISIBLE.test(value)) return true;
  }
  return false;
}
