// 进度总览 as an official sheet: the counts by status, by lead unit, and the overdue items, in one bordered table.
import type { Plan } from '../domain/plan';
import { periodName } from '../domain/progress';
import { OVERVIEW_NAMES, OVERVIEW_ORDER, type Overview } from '../domain/progress-overview';
import type { ExportOptions } from '../domain/export';
import { rowHeight, wrappedLines, type LaidCell, type SheetLayout } from './official-layout';
import type { CellBox } from './sheet-grid';

export function layoutOverview(plan: Plan, o: Overview, period: string, opts: ExportOptions): SheetLayout {
  const width = OVERVIEW_ORDER.length + 2;
  const widths = [24, 8, ...OVERVIEW_ORDER.map(() => 9)];
  const rows: SheetLayout['rows'] = [];
  const merges: CellBox[] = [];
  const line = (cells: (LaidCell | null)[], lines = 1) => rows.push({ cells, height: rowHeight(lines, opts.bodySize) });
  const across = (text: string, style: LaidCell['style']) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: width - 1 });
    rows.push({ cells: [{ text, style }], height: rowHeight(wrappedLines(text, widths.reduce((a, b) => a + b, 0), style === 'title' ? opts.titleSize : opts.bodySize), style === 'title' ? opts.titleSize : opts.bodySize) + (style === 'title' ? 8 : 0) });
  };
  across(`${plan.title}进度总览（${periodName(period)}）`, 'title');
  const headerStart = rows.length;
  line(['单位', '合计', ...OVERVIEW_ORDER.map((s) => OVERVIEW_NAMES[s])].map((text) => ({ text, style: 'header' as const })));
  line([{ text: '全部', style: 'section' }, { text: String(o.total), style: 'bodyCenter' }, ...OVERVIEW_ORDER.map((s) => ({ text: String(o.byStatus[s]), style: 'bodyCenter' as const }))]);
  for (const u of o.byUnit) {
    line([{ text: u.unit, style: 'body' }, { text: String(u.total), style: 'bodyCenter' }, ...OVERVIEW_ORDER.map((s) => ({ text: u.byStatus[s] ? String(u.byStatus[s]) : '', style: 'bodyCenter' as const }))]);
  }
  const tableEnd = rows.length - 1;
  across(`逾期未完成：${o.overdue.length} 项`, 'note');
  for (const r of o.overdue) across(`· ${r.text}（${r.deadline}；${r.units.join('、') || '未填牵头单位'}）`, 'note');
  return { widths, rows, merges, headerStart, headerEnd: headerStart, tableStart: headerStart, tableEnd };
}
