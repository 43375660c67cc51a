import { legalForm } from '../../core/inputs/common';
import { fundingLine, otherProgramCode, programId } from '../../core/inputs/eligibility-input';
import { citizenship, terminationEventType } from '../../core/inputs/itkfdp-input';

/**
 * The closed value sets stored in text columns. Where core/ already names a set
 * (programmes, legal forms, citizenships…) the column takes core's list, so the
 * database can never hold a value the rules do not know.
 */

export const USER_ROLES = ['sorumlu_personel', 'mudur', 'izleyici', 'yonetici'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** drizzle's text enums want a non-empty tuple; zod's `options` is a plain array. */
function nonEmpty<T extends string>(values: readonly T[]): readonly [T, ...T[]] {
  const [first, ...rest] = values;
  if (first === undefined) throw new Error('A closed value set cannot be empty.');
  return [first, ...rest];
}

export const PROGRAM_IDS = nonEmpty(programId.options);
export const LEGAL_FORMS = nonEmpty(legalForm.options);
export const CITIZENSHIPS = nonEmpty(citizenship.options);
export const GENDERS = ['F', 'M'] as const;
export const FUNDING_LINES = nonEmpty(fundingLine.options);
export const OTHER_PROGRAM_CODES = nonEmpty(otherProgramCode.options);
export const TERMINATION_EVENT_TYPES = nonEmpty(terminationEventType.options);

/** Headquarters (merkez) or a branch (şube) of an enterprise. */
export const SITE_KINDS = ['merkez', 'sube'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/**
 * Where an application stands. `APPROVED`, `REJECTED`, `CANCELLED` and
 * `TERMINATED` are the outcomes the eligibility rules read as the enterprise's
 * history (IKDP MADDE 7(5), 11(4)); `COMPLETED` is an approved application whose
 * programme has ended, and counts as approved there.
 */
export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'TERMINATED', 'COMPLETED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type ApplicationDecision = (typeof APPLICATION_DECISIONS)[number];

/**
 * A calendar date that may be given, not announced yet, or left to the
 * edition's own parameter: the rules treat these three differently
 * (`applicationEnd`/`lastRequestOn` absent, `null` or a date).
 */
export const CALENDAR_DATE_STATUSES = ['announced', 'not-announced', 'edition-default'] as const;
export type CalendarDateStatus = (typeof CALENDAR_DATE_STATUSES)[number];

/** `WITHDRAWN` requests are kept for the record but are not part of the case the rules see. */
export const PAYMENT_REQUEST_STATUSES = ['SUBMITTED', 'DECIDED', 'WITHDRAWN'] as const;
export type PaymentRequestStatus = (typeof PAYMENT_REQUEST_STATUSES)[number];

export const CURRENCIES = ['TRY', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Yerinde izleme (during the programme) and program sonrası izleme (IKDP MADDE 14). */
export const MONITORING_VISIT_KINDS = ['ON_SITE', 'POST_PROGRAMME'] as const;
export type MonitoringVisitKind = (typeof MONITORING_VISIT_KINDS)[number];

export const MONITORING_VISIT_OUTCOMES = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_FOUND'] as const;
export type MonitoringVisitOutcome = (typeof MONITORING_VISIT_OUTCOMES)[number];

export const HOLIDAY_KINDS = ['full', 'half'] as const;

export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
