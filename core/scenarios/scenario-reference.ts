import { formatDateTr } from '../lib/calendar-date';
import { BUILT_IN_REFERENCE, type RuleReference } from '../rules';
import type { Scenario } from './scenario-schema';

/**
 * The reference data a scenario is decided with: the given (or built-in) data, with what the file itself overrides —
 * a clawback's `legalInterestRates` replaces the legal interest table, as a table headquarters would ship
 * (spec/scenario-format.md, `clawback`).
 */
export function scenarioReference(scenario: Scenario, reference: RuleReference | undefined): RuleReference | undefined {
  if (scenario.kind !== 'clawback' || scenario.legalInterestRates === undefined) return reference;
  return {
    ...(reference ?? BUILT_IN_REFERENCE),
    legalInterest: {
      source: 'senaryo dosyasındaki kanuni faiz oranı tablosu',
      entries: scenario.legalInterestRates.map((rate) => ({
        from: rate.from,
        percent: rate.percent,
        act: `senaryo dosyasındaki oran tablosu (${formatDateTr(rate.from)} tarihinden itibaren)`,
      })),
      reeskontLinked: null,
    },
  };
}
