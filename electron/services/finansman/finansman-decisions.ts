import type { KobiDatabase } from '../../../db/connection';
import type { FinansmanDecisionRecord } from '../../../db/repositories/finansman-applications';
import { finansmanDecisionSnapshot, loadFinansmanCase } from '../../../db/repositories/finansman-case';
import { BUILT_IN_REFERENCE, evaluateFinansmanCase, type RuleReference } from '../../../core/rules';

/**
 * Whether a stored evaluation still holds: the rules run again on the data as held now give the same snapshot
 * (every check, the schedule, the call's values, the rule version). A changed loan, a PEK imported later or a new
 * rule version makes the stored one stale, and the workflow asks for a new evaluation before anyone decides on it.
 */
export function decisionIsCurrent(
  db: KobiDatabase,
  decision: FinansmanDecisionRecord,
  reference: RuleReference = BUILT_IN_REFERENCE,
): boolean {
  const loaded = loadFinansmanCase(db, decision.applicationId);
  if (!loaded.ok) return false;
  const now = finansmanDecisionSnapshot(evaluateFinansmanCase(loaded.value, reference), reference);
  return JSON.stringify(now) === JSON.stringify(decision.snapshot);
}
