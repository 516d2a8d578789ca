// A sheet as the importer sees it: the text of every cell as shown, the merged ranges, what is hidden.
import type { PlanKind } from '../domain/plan';

export interface CellBox {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  hidden: boolean;
  /** Cell text as the user sees it, line breaks kept; '' for empty. Rows may be shorter than colCount. */
  cells: string[][];
  colCount: number;
  merges: CellBox[];
  hiddenCols: ReadonlySet<number>;
  hiddenRows: ReadonlySet<number>;
  /** The kind of table the workbook says it holds (files this app exported say so in their properties). */
  kindHint?: PlanKind;
}

export function cellAt(g: SheetGrid, row: number, col: number): string {
  return g.cells[row]?.[col] ?? '';
}

/** Control characters other than tab and line break: invisible, and not allowed in the XML of a workbook. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex -- control characters are among what needs cleaning
  /[\r\u00a0\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|^[\s\u3000]|[\s\u3000]$|[ \t\u3000]\n|\n[ \t\u3000]|\n\n/;

/** Cleans text as offices type it: \r\n and \r become \n, each line loses stray and full-width spaces at its ends.
 *  In one pass over the text: a trim by regular expression (`\s+$`) takes quadratic time on a long run of spaces. */
export function cleanText(s: string): string {
  // Most cells are clean already: one test instead of splitting every cell into lines.
  if (!NEEDS_CLEANING.test(s)) return s;
  const lines = s
    .replace(CONTROL_CHARS, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n');
  let first = 0;
  let last = lines.length - 1;
  for (let i = 0; i < lines.length; i++) lines[i] = trimSpaces(lines[i]!);
  while (first <= last && lines[first] === '') first++;
  while (last >= first && lines[last] === '') last--;
  return first > last ? '' : lines.slice(first, last + 1).join('\n');
}

/** A line without the spaces (ASCII, full-width, any Unicode space) at its two ends, found by walking inwards. */
export function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isSpace(line.charCodeAt(start))) start++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/** The characters of JavaScript's \s: ASCII white space, no-break and full-width spaces, the Unicode space separators. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
