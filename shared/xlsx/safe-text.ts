// Text made safe to write: characters XML 1.0 forbids removed, a cell longer than Excel allows cut with a visible
// mark, formula-like text flagged for Excel's quote prefix; each change reported with its row and column.

/** Control characters but tab, line feed and return; U+FFFE and U+FFFF; surrogates without their pair; DEL. */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- finding the characters XML forbids is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Excel's limit on the text of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;
/** The mark a cut cell ends with, so a reader sees the text goes on elsewhere. */
export const CUT_MARK = '…（以下超出 Excel 单元格 32767 字的上限，已截去，全文见配档助手）';

/** Text Excel would take as a formula (or DDE) if the cell were edited and confirmed: =, +, -, @, tab, CR, LF first. */
const FORMULA_LIKE = /^[=+\-@\t\r\n]/;

/** Where a cell is, for a warning: 「第 12 行「任务目标」列」. */
export interface CellPlace {
  line: number;
  column: string;
}

function where(p: CellPlace): string {
  return `第 ${p.line} 行「${p.column}」列`;
}

/** The text without the characters XML 1.0 forbids, and a warning when any were there. */
export function xmlText(text: string, place: CellPlace, warnings: string[]): string {
  let removed = 0;
  const clean = text.replace(NOT_IN_XML, () => {
    removed++;
    return '';
  });
  if (removed > 0)
    warnings.push(`${where(place)}：删去了 ${removed} 个文件中不允许出现的控制字符或非字符（如 U+FFFF）。`);
  return clean;
}

/** A cell's text as written to a workbook: XML-safe, within Excel's limit, and whether it needs the quote prefix. */
export function workbookText(text: string, place: CellPlace, warnings: string[]): { text: string; quote: boolean } {
  let clean = xmlText(text, place, warnings);
  if (clean.length > EXCEL_CELL_LIMIT) {
    warnings.push(
      `${where(place)}有 ${clean.length} 个字符，超过 Excel 一个单元格 ${EXCEL_CELL_LIMIT} 字的上限：已截去后面的部分，截断处标有「…（以下超出…已截去）」。`,
    );
    let end = EXCEL_CELL_LIMIT - CUT_MARK.length;
    // Never cut a surrogate pair in two.
    if (/[\ud800-\udbff]/.test(clean[end - 1] ?? '')) end--;
    clean = clean.slice(0, end) + CUT_MARK;
  }
  return { text: clean, quote: FORMULA_LIKE.test(clean) };
}
