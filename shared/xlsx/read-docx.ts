// Reads the tables of a Word document (.docx), as notices carry their 配档表: each table becomes a sheet for the
// importer, with the paragraphs just above it (附件1, the title) as its first rows and 注 lines below it kept, merged
// cells (across and down) as merges, each cell's paragraphs as the lines of its text.
import { AppError } from '../errors';
import { mainPart, partText, relationships } from './ooxml-parts';
import { kindHintOf } from './read-workbook';
import { cleanText, type CellBox, type SheetGrid } from './sheet-grid';
import { END, OPEN, XmlError, XmlScanner } from './xml-scan';
import { type WorkbookParts } from './zip-guard';
import { MAX_SHEET_CELLS } from '../file-limits';

/** Paragraphs above a table taken as its title lines (附件1, the title, 填报单位 …). */
const LINES_ABOVE = 4;
/** Paragraphs below a table looked at for notes (注：…). */
const LINES_BELOW = 3;
/** Word's own limit on the columns of a table. */
const WORD_MAX_COLUMNS = 63;

interface Table {
  cells: string[][];
  merges: CellBox[];
  width: number;
}

type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; table: Table };

export function readDocument(parts: WorkbookParts, file: string): SheetGrid[] {
  const rootRels = relationships(parts, '');
  const path = mainPart(rootRels, 'word/document.xml');
  // A document this app exported says its kind of table, as its workbooks do.
  const hint = kindHintOf(parts, rootRels);
  const xml = partText(parts, path);
  if (xml === undefined) throw new XmlError('no document part');
  const blocks = readBody(xml, file);
  const grids: SheetGrid[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    const above = paragraphsNear(blocks, i, -1, LINES_ABOVE);
    const below = paragraphsNear(blocks, i, 1, LINES_BELOW).filter((t) => /^(注|备注|说明)/.test(t));
    grids.push({
      ...gridOf(`表格${grids.length + 1}`, above.reverse(), b.table, below),
      ...(hint.success ? { kindHint: hint.data } : {}),
    });
  });
  return grids;
}

/** A part of a document's body as the lists in a notice's 附件 are read: a paragraph's text, or a table's cells. */
export type DocumentBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; cells: string[][] };

/** The whole body in order, paragraphs and tables alike (a notice's 附件 lists come either way). */
export function readDocumentBlocks(parts: WorkbookParts, file: string): DocumentBlock[] {
  const path = mainPart(relationships(parts, ''), 'word/document.xml');
  const xml = partText(parts, path);
  if (xml === undefined) throw new XmlError('no document part');
  return readBody(xml, file).map((b) =>
    b.kind === 'paragraph' ? b : { kind: 'table' as const, cells: b.table.cells },
  );
}

/** Up to `count` non-empty paragraphs before (step -1) or after (step 1) block i, stopping at another table. */
function paragraphsNear(blocks: readonly Block[], i: number, step: 1 | -1, count: number): string[] {
  const out: string[] = [];
  for (let j = i + step; j >= 0 && j < blocks.length && out.length < count; j += step) {
    const b = blocks[j]!;
    if (b.kind === 'table') break;
    if (b.text !== '') out.push(b.text);
  }
  return out;
}

/** A table with its lines above (each one cell across the table, as a title is merged in a workbook) and below. */
function gridOf(name: string, above: string[], t: Table, below: string[]): SheetGrid {
  const top = above.length;
  const line = (text: string) => [text];
  const across = (row: number): CellBox => ({ top: row, bottom: row, left: 0, right: Math.max(0, t.width - 1) });
  const cells = [...above.map(line), ...t.cells, ...below.map(line)];
  const merges = [
    ...above.map((_, r) => across(r)),
    ...t.merges.map((m) => ({ ...m, top: m.top + top, bottom: m.bottom + top })),
    ...below.map((_, r) => across(top + t.cells.length + r)),
  ].filter((m) => m.right > m.left || m.bottom > m.top);
  return { name, hidden: false, cells, colCount: t.width, merges, hiddenCols: new Set(), hiddenRows: new Set() };
}

/** The body's paragraphs and tables in order. */
function readBody(xml: string, file: string): Block[] {
  const s = new XmlScanner(xml);
  const blocks: Block[] = [];
  const budget = { cells: 0 };
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name === 'tbl') blocks.push({ kind: 'table', table: readTable(s, file, budget) });
    else if (s.name === 'p') blocks.push({ kind: 'paragraph', text: cleanText(paragraphText(s)) });
  }
  return blocks;
}

/** The table just opened: its rows and cells, horizontal (gridSpan) and vertical (vMerge) merges. */
function readTable(s: XmlScanner, file: string, budget: { cells: number }): Table {
  const cells: string[][] = [];
  const merges: CellBox[] = [];
  /** The vertical merge running down each column, by its left column. */
  const running = new Map<number, CellBox>();
  let width = 0;
  const depth = s.depth;
  for (let t = s.nextWithin(depth); t !== END; t = s.nextWithin(depth)) {
    if (t !== OPEN || s.name !== 'tr') continue;
    const r = cells.length;
    const row: string[] = [];
    let col = 0;
    const rowDepth = s.depth;
    for (let u = s.nextWithin(rowDepth); u !== END; u = s.nextWithin(rowDepth)) {
      if (u !== OPEN) continue;
      // Read afresh: the scanner has moved on since the row's own tag.
      const tag: string = s.name;
      if (tag === 'gridBefore' && s.depth === rowDepth + 2)
        col += Math.max(0, Math.min(WORD_MAX_COLUMNS, Math.trunc(Number(s.attr('val'))) || 0));
      else if (tag === 'tc') {
        if (++budget.cells > MAX_SHEET_CELLS) {
          throw new AppError('IMPORT_SHEET_TOO_LARGE', {
            file,
            what: `超过 ${MAX_SHEET_CELLS} 个单元格`,
            limit: `${MAX_SHEET_CELLS} 个单元格`,
          });
        }
        const cell = readCell(s);
        const span = Math.min(Math.max(1, cell.span), WORD_MAX_COLUMNS);
        if (col + span > WORD_MAX_COLUMNS) throw new AppError('IMPORT_CORRUPT', { file });
        const box: CellBox = { top: r, bottom: r, left: col, right: col + span - 1 };
        const above = running.get(col);
        if (cell.vMerge === 'continue' && above && above.right === box.right) {
          // Covered by the cell above: its merge grows down; this cell shows nothing.
          above.bottom = r;
          row[col] = '';
        } else {
          row[col] = cell.text;
          if (cell.vMerge === 'restart') {
            running.set(col, box);
            merges.push(box);
          } else {
            running.delete(col);
            if (span > 1) merges.push(box);
          }
        }
        for (let c = col + 1; c < col + span; c++) row[c] = '';
        col += span;
      }
    }
    for (let c = 0; c < row.length; c++) row[c] ??= '';
    // A merge that ended above a row that does not continue it stops growing.
    for (const [c, box] of running) if (box.bottom < r) running.delete(c);
    width = Math.max(width, col);
    cells.push(row);
  }
  return { cells, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left), width };
}

interface CellReading {
  text: string;
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

/** The cell just opened: its paragraphs as lines (a table inside it read line by line), its spans. */
function readCell(s: XmlScanner): CellReading {
  const lines: string[] = [];
  let span = 1;
  let vMerge: CellReading['vMerge'] = null;
  const depth = s.depth;
  for (let t = s.nextWithin(depth); t !== END; t = s.nextWithin(depth)) {
    if (t !== OPEN) continue;
    // Only this cell's own properties (a table inside the cell has cells of its own).
    const own = s.depth === depth + 2;
    if (own && s.name === 'gridSpan') span = Math.trunc(Number(s.attr('val'))) || 1;
    else if (own && s.name === 'vMerge') vMerge = s.attr('val') === 'restart' ? 'restart' : 'continue';
    else if (s.name === 'p') lines.push(paragraphText(s));
  }
  return { text: cleanText(lines.join('\n')), span, vMerge };
}

/** Elements whose text is not the paragraph's: deleted or moved-away text, field codes, drawings and text boxes, the phonetic guide. */
const SKIPPED = new Set([
  'del',
  'delText',
  'moveFrom',
  'instrText',
  'drawing',
  'pict',
  'object',
  'AlternateContent',
  'rt',
  'footnoteReference',
  'endnoteReference',
]);

/** The text of the paragraph just opened: its runs, tabs as spaces, line breaks kept. */
function paragraphText(s: XmlScanner): string {
  let out = '';
  const depth = s.depth;
  for (let t = s.nextWithin(depth); t !== END; t = s.nextWithin(depth)) {
    if (t !== OPEN) continue;
    if (SKIPPED.has(s.name)) s.skipElement();
    else if (s.name === 't') out += s.textContent();
    else if (s.name === 'tab') out += ' ';
    else if (s.name === 'br' || s.name === 'cr') out += s.attr('type') === 'page' ? '' : '\n';
    else if (s.name === 'noBreakHyphen') out += '-';
  }
  return out;
}
