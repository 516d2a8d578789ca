// The parts of an Office Open XML package (a workbook, a Word document) as its readers use them: a part's text, the
// relationships that say where the other parts are, and the package's main part.
import { END, OPEN, XmlScanner } from './xml-scan';
import type { WorkbookParts } from './zip-guard';

export interface Relationship {
  id: string;
  type: string;
  /** The part's name, resolved against the part that points to it. */
  target: string;
}

/** The package's main part (the workbook, the document), where its relationships say; `fallback` where they do not. */
export function mainPart(rootRels: readonly Relationship[], fallback: string): string {
  return rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? fallback;
}

interface Globals {
  TextDecoder: new (label: string) => { decode(input: Uint8Array): string };
}
// Node 20 and Chromium both have it; shared/ is typed without DOM or Node.
const G = globalThis as unknown as Globals;

/** The part's text, decoded as its byte order mark says (UTF-8 without one). */
export function partText(parts: WorkbookParts, name: string): string | undefined {
  const bytes = parts.get(name.replace(/^\/+/, '').toLowerCase());
  if (!bytes) return undefined;
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding === 'utf-8' && nodeBuffer?.isAscii(bytes)) return asciiText(nodeBuffer, bytes);
  return new G.TextDecoder(encoding).decode(bytes);
}

interface NodeBuffer {
  isAscii(input: Uint8Array): boolean;
  Buffer: { from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'latin1'): string } };
}

/** Node's buffer module when this runs in Node (20.16 and later), found at run time: shared/ imports nothing of Node. */
const nodeBuffer = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:buffer') as NodeBuffer | undefined;

/**
 * Bytes that are all ASCII (a sheet's XML, its text being in the shared strings) read as Latin-1 by Node: the same
 * text as UTF-8 decoding gives, copied rather than decoded.
 */
function asciiText(node: NodeBuffer, bytes: Uint8Array): string {
  return node.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** The relationships of a part ('' for the package), each target resolved to a part name. */
export function relationships(parts: WorkbookParts, source: string): Relationship[] {
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
  // A target is a URI: a space in a part's name is written %20 there.
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not valid percent-encoding: the target is taken as written, and a part of that name is looked for.
  }
  const path = decoded.startsWith('/') ? decoded.slice(1) : folder + decoded;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}
