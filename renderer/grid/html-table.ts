// A table copied from Word, WPS 文字, LibreOffice Calc or a web page, as the clipboard's HTML holds it: the rows and
// cells of its first table, a cell's paragraphs and line breaks as its lines; a cell merged down repeats in each of
// its rows, one merged across is empty beside its first column, and a row that is one cell across the table is noted
// (a section row's title, as offices merge it).

import { MAX_PASTE_COLUMNS, MAX_PASTE_ROWS } from '../../shared/file-limits';

/** Elements that start a new line of a cell's text. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE']);

export interface HtmlTable {
  rows: string[][];
  /** Rows that are a single cell merged across every column of the table. */
  wholeRow: boolean[];
}

/** The first table of the HTML as rows of cell texts; null when it has none. */
export function parseHtmlTable(html: string): string[][] | null {
  return readHtmlTable(html)?.rows ?? null;
}

/** The first table of the HTML, with the rows that are one merged cell across; null when it has none. */
export function readHtmlTable(html: string): HtmlTable | null {
  if (!/<table[\s>]/i.test(html)) return null;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const table = doc.querySelector('table');
  if (!table) return null;
  const out: string[][] = [];
  const single: boolean[] = [];
  /** Cells a rowspan from a row above reaches: row → column → the text they repeat ('' beside the first column). */
  const carried = new Map<number, Map<number, string>>();
  // Only this table's own rows (a table inside a cell is that cell's text).
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table).slice(0, MAX_PASTE_ROWS);
  rows.forEach((tr, r) => {
    const line: string[] = [];
    const from = carried.get(r);
    let cells = 0;
    let col = 0;
    const skipCarried = () => {
      for (; from?.has(col); col++) line[col] = from.get(col)!;
    };
    for (const cell of [...tr.children].filter(
      (el): el is HTMLTableCellElement => el.tagName === 'TD' || el.tagName === 'TH',
    )) {
      skipCarried();
      if (col >= MAX_PASTE_COLUMNS) break;
      const colspan = Math.max(1, Math.min(MAX_PASTE_COLUMNS - col, cell.colSpan || 1));
      const rowspan = Math.max(1, Math.min(rows.length - r, cell.rowSpan || 1));
      const text = cellText(cell);
      cells++;
      line[col] = text;
      for (let c = col + 1; c < col + colspan; c++) line[c] = '';
      // A cell merged down (a 牵头处室 over several rows) holds for each of its rows, as the importer reads it.
      for (let dr = 1; dr < rowspan; dr++) {
        let next = carried.get(r + dr);
        if (!next) carried.set(r + dr, (next = new Map()));
        for (let c = col; c < col + colspan; c++) next.set(c, c === col ? text : '');
      }
      col += colspan;
    }
    // A cell merged down from above stays in its place, however short this row is.
    for (const [c, text] of from ?? []) line[c] ??= text;
    for (let c = 0; c < line.length; c++) line[c] ??= '';
    out.push(line);
    single.push(cells === 1 && !from?.size);
  });
  if (out.length === 0) return null;
  const width = Math.max(...out.map((l) => l.length));
  return { rows: out, wholeRow: single.map((one, i) => one && width > 1 && out[i]!.length === width) };
}

/**
 * Whitespace the HTML's source put between tags and words (a run with a line break in it, as Word and Writer indent
 * their markup): a space inside a line, nothing at its ends. Spaces and tabs typed in a cell (LibreOffice writes them
 * as they are) are kept.
 */
const SOFT = '\uE000';
const blank = (line: string) => /^[\s\uE000]*$/.test(line);

/** A line as the cell holds it: no source whitespace or filler non-breaking space at its ends. */
function finishLine(line: string): string {
  return line
    .replace(/^[\uE000\u00a0]+|[\uE000\u00a0]+$/g, '')
    .replace(/\uE000+/g, ' ')
    .replace(/\u00a0/g, ' ');
}

/** A cell's text: a line per paragraph and per line break, the spaces and tabs written in it kept. */
function cellText(cell: Element): string {
  const lines: string[] = [''];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      lines[lines.length - 1] += (node.textContent ?? '').replace(/[ \t]*[\r\n]\s*/g, SOFT);
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      lines.push('');
      return;
    }
    // Word writes its own markup (o:p, v:shape) and comments; styles and scripts have no text to paste.
    if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return;
    const block = BLOCKS.has(node.tagName);
    if (block && !blank(lines[lines.length - 1]!)) lines.push('');
    node.childNodes.forEach(walk);
    if (block && !blank(lines[lines.length - 1]!)) lines.push('');
  };
  cell.childNodes.forEach(walk);
  const text = lines
    .map(finishLine)
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/\n{2,}/g, '\n');
  return text.trim() === '' ? '' : text;
}
