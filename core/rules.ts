import { assertNever } from './lib/checks';
import { checkTurkishIban, isValidTckn, isValidVkn } from './lib/identifiers';
import { computeTimeLimit, DEFAULT_TIME_LIMIT_SETTINGS, type TimeLimitResult, type TimeLimitSettings } from './lib/time-limits';
import type { Validated } from './lib/validation';
import type { ClawbackInput } from './inputs/clawback-input';
import type { DeadlineInput } from './inputs/deadline-input';
import type { EligibilityInput } from './inputs/eligibility-input';
import type { FinansmanCallId, FinansmanCaseInput } from './inputs/finansman-input';
import type { IdentifierType } from './inputs/identifiers-input';
import type { IkdpCaseInput } from './inputs/ikdp-input';
import type { ItkfdpCaseInput } from './inputs/itkfdp-input';
import { evaluateClawback, type ClawbackResult } from './programmes/clawback/clawback';
import type { EligibilityDecision } from './programmes/eligibility-decision';
import type { FinansmanCall } from './programmes/finansman-2026/call';
import { FINANSMAN_CALLS } from './programmes/finansman-2026/calls';
import { evaluateFinansman, type FinansmanEvaluation } from './programmes/finansman-2026/evaluate';
import type { IkdpEdition } from './programmes/ikdp/edition';
import { IKDP_EDITIONS } from './programmes/ikdp/editions';
import { evaluateIkdpEligibility } from './programmes/ikdp/eligibility';
import { evaluateIkdpPayments, type IkdpEvaluation } from './programmes/ikdp/evaluate-payments';
import { ITKFDP_II, type ItkfdpEdition } from './programmes/itkfdp-ii/edition';
import { evaluateItkfdpEligibility } from './programmes/itkfdp-ii/eligibility';
import { evaluateItkfdpPeriods, type ItkfdpEvaluation } from './programmes/itkfdp-ii/evaluate-periods';
import { LEGAL_INTEREST_RATES, type LegalInterestRateTable } from './reference/legal-interest-rates';

export {
  compareDecisions,
  comparableIkdpRequest,
  comparableItkfdpRequest,
  type ComparableDecision,
  type DecisionChange,
  type DecisionDifference,
} from './report/decision-difference';

/**
 * The one entry point of the rules. Everything the rules depend on besides the
 * case itself (editions, holidays, legal interest rates) is reference data in
 * `RuleReference`, so headquarters' newer signed data can replace the built-in
 * tables without a code change.
 */
export type RuleReference = {
  readonly ikdpEditions: Readonly<Record<IkdpEdition['id'], IkdpEdition>>;
  readonly itkfdp: ItkfdpEdition;
  readonly timeLimits: TimeLimitSettings;
  readonly legalInterest: LegalInterestRateTable;
  readonly finansmanCalls: Readonly<Record<FinansmanCallId, FinansmanCall>>;
};

export const BUILT_IN_REFERENCE: RuleReference = {
  ikdpEditions: IKDP_EDITIONS,
  itkfdp: ITKFDP_II,
  timeLimits: DEFAULT_TIME_LIMIT_SETTINGS,
  legalInterest: LEGAL_INTEREST_RATES,
  finansmanCalls: FINANSMAN_CALLS,
};

export function evaluateEligibility(input: EligibilityInput, reference: RuleReference = BUILT_IN_REFERENCE): EligibilityDecision {
  return input.program === 'ITKFDP-II'
    ? evaluateItkfdpEligibility(input, reference.itkfdp)
    : evaluateIkdpEligibility(input, reference.ikdpEditions[input.program]);
}

export function evaluateIkdpCase(input: IkdpCaseInput, reference: RuleReference = BUILT_IN_REFERENCE): IkdpEvaluation {
  return evaluateIkdpPayments(input, reference.ikdpEditions[input.program]);
}

export function evaluateItkfdpCase(input: ItkfdpCaseInput, reference: RuleReference = BUILT_IN_REFERENCE): ItkfdpEvaluation {
  return evaluateItkfdpPeriods(input, reference.itkfdp, reference.timeLimits);
}

export function evaluateDeadline(input: DeadlineInput, reference: RuleReference = BUILT_IN_REFERENCE): Validated<TimeLimitResult> {
  return computeTimeLimit(input, reference.timeLimits);
}

export function evaluateClawbackCase(input: ClawbackInput, reference: RuleReference = BUILT_IN_REFERENCE): Validated<ClawbackResult> {
  return evaluateClawback(input, { timeLimits: reference.timeLimits, legalInterest: reference.legalInterest, edition: reference.itkfdp });
}

/** The 2026 programme's credit line (finansman desteği), provisional: spec/domain-rules.md "Finansman desteği 2026". */
export function evaluateFinansmanCase(input: FinansmanCaseInput, reference: RuleReference = BUILT_IN_REFERENCE): FinansmanEvaluation {
  return evaluateFinansman(input, reference.finansmanCalls[input.call]);
}

export type IdentifierCheck = { readonly type: IdentifierType; readonly value: string; readonly valid: boolean; readonly reason: string };

const IDENTIFIER_NAMES: Readonly<Record<IdentifierType, string>> = {
  tckn: 'T.C. kimlik numarası',
  vkn: 'Vergi kimlik numarası',
  iban: 'IBAN',
};

export function checkIdentifier(type: IdentifierType, value: string): IdentifierCheck {
  switch (type) {
    case 'tckn':
    case 'vkn': {
      const valid = type === 'tckn' ? isValidTckn(value) : isValidVkn(value);
      const reason = valid
        ? `${IDENTIFIER_NAMES[type]} geçerli.`
        : `${IDENTIFIER_NAMES[type]} geçersiz (${type === 'tckn' ? '11 hane, ilk hane 0 olamaz, iki kontrol hanesi' : '10 hane, Gelir İdaresi kontrol hanesi'} tutmuyor).`;
      return { type, value, valid, reason };
    }
    case 'iban': {
      const result = checkTurkishIban(value);
      return { type, value, valid: result.valid, reason: result.valid ? 'IBAN geçerli.' : result.reason };
    }
    default:
      return assertNever(type);
  }
}
