// What an import becomes as a plan: its columns, rows, 序号 style, year; shared by the app and the command line.
import type { ImportResult } from '../domain/import';
import type { ColumnDef, Numbering, PlanKind, PlanMeta, RowDraft } from '../domain/plan';
import { templateOf } from '../templates/kinds';
import { yearOfImport } from '../domain/import-year';

export interface ImportedPlan {
  meta: PlanMeta & { kind: PlanKind };
  columns: ColumnDef[];
  rows: RowDraft[];
}

/** `chosen` is what the clerk confirmed in the preview: the year, or the file's date to guess it from. */
export function planFromImport(
  result: ImportResult,
  now: string,
  chosen: { year?: number | undefined; fileDate?: string | undefined } = {},
): ImportedPlan {
  return {
    meta: {
      kind: result.kind,
      title: result.title.slice(0, 200),
      issuer: '',
      docNo: result.meta.docNo ?? '',
      year: chosen.year ?? yearOfImport(result, now, chosen.fileDate).year,
      attachmentLabel: result.meta.attachmentLabel ?? '',
      numbering: numberingOf(result),
      cadence: /每月/.test(result.rows.map((r) => r.cells.deadline ?? '').join(' ')) ? 'month' : 'quarter',
    },
    columns: planColumns(result),
    rows: rowDrafts(result),
  };
}

export function planColumns(result: ImportResult): ColumnDef[] {
  const template = templateOf(result.kind).columns;
  let extra = 0;
  return result.columns
    .filter((c) => c.key !== null && c.key !== 'seq')
    .map((c) => {
      const t = template.find((x) => x.key === c.key);
      const label = (c.source || t?.label || `附加列${++extra}`).replace(/\n/g, '').slice(0, 60);
      return {
        key: c.key!,
        label,
        ...(c.group ? { group: c.group.slice(0, 60) } : {}),
        role: t?.role ?? 'text',
        width: t?.width ?? 16,
      };
    });
}

export function rowDrafts(result: ImportResult): RowDraft[] {
  return result.rows.map((r) =>
    r.kind === 'section'
      ? { kind: 'section', title: r.section ?? '', cells: {} }
      : { kind: 'item', title: '', cells: Object.fromEntries(Object.entries(r.cells).filter(([k]) => k !== 'seq')) },
  );
}

/** 序号 that start again at 1 under a new section mean the plan numbers per section. */
export function numberingOf(result: ImportResult): Numbering {
  let last = 0;
  let afterSection = false;
  for (const r of result.rows) {
    if (r.kind === 'section') {
      afterSection = true;
      continue;
    }
    const n = Number(/\d+/.exec(r.cells.seq ?? '')?.[0] ?? NaN);
    if (afterSection && n === 1 && last > 1) return 'per-section';
    if (!Number.isNaN(n)) last = n;
    afterSection = false;
  }
  return 'continuous';
}
