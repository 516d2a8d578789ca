// 打印: the open plan in the official layout of the Excel export (the same layout engine: widths from the content,
// never below 小五, on the first paper it fits), as a table that only the printer sees: 附件 label, title, header
// repeated on every page, section rows across, page numbers below.
import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { ExportOptions, FONTS } from '../../../shared/domain/export';
import type { Plan, Row } from '../../../shared/domain/plan';
import { layoutPlan, onFittingPaper, type CellStyleName, type SheetLayout } from '../../../shared/xlsx/official-layout';
import { AppError } from '../../../shared/errors';
import { messageOf } from '../../../shared/messages.zh-CN';
import { useLatest } from '../../app/use-latest';

export interface PrintPlanProps {
  plan: Plan;
  rows: readonly Row[];
  /** Only these rows (the unit filter's), when given. */
  rowIds?: string[];
  /** Called once the print dialog has closed. */
  onDone: () => void;
  /** Called instead of printing when the table does not fit any paper at 小五. */
  onError: (text: string) => void;
}

/** The plan laid out on the first paper it fits (A4 横向, else A3), or why it cannot be printed. */
export function printLayout(plan: Plan, rows: readonly Row[], rowIds: string[] | undefined): SheetLayout | string {
  const given = ExportOptions.parse({ rowIds });
  try {
    return layoutPlan(plan, rows, onFittingPaper(plan, rows, given));
  } catch (e) {
    if (e instanceof AppError) return messageOf(e.code, e.params);
    throw e;
  }
}

interface Placed {
  text: string;
  style: CellStyleName;
  colSpan: number;
  rowSpan: number;
  col: number;
}

/** Each row's cells with the merges turned into spans; cells a merge covers are left out. */
function placeCells(layout: SheetLayout): Placed[][] {
  const covered = new Set<string>();
  const spans = new Map<string, { colSpan: number; rowSpan: number }>();
  for (const m of layout.merges) {
    spans.set(`${m.top}:${m.left}`, { colSpan: m.right - m.left + 1, rowSpan: m.bottom - m.top + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const width = layout.widths.length;
  return layout.rows.map((row, r) => {
    const out: Placed[] = [];
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const cell = row.cells[c] ?? null;
      const span = spans.get(`${r}:${c}`) ?? { colSpan: 1, rowSpan: 1 };
      out.push({ text: cell?.text ?? '', style: cell?.style ?? 'body', ...span, col: c });
    }
    return out;
  });
}

const FONT_OF: Record<CellStyleName, readonly string[]> = {
  attachment: [FONTS.header],
  title: [FONTS.fzxbs, FONTS.songti],
  report: [FONTS.body],
  header: [FONTS.header],
  section: [FONTS.header],
  body: [FONTS.body],
  bodyCenter: [FONTS.body],
  note: [FONTS.body],
};

/** The official font, then the ones Windows and Linux have under other names. */
const fontFamily = (style: CellStyleName) =>
  [...FONT_OF[style], '仿宋', 'FangSong'].map((f) => `"${f}"`).join(', ') + ', serif';

export function PrintPlan({ plan, rows, rowIds, onDone, onError }: PrintPlanProps) {
  const laid = useMemo(() => printLayout(plan, rows, rowIds), [plan, rows, rowIds]);
  if (typeof laid === 'string') return <PrintRefused message={laid} onError={onError} onDone={onDone} />;
  return <PrintTable layout={laid} onDone={onDone} />;
}

function PrintRefused({
  message,
  onError,
  onDone,
}: {
  message: string;
  onError: (t: string) => void;
  onDone: () => void;
}) {
  useEffect(() => {
    onError(message);
    onDone();
  }, [message, onError, onDone]);
  return null;
}

function PrintTable({ layout, onDone }: { layout: SheetLayout; onDone: () => void }) {
  const placed = useMemo(() => placeCells(layout), [layout]);
  // Shown to the printer only while this prints: the app is hidden from the page, this table shown.
  const latestDone = useLatest(onDone);
  useEffect(() => {
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      document.body.classList.remove('pd-printing-plan');
      latestDone.current();
    };
    document.body.classList.add('pd-printing-plan');
    window.addEventListener('afterprint', done, { once: true });
    // Chromium lays the page out for printing before print() returns, so the app may come back then even where no
    // afterprint event follows.
    window.print();
    done();
    return () => {
      window.removeEventListener('afterprint', done);
      document.body.classList.remove('pd-printing-plan');
    };
  }, [latestDone]);
  const total = layout.widthsPt.reduce((a, b) => a + b, 0);
  const line = (r: number) => (
    <tr key={r}>
      {placed[r]!.map((c) => {
        const Cell = c.style === 'header' ? 'th' : 'td';
        return (
          <Cell
            key={c.col}
            colSpan={c.colSpan}
            rowSpan={c.rowSpan}
            className={`pd-print-${c.style}`}
            style={{
              fontFamily: fontFamily(c.style),
              fontSize: `${c.style === 'header' ? layout.headerSize : layout.bodySize}pt`,
            }}
          >
            {c.text}
          </Cell>
        );
      })}
    </tr>
  );
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  // Lines above and below the table (附件, title, 填报单位, notes) as text, so the header can repeat on each page.
  const outside = (r: number) => (
    <div key={r} className="pd-print-line">
      {placed[r]!.filter((c) => c.text).map((c) => (
        <div key={c.col} className={`pd-print-${c.style}`} style={{ fontFamily: fontFamily(c.style) }}>
          {c.text}
        </div>
      ))}
    </div>
  );
  return createPortal(
    <div className="pd-print-plan" aria-hidden="true">
      <style>{`@media print { @page { size: ${layout.paper.size} ${layout.paper.orientation}; } }`}</style>
      {range(0, layout.headerStart - 1).map(outside)}
      <table>
        <colgroup>
          {layout.widthsPt.map((w, i) => (
            <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>{range(layout.headerStart, layout.headerEnd).map(line)}</thead>
        <tbody>{range(layout.headerEnd + 1, layout.tableEnd).map(line)}</tbody>
      </table>
      {range(layout.tableEnd + 1, layout.rows.length - 1).map(outside)}
    </div>,
    document.body,
  );
}
