import { describe, expect, it } from 'vitest';
import { findingsOf, judge, type Severity } from './electronegativity-report';

/** The CI gate over electronegativity's SARIF: HIGH and MEDIUM fail unless excluded with a reason. */
const sarif = (rule: string, uri: string) =>
  JSON.stringify({
    runs: [
      {
        results: [
          {
            ruleId: rule,
            level: 'warning',
            message: { text: 'm' },
            locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 3 } } }],
          },
        ],
      },
    ],
  });
const severities = new Map<string, Severity>([
  ['H', 'HIGH'],
  ['M', 'MEDIUM'],
  ['L', 'LOW'],
  ['I', 'INFORMATIONAL'],
]);

describe('electronegativity gate', () => {
  it.each([
    ['HIGH fails', 'H', [], 1],
    ['MEDIUM fails', 'M', [], 1],
    ['LOW passes', 'L', [], 0],
    ['INFORMATIONAL passes', 'I', [], 0],
    ['an unknown rule counts as HIGH', 'NEW_CHECK', [], 1],
    ['an exclusion with a reason passes', 'M', [{ rule: 'M', file: 'a.ts', reason: 'reviewed' }], 0],
    ['an exclusion without a reason does not', 'M', [{ rule: 'M', file: 'a.ts', reason: ' ' }], 1],
    ['an exclusion for another file does not', 'H', [{ rule: 'H', file: 'b.ts', reason: 'reviewed' }], 1],
  ])('%s', (_name, rule, exclusions, failing) => {
    const verdict = judge(findingsOf(sarif(rule, 'a.ts')), severities, exclusions);
    expect(verdict.failing).toHaveLength(failing);
  });

  it('reports exclusions nothing matches', () => {
    const verdict = judge([], severities, [{ rule: 'M', file: 'a.ts', reason: 'old' }]);
    expect(verdict.unusedExclusions).toHaveLength(1);
  });
});
