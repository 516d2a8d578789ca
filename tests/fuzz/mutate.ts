// Mutations of sample workbooks for the importer's fuzz test: bytes, zip entries and sheet XML, all from one seed.
import JSZip from 'jszip';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeZip, type RawEntry } from './raw-zip';
import { c, docx, p, table, type Cell } from '../e2e/support/word-document';
import { SAMPLES_DIR } from '../support/fixtures';

export interface Base {
  name: string;
  bytes: Uint8Array;
  /** The entries of a workbook; null for a CSV. */
  entries: RawEntry[] | null;
}

export interface Variant {
  /** seed:index, enough to make the same file again. */
  id: string;
  fileName: string;
  data: Uint8Array;
  steps: string[];
}

/** mulberry32: small, fast and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

export { SAMPLES_DIR };

/** The sample workbooks and the CSV, and a Word document holding the seed 配档表, with their zip entries read once. */
export async function loadBases(dir = SAMPLES_DIR): Promise<Base[]> {
  const files = [
    ...readdirSync(dir).map((f) => join(dir, f)),
    ...readdirSync(join(dir, '返回')).map((f) => join(dir, '返回', f)),
  ].filter((f) => /\.(xlsx|csv)$/.test(f) && !f.includes('坏文件'));
  const bases: Base[] = [];
  for (const file of files.sort()) {
    const bytes = new Uint8Array(readFileSync(file));
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (name.endsWith('.csv')) {
      bases.push({ name, bytes, entries: null });
      continue;
    }
    const zip = await JSZip.loadAsync(bytes);
    const entries: RawEntry[] = [];
    for (const f of Object.values(zip.files))
      if (!f.dir) entries.push({ name: f.name, data: await f.async('uint8array') });
    bases.push({ name, bytes, entries });
  }
  bases.push(await wordBase());
  return bases;
}

/** The seed 配档表 as a notice's Word document would hold it: 附件 and title paragraphs, sections across the table. */
async function wordBase(): Promise<Base> {
  const seed = JSON.parse(readFileSync(join(process.cwd(), 'seeds', 'peidang-bairi-gongjian-2023.json'), 'utf8')) as {
    title: string;
    rows: Array<{ section: string } | { cells: Record<string, string> }>;
  };
  const keys = ['measure', 'goal', 'deadline', 'lead', 'support'];
  let n = 0;
  const rows: Cell[][] = [
    [c('序号'), c('行动措施'), c('任务目标'), c('完成时限'), c('牵头处室'), c('配合处室')],
    ...seed.rows.map((r) =>
      'section' in r
        ? [{ lines: [r.section], span: 6 }]
        : [c(String(++n)), ...keys.map((k) => c(...(r.cells[k] ?? '').split('\n')))],
    ),
  ];
  const bytes = docx(p('附件') + p(seed.title) + table(rows) + p('注：每月3日前报送进展。'));
  const zip = await JSZip.loadAsync(bytes);
  const entries: RawEntry[] = [];
  for (const f of Object.values(zip.files))
    if (!f.dir) entries.push({ name: f.name, data: await f.async('uint8array') });
  return { name: '配档表-通知.docx', bytes, entries };
}

// ---- sheet XML --------------------------------------------------------------------------------------------

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const dec = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const latin = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

const JUNK_VALUES = [
  '',
  '-1',
  '0',
  '99999999999999999999',
  '1e308',
  '-1e308',
  'NaN',
  'Infinity',
  '4294967296',
  '1048577',
  '16385',
  'A0',
  'XFE1',
  'ZZZZZZZZ1',
  'A99999999999',
  'A1:ZZZZ9999999',
  '"',
  '&',
  '<',
  '&#0;',
  '&amp',
  '${x}',
  'é',
  '中文',
];

const HUGE_NUMBERS = [
  '1e308',
  '-1e308',
  '9'.repeat(400),
  '4294967296',
  '1048577',
  '2147483648',
  '-0',
  '1.7976931348623157e309',
  '0x10',
  '1e-400',
];

const BAD_BYTES: number[][] = [
  [0xc3, 0x28],
  [0xff],
  [0xfe, 0xff],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x80],
  [0xe4, 0xb8],
];

/** Lone surrogate halves: as UTF-8 bytes (invalid) and as character references (not XML characters). */
const SURROGATES: Array<number[] | string> = [
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  '&#xD800;',
  '&#56319;',
  '&#xDFFF;&#xD800;',
];

const ENTITY_DOCTYPES = [
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>',
  '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>',
  '<!DOCTYPE x SYSTEM "http://127.0.0.1:9/x.dtd">',
  '<!DOCTYPE x [<!ENTITY loop "&loop;">]>',
];

const ENTITY_REFS = ['&h;', '&xxe;', '&loop;', '&undefined;', '&c;&c;'];

type XmlMutation = (r: Rand, xml: Uint8Array) => { data: Uint8Array; step: string };

/** Positions just after each occurrence of `needle` in the text. */
function positions(text: string, needle: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(needle)) out.push(m.index + m[0].length);
  return out;
}

function insertAt(data: Uint8Array, at: number, bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length + bytes.length);
  out.set(data.subarray(0, at));
  out.set(bytes, at);
  out.set(data.subarray(at), at + bytes.length);
  return out;
}

/** A place inside text content (after a `<t>`, `<v>` or `>`), else anywhere. */
function textPlace(r: Rand, text: string): number {
  const ps = positions(text, /<(t|v)(\s[^>]*)?>/g);
  if (ps.length > 0) return pick(r, ps);
  const any = positions(text, />/g);
  return any.length > 0 ? pick(r, any) : int(r, text.length + 1);
}

const XML_MUTATIONS: Record<string, XmlMutation> = {
  cutTag: (r, xml) => {
    const text = dec(xml);
    const tags = positions(text, /</g);
    if (tags.length === 0) return { data: xml.subarray(0, int(r, xml.length)), step: 'cut' };
    const at = pick(r, tags) + int(r, 12);
    // Either the rest of the part is lost, or one tag loses a piece.
    if (r() < 0.5) return { data: xml.subarray(0, Math.min(at, xml.length)), step: `cutTag@${at}` };
    const len = 1 + int(r, 20);
    return {
      data: new Uint8Array([...xml.subarray(0, at), ...xml.subarray(at + len)]),
      step: `dropBytes@${at}+${len}`,
    };
  },
  garbleAttribute: (r, xml) => {
    const text = dec(xml);
    const attrs = [...text.matchAll(/\s([\w:]+)="([^"]*)"/g)];
    if (attrs.length === 0) return { data: xml, step: 'garble-none' };
    const m = pick(r, attrs);
    const junk = pick(r, JUNK_VALUES);
    const replaced = r() < 0.2 ? ` ${m[1]}=${junk}` : ` ${m[1]}="${junk}"`;
    const out = text.slice(0, m.index) + replaced + text.slice(m.index + m[0].length);
    return { data: latin(out), step: `garble ${m[1]}=${JSON.stringify(junk)}` };
  },
  hugeNumber: (r, xml) => {
    const text = dec(xml);
    const spots = [
      ...text.matchAll(/<v>([^<]*)<\/v>|\s(r|s|t|ht|width|min|max|count|uniqueCount|sheetId|xfId|numFmtId)="([^"]*)"/g),
    ];
    if (spots.length === 0) return { data: xml, step: 'huge-none' };
    const m = pick(r, spots);
    const n = pick(r, HUGE_NUMBERS);
    const col = r() < 0.5 ? '' : pick(r, ['A', 'XFD', 'ZZZZZ']);
    const replaced = m[0].startsWith('<v>') ? `<v>${n}</v>` : ` ${m[2]}="${m[2] === 'r' ? col : ''}${n}"`;
    const out = text.slice(0, m.index) + replaced + text.slice(m.index + m[0].length);
    return { data: latin(out), step: `huge ${m[2] ?? 'v'}=${n.slice(0, 20)}` };
  },
  invalidUtf8: (r, xml) => {
    const bad = pick(r, BAD_BYTES);
    const at = textPlace(r, dec(xml));
    return {
      data: insertAt(xml, at, new Uint8Array(bad)),
      step: `utf8 ${bad.map((b) => b.toString(16)).join(' ')}@${at}`,
    };
  },
  surrogate: (r, xml) => {
    const s = pick(r, SURROGATES);
    const at = textPlace(r, dec(xml));
    return {
      data: insertAt(xml, at, typeof s === 'string' ? enc(s) : new Uint8Array(s)),
      step: `surrogate ${String(s)}@${at}`,
    };
  },
  entityDeclaration: (r, xml) => {
    const text = dec(xml).replace(/^\uFEFF?<\?xml[^>]*\?>/, '');
    const doctype = pick(r, ENTITY_DOCTYPES);
    const ref = pick(r, ENTITY_REFS);
    const at = textPlace(r, text);
    const body = r() < 0.6 ? text.slice(0, at) + ref + text.slice(at) : text;
    return {
      data: latin(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${doctype}${body}`),
      step: `entity ${doctype.slice(0, 30)} ${ref}`,
    };
  },
  controlCharacters: (r, xml) => {
    const c = pick(r, ['&#1;', '&#0;', '\u0001', '\u0000', '\u001f', '&#x1B;', '\u000b', '&#65535;', '&#xFFFE;']);
    const at = textPlace(r, dec(xml));
    return { data: insertAt(xml, at, latin(c)), step: `control ${JSON.stringify(c)}@${at}` };
  },
  dropElement: (r, xml) => {
    const text = dec(xml);
    const els = [
      ...text.matchAll(/<(row|c|si|sheet|mergeCell|col|Override|Relationship)\b[^>]*?(\/>|>[\s\S]*?<\/\1>)/g),
    ];
    if (els.length === 0) return { data: xml, step: 'drop-none' };
    const m = pick(r, els);
    const twice = r() < 0.5;
    const out = text.slice(0, m.index) + (twice ? m[0] + m[0] : '') + text.slice(m.index + m[0].length);
    return { data: latin(out), step: `${twice ? 'duplicate' : 'drop'} <${m[1]}>` };
  },
  deepNesting: (r, xml) => {
    const depth = pick(r, [100, 5000, 50000]);
    const at = textPlace(r, dec(xml));
    const open = r() < 0.5 ? '<a>'.repeat(depth) : `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
    return { data: insertAt(xml, at, latin(open)), step: `nest ${depth}@${at}` };
  },
  longText: (r, xml) => {
    const n = pick(r, [1_000, 40_000, 300_000]);
    const at = textPlace(r, dec(xml));
    return { data: insertAt(xml, at, enc('长'.repeat(n))), step: `long ${n}@${at}` };
  },
  // Text-heavy runs (issue 16): each made a quadratic trim, header normalization or entity decoding hang once.
  spaceRun: (r, xml) => {
    const n = pick(r, [5_000, 60_000, 400_000]);
    const run = pick(r, [' ', '\t ', '\u3000', ' \n', '&#32;', '&#x3000;']).repeat(n);
    const at = textPlace(r, dec(xml));
    const body = r() < 0.5 ? run : `甲${run}乙`;
    return { data: insertAt(xml, at, enc(body)), step: `spaces ${n}@${at}` };
  },
  bracketRun: (r, xml) => {
    const n = pick(r, [1_000, 100_000]);
    const run = pick(r, ['(', '（', '(（', '（)', '&#40;']).repeat(n);
    const at = textPlace(r, dec(xml));
    return { data: insertAt(xml, at, enc(`牵头单位${run}`)), step: `brackets ${n}@${at}` };
  },
  entityRun: (r, xml) => {
    const n = pick(r, [10_000, 200_000]);
    const run = pick(r, ['&amp;', '&lt;', '&#x4e2d;', '&#20013;', '&quot;&apos;', '&#xD;&#xA;']).repeat(n);
    const at = textPlace(r, dec(xml));
    return { data: insertAt(xml, at, enc(run)), step: `entities ${n}@${at}` };
  },
  wrongRoot: (r, xml) => {
    const text = dec(xml);
    const m = /<([\w:]+)[\s>]/.exec(text.replace(/^\uFEFF?<\?xml[^>]*\?>/, ''));
    if (!m) return { data: xml, step: 'root-none' };
    const to = pick(r, ['html', 'x:worksheet', 'workbook', 'sst', 'Types']);
    return { data: latin(text.split(m[1]!).join(to)), step: `root ${m[1]}->${to}` };
  },
};

// ---- zip entries --------------------------------------------------------------------------------------------

const NAMES = [
  'xl/workbook.xml',
  'xl/worksheets/sheet1.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
  '[Content_Types].xml',
  'xl/_rels/workbook.xml.rels',
  '_rels/.rels',
];

type ZipMutation = (r: Rand, entries: RawEntry[]) => string;

const ZIP_MUTATIONS: Record<string, ZipMutation> = {
  removeEntry: (r, es) => {
    const i = int(r, es.length);
    return `remove ${es.splice(i, 1)[0]?.name}`;
  },
  duplicateEntry: (r, es) => {
    const e = pick(r, es);
    const copy = r() < 0.5 ? e.data : e.data.subarray(0, int(r, e.data.length));
    es.splice(int(r, es.length + 1), 0, { ...e, data: copy });
    return `duplicate ${e.name}`;
  },
  renameEntry: (r, es) => {
    const e = pick(r, es);
    const before = e.name;
    e.name = pick(r, [
      pick(r, NAMES),
      `/${e.name}`,
      e.name.toUpperCase(),
      e.name.replace(/\//g, '\\'),
      `../../${e.name}`,
      `${e.name}.bak`,
      `xl/worksheets/表${int(r, 3)}.xml`,
      '',
    ]);
    return `rename ${before} -> ${e.name}`;
  },
  swapContents: (r, es) => {
    const a = pick(r, es);
    const b = pick(r, es);
    [a.data, b.data] = [b.data, a.data];
    return `swap ${a.name} <-> ${b.name}`;
  },
  lieAboutSize: (r, es) => {
    const e = pick(r, es);
    e.declaredSize = pick(r, [0, 1, Math.floor(e.data.length / 2), e.data.length * 1000, 0xffffffff]);
    return `size ${e.name} says ${e.declaredSize}`;
  },
  emptyEntry: (r, es) => {
    const e = pick(r, es);
    e.data = new Uint8Array();
    return `empty ${e.name}`;
  },
  manyEntries: (r, es) => {
    const n = pick(r, [100, 4_990, 5_001, 70_000]);
    for (let i = 0; i < n; i++) es.push({ name: `customXml/item${i}.xml`, data: new Uint8Array(), method: 0 });
    return `entries +${n}`;
  },
  oddMethod: (r, es) => {
    const e = pick(r, es);
    e.method = pick(r, [0, 1, 12, 99]);
    return `method ${e.name} ${e.method}`;
  },
};

// ---- bytes --------------------------------------------------------------------------------------------------

type ByteMutation = (r: Rand, data: Uint8Array) => { data: Uint8Array; step: string };

const BYTE_MUTATIONS: Record<string, ByteMutation> = {
  flipBits: (r, data) => {
    const out = new Uint8Array(data);
    const n = 1 + int(r, 16);
    for (let i = 0; i < n; i++) out[int(r, out.length)]! ^= 1 << int(r, 8);
    return { data: out, step: `flip ${n}` };
  },
  truncate: (r, data) => {
    const at = int(r, data.length);
    return { data: data.subarray(0, at), step: `truncate ${at}` };
  },
  insertBytes: (r, data) => {
    const n = 1 + int(r, 64);
    const bytes = new Uint8Array(n).map(() => int(r, 256));
    const at = int(r, data.length + 1);
    return { data: insertAt(data, at, bytes), step: `insert ${n}@${at}` };
  },
  deleteRange: (r, data) => {
    const at = int(r, data.length);
    const n = 1 + int(r, 256);
    return { data: new Uint8Array([...data.subarray(0, at), ...data.subarray(at + n)]), step: `delete ${n}@${at}` };
  },
  textRun: (r, data) => {
    const n = pick(r, [10_000, 1_000_000]);
    const run = pick(r, ['\n', '\r\n', ',', ' ', '"', '(', '""', '\t']).repeat(n);
    const at = int(r, data.length + 1);
    return { data: insertAt(data, at, enc(run)), step: `run ${JSON.stringify(run.slice(0, 2))}×${n}@${at}` };
  },
  overwrite: (r, data) => {
    const out = new Uint8Array(data);
    const at = int(r, out.length);
    const n = 1 + int(r, 32);
    const v = pick(r, [0x00, 0xff, -1]);
    for (let i = at; i < Math.min(out.length, at + n); i++) out[i] = v < 0 ? int(r, 256) : v;
    return { data: out, step: `overwrite ${n}@${at}` };
  },
};

/** The parts worth mutating most: sheets and shared strings, then the rest of the XML. */
function pickXmlEntry(r: Rand, es: RawEntry[]): RawEntry | undefined {
  const xml = es.filter((e) => /\.(xml|rels)$/.test(e.name));
  const hot = xml.filter((e) => /worksheets\/|sharedStrings|workbook\.xml$|word\/document\.xml$/.test(e.name));
  return r() < 0.75 && hot.length > 0 ? pick(r, hot) : xml.length > 0 ? pick(r, xml) : undefined;
}

/** Variant `index` of run `seed`: one to three mutations of one sample, chosen by the seed alone. */
export function makeVariant(bases: Base[], seed: number, index: number): Variant {
  const r = rng((seed * 1_000_003 + index * 7919) >>> 0);
  r();
  const base = pick(r, bases);
  const steps: string[] = [base.name];
  let data: Uint8Array;
  if (base.entries) {
    const entries = base.entries.map((e) => ({ ...e }));
    const n = 1 + int(r, 3);
    // Some writers put ZIP64 fields in every file, however small.
    const zip64 = r() < 0.1;
    if (zip64) steps.push('zip64');
    for (let i = 0; i < n; i++) {
      const kind = r();
      if (kind < 0.6) {
        const e = pickXmlEntry(r, entries);
        if (!e) continue;
        const [name, m] = pick(r, Object.entries(XML_MUTATIONS));
        const out = m(r, e.data);
        e.data = out.data;
        steps.push(`${name} ${e.name}: ${out.step}`);
      } else if (kind < 0.85 && entries.length > 0) {
        const [name, m] = pick(r, Object.entries(ZIP_MUTATIONS));
        steps.push(`${name}: ${m(r, entries)}`);
      }
    }
    data = writeZip(entries, { zip64 });
  } else {
    data = base.bytes;
  }
  // Byte mutations on the file as a whole: always for a CSV, sometimes for a workbook.
  if (!base.entries || r() < 0.3) {
    const [name, m] = pick(r, Object.entries(BYTE_MUTATIONS));
    const out = m(r, data);
    data = out.data;
    steps.push(`${name}: ${out.step}`);
  }
  return { id: `${seed}:${index}`, fileName: `${index}-${base.name}`, data, steps };
}
