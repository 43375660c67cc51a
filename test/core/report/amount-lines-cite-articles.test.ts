import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AmountLine } from '../../../core/lib/amount-line';
import { evaluateClawbackCase, evaluateIkdpCase, evaluateItkfdpCase } from '../../../core/rules';
import { parseScenario } from '../../../core/scenarios/run-scenario';
import type { Scenario } from '../../../core/scenarios/scenario-schema';
import { scenarioFiles } from '../../../electron/cli/commands/scenarios';

/**
 * spec/domain-rules.md: every amount line the explanation prints cites the article its formula comes from (IKDP
 * 15(6), 15(7), 8(2); ITKFDP-II 7(3), 14(14); clawback 17(4)). The citation is part of the formula text, so the
 * stored decision, the PDF and the screen all carry it.
 */
const PROJECT = new URL('../../scenarios', import.meta.url).pathname;

function amountLines(scenario: Scenario): readonly AmountLine[] {
  switch (scenario.kind) {
    case 'ikdp-payments':
      return evaluateIkdpCase(scenario).requests.flatMap((request) => request.amountLines);
    case 'itkfdp-periods':
      return evaluateItkfdpCase(scenario).decisions.flatMap((decision) => decision.amountLines);
    case 'clawback': {
      const result = evaluateClawbackCase(scenario);
      return result.ok ? result.value.lines : [];
    }
    default:
      return [];
  }
}

const files = scenarioFiles(PROJECT).flatMap((file) => {
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  return parsed.ok ? [[relative(PROJECT, file), parsed.scenario] as const] : [];
});

describe('every amount line cites its article', () => {
  it('reads amount-bearing scenarios of each kind', () => {
    const kinds = new Set(files.filter(([, scenario]) => amountLines(scenario).length > 0).map(([, scenario]) => scenario.kind));
    expect([...kinds].sort()).toEqual(['clawback', 'ikdp-payments', 'itkfdp-periods']);
  });

  it.each(files.filter(([, scenario]) => amountLines(scenario).length > 0))('%s', (_name, scenario) => {
    for (const line of amountLines(scenario)) expect(line.formula).toMatch(/MADDE \d+\(\d+\)/);
  });
});
