// Tab-separated text as Excel and WPS put it on the clipboard: quoted cells keep their line breaks and tabs.

/** Parses clipboard text into rows of cells. A quoted cell ("a\nb", "say ""hi""") stays one cell. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let cell: string;
    if (text[i] === '"') {
      const end = findClosingQuote(text, i + 1);
      if (end >= 0) {
        cell = text.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
      } else {
        // An opening quote with no closing one: Excel treats the text literally.
        const stop = nextDelimiter(text, i);
        cell = text.slice(i, stop);
        i = stop;
      }
    } else {
      const stop = nextDelimiter(text, i);
      cell = text.slice(i, stop);
      i = stop;
    }
    row.push(cell);
    if (i >= n) break;
    if (text[i] === '\t') {
      i++;
      if (i === n) row.push('');
      continue;
    }
    // A line break ends the row: \r\n, \n or \r.
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i++;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  if (row.length > 0) rows.push(row);
  return rows.map((r) => r.map(normalizeLineBreaks));
}

/** A quoted cell ends at a quote followed by a tab, a line break or the end of the text. */
function findClosingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    if (text[q + 1] === '"') {
      i = q + 2;
      continue;
    }
    const after = text[q + 1];
    if (after === undefined || after === '\t' || after === '\n' || after === '\r') return q;
    i = q + 1;
  }
  return -1;
}

function nextDelimiter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\t' || c === '\n' || c === '\r') return i;
  }
  return text.length;
}

function normalizeLineBreaks(cell: string): string {
  return cell.replace(/\r\n?/g, '\n');
}

/** Writes cells the way Excel does, so Excel, WPS and a text editor all read the same block back. */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteCell).join('\t')).join('\r\n') + '\r\n';
}

function quoteCell(cell: string): string {
  // Excel quotes a cell only when it holds a tab or a line break, or starts with a quote.
  if (/[\t\n\r]/.test(cell) || cell.startsWith('"')) {
    return '"' + cell.replace(/\r\n?/g, '\n').replace(/"/g, '""') + '"';
  }
  return cell;
}
