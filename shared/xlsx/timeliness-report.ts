// 报送情况: a recurring round's timeliness over its periods, as the 报送情况统计表 (.xlsx, units × periods with
// each unit's counts, in the official sheet layout) and as the 报送情况通报 (.docx: who reported late or not at all).
import { FONTS, type ExportOptions } from '../domain/export';
import { periodName } from '../domain/progress';
import { timelinessText, type TimelinessBoard } from '../domain/recurrence';
import { dayName } from '../domain/round';
import { noticeTable, OFFICIAL_MARGINS, signature } from './notice-parts';
import { excelWidth, rowHeight, wrappedLines, type LaidCell, type SheetLayout } from './official-layout';
import { fitColumnsOrRefuse, type ColumnSpec } from './column-fit';
import type { CellBox } from './sheet-grid';
import { pageOf, paragraphs, writePackage, type RunStyle } from './write-docx';

const periodLabel = (p: TimelinessBoard['periods'][number]) => (p.period ? periodName(p.period) : p.title);

/** The 统计表: a title, then 单位 | each period | 按时 | 逾期 | 未报, a row per unit; widths from the layout engine. */
export function layoutTimeliness(board: TimelinessBoard, title: string, o: ExportOptions): SheetLayout {
  const header = [
    '单位',
    ...board.periods.map((p) => `${periodLabel(p)}\n（${shortDay(p.dueDate)}前）`),
    '按时',
    '逾期',
    '未报',
  ];
  const body = board.units.map((u) => [
    u.unit,
    ...u.cells.map((c) => timelinessText(c)),
    ...[u.onTime, u.late, u.missing].map(String),
  ]);
  const specs: ColumnSpec[] = header.map((label, i) => ({
    label,
    role: i === 0 ? 'unit' : 'seq',
    texts: body.map((r) => r[i] ?? ''),
  }));
  const paper = { size: o.paper, orientation: o.orientation };
  const fit = fitColumnsOrRefuse(specs, paper, o.bodySize, o.headerSize);
  const widths = fit.widths;
  const rows: SheetLayout['rows'] = [];
  const merges: CellBox[] = [];
  const total = widths.reduce((a, b) => a + b, 0);
  merges.push({ top: 0, left: 0, bottom: 0, right: widths.length - 1 });
  rows.push({
    cells: [{ text: title, style: 'title' }],
    height: rowHeight(wrappedLines(title, total, o.titleSize), o.titleSize) + 8,
  });
  const headerLines = Math.max(...header.map((text, i) => wrappedLines(text, widths[i]!, fit.headerSize)));
  rows.push({
    cells: header.map((text) => ({ text, style: 'header' })),
    height: rowHeight(headerLines, fit.headerSize),
  });
  body.forEach((r, k) => {
    const cells: LaidCell[] = r.map((text, i) => ({
      text,
      style: i === 0 ? ('body' as const) : ('bodyCenter' as const),
    }));
    rows.push({ cells, height: rowHeight(fit.lines[k] ?? 1, fit.bodySize) });
  });
  const note =
    '注：按时指截止日（含当日）前报送；逾期天数自截止日次日起算，以第一次报送的时间为准；退回指报送后被退回、尚未重新报送。';
  merges.push({ top: rows.length, left: 0, bottom: rows.length, right: widths.length - 1 });
  rows.push({
    cells: [{ text: note, style: 'note' }],
    height: rowHeight(wrappedLines(note, total, fit.bodySize), fit.bodySize),
  });
  return {
    widths: widths.map(excelWidth),
    widthsPt: widths,
    rows,
    merges,
    headerStart: 1,
    headerEnd: 1,
    tableStart: 1,
    tableEnd: rows.length - 2,
    labels: header,
    columns: [],
    paper,
    bodySize: fit.bodySize,
    headerSize: fit.headerSize,
    frozenColumns: 1,
    warnings: [],
  };
}

/** 2026-11-03 → 11月3日 */
function shortDay(day: string): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

const SIZE = 16;
const TITLE: RunStyle = { font: FONTS.fzxbs, size: 22, align: 'center' };
const HEADING: RunStyle = { font: FONTS.header, size: SIZE, align: 'left' };
const TEXT: RunStyle = { font: FONTS.body, size: SIZE, align: 'left' };

/** The 报送情况通报 of the latest period of the board (and the year so far): who was late, who sent nothing. */
export async function writeTimelinessNotice(
  board: TimelinessBoard,
  subject: string,
  o: { issuer?: string; date?: string } = {},
): Promise<Uint8Array> {
  const page = pageOf({ size: 'A4', orientation: 'portrait' }, OFFICIAL_MARGINS);
  const last = board.periods.length - 1;
  const p = board.periods[last]!;
  const name = periodLabel(p);
  const at = (u: TimelinessBoard['units'][number]) => u.cells[last] ?? null;
  const onTime = board.units.filter((u) => at(u)?.status === 'onTime').map((u) => u.unit);
  const late = board.units.filter((u) => at(u)?.status === 'late');
  const missing = board.units.filter((u) => at(u)?.status === 'missing').map((u) => u.unit);
  const returned = board.units.filter((u) => at(u)?.status === 'returned').map((u) => u.unit);
  const asked = board.units.filter((u) => at(u) !== null).length;
  const body: string[] = [
    paragraphs(`关于${name}${subject}报送情况的通报`, TITLE, { after: 320 }),
    paragraphs(
      `${name}${subject}应于${dayName(p.dueDate)}前报送。截至目前，应报 ${asked} 个单位，按时报送 ${onTime.length} 个，逾期报送 ${late.length} 个，未报送 ${missing.length} 个${returned.length ? `，退回重报 ${returned.length} 个` : ''}。现将有关情况通报如下。`,
      TEXT,
      { indent: true },
    ),
    paragraphs('一、逾期报送的单位', HEADING, { keepNext: true, before: 160 }),
    paragraphs(
      late.length ? `${late.map((u) => `${u.unit}（逾期${at(u)!.daysLate}天）`).join('、')}。` : '无。',
      TEXT,
      { indent: true },
    ),
    paragraphs('二、未报送的单位', HEADING, { keepNext: true, before: 160 }),
    paragraphs(missing.length ? `${missing.join('、')}。请上述单位于收到本通报后尽快补报。` : '无。', TEXT, {
      indent: true,
    }),
  ];
  if (returned.length) {
    body.push(paragraphs('三、退回重报的单位', HEADING, { keepNext: true, before: 160 }));
    body.push(paragraphs(`${returned.join('、')}报送的材料已退回，请修改后重新报送。`, TEXT, { indent: true }));
  }
  if (board.periods.length > 1) {
    body.push(
      paragraphs(`${returned.length ? '四' : '三'}、各期报送情况`, HEADING, { keepNext: true, before: 160, after: 80 }),
    );
    const header = ['单位', ...board.periods.map(periodLabel), '按时', '逾期', '未报'];
    const rows = board.units.map((u) => [
      u.unit,
      ...u.cells.map(timelinessText),
      String(u.onTime),
      String(u.late),
      String(u.missing),
    ]);
    body.push(
      noticeTable(header, rows, [5, ...board.periods.map(() => 2.6), 1.6, 1.6, 1.6], page.textWidth, {
        font: FONTS.body,
        size: 10.5,
        headerFont: FONTS.header,
        leftColumns: [0],
        keepWithNext: true,
      }),
    );
  }
  body.push(
    // The closing line goes with the signature: 发文单位 and date never stand alone on a page.
    paragraphs('请各单位高度重视，严格按照时限要求报送，确保工作按时推进。', TEXT, {
      indent: true,
      before: 160,
      keepNext: true,
    }),
  );
  body.push(signature(o.issuer ?? '', o.date ?? '', TEXT, page.textWidth));
  return writePackage(body.join(''), page, { kind: null, font: FONTS.body, size: SIZE });
}
