import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../core/scenarios/run-scenario';
import { scenarioFiles } from '../../electron/cli/commands/scenarios';

/** The public scenarios (../shared/scenarios) and the project's own (test/scenarios) run in the suite. */
const SETS = [
  { name: 'public', dir: new URL('../../../shared/scenarios', import.meta.url).pathname },
  { name: 'project', dir: new URL('../scenarios', import.meta.url).pathname },
];

describe.each(SETS)('$name scenarios', ({ dir }) => {
  const files = scenarioFiles(dir);

  it('has scenario files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [relative(dir, file), file]))('%s', (_name, file) => {
    const verdict = runScenario(readFileSync(file, 'utf8'), relative(dir, file));
    expect(verdict).toEqual({ status: 'PASS', id: verdict.id });
  });
});
