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
function isNameEnd(c: number): boolean {
  return c === 32 || c === 47 || c === 62 || c === 9 || c === 10 || c === 13;
}

export class XmlScanner {
  /** Local name (without its prefix) of the tag just read. */
  name = '';
  /** Raw attribute text of the tag just read (see `attributes`). */
  attrs = '';
  selfClosing = false;
  /** Raw text just read, entities not yet decoded (see `decodeXml`), unless it is a CDATA section's. */
  text = '';
  /** The text just read is a CDATA section's: taken as written, nothing decoded. */
  cdata = false;
  private pos = 0;
  private readonly stack: string[] = [];
  /** A self-closing tag is reported as an OPEN, then a CLOSE. */
  private pendingClose = false;
  private readonly attributes = new Attributes();
  private attributesRead = false;
  private rootSeen = false;

  constructor(private readonly xml: string) {}

  /** Nesting depth: elements open around the current token. */
  get depth(): number {
    return this.stack.length;
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
        this.text = xml.slice(at, this.pos);
        this.cdata = false;
        if (this.stack.length === 0) {
          if (this.text.trim() !== '') throw new XmlError('text outside the root');
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
          this.text = xml.slice(at + 9, end - 3);
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
      let nameEnd = at + (closing ? 2 : 1);
      while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
      const qualified = xml.slice(at + (closing ? 2 : 1), nameEnd);
      if (qualified === '') throw new XmlError(`bad tag at ${at}`);
      this.pos = end + 1;
      const colon = qualified.indexOf(':');
      this.name = colon < 0 ? qualified : qualified.slice(colon + 1);
      if (closing) {
        const open = this.stack.pop();
        if (open !== qualified) throw new XmlError(`</${qualified}> closes <${open ?? ''}>`);
        return CLOSE;
      }
      // A document has one root element: Excel refuses a part with two, whichever a reader would take.
      if (this.stack.length === 0 && this.rootSeen) throw new XmlError('a second root element');
      this.rootSeen = true;
      this.selfClosing = xml.charCodeAt(end - 1) === 47; /* / */
      this.attrs = xml.slice(nameEnd, this.selfClosing ? end - 1 : end);
      this.attributesRead = false;
      this.stack.push(qualified);
      this.pendingClose = this.selfClosing;
      return OPEN;
    }
  }

  /** Where the tag starting at `at` ends (its '>'): a quoted attribute value may hold '>'. */
  private tagEnd(at: number): number {
    const xml = this.xml;
    for (let i = at + 1; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c === 62 /* > */) return i;
      if (c === 34 /* " */ || c === 39 /* ' */) {
        const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
        if (close < 0) break;
        i = close;
      }
    }
    throw new XmlError(`unclosed tag at ${at}`);
  }

  /** An attribute of the tag just opened, by local name (r:id is `id`), decoded; undefined when it has none. */
  attr(name: string): string | undefined {
    if (!this.attributesRead) {
      this.attributes.read(this.attrs);
      this.attributesRead = true;
    }
    return this.attributes.get(name);
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

/**
 * The attributes of one tag at a time, by local name (a prefix such as r: in r:id is dropped), values decoded. One
 * reader serves every tag of a part, so that reading a cell's three attributes makes no object of its own.
 */
class Attributes {
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  private count = 0;

  /** Reads the raw attribute text of a tag (XmlScanner's `attrs`); a malformed pair ends the reading. */
  read(raw: string): this {
    this.count = 0;
    let i = 0;
    const n = raw.length;
    while (i < n) {
      while (i < n && isSpace(raw.charCodeAt(i))) i++;
      const start = i;
      while (i < n && raw.charCodeAt(i) !== 61 /* = */ && !isSpace(raw.charCodeAt(i))) i++;
      if (i === start) break;
      const name = raw.slice(start, i);
      while (i < n && isSpace(raw.charCodeAt(i))) i++;
      if (raw.charCodeAt(i) !== 61) break;
      i++;
      while (i < n && isSpace(raw.charCodeAt(i))) i++;
      const q = raw.charCodeAt(i);
      if (q !== 34 && q !== 39) break;
      const end = raw.indexOf(q === 34 ? '"' : "'", i + 1);
      if (end < 0) break;
      const value = raw.slice(i + 1, end);
      i = end + 1;
      // Namespace declarations are not attributes of the element (xmlns:r is not the r of a cell).
      if (name.startsWith('xmlns')) continue;
      const colon = name.indexOf(':');
      this.names[this.count] = colon < 0 ? name : name.slice(colon + 1);
      this.values[this.count] = value.includes('&') ? decodeXml(value) : value;
      this.count++;
    }
    return this;
  }

  get(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return this.values[i];
    return undefined;
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
