// The plan list's search: a plan is found by every word of the query in its title, issuer, 文号 or year.

/** Whether a plan's title, issuer, 文号 or year holds every word of the query (spaces, full-width too, part words). */
export function matchesPlan(p: { title: string; issuer: string; docNo: string; year: number }, query: string): boolean {
  const hay = `${p.title} ${p.issuer} ${p.docNo} ${p.year}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/[\s\u3000]+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}
