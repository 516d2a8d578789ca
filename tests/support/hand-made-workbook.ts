// Workbooks written part by part, in the shapes other tools write them, for tests of the reader.
import { writeZip, type RawEntry } from '../fuzz/raw-zip';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPES = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;

export interface HandMade {
  /** A sheet's XML is its <sheetData> and what follows, unless it is a whole part (text from <?xml, or bytes). */
  sheets: Array<{ name: string; xml: string | Uint8Array; state?: string; path?: string; type?: string }>;
  strings?: string;
  styles?: string;
  workbookPr?: string;
  workbookPath?: string;
}

/** A workbook from parts written by hand. */
export function handMade(w: HandMade): Uint8Array {
  const wbPath = w.workbookPath ?? 'xl/workbook.xml';
  const wbDir = wbPath.slice(0, wbPath.lastIndexOf('/') + 1);
  const wbName = wbPath.slice(wbDir.length);
  const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  const entries: RawEntry[] = [
    { name: '[Content_Types].xml', data: text(TYPES) },
    {
      name: '_rels/.rels',
      data: text(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${wbPath}"/></Relationships>`,
      ),
    },
  ];
  const rels: string[] = [];
  const sheets: string[] = [];
  w.sheets.forEach((s, i) => {
    const path = s.path ?? `worksheets/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/${s.type ?? 'worksheet'}" Target="${path}"/>`);
    sheets.push(
      `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    );
    const xml =
      typeof s.xml !== 'string' || /^<(\?xml|x:|chartsheet)/.test(s.xml)
        ? s.xml
        : `<worksheet xmlns="${MAIN}">${s.xml}</worksheet>`;
    entries.push({ name: wbDir + path, data: typeof xml === 'string' ? text(xml) : xml });
  });
  if (w.strings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    entries.push({ name: `${wbDir}sharedStrings.xml`, data: text(`<sst xmlns="${MAIN}">${w.strings}</sst>`) });
  }
  if (w.styles !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    entries.push({ name: `${wbDir}styles.xml`, data: text(`<styleSheet xmlns="${MAIN}">${w.styles}</styleSheet>`) });
  }
  entries.push({
    name: wbPath,
    data: text(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${w.workbookPr ?? ''}<sheets>${sheets.join('')}</sheets></workbook>`,
    ),
  });
  entries.push({
    name: `${wbDir}_rels/${wbName}.rels`,
    data: text(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    ),
  });
  return writeZip(entries);
}
