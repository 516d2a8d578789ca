// Reads an .xlsx workbook into SheetGrids straight from the XML of its parts (as zip-guard unpacks them): every
// sheet in the workbook's order (read-sheet-xml.ts), with the shared strings, number formats, date system and
// keywords they need. Only what the importer uses is read; formatting, drawings and the rest are passed over.
import { AppError } from '../errors';
import { PlanKind } from '../domain/plan';
import { builtinFormat } from './cell-text';
import { CellScan } from './cell-scan';
import { readSheet, richText, withoutOoxmlEscapes, type SheetContext } from './read-sheet-xml';
import type { SheetGrid } from './sheet-grid';
import { mainPart, partText, relationships, type Relationship } from './ooxml-parts';
import { CLOSE, END, OPEN, XmlError, XmlScanner } from './xml-scan';
import { EXCEL_SHEET_IDS, type WorkbookParts } from './zip-guard';

/** How an exported workbook names its kind in its keywords, so that importing it again keeps the kind. */
export const KIND_MARK = /配档助手:kind=([a-z]+)/;

export function kindKeyword(kind: PlanKind): string {
  return `配档助手:kind=${kind}`;
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  rid: string;
}

export function readWorkbook(parts: WorkbookParts, file: string): SheetGrid[] {
  const rootRels = relationships(parts, '');
  const workbookPath = mainPart(rootRels, 'xl/workbook.xml');
  const workbookXml = partText(parts, workbookPath);
  if (workbookXml === undefined) throw new XmlError('no workbook part');
  const { sheets, date1904 } = readWorkbookPart(workbookXml, file);
  const rels = relationships(parts, workbookPath);
  const byType = (suffix: string, fallback: string) => rels.find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const hint = kindHintOf(parts, rootRels);
  const context: SheetContext = {
    file,
    strings: readSharedStrings(partText(parts, byType('/sharedStrings', 'xl/sharedStrings.xml'))),
    shownStrings: [],
    numFmts: readNumberFormats(partText(parts, byType('/styles', 'xl/styles.xml'))),
    date1904,
    // A file this app exported holds the user's text exactly as typed: read it back without cleaning.
    exact: hint.success,
    budget: { rows: 0, cells: 0, merged: 0, area: 0 },
  };
  const grids: SheetGrid[] = [];
  // A part is one sheet: two entries pointing at the same part (a forged workbook) would be read twice.
  const read = new Set<string>();
  for (const sheet of sheets) {
    const rel = rels.find((r) => r.id === sheet.rid);
    if (!rel || !rel.type.endsWith('/worksheet') || read.has(rel.target.toLowerCase())) continue;
    read.add(rel.target.toLowerCase());
    const xml = partText(parts, rel.target);
    if (xml === undefined) continue;
    grids.push({
      name: sheet.name,
      hidden: sheet.hidden,
      ...readSheet(xml, context),
      ...(hint.success ? { kindHint: hint.data } : {}),
    });
  }
  return grids;
}

function readWorkbookPart(xml: string, file: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    // The workbook's own <workbookPr> (a child of the root); Excel 2013+ writes an <x15:workbookPr> of its own inside
    // <extLst>, without date1904, which must not reset it.
    if (s.name === 'workbookPr' && s.depth === 2) {
      const v = s.attr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (s.name === 'sheet') {
      const id = s.attr('sheetId');
      const state = s.attr('state');
      if (id !== undefined && !(Number(id) <= EXCEL_SHEET_IDS)) throw corrupt(file);
      sheets.push({
        name: s.attr('name') ?? '',
        hidden: state === 'hidden' || state === 'veryHidden',
        rid: s.attr('id') ?? '',
      });
    }
  }
  return { sheets, date1904 };
}

/** The kind of table a file this app exported says it holds, in its keywords (a workbook's or a document's). */
export function kindHintOf(
  parts: WorkbookParts,
  rootRels: readonly Relationship[],
): ReturnType<typeof PlanKind.safeParse> {
  const xml = partText(parts, rootRels.find((r) => r.type.endsWith('/core-properties'))?.target ?? 'docProps/core.xml');
  let keywords = '';
  if (xml !== undefined) {
    const s = new XmlScanner(xml);
    for (let t = s.next(); t !== END && keywords === ''; t = s.next())
      if (t === OPEN && s.name === 'keywords') keywords = s.textContent();
  }
  return PlanKind.safeParse(KIND_MARK.exec(keywords)?.[1]);
}

function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  const s = new XmlScanner(xml);
  const plain = new CellScan(xml);
  for (;;) {
    // Most strings are a plain <si><t>…</t></si>: read off the text at once; any other shape token by token.
    const text = s.depth > 0 ? plain.readSharedString(s.position) : undefined;
    if (text !== undefined) {
      s.skipTo(plain.end);
      out.push(withoutOoxmlEscapes(text));
      continue;
    }
    const t = s.next();
    if (t === END) break;
    if (t === OPEN && s.name === 'si') out.push(richText(s));
  }
  return out;
}

/** The number format of each cell style, in the order of <cellXfs> (a cell's s attribute is an index into it). */
function readNumberFormats(xml: string | undefined): Array<string | undefined> {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  const s = new XmlScanner(xml);
  let inCellXfs = false;
  let inNumFmts = false;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === CLOSE && s.name === 'cellXfs') inCellXfs = false;
    if (t === CLOSE && s.name === 'numFmts') inNumFmts = false;
    if (t !== OPEN) continue;
    // Only the formats of <numFmts> are the cells' (a <dxf> of conditional formatting has its own numFmt).
    if (s.name === 'numFmts') inNumFmts = !s.selfClosing;
    else if (s.name === 'numFmt' && inNumFmts) {
      const code = s.attr('formatCode');
      if (code !== undefined) custom.set(Number(s.attr('numFmtId')), code);
    } else if (s.name === 'cellXfs') inCellXfs = !s.selfClosing;
    else if (s.name === 'xf' && inCellXfs) {
      xfIds.push(Number(s.attr('numFmtId') ?? 0));
      if (!s.selfClosing) s.skipElement();
    }
  }
  return xfIds.map((id) => custom.get(id) ?? builtinFormat(id));
}

function corrupt(file: string): AppError {
  return new AppError('IMPORT_CORRUPT', { file });
}
