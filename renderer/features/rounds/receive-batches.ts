// How returned files go to the host: in calls of about equal work, so that progress shows and no call is huge.

/**
 * At most this much a call: reading 4 MB of returned workbooks takes the host about half a second, so progress
 * moves about twice a second however large the files, and each call's fixed cost (the plan and its units read
 * once a call) stays small beside its reading.
 */
const BATCH_BYTES = 4 * 1024 * 1024;
/** And at most this many files, so that many tiny files still show progress. */
const BATCH_FILES = 200;

/** The files in order, cut into calls of at most BATCH_BYTES (a larger file goes alone) or BATCH_FILES files. */
export function batchesOf<T extends { size: number }>(files: readonly T[]): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const f of files) {
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + f.size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(f);
    bytes += f.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}
