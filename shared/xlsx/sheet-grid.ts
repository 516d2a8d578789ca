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

// eslint-disable-next-line no-control-regex -- control characters are among what needs cleaning
const NEEDS_CLEANING = /[\r\u00a0\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|^[\s\u3000]|[\s\u3000]$|[ \t\u3000]\n|\n[ \t\u3000]|\n\n/;

/** Cleans text as offices type it: \r\n and \r become \n, each line loses stray and full-width spaces at its ends. */
export function cleanText(s: string): string {
  // Most cells are clean already: one test instead of splitting every cell into lines.
  if (!NEEDS_CLEANING.test(s)) return s;
  return s
    .replace(CONTROL_CHARS, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}
