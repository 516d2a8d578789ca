// Writes a laid-out plan as a Word document (.docx), as a notice carries it as its 附件: the 附件 label and the title
// as paragraphs, the table with thin borders, merged cells and its header repeated on every page, notes below, A4 or
// A3 in the orientation chosen and 第 X 页 共 Y 页 at the foot of each page; the official fonts, as in the .xlsx.
// Column widths are the layout's (from the content); rows may break across pages, a section row stays with its item.
// Why by hand and not on the `docx` package (evaluated 2026-11-30, docx 9.15.2): the package writes everything this
// layout needs (merges by columnSpan/rowSpan, tableHeader rows, DXA widths, keepNext, eastAsia fonts 仿宋_GB2312/黑体,
// PAGE/NUMPAGES footers; LibreOffice showed 第 1 页 共 55 页), but from the same SheetLayout it took 2.8 s against
// 1.8 s here for 500 items and 14.9 s against 4.0 s for 2,000 (one run each on the shared 2-core machine), adds 20 MB
// and three dependencies to the app, while this file is 280 lines over the JSZip the .xlsx writer needs anyway. The
// risk it would remove, elements out of the schema's order (w:pPr once was), is held by write-docx.test.ts instead.
import JSZip from 'jszip';
import { FONTS, type ExportOptions } from '../domain/export';
import { PAGE_MARGINS_PT, pageSize, type Paper } from '../domain/paper';
import type { PlanKind } from '../domain/plan';
import type { CellStyleName, LaidCell, SheetLayout } from './official-layout';
import { kindKeyword } from './read-workbook';
import { xmlText } from './safe-text';
import type { CellBox } from './sheet-grid';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The footer 1 cm from the edge, in twentieths of a point. */
const FOOTER_DISTANCE = 567;
/** Cell margins: 0.1 cm above and below, so text does not touch the border; 0.15 cm at the sides (twips). */
const CELL_MARGIN = { top: 57, side: 85 };

export interface RunStyle {
  font: string;
  size: number;
  bold?: boolean;
  align: 'left' | 'center';
}

function runStyles(o: ExportOptions, layout: SheetLayout): Record<CellStyleName, RunStyle> {
  const body = { font: FONTS.body, size: layout.bodySize };
  return {
    attachment: { font: FONTS.header, size: 16, align: 'left' },
    title:
      o.titleFont === 'fzxbs'
        ? { font: FONTS.fzxbs, size: o.titleSize, align: 'center' }
        : { font: FONTS.songti, size: o.titleSize, bold: true, align: 'center' },
    report: { ...body, align: 'left' },
    header: { font: FONTS.header, size: layout.headerSize, align: 'center' },
    section: { font: FONTS.header, size: layout.bodySize, align: 'left' },
    body: { ...body, align: 'left' },
    bodyCenter: { ...body, align: 'center' },
    note: { ...body, align: 'left' },
  };
}

/** Text for XML: what XML forbids was taken out with a warning by the caller, and is dropped here in any case. */
const esc = (s: string) =>
  xmlText(s, { line: 0, column: '' }, [])
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** How a paragraph is set beyond its font: kept with the next, a tab stop, space before and after, a first-line indent. */
export interface ParagraphLayout {
  keepNext?: boolean;
  /** A right-aligned tab stop at this position (twentieths of a point). */
  rightTab?: number;
  /** Space before and after, in twentieths of a point. */
  before?: number;
  after?: number;
  /** Two characters of first-line indent, as official documents set their paragraphs. */
  indent?: boolean;
}

/**
 * One paragraph per line of the text, in the style's font, size and alignment. The properties go in the order
 * WordprocessingML prescribes (keepNext, tabs, spacing, ind, jc, rPr): Word refuses a file whose order differs.
 */
export function paragraphs(text: string, s: RunStyle, layout: ParagraphLayout = {}): string {
  const rPr = `<w:rPr><w:rFonts w:ascii="${esc(s.font)}" w:eastAsia="${esc(s.font)}" w:hAnsi="${esc(s.font)}"/>${s.bold ? '<w:b/>' : ''}<w:sz w:val="${Math.round(s.size * 2)}"/><w:szCs w:val="${Math.round(s.size * 2)}"/></w:rPr>`;
  const pPr =
    (layout.keepNext ? '<w:keepNext/>' : '') +
    (layout.rightTab !== undefined ? `<w:tabs><w:tab w:val="right" w:pos="${layout.rightTab}"/></w:tabs>` : '') +
    `<w:spacing w:before="${layout.before ?? 0}" w:after="${layout.after ?? 0}"/>` +
    (layout.indent ? `<w:ind w:firstLineChars="200" w:firstLine="${Math.round(s.size * 40)}"/>` : '') +
    `<w:jc w:val="${s.align}"/>${rPr}`;
  return text
    .split('\n')
    .map((line) => `<w:p><w:pPr>${pPr}</w:pPr>${line === '' ? '' : `<w:r>${rPr}${runText(line)}</w:r>`}</w:p>`)
    .join('');
}

/** A line's text in a run: a tab becomes Word's own tab (to the paragraph's tab stop). */
function runText(line: string): string {
  return line
    .split('\t')
    .map((part) => `<w:t xml:space="preserve">${esc(part)}</w:t>`)
    .join('<w:tab/>');
}

export async function writeDocument(
  layout: SheetLayout,
  o: ExportOptions,
  kind: PlanKind,
  warnings: string[] = [],
): Promise<Uint8Array> {
  const styles = runStyles(o, layout);
  const page = pageOf(layout.paper, TABLE_MARGINS);
  const body: string[] = [];
  layout.rows.forEach((row, r) => {
    if (r === layout.tableStart)
      body.push(
        table(
          layout,
          styles,
          layout.widthsPt.map((w) => Math.round(w * 20)),
          warnings,
        ),
      );
    if (r >= layout.tableStart && r <= layout.tableEnd) return;
    body.push(outsideLine(row.cells, styles, page.textWidth));
  });
  return writePackage(body.join(''), page, { kind, font: FONTS.body, size: layout.bodySize });
}

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Tables to attach: the margins every written table has (paper.ts), in twentieths of a point. */
const TABLE_MARGINS: Margins = {
  top: Math.round(PAGE_MARGINS_PT.top * 20),
  bottom: Math.round(PAGE_MARGINS_PT.bottom * 20),
  left: Math.round(PAGE_MARGINS_PT.side * 20),
  right: Math.round(PAGE_MARGINS_PT.side * 20),
};

export interface Page {
  w: number;
  h: number;
  landscape: boolean;
  margins: Margins;
  /** The width between the margins. */
  textWidth: number;
}

/** A page of the paper in twentieths of a point. */
export function pageOf(paper: Paper, margins: Margins): Page {
  const size = pageSize(paper);
  const [w, h] = [Math.round(size.w * 20), Math.round(size.h * 20)];
  return { w, h, landscape: paper.orientation === 'landscape', margins, textWidth: w - margins.left - margins.right };
}

/**
 * A Word document around a body of paragraphs and tables: the page, 第 X 页 共 Y 页 in the footer, the default
 * font, and the kind of table in the keywords (so that a document this app wrote reads back as that kind).
 */
export async function writePackage(
  body: string,
  page: Page,
  text: { kind: PlanKind | null; font: string; size: number },
): Promise<Uint8Array> {
  const m = page.margins;
  const sect =
    `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="${page.w}" w:h="${page.h}"${page.landscape ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${FOOTER_DISTANCE}" w:footer="${FOOTER_DISTANCE}" w:gutter="0"/></w:sectPr>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  zip.file('docProps/core.xml', coreProperties(text.kind));
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG}"><Relationship Id="rIdFooter" Type="${R}/footer" Target="footer1.xml"/><Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file('word/styles.xml', stylesPart(text.font, text.size));
  zip.file('word/footer1.xml', footer(text.font));
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${sect}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A line above or below the table: 附件, the title, 填报单位 … 时间 (the second at the right edge), a note. */
function outsideLine(
  cells: readonly (LaidCell | null)[],
  styles: Record<CellStyleName, RunStyle>,
  textWidth: number,
): string {
  const shown = cells.filter((c): c is LaidCell => c !== null);
  if (shown.length === 0) return '<w:p/>';
  const first = shown[0]!;
  if (shown.length === 1)
    return paragraphs(first.text, styles[first.style], first.style === 'title' ? { before: 120, after: 240 } : {});
  // 填报单位 at the left and 时间 at a tab stop at the right edge.
  const joined = shown.map((c) => c.text).join('\t');
  return paragraphs(joined, styles[first.style], { rightTab: textWidth });
}

function table(
  layout: SheetLayout,
  styles: Record<CellStyleName, RunStyle>,
  cols: number[],
  warnings: string[],
): string {
  const textWidth = cols.reduce((a, b) => a + b, 0);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr =
    `<w:tblPr><w:tblW w:w="${textWidth}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${CELL_MARGIN.top}" w:type="dxa"/><w:left w:w="${CELL_MARGIN.side}" w:type="dxa"/>` +
    `<w:bottom w:w="${CELL_MARGIN.top}" w:type="dxa"/><w:right w:w="${CELL_MARGIN.side}" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  const rows: string[] = [];
  for (let r = layout.tableStart; r <= layout.tableEnd; r++) {
    const header = r >= layout.headerStart && r <= layout.headerEnd;
    const cells = layout.rows[r]!.cells;
    let tcs = '';
    for (let c = 0; c < cols.length; c++) {
      const m = mergeAt(layout.merges, r, c);
      if (m && c !== m.left) continue;
      const span = m ? m.right - m.left + 1 : 1;
      const width = cols.slice(c, c + span).reduce((a, b) => a + b, 0);
      const vMerge = m && m.bottom > m.top ? (r === m.top ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
      const cell = m && r !== m.top ? null : cells[c];
      const style = styles[cell?.style ?? (header ? 'header' : 'body')];
      const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${vMerge}<w:vAlign w:val="center"/></w:tcPr>`;
      const text = xmlText(
        cell?.text ?? '',
        { line: r - layout.tableStart + 1, column: layout.labels[c] ?? '' },
        warnings,
      );
      // A section row stays on the page of its first item.
      tcs += `<w:tc>${tcPr}${paragraphs(text, style, { keepNext: cell?.style === 'section' })}</w:tc>`;
    }
    // The header repeats on every page and is never split; a body row may break across pages rather than leave
    // a third of a page blank; a section row is one line, kept whole.
    const section = cells[0]?.style === 'section';
    rows.push(
      `<w:tr><w:trPr>${header || section ? '<w:cantSplit/>' : ''}${header ? '<w:tblHeader/>' : ''}</w:trPr>${tcs}</w:tr>`,
    );
  }
  return `<w:tbl>${tblPr}<w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

function mergeAt(merges: readonly CellBox[], r: number, c: number): CellBox | undefined {
  return merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
}

/** 第 X 页 共 Y 页, centred, from Word's PAGE and NUMPAGES fields. */
function footer(font: string): string {
  const rPr = `<w:rPr><w:rFonts w:ascii="${esc(font)}" w:eastAsia="${esc(font)}" w:hAnsi="${esc(font)}"/><w:sz w:val="21"/></w:rPr>`;
  const run = (t: string) => `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>`;
  const field = (instr: string) => `<w:fldSimple w:instr=" ${instr} "><w:r>${rPr}<w:t>1</w:t></w:r></w:fldSimple>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('第 ')}${field('PAGE')}${run(' 页 共 ')}${field('NUMPAGES')}${run(' 页')}</w:p></w:ftr>`;
}

/** The document's default font (仿宋_GB2312) and no spacing between paragraphs, as official documents are set. */
function stylesPart(font: string, size: number): string {
  const f = esc(font);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${f}" w:eastAsia="${f}" w:hAnsi="${f}" w:cs="${f}"/>` +
    `<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>`
  );
}

function coreProperties(kind: PlanKind | null): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
    `<dc:creator>配档助手</dc:creator>${kind ? `<cp:keywords>${esc(kindKeyword(kind))}</cp:keywords>` : ''}</cp:coreProperties>`
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';
