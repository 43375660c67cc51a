import type { IsoDate } from '../../lib/calendar-date';
import { summarize, type CheckResult } from '../../lib/checks';
import { valueOn } from '../../lib/legal-reference';
import type { FinansmanCaseInput } from '../../inputs/finansman-input';
import { RULES_VERSION } from '../../version';
import type { FinansmanCall } from './call';
import { finansmanEligibilityChecks } from './eligibility-checks';
import { employmentStatus, type EmploymentStatus } from './employment-status';
import type { Kurus } from './kurus';
import { finansmanLoanChecks, payrollLimit } from './loan-checks';
import { readLoanTable } from './loan-table';
import { supportSchedule, type SupportSchedule } from './support-schedule';

/** A credit-line case decided: every check with its reasons, the support schedule, and the employment status. */
export type FinansmanEvaluation = {
  readonly program: 'FINANSMAN-2026';
  readonly call: FinansmanCall['id'];
  readonly callName: string;
  readonly provisional: boolean;
  readonly rulesVersion: string;
  readonly asOf: IsoDate;
  /** Every check passed: the support may be granted. */
  readonly eligible: boolean;
  readonly checks: readonly CheckResult[];
  readonly failed: readonly string[];
  readonly missingData: readonly string[];
  /** In kuruş; `null` when the call announces no basis or the base months' PEK is missing. */
  readonly payrollLimitKurus: Kurus | null;
  /** The support is computed whatever the checks say, so a reviewer sees what an eligible loan would get. */
  readonly schedule: SupportSchedule;
  readonly supportArticle: string;
  readonly employment: EmploymentStatus;
};

export function evaluateFinansman(input: FinansmanCaseInput, call: FinansmanCall): FinansmanEvaluation {
  const table = readLoanTable(input.loan);
  const limit = payrollLimit(input, call, table);
  const checks = [...finansmanEligibilityChecks(input, call), ...finansmanLoanChecks(input, call, table, limit)];
  const summary = summarize(checks);
  return {
    program: 'FINANSMAN-2026',
    call: call.id,
    callName: call.name,
    provisional: call.provisional,
    rulesVersion: RULES_VERSION,
    asOf: input.asOf,
    eligible: summary.passed,
    checks,
    failed: summary.failed,
    missingData: summary.missingData,
    payrollLimitKurus: limit.kurus,
    schedule: supportSchedule(input.loan, table, valueOn(call.supportPoints, input.asOf)),
    supportArticle: call.sources['support-schedule'].article,
    employment: employmentStatus(input, call),
  };
}
