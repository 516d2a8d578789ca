// Parts of the notices (通报) the app writes in Word: a plain ruled table with its header repeated on each page,
// and the 发文单位 and date signed at the right, under the text. The paragraphs come from write-docx.
import { dayName } from '../domain/round';
import { paragraphs, type RunStyle } from './write-docx';

/** The margins of an official document (GB/T 9704): 37 mm at the top, 35 at the bottom, 28 left, 26 right. */
export const OFFICIAL_MARGINS = { top: 2098, bottom: 1984, left: 1587, right: 1474 };

export interface TableText {
  font: string;
  size: number;
  headerFont: string;
  /** Columns set flush left (names, text); the others are centred. */
  leftColumns?: readonly number[];
  /**
   * The last row goes to the page of what follows (the closing line and the signature): LibreOffice keeps a paragraph
   * after a table with the next only when the table's last row asks for it too.
   */
  keepWithNext?: boolean;
}

/**
 * A table of at most this many rows is kept on one page, its header with it: a short ranking that would start at the
 * foot of a page with its header and one row moves to the next page whole. A longer one breaks, its header repeated.
 */
const KEEP_WHOLE_ROWS = 20;

/**
 * A table of text: thin borders, a header row repeated on every page, rows kept whole on a page, the columns'
 * widths in proportion to `weights` over `width` (twentieths of a point).
 */
export function noticeTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  weights: readonly number[],
  width: number,
  t: TableText,
): string {
  const sum = weights.reduce((a, b) => a + b, 0);
  const cols = weights.map((w) => Math.floor((w / sum) * width));
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr =
    `<w:tblPr><w:tblW w:w="${cols.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  const cell = (text: string, c: number, style: RunStyle, keepNext = false) =>
    `<w:tc><w:tcPr><w:tcW w:w="${cols[c]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>${paragraphs(text, style, { keepNext })}</w:tc>`;
  const headerStyle: RunStyle = { font: t.headerFont, size: t.size, align: 'center' };
  const styleOf = (c: number): RunStyle => ({
    font: t.font,
    size: t.size,
    align: t.leftColumns?.includes(c) ? 'left' : 'center',
  });
  const tr = (cells: readonly string[], isHeader: boolean, keepNext = false) =>
    `<w:tr><w:trPr><w:cantSplit/>${isHeader ? '<w:tblHeader/>' : ''}</w:trPr>${cols.map((_, c) => cell(cells[c] ?? '', c, isHeader ? headerStyle : styleOf(c), keepNext)).join('')}</w:tr>`;
  const whole = rows.length <= KEEP_WHOLE_ROWS;
  const last = rows.length - 1;
  const body = rows.map((r, i) => tr(r, false, i < last ? whole : t.keepWithNext === true)).join('');
  return `<w:tbl>${tblPr}<w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${tr(header, true, whole)}${body}</w:tbl>`;
}

/** 发文单位 and the date (2026年12月3日) at the right under the text, four characters from the edge; '' when neither. */
export function signature(issuer: string, date: string, text: RunStyle, textWidth: number): string {
  const lines = [issuer.trim(), dateName(date)].filter(Boolean);
  if (lines.length === 0) return '';
  // A right tab stop four characters in from the margin: the line ends there, as a signature is set.
  const stop = textWidth - Math.round(text.size * 20 * 4);
  return (
    lines
      // The 发文单位 kept on the page of its date: a signature is never split over two pages.
      .map((l, i) =>
        paragraphs(`\t${l}`, text, {
          rightTab: stop,
          keepNext: i < lines.length - 1,
          ...(i === 0 ? { before: 480 } : {}),
        }),
      )
      .join('')
  );
}

/** 2026-12-03 → 2026年12月3日; anything else as given. */
function dateName(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayName(date) : date;
}
