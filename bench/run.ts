import { formatTable, type BenchRow } from './bench-row';
import { runCoreRulesBenchmarks } from './core-rules-bench';
import { runDatabaseBenchmarks } from './db-bench';

/**
 * `npm run bench`: every benchmark of the project as one table of figures, targets and ratios. Speed and memory
 * targets live here, not in timed unit tests. `npm run bench -- core` runs only the rules rows, `npm run bench -- db` only the database rows.
 */
const groups: Readonly<Record<string, () => BenchRow[] | Promise<BenchRow[]>>> = {
  core: runCoreRulesBenchmarks,
  db: runDatabaseBenchmarks,
};

const selected = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, run] of Object.entries(groups)) {
  if (selected.length > 0 && !selected.includes(name)) continue;
  process.stderr.write(`${name} ölçülüyor…\n`);
  rows.push(...(await run()));
}
process.stdout.write(`${formatTable(rows)}\n`);
