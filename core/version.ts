/**
 * Version of the rule code. Stored with every decision, with the edition and
 * the parameter values used, so a decision can be reproduced years later.
 * Raise it whenever a rule's behaviour changes.
 */
export const RULES_VERSION = '2026.11.0';
