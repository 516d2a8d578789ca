// A small pull scanner for the XML parts of a workbook: tags, their attributes and text, one token at a time, with
// the nesting checked so that a part cut short or garbled is noticed. No entities beyond XML's own are expanded.

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof END;

/** Thrown for XML that is not well formed; the reader turns it into the file's 已损坏 message. */
export class XmlError extends Error {}

/** Whitespace, '/' and '>' end a tag's name. */
export function isNameEnd(c: number): boolean {
  return c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13;
}

/** Names met in a part, kept once: a tag's name is compared in place and its string reused, never cut out again. */
class NameTable {
  private readonly qualified: string[] = [];
  private readonly local: string[] = [];

  /** The qualified name at [start, end) of `xml`, and (in `localName`) its local name, from the table when met before. */
  lookup(xml: string, start: number, end: number): number {
    const length = end - start;
    const q = this.qualified;
    for (let i = 0; i < q.length; i++) {
      if (q[i]!.length !== length || !xml.startsWith(q[i]!, start)) continue;
      // Names met often move to the front (a sheet's c and v), a step at a time.
      return i > 0 ? this.swap(i, i - 1) : i;
    }
    const name = xml.slice(start, end);
    const colon = name.indexOf(':');
    // A part with more names than this is odd; its names are still read, the table just stops growing.
    if (q.length >= MAX_NAMES) {
      q[MAX_NAMES] = name;
      this.local[MAX_NAMES] = colon < 0 ? name : name.slice(colon + 1);
      return MAX_NAMES;
    }
    q.push(name);
    this.local.push(colon < 0 ? name : name.slice(colon + 1));
    return q.length - 1;
  }

  private swap(i: number, j: number): number {
    const q = this.qualified;
    const l = this.local;
    [q[i], q[j]] = [q[j]!, q[i]!];
    [l[i], l[j]] = [l[j]!, l[i]!];
    return j;
  }

  qualifiedName(i: number): string {
    return this.qualified[i]!;
  }

  localName(i: number): string {
    return this.local[i]!;
  }
}

const MAX_NAMES = 256;

export class XmlScanner {
  /** Local name (without its prefix) of the tag just read. */
  name = '';
  selfClosing = false;
  /** The text just read is a CDATA section's: taken as written, nothing decoded. */
  cdata = false;
  private pos = 0;
  /** The open elements' qualified names. */
  private readonly stack: string[] = [];
  /** A self-closing tag is reported as an OPEN, then a CLOSE. */
  private pendingClose = false;
  private readonly names = new NameTable();
  private readonly attributes = new Attributes();
  private attributesRead = false;
  private rootSeen = false;
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private textEnd = 0;

  /** Where the value `attrRange` found lies in `xml`. */
  valueStart = 0;
  valueEnd = 0;

  constructor(readonly xml: string) {}

  /** Nesting depth: elements open around the current token. */
  get depth(): number {
    return this.stack.length;
  }

  /**
   * Where the next token starts in `xml`, for a caller that reads some elements itself (see `skipTo`); -1 while the
   * end of a self-closing tag is still to be reported.
   */
  get position(): number {
    return this.pendingClose ? -1 : this.pos;
  }

  /**
   * Goes on from `to`: the caller has read [position, to) itself, and it is whole elements (each closed, checked as
   * `next` would check them) and text, so that the open elements are as they were.
   */
  skipTo(to: number): void {
    this.pos = to;
  }

  /** Raw text just read, entities not yet decoded (see `decodeXml`), unless it is a CDATA section's. */
  get text(): string {
    return this.xml.slice(this.textStart, this.textEnd);
  }

  /** Raw attribute text of the tag just read. */
  get attrs(): string {
    return this.xml.slice(this.attrStart, this.attrEnd);
  }

  next(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.stack.pop();
      return CLOSE;
    }
    const xml = this.xml;
    for (;;) {
      const at = this.pos;
      if (at >= xml.length) {
        if (this.stack.length > 0) throw new XmlError(`unclosed <${this.stack[this.stack.length - 1]}>`);
        return END;
      }
      if (xml.charCodeAt(at) !== 60 /* < */) {
        const lt = xml.indexOf('<', at);
        this.pos = lt < 0 ? xml.length : lt;
        this.textStart = at;
        this.textEnd = this.pos;
        this.cdata = false;
        if (this.stack.length === 0) {
          if (!isBlank(xml, at, this.pos)) throw new XmlError('text outside the root');
          continue;
        }
        return TEXT;
      }
      const second = xml.charCodeAt(at + 1);
      if (second === 63 /* ? */) {
        this.pos = this.skipPast('?>', at);
        continue;
      }
      if (second === 33 /* ! */) {
        if (xml.startsWith('<!--', at)) {
          this.pos = this.skipPast('-->', at);
          continue;
        }
        if (xml.startsWith('<![CDATA[', at)) {
          const end = this.skipPast(']]>', at);
          this.textStart = at + 9;
          this.textEnd = end - 3;
          this.cdata = true;
          this.pos = end;
          if (this.stack.length === 0) throw new XmlError('text outside the root');
          return TEXT;
        }
        this.pos = this.skipDoctype(at);
        continue;
      }
      const end = this.tagEnd(at);
      const closing = second === 47; /* / */
      const nameStart = at + (closing ? 2 : 1);
      let nameEnd = nameStart;
      while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
      if (nameEnd === nameStart) throw new XmlError(`bad tag at ${at}`);
      this.pos = end + 1;
      if (closing) return this.close(nameStart, nameEnd);
      // A document has one root element: Excel refuses a part with two, whichever a reader would take.
      if (this.stack.length === 0 && this.rootSeen) throw new XmlError('a second root element');
      this.rootSeen = true;
      const id = this.names.lookup(xml, nameStart, nameEnd);
      this.name = this.names.localName(id);
      this.selfClosing = xml.charCodeAt(end - 1) === 47; /* / */
      this.attrStart = nameEnd;
      this.attrEnd = this.selfClosing ? end - 1 : end;
      this.attributesRead = false;
      this.stack.push(this.names.qualifiedName(id));
      this.pendingClose = this.selfClosing;
      return OPEN;
    }
  }

  /** An end tag, whose name must be the innermost open element's, compared in place. */
  private close(nameStart: number, nameEnd: number): Token {
    const open = this.stack.pop();
    if (open === undefined || open.length !== nameEnd - nameStart || !this.xml.startsWith(open, nameStart)) {
      throw new XmlError(`</${this.xml.slice(nameStart, nameEnd)}> closes <${open ?? ''}>`);
    }
    const colon = open.indexOf(':');
    this.name = colon < 0 ? open : open.slice(colon + 1);
    return CLOSE;
  }

  /** Where the tag starting at `at` ends (its '>'): a quoted attribute value may hold '>'. */
  private tagEnd(at: number): number {
    const end = tagEndAt(this.xml, at);
    if (end < 0) throw new XmlError(`unclosed tag at ${at}`);
    return end;
  }

  /** An attribute of the tag just opened, by local name (r:id is `id`), decoded; undefined when it has none. */
  attr(name: string): string | undefined {
    if (!this.attributesRead) {
      this.attributes.read(this.xml, this.attrStart, this.attrEnd);
      this.attributesRead = true;
    }
    return this.attributes.get(name);
  }

  /**
   * An attribute's value as a number, read in place when it is written as plain digits (a row number, a style
   * index); otherwise as Number() reads its decoded text. undefined when the tag has no such attribute.
   */
  attrNumber(name: string): number | undefined {
    if (!this.attributesRead) {
      this.attributes.read(this.xml, this.attrStart, this.attrEnd);
      this.attributesRead = true;
    }
    const k = this.attributes.find(name);
    if (k < 0) return undefined;
    return numberAt(this.xml, this.attributes.valueStart(k), this.attributes.valueEnd(k));
  }

  /**
   * Finds an attribute whose value needs no decoding, and sets `valueStart` and `valueEnd` to where its value lies in
   * `xml`, so that it can be read without cutting it out; false when the tag has none, or its value holds an entity.
   */
  attrRange(name: string): boolean {
    if (!this.attributesRead) {
      this.attributes.read(this.xml, this.attrStart, this.attrEnd);
      this.attributesRead = true;
    }
    const k = this.attributes.find(name);
    if (k < 0) return false;
    const start = this.attributes.valueStart(k);
    const end = this.attributes.valueEnd(k);
    for (let i = start; i < end; i++) if (this.xml.charCodeAt(i) === 38 /* & */) return false;
    this.valueStart = start;
    this.valueEnd = end;
    return true;
  }

  /**
   * The next token inside the element just opened (its depth taken as `this.depth` then): END once its end tag has
   * been read (at once for a self-closing one). A part that ends inside it is damaged.
   */
  nextWithin(depth: number): Token {
    const t = this.next();
    if (t === END) throw new XmlError('unexpected end');
    return t === CLOSE && this.stack.length < depth ? END : t;
  }

  /** The decoded text of the element just opened, up to its end tag (which is consumed); '' when self-closing. */
  textContent(): string {
    const depth = this.stack.length;
    let out = '';
    for (let t = this.nextWithin(depth); t !== END; t = this.nextWithin(depth)) {
      if (t === TEXT) out += this.cdata ? this.text : decodeXml(this.text);
    }
    return out;
  }

  /**
   * The content of the element just opened as a whole number (a shared string's index), read in place when it is
   * plain digits; otherwise as Number() reads its decoded text; null when it holds no text. The end tag is consumed.
   */
  intContent(): number | null {
    const depth = this.stack.length;
    if (this.selfClosing) {
      this.nextWithin(depth);
      return null;
    }
    const t = this.nextWithin(depth);
    if (t === TEXT && !this.cdata && this.textEnd - this.textStart <= 15) {
      let n = 0;
      let plain = this.textEnd > this.textStart;
      for (let i = this.textStart; i < this.textEnd && plain; i++) {
        const d = this.xml.charCodeAt(i) - 48;
        plain = d >= 0 && d <= 9;
        n = n * 10 + d;
      }
      if (plain && this.nextWithin(depth) === END) return n;
    }
    // Anything else: the text as textContent would give it, from where the scanner stands.
    let out = t === TEXT ? (this.cdata ? this.text : decodeXml(this.text)) : '';
    for (let u = t; u !== END;) {
      u = this.nextWithin(depth);
      if (u === TEXT) out += this.cdata ? this.text : decodeXml(this.text);
    }
    return out === '' ? null : Number(out);
  }

  /** Skips the element just opened, with all it holds. */
  skipElement(): void {
    const depth = this.stack.length;
    while (this.nextWithin(depth) !== END);
  }

  private skipPast(end: string, from: number): number {
    const i = this.xml.indexOf(end, from);
    if (i < 0) throw new XmlError(`no ${end}`);
    return i + end.length;
  }

  /**
   * A <!DOCTYPE …> with its internal subset, whose entity declarations are not expanded; any other <!…> is no part of
   * a workbook. The subset's '[' is looked for only up to the declaration's own '>', so that many declarations cost
   * no more than reading them once.
   */
  private skipDoctype(at: number): number {
    if (!this.xml.startsWith('<!DOCTYPE', at)) throw new XmlError(`bad declaration at ${at}`);
    const xml = this.xml;
    for (let i = at + 9; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c === 62 /* > */) return i + 1;
      if (c === 91 /* [ */) return this.skipPast('>', this.skipPast(']', i));
    }
    throw new XmlError('no > after <!DOCTYPE');
  }
}

/** Where the tag starting at `at` of `xml` ends (its '>'), a quoted attribute value may hold '>'; -1 if it does not. */
export function tagEndAt(xml: string, at: number): number {
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/**
 * A raw value at [start, end) of `xml` (an attribute's, an element's text) as a number: read in place when it is
 * plain digits (a row number, a style or shared string's index), otherwise as Number() reads its decoded text.
 */
export function numberAt(xml: string, start: number, end: number): number {
  if (end - start <= 15) {
    let n = 0;
    let i = start;
    for (; i < end; i++) {
      const d = xml.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === end) return n;
  }
  return Number(decodeXml(xml.slice(start, end)));
}

/** The raw text at [start, end) of `xml` with its entities decoded, cut out once. */
export function textAt(xml: string, start: number, end: number): string {
  for (let i = start; i < end; i++) if (xml.charCodeAt(i) === 38 /* & */) return decodeXml(xml.slice(start, end));
  return xml.slice(start, end);
}

/** Only whitespace between `from` and `to` (any that trim() removes: a byte order mark, a full-width space). */
function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(s.charCodeAt(i))) return s.slice(i, to).trim() === '';
  return true;
}

/**
 * The attributes of one tag at a time, by local name (a prefix such as r: in r:id is dropped), values decoded. One
 * reader serves every tag of a part and keeps only where each name and value lies, so that a cell's attributes are
 * cut out of the part only when asked for.
 */
export class Attributes {
  /** For each attribute: where its local name starts and ends, where its value starts and ends. */
  private readonly at: number[] = [];
  private count = 0;
  private xml = '';

  /** Reads the attributes of a tag, at [start, end) of the part; a malformed pair ends the reading. */
  read(xml: string, start: number, end: number): this {
    this.xml = xml;
    this.count = 0;
    let i = start;
    while (i < end) {
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const nameStart = i;
      let colon = -1;
      for (; i < end; i++) {
        const c = xml.charCodeAt(i);
        if (c === 61 /* = */ || isSpace(c)) break;
        if (c === 58 /* : */) colon = i;
      }
      if (i === nameStart) break;
      const nameEnd = i;
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 61 || i >= end) break;
      i++;
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const q = xml.charCodeAt(i);
      if ((q !== 34 && q !== 39) || i >= end) break;
      const valueEnd = xml.indexOf(q === 34 ? '"' : "'", i + 1);
      if (valueEnd < 0 || valueEnd >= end) break;
      const valueStart = i + 1;
      i = valueEnd + 1;
      // Namespace declarations are not attributes of the element (xmlns:r is not the r of a cell).
      if (
        xml.charCodeAt(nameStart) === 120 /* x */ &&
        xml.startsWith('xmlns', nameStart) &&
        (nameEnd - nameStart === 5 || colon === nameStart + 5)
      )
        continue;
      const k = 4 * this.count++;
      this.at[k] = colon < 0 ? nameStart : colon + 1;
      this.at[k + 1] = nameEnd;
      this.at[k + 2] = valueStart;
      this.at[k + 3] = valueEnd;
    }
    return this;
  }

  /** Where attribute `name` is among those read (an index for `valueAt`), -1 when the tag has none. */
  find(name: string): number {
    for (let k = 0; k < 4 * this.count; k += 4) {
      if (this.at[k + 1]! - this.at[k]! === name.length && this.xml.startsWith(name, this.at[k]!)) return k;
    }
    return -1;
  }

  /** The attributes read are at 0, 4, 8, … up to `end` (an index for the accessors below). */
  get end(): number {
    return 4 * this.count;
  }

  /** Where the local name of the attribute at `k` starts and ends in the part. */
  nameStart(k: number): number {
    return this.at[k]!;
  }

  nameEnd(k: number): number {
    return this.at[k + 1]!;
  }

  /** Where the value of the attribute at `k` starts and ends in the part. */
  valueStart(k: number): number {
    return this.at[k + 2]!;
  }

  valueEnd(k: number): number {
    return this.at[k + 3]!;
  }

  get(name: string): string | undefined {
    const k = this.find(name);
    if (k < 0) return undefined;
    const value = this.xml.slice(this.at[k + 2]!, this.at[k + 3]!);
    return value.includes('&') ? decodeXml(value) : value;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five named entities and character references; anything else (an undeclared entity) is left as written. */
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named]!;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
