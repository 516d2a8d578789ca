// 进度总览 as an official sheet: the counts by status, by lead unit, and the overdue items, in one bordered table,
// its columns sized by the same engine as every other table (column-fit).
import type { Plan } from '../domain/plan';
import { periodName } from '../domain/progress';
import { OVERVIEW_NAMES, OVERVIEW_ORDER, type Overview } from '../domain/progress-overview';
import type { ExportOptions } from '../domain/export';
import { fitColumnsOrRefuse, type ColumnSpec } from './column-fit';
import { excelWidth, rowHeight, wrappedLines, type LaidCell, type SheetLayout } from './official-layout';
import type { CellBox } from './sheet-grid';

export function layoutOverview(plan: Plan, o: Overview, period: string, opts: ExportOptions): SheetLayout {
  const labels = ['单位', '合计', ...OVERVIEW_ORDER.map((s) => OVERVIEW_NAMES[s])];
  const body: string[][] = [
    ['全部', String(o.total), ...OVERVIEW_ORDER.map((s) => String(o.byStatus[s]))],
    ...o.byUnit.map((u) => [
      u.unit,
      String(u.total),
      ...OVERVIEW_ORDER.map((s) => (u.byStatus[s] ? String(u.byStatus[s]) : '')),
    ]),
  ];
  const specs: ColumnSpec[] = labels.map((label, i) => ({
    label,
    role: i === 0 ? 'unit' : 'seq',
    texts: body.map((r) => r[i]!),
  }));
  const paper = { size: opts.paper, orientation: opts.orientation };
  const fit = fitColumnsOrRefuse(specs, paper, opts.bodySize, opts.headerSize);
  const width = labels.length;
  const total = fit.widths.reduce((a, b) => a + b, 0);
  const rows: SheetLayout['rows'] = [];
  const merges: CellBox[] = [];
  const line = (cells: (LaidCell | null)[]) => {
    const lines = Math.max(
      1,
      ...cells.map((c, i) =>
        c ? wrappedLines(c.text, fit.widths[i]!, c.style === 'header' ? fit.headerSize : fit.bodySize) : 1,
      ),
    );
    rows.push({ cells, height: rowHeight(lines, cells[0]?.style === 'header' ? fit.headerSize : fit.bodySize) });
  };
  const across = (text: string, style: LaidCell['style']) => {
    const size = style === 'title' ? opts.titleSize : fit.bodySize;
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: width - 1 });
    rows.push({
      cells: [{ text, style }],
      height: rowHeight(wrappedLines(text, total, size), size) + (style === 'title' ? 8 : 0),
    });
  };
  across(`${plan.title}进度总览（${periodName(period)}）`, 'title');
  const headerStart = rows.length;
  line(labels.map((text) => ({ text, style: 'header' as const })));
  body.forEach((r, i) =>
    line(
      r.map((text, c) => ({
        text,
        style: c > 0 ? ('bodyCenter' as const) : i === 0 ? ('section' as const) : ('body' as const),
      })),
    ),
  );
  const tableEnd = rows.length - 1;
  across(`逾期未完成：${o.overdue.length} 项`, 'note');
  for (const r of o.overdue) across(`· ${r.text}（${r.deadline}；${r.units.join('、') || '未填牵头单位'}）`, 'note');
  return {
    widths: fit.widths.map(excelWidth),
    widthsPt: fit.widths,
    rows,
    merges,
    headerStart,
    headerEnd: headerStart,
    tableStart: headerStart,
    tableEnd,
    labels,
    columns: [],
    paper,
    bodySize: fit.bodySize,
    headerSize: fit.headerSize,
    frozenColumns: 0,
    warnings: [],
  };
}
