// Word documents (.docx) written as Word writes them, small enough to read: paragraphs of runs and tables with merged
// cells, for the importer's tests.
import { writeZip, type RawEntry } from '../../fuzz/raw-zip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A paragraph of runs as Word writes them (a run per piece of formatting). */
export const p = (...runs: string[]) =>
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs.map((r) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`).join('')}</w:p>`;

export interface Cell {
  lines: string[];
  span?: number;
  vMerge?: 'restart' | 'continue';
}
export const c = (...lines: string[]): Cell => ({ lines });

function tc(cell: Cell): string {
  const pr = `${cell.span ? `<w:gridSpan w:val="${cell.span}"/>` : ''}${cell.vMerge ? (cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : ''}`;
  const body = cell.lines.length > 0 ? cell.lines.map((l) => p(l)).join('') : '<w:p/>';
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${pr}</w:tcPr>${body}</w:tc>`;
}

export const table = (rows: Cell[][]) =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="a3"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(6)}</w:tblGrid>${rows
    .map((r, i) => `<w:tr>${i === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${r.map(tc).join('')}</w:tr>`)
    .join('')}</w:tbl>`;

/** A document of the given body; `extra` entries go in beside it (an embedded workbook, a chart's data). */
export function docx(body: string, extra: RawEntry[] = []): Uint8Array {
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    },
    {
      name: '_rels/.rels',
      data: text(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    {
      name: 'word/document.xml',
      data: text(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr/></w:body></w:document>`,
      ),
    },
    ...extra,
  ]);
}
