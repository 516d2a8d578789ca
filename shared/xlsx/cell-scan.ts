// The commonest shapes of a sheet's cell (<c …/>, <c …><v>…</v></c>) and of a shared string (<si><t>…</t></si>) read
// straight off the part's text, cutting out nothing but what is kept; any other shape is left to the XML scanner.
import { Attributes, isNameEnd, tagEndAt, textAt } from './xml-scan';

/** Where a cell read by `readCell` keeps its parts in the sheet's text; -1 for a part it does not have. */
export class CellScan {
  rStart = -1;
  rEnd = -1;
  tStart = -1;
  tEnd = -1;
  sStart = -1;
  sEnd = -1;
  /** Its <v>'s text (-1 when it has no <v>). */
  vStart = -1;
  vEnd = -1;
  /** Just past the cell's end. */
  end = 0;
  /** A row's texts by column as they are read, '' where it has none: one array for every row (see readRow). */
  readonly line: string[] = [];
  private readonly attributes = new Attributes();

  constructor(readonly xml: string) {}

  /**
   * Reads the cell whose tag starts at `at`: true when it is <c …/>, <c …></c> or <c …><v>…</v></c> written plainly
   * (its tags and nesting as the scanner would check them); false, having changed nothing the caller uses, otherwise.
   */
  readCell(at: number): boolean {
    const xml = this.xml;
    if (xml.charCodeAt(at) !== 60 /* < */ || xml.charCodeAt(at + 1) !== 99 /* c */) return false;
    if (!isNameEnd(xml.charCodeAt(at + 2))) return false;
    const close = tagEndAt(xml, at);
    if (close < 0) return false;
    const selfClosing = xml.charCodeAt(close - 1) === 47; /* / */
    this.readAttributes(at + 2, selfClosing ? close - 1 : close);
    this.vStart = -1;
    if (selfClosing) {
      this.end = close + 1;
      return true;
    }
    const p = close + 1;
    if (xml.startsWith('</c>', p)) {
      this.end = p + 4;
      return true;
    }
    if (!xml.startsWith('<v>', p)) return false;
    const lt = xml.indexOf('<', p + 3);
    if (lt < 0 || !xml.startsWith('</v></c>', lt)) return false;
    this.vStart = p + 3;
    this.vEnd = lt;
    this.end = lt + 8;
    return true;
  }

  /** The cell's r, t and s, as the scanner's attribute reader finds them (the first of each name). */
  private readAttributes(start: number, end: number): void {
    this.rStart = this.rEnd = this.tStart = this.tEnd = this.sStart = this.sEnd = -1;
    if (this.plainAttributes(start, end)) return;
    this.rStart = this.rEnd = this.tStart = this.tEnd = this.sStart = this.sEnd = -1;
    const xml = this.xml;
    const a = this.attributes.read(xml, start, end);
    for (let k = 0; k < a.end; k += 4) {
      if (a.nameEnd(k) - a.nameStart(k) === 1)
        this.keep(xml.charCodeAt(a.nameStart(k)), a.valueStart(k), a.valueEnd(k));
    }
  }

  /**
   * The attributes when each is written plainly, ` name="value"` (one space before, no prefix), read at once: as the
   * scanner's reader reads them, in less time. False for any other way of writing them, read then by that reader.
   */
  private plainAttributes(from: number, end: number): boolean {
    const xml = this.xml;
    let i = from;
    while (i < end) {
      if (xml.charCodeAt(i) !== 32) return false;
      const nameStart = ++i;
      for (;;) {
        if (i >= end) return false;
        const c = xml.charCodeAt(i);
        if (c === 61 /* = */) break;
        // Whitespace, a prefix's colon, quotes: written otherwise than plainly.
        if (c <= 32 || c === 58 || c === 34 || c === 39) return false;
        i++;
      }
      if (i === nameStart || xml.charCodeAt(i + 1) !== 34 /* " */) return false;
      const valueEnd = xml.indexOf('"', i + 2);
      if (valueEnd < 0 || valueEnd >= end) return false;
      if (i - nameStart === 1) this.keep(xml.charCodeAt(nameStart), i + 2, valueEnd);
      i = valueEnd + 1;
    }
    return true;
  }

  /** An attribute named by one letter: r, t or s is kept, the first of each. */
  private keep(name: number, start: number, end: number): void {
    if (name === 114 /* r */ && this.rStart < 0) {
      this.rStart = start;
      this.rEnd = end;
    } else if (name === 116 /* t */ && this.tStart < 0) {
      this.tStart = start;
      this.tEnd = end;
    } else if (name === 115 /* s */ && this.sStart < 0) {
      this.sStart = start;
      this.sEnd = end;
    }
  }

  /**
   * The text of the shared string starting at `at` when it is <si><t>…</t></si> or <si><t …>…</t></si> written
   * plainly (entities decoded; `end` set past it); undefined otherwise.
   */
  readSharedString(at: number): string | undefined {
    const xml = this.xml;
    if (!xml.startsWith('<si><t', at) || !isNameEnd(xml.charCodeAt(at + 6))) return undefined;
    const close = tagEndAt(xml, at + 4);
    if (close < 0 || xml.charCodeAt(close - 1) === 47 /* / */) return undefined;
    const lt = xml.indexOf('<', close + 1);
    if (lt < 0 || !xml.startsWith('</t></si>', lt)) return undefined;
    this.end = lt + 9;
    return textAt(xml, close + 1, lt);
  }
}
