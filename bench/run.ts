import { formatTable, type BenchRow } from './bench-row';

/**
 * `npm run bench`: every benchmark of the project as one table of figures, targets and ratios. Speed and memory
 * targets live here, not in timed unit tests. `npm run bench -- core` runs only the rules rows, `npm run bench -- db`
 * only the database rows, `npm run bench -- app` only the application's (browser mode, HTTP round trips). A group's modules are loaded only when it runs: the rules' figures are measured in a
 * process that has not loaded the database stack.
 */
const groups: Readonly<Record<string, () => Promise<BenchRow[]>>> = {
  core: async () => (await import('./core-rules-bench')).runCoreRulesBenchmarks(),
  db: async () => (await import('./db-bench')).runDatabaseBenchmarks(),
  sync: async () => (await import('./sync-bench')).runSyncBenchmarks(),
  forms: async () => (await import('./forms-bench')).runFormsBenchmarks(),
  app: async () => (await import('./app-bench')).runAppBenchmarks(),
  feed: async () => (await import('./feed-bench')).runFeedBenchmarks(),
  ui: async () => (await import('./ui-bench')).runUiBenchmarks(),
  impact: async () => (await import('./impact-bench')).runImpactBenchmarks(),
};

const selected = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, run] of Object.entries(groups)) {
  if (selected.length > 0 && !selected.includes(name)) continue;
  process.stderr.write(`${name} ölçülüyor…\n`);
  rows.push(...(await run()));
}
process.stdout.write(`${formatTable(rows)}\n`);
