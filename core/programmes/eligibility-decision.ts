import type { IsoDate } from '../lib/calendar-date';
import { summarize, type CheckResult } from '../lib/checks';
import { RULES_VERSION } from '../version';

/** The answer to "may this enterprise apply?", with every check and its reasons. */
export type EligibilityDecision = {
  readonly program: string;
  readonly editionName: string;
  readonly provisional: boolean;
  readonly asOf: IsoDate;
  readonly eligible: boolean;
  readonly checks: readonly CheckResult[];
  readonly failed: readonly string[];
  readonly missingData: readonly string[];
  readonly rulesVersion: string;
};

export function eligibilityDecision(
  edition: { readonly id: string; readonly name: string; readonly provisional: boolean },
  asOf: IsoDate,
  checks: readonly CheckResult[],
): EligibilityDecision {
  const summary = summarize(checks);
  return {
    program: edition.id,
    editionName: edition.name,
    provisional: edition.provisional,
    asOf,
    eligible: summary.passed,
    checks,
    failed: summary.failed,
    missingData: summary.missingData,
    rulesVersion: RULES_VERSION,
  };
}
