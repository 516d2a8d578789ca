// The .xls reader under a few hundred mutated old workbooks (BIFF records, the compound file around them, bytes),
// each through importFile and the host's import, in a child process under a hang limit. `npm run fuzz -- --xls` runs thousands.
import { describe, expect, it } from 'vitest';
import { fuzz, FILE_TIME_LIMIT_MS } from '../fuzz/harness';
import { loadXlsBases, makeXlsVariant } from '../fuzz/mutate-xls';

/** Fixed, so that a failure here is the same failure on every machine; `npm run fuzz -- --xls --seed S` tries others. */
const SEED = 20_261_130;
const VARIANTS = 300;

describe('the .xls reader under mutated files', () => {
  it(`answers each of ${VARIANTS} damaged .xls workbooks with data or a Chinese message, within ${FILE_TIME_LIMIT_MS / 1000} s, and never leaves a partial plan`, async () => {
    const bases = loadXlsBases();
    const report = await fuzz({ seed: SEED, count: VARIANTS, variants: (s, i) => makeXlsVariant(bases, s, i) });
    expect(report.failures).toEqual([]);
    // The mutations reach both sides: files that still read, and files refused as damaged.
    expect(report.outcomes.ok).toBeGreaterThan(VARIANTS / 10);
    expect(report.outcomes.IMPORT_CORRUPT).toBeGreaterThan(VARIANTS / 10);
  }, 300_000);
});
