import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../../electron/services/workflows/transitions';

/** The README's state diagrams are the transition table, row for row (STYLE.md: workflows rendered from the data). */
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const diagramLines = readme
  .split('\n')
  .filter((line) => / --> /.test(line))
  .map((line) => line.trim());

describe('README state diagrams', () => {
  it.each(TRANSITIONS.map((row) => [`${row.kind}: ${row.from} → ${row.to}`, row] as const))('shows %s', (_name, row) => {
    const guards = row.guards.length === 0 ? '' : ` [${row.guards.join(', ')}]`;
    expect(diagramLines).toContain(`${row.from} --> ${row.to}: ${row.roles.join(', ')}${guards}`);
  });

  it('shows no transition the table does not have', () => {
    expect(diagramLines).toHaveLength(TRANSITIONS.length);
  });
});
