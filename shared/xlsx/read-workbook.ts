// Reads an .xlsx workbook into SheetGrids straight from the XML of its parts (as zip-guard unpacks them): every
// sheet in the workbook's order (read-sheet-xml.ts), with the shared strings, number formats, date system and
// keywords they need. Only what the importer uses is read; formatting, drawings and the rest are passed over.
import { AppError } from '../errors';
import { PlanKind } from '../domain/plan';
import { builtinFormat } from './cell-text';
import { readSheet, richText, type SheetContext } from './read-sheet-xml';
import type { SheetGrid } from './sheet-grid';
import { CLOSE, END, OPEN, XmlError, XmlScanner } from './xml-scan';
import { EXCEL_SHEET_IDS, type WorkbookParts } from './zip-guard';

/** How an exported workbook names its kind in its keywords, so that importing it again keeps the kind. */
export const KIND_MARK = /配档助手:kind=([a-z]+)/;

export function kindKeyword(kind: PlanKind): string {
  return `配档助手:kind=${kind}`;
}

interface Relationship {
  id: string;
  type: string;
  /** The part's name, resolved against the part that points to it. */
  target: string;
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  rid: string;
}

export function readWorkbook(parts: WorkbookParts, file: string): SheetGrid[] {
  const rootRels = relationships(parts, '');
  const workbookPath = rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = partText(parts, workbookPath);
  if (workbookXml === undefined) throw new XmlError('no workbook part');
  const { sheets, date1904 } = readWorkbookPart(workbookXml, file);
  const rels = relationships(parts, workbookPath);
  const byType = (suffix: string, fallback: string) => rels.find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const keywords = readKeywords(partText(parts, rootRels.find((r) => r.type.endsWith('/core-properties'))?.target ?? 'docProps/core.xml'));
  const hint = PlanKind.safeParse(KIND_MARK.exec(keywords)?.[1]);
  const context: SheetContext = {
    file,
    strings: readSharedStrings(partText(parts, byType('/sharedStrings', 'xl/sharedStrings.xml'))),
    numFmts: readNumberFormats(partText(parts, byType('/styles', 'xl/styles.xml'))),
    date1904,
    // A file this app exported holds the user's text exactly as typed: read it back without cleaning.
    exact: hint.success,
    budget: { cells: 0, merged: 0 },
  };
  const grids: SheetGrid[] = [];
  for (const sheet of sheets) {
    const rel = rels.find((r) => r.id === sheet.rid);
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const xml = partText(parts, rel.target);
    if (xml === undefined) continue;
    grids.push({ name: sheet.name, hidden: sheet.hidden, ...readSheet(xml, context), ...(hint.success ? { kindHint: hint.data } : {}) });
  }
  return grids;
}

interface Globals {
  TextDecoder: new (label: string) => { decode(input: Uint8Array): string };
}
// Node 20 and Chromium both have it; shared/ is typed without DOM or Node.
const G = globalThis as unknown as Globals;

/** The part's text, decoded as its byte order mark says (UTF-8 without one). */
function partText(parts: WorkbookParts, name: string): string | undefined {
  const bytes = parts.get(name.replace(/^\/+/, '').toLowerCase());
  if (!bytes) return undefined;
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new G.TextDecoder(encoding).decode(bytes);
}

/** The relationships of a part ('' for the package), each target resolved to a part name. */
function relationships(parts: WorkbookParts, source: string): Relationship[] {
  const slash = source.lastIndexOf('/');
  const folder = source.slice(0, slash + 1);
  const xml = partText(parts, `${folder}_rels/${source.slice(slash + 1)}.rels`);
  if (xml === undefined) return [];
  const out: Relationship[] = [];
  const s = new XmlScanner(xml);
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN || s.name !== 'Relationship') continue;
    const target = s.attr('Target');
    if (s.attr('TargetMode') === 'External' || !target) continue;
    out.push({ id: s.attr('Id') ?? '', type: s.attr('Type') ?? '', target: resolvePart(folder, target) });
  }
  return out;
}

function resolvePart(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function readWorkbookPart(xml: string, file: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name === 'workbookPr') {
      const v = s.attr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (s.name === 'sheet') {
      const id = s.attr('sheetId');
      const state = s.attr('state');
      if (id !== undefined && !(Number(id) <= EXCEL_SHEET_IDS)) throw corrupt(file);
      sheets.push({ name: s.attr('name') ?? '', hidden: state === 'hidden' || state === 'veryHidden', rid: s.attr('id') ?? '' });
    }
  }
  return { sheets, date1904 };
}

function readKeywords(xml: string | undefined): string {
  if (xml === undefined) return '';
  const s = new XmlScanner(xml);
  for (let t = s.next(); t !== END; t = s.next()) if (t === OPEN && s.name === 'keywords') return s.textContent();
  return '';
}

function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  const s = new XmlScanner(xml);
  for (let t = s.next(); t !== END; t = s.next()) if (t === OPEN && s.name === 'si') out.push(richText(s));
  return out;
}

/** The number format of each cell style, in the order of <cellXfs> (a cell's s attribute is an index into it). */
function readNumberFormats(xml: string | undefined): Array<string | undefined> {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  const s = new XmlScanner(xml);
  let inCellXfs = false;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === CLOSE && s.name === 'cellXfs') inCellXfs = false;
    if (t !== OPEN) continue;
    if (s.name === 'numFmt') {
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
