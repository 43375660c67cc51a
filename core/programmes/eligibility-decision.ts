import type { IsoDate } from '../lib/calendar-date';
import { allPass, failedCodes, missingDataCodes, type CheckResult } from '../lib/checks';
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
  return {
    program: edition.id,
    editionName: edition.name,
    provisional: edition.provisional,
    asOf,
    eligible: allPass(checks),
    checks,
    failed: failedCodes(checks),
    missingData: missingDataCodes(checks),
    rulesVersion: RULES_VERSION,
  };
}
