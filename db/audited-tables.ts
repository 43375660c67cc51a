import { getTableName } from 'drizzle-orm';
import * as schema from './schema';

/**
 * Every table whose rows are written through `withWrite` and therefore audited
 * (each has an integer `id`). `audit_log` and `sync_outbox` are written by the
 * write context itself; the FTS5 search index is derived from these rows.
 */
export const AUDITED_TABLES = [
  schema.users,
  schema.enterprises,
  schema.enterpriseSites,
  schema.callCalendars,
  schema.applications,
  schema.loans,
  schema.loanInstallments,
  schema.committedPersonnel,
  schema.importBatches,
  schema.enterpriseMonthlyPrimDays,
  schema.personMonthlyDays,
  schema.paymentRequests,
  schema.terminationEvents,
  schema.clawbacks,
  schema.monitoringVisits,
  schema.documents,
  schema.attachments,
  schema.programmeEditions,
  schema.holidays,
  schema.idariIzinDays,
  schema.exchangeRates,
  schema.legalInterestRates,
  schema.excludedActivities,
  schema.naceCodes,
  schema.finansmanApplications,
  schema.finansmanLoans,
  schema.finansmanInstallments,
  schema.enterpriseMonthlyPek,
  schema.finansmanDecisions,
  schema.userCredentials,
  schema.workflowStates,
  schema.workflowTransitions,
  schema.evaluations,
  schema.visitReports,
  schema.loginThrottle,
  schema.impactRuns,
  schema.impactItems,
  schema.replicationConflicts,
  schema.conflictResolutions,
] as const;

export type AuditedTable = (typeof AUDITED_TABLES)[number];

/**
 * Tables whose changes are reported to headquarters through `sync_outbox`
 * (ROADMAP 4): the case files. Not reported: users (local), reference data
 * (it comes from headquarters), import records, and the SGK day tables, which
 * are bulk copies of SGK data headquarters does not need per person (KVKK:
 * send no personal data without a purpose).
 */
const SYNCED_TABLES: readonly AuditedTable[] = [
  schema.enterprises,
  schema.enterpriseSites,
  schema.callCalendars,
  schema.applications,
  schema.loans,
  schema.loanInstallments,
  schema.committedPersonnel,
  schema.paymentRequests,
  schema.terminationEvents,
  schema.clawbacks,
  schema.monitoringVisits,
  schema.documents,
  schema.attachments,
  schema.finansmanApplications,
  schema.finansmanLoans,
  schema.finansmanInstallments,
  schema.finansmanDecisions,
  schema.workflowStates,
  schema.workflowTransitions,
  schema.evaluations,
  schema.visitReports,
  schema.conflictResolutions,
];

export const SYNCED_TABLE_NAMES: ReadonlySet<string> = new Set(SYNCED_TABLES.map((table) => getTableName(table)));
