import { toMoneyString } from '../lib/money';
import { kurusString } from '../programmes/finansman-2026/kurus';
import { formatIssues, type Validated } from '../lib/validation';
import {
  checkIdentifier,
  evaluateClawbackCase,
  evaluateDeadline,
  evaluateEligibility,
  evaluateFinansmanCase,
  evaluateIkdpCase,
  evaluateItkfdpCase,
  type RuleReference,
} from '../rules';
import { scenarioReference } from './scenario-reference';
import type { Scenario } from './scenario-schema';

/**
 * What the rules conclude for a scenario, in the scenario's own program-read shape (ISO dates, decimal strings),
 * so that `expect` can be compared key by key.
 */
export type Outcome = { readonly [key: string]: unknown };

function fromValidated<T>(result: Validated<T>, project: (value: T) => Outcome): Outcome | string {
  return result.ok ? project(result.value) : formatIssues(result.issues);
}

/** The outcome of a scenario, or a Turkish message when its data cannot be evaluated. */
export function scenarioOutcome(scenario: Scenario, reference?: RuleReference): Outcome | string {
  switch (scenario.kind) {
    case 'identifiers':
      return { valid: scenario.values.map((entry) => checkIdentifier(entry.type, entry.value).valid) };
    case 'eligibility': {
      const decision = evaluateEligibility(scenario, reference);
      return { eligible: decision.eligible, failed: decision.failed, missingData: decision.missingData };
    }
    case 'ikdp-payments': {
      const evaluation = evaluateIkdpCase(scenario, reference);
      return {
        baseAverage: evaluation.base.value,
        programEnd: evaluation.programEnd,
        postMonitoringDue: evaluation.postMonitoringDue,
        requests: evaluation.requests.map((request) => ({
          approved: request.approved,
          failed: request.failed,
          missingData: request.missingData,
          average: request.average,
          amountTRY: toMoneyString(request.amountTRY),
        })),
        totalTRY: toMoneyString(evaluation.totalTRY),
      };
    }
    case 'itkfdp-periods': {
      const evaluation = evaluateItkfdpCase(scenario, reference);
      return {
        supportStart: evaluation.supportStart,
        supportEnd: evaluation.supportEnd,
        minPrimDaysPerPeriod: evaluation.minPrimDays.value,
        periods: evaluation.periods.map((period) => ({
          index: period.index,
          start: period.start,
          end: period.end,
          approved: period.approved,
          failed: period.failed,
          missingData: period.missingData,
          amountEUR: toMoneyString(period.amountEUR),
        })),
        totalEUR: toMoneyString(evaluation.totalEUR),
        terminatedOn: evaluation.terminatedOn,
        terminationReason: evaluation.terminationReason,
      };
    }
    case 'deadline':
      return fromValidated(evaluateDeadline(scenario, reference), (result) => ({ due: result.dueAt }));
    case 'clawback':
      return fromValidated(evaluateClawbackCase(scenario, scenarioReference(scenario, reference)), (result) => ({
        interestApplies: result.interestApplies,
        principalTRY: toMoneyString(result.principalTRY),
        days: result.days,
        interestTRY: toMoneyString(result.interestTRY),
        interestEUR: toMoneyString(result.interestEUR),
        totalEUR: toMoneyString(result.totalEUR),
      }));
    case 'finansman-2026': {
      const evaluation = evaluateFinansmanCase(scenario, reference);
      return {
        eligible: evaluation.eligible,
        failed: evaluation.failed,
        missingData: evaluation.missingData,
        payrollLimitTRY: evaluation.payrollLimitKurus === null ? null : kurusString(evaluation.payrollLimitKurus),
        installments: evaluation.schedule.installments.map((installment) => ({ supportTRY: kurusString(installment.supportKurus) })),
        totalSupportTRY: kurusString(evaluation.schedule.totalSupportKurus),
      };
    }
  }
}
