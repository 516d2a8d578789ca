// What a paste brings, read from every format the clipboard holds and taking the one that keeps the most: Excel's
// tab-separated text, or the HTML table (LibreOffice's text turns a line break inside a cell into a space, Word's
// cuts a cell of two paragraphs into two rows, neither repeats a cell merged down). Rows that read like a section
// title (（一）…, 一、…) alone in their first cell, or merged across the table, come as section rows.
import { parseTsv } from '../../shared/text/tsv';
import { SECTION_PATTERN } from '../../shared/xlsx/detect-table';
import { readHtmlTable, type HtmlTable } from './html-table';

export type PastedRow = { kind: 'item'; cells: string[] } | { kind: 'section'; title: string };

/** The rows a paste puts in the grid. */
export function pastedRows(text: string, html: string): PastedRow[] {
  const table = html ? readHtmlTable(html) : null;
  const cells = richerCells(parseTsv(text), table);
  const width = Math.max(0, ...cells.map((r) => r.length));
  return cells.map((row, i) => {
    const title = width > 1 ? sectionTitle(row, table?.wholeRow[i] ?? false) : null;
    return title === null ? { kind: 'item', cells: row } : { kind: 'section', title };
  });
}

/** Whether the block's first column is a 序号 column (numbers, or empty, beside section titles), as a whole table's is. */
export function startsWithNumbers(rows: readonly PastedRow[]): boolean {
  const items = rows.filter((r): r is Extract<PastedRow, { kind: 'item' }> => r.kind === 'item');
  return (
    items.length > 0 &&
    items.every((r) => r.cells.length > 1 && /^\s*[（(]?\d{0,5}[)）.．、]?\s*$/.test(r.cells[0] ?? ''))
  );
}

/** The text of a single cell pasted into a cell's editor, or null when the clipboard holds more than one cell. */
export function singleCellText(text: string, html: string): string | null {
  const rows = pastedRows(text, html);
  const only = rows.length === 1 ? rows[0]! : null;
  return only?.kind === 'item' && only.cells.length === 1 ? only.cells[0]! : null;
}

const widthOf = (b: string[][]) => Math.max(0, ...b.map((r) => r.length));

/**
 * The HTML table when its shape differs from the text's (Word's text cut a cell into rows), else cell by cell the
 * richer of the two: the HTML where it has line breaks or tabs the text lost, or a merged-down cell the text left
 * empty; the text where both say the same or they disagree (the text is what the program meant as the cell's value).
 */
function richerCells(tsv: string[][], table: HtmlTable | null): string[][] {
  if (!table) return tsv;
  if (tsv.length !== table.rows.length || widthOf(tsv) !== widthOf(table.rows)) return table.rows;
  return table.rows.map((row, r) => row.map((h, c) => richerCell(tsv[r]?.[c] ?? '', h)));
}

const collapsed = (s: string) => s.replace(/\s+/g, ' ').trim();

/** How many line breaks and tabs a cell holds: LibreOffice's text turns both into spaces, its HTML keeps them. */
const breaks = (s: string) => s.match(/[\n\t]/g)?.length ?? 0;

function richerCell(text: string, html: string): string {
  if (collapsed(text) === collapsed(html)) return breaks(html) > breaks(text) ? html : text;
  return text.trim() === '' ? html : text;
}

/** A section title: the row's only text is in its first cell, or the row is one cell across, and it reads like one. */
function sectionTitle(row: string[], wholeRow: boolean): string | null {
  const first = (row[0] ?? '').trim();
  const alone = row.slice(1).every((c) => c.trim() === '');
  if ((!alone && !wholeRow) || first === '' || first.includes('\n')) return null;
  return SECTION_PATTERN.test(first) ? first : null;
}
