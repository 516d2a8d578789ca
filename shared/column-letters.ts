// Column letters as Excel and WPS name them (0 is A, 25 is Z, 26 is AA), both ways, for every reader and message.

/** The letters of a column counted from 0: 0 → A, 26 → AA, 16383 → XFD. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The column counted from 0 that letters name (A → 0, aa → 26); the caller has checked they are letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
