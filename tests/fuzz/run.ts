// npm run fuzz [-- --count N --seed S --from I --xls]: thousands of mutated workbooks (old .xls ones with --xls)
// through the importer and the host.
import { parseArgs } from 'node:util';
import { fuzz } from './harness';
import { loadXlsBases, makeXlsVariant } from './mutate-xls';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '9' },
    from: { type: 'string', default: '0' },
    verbose: { type: 'boolean', default: false },
    xls: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const variantsOf = (bases: ReturnType<typeof loadXlsBases>) => (s: number, i: number) => makeXlsVariant(bases, s, i);
const seed = Number(values.seed);
let done = 0;
const report = await fuzz({
  seed,
  count,
  from: Number(values.from),
  ...(values.xls ? { variants: variantsOf(loadXlsBases()) } : {}),
  onVariant: (v, reply) => {
    done++;
    if (values.verbose)
      process.stdout.write(`${v.id} ${'died' in reply ? reply.died : reply.outcome} ${v.steps.join(' ; ')}\n`);
    else if (done % 100 === 0) process.stdout.write(`${done}/${count}\n`);
  },
});
for (const f of report.failures)
  process.stdout.write(`FAIL ${f.id}\n  ${f.steps.join('\n  ')}\n  => ${f.problems.join('\n  => ')}\n`);
process.stdout.write(
  `${JSON.stringify({ seed, variants: report.variants, failures: report.failures.length, seconds: Math.round(report.ms / 1000), outcomes: report.outcomes })}\n`,
);
process.exitCode = report.failures.length === 0 ? 0 : 1;
