import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { parseWith } from '../../core/inputs/common';
import { finansmanLoan, type EnterpriseSize, type FinansmanCallId, type FinansmanLoan } from '../../core/inputs/finansman-input';
import { formatIssues } from '../../core/lib/validation';
import { isIsoDate } from '../../core/lib/calendar-date';
import type { KobiDatabase, Orm } from '../connection';
import { finansmanApplications, type FinansmanApplicationStatus } from '../schema/finansman-applications';
import { finansmanDecisions } from '../schema/finansman-decisions';
import { finansmanInstallments } from '../schema/finansman-installments';
import { finansmanLoans } from '../schema/finansman-loans';
import type { WriteContext } from '../write-context';
import { minorUnitsFromMoney, moneyFromMinorUnits } from './minor-units';
import { preparedQuery } from './prepared-query';
import { RepositoryInputError } from './repository-error';

/**
 * The credit line's case files (spec/domain-rules.md "Finansman desteği 2026"): the application, its loan with the
 * bank's payment table, and the decisions. Money crosses as decimal strings, is stored in kuruş.
 */

export type FinansmanApplication = {
  readonly id: number;
  readonly enterpriseId: number;
  readonly call: FinansmanCallId;
  readonly status: FinansmanApplicationStatus;
  readonly appliedOn: string | null;
  readonly size: EnterpriseSize;
  readonly bankName: string | null;
  readonly responsibleUserId: number | null;
  readonly decidedOn: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
};

export type FinansmanApplicationFields = {
  readonly enterpriseId: number;
  readonly call: FinansmanCallId;
  readonly status: FinansmanApplicationStatus;
  readonly size: EnterpriseSize;
  readonly appliedOn?: string | null;
  readonly bankName?: string | null;
  readonly responsibleUserId?: number | null;
  readonly decidedOn?: string | null;
};

function checkDate(value: string | null | undefined, what: string): void {
  if (value != null && !isIsoDate(value)) throw new RepositoryInputError(`${what} geçersiz: "${value}" (YYYY-AA-GG bekleniyor).`);
}

function applicationFromRow(row: typeof finansmanApplications.$inferSelect): FinansmanApplication {
  return { ...row };
}

export function createFinansmanApplication(w: WriteContext, fields: FinansmanApplicationFields): FinansmanApplication {
  checkDate(fields.appliedOn, 'Başvuru tarihi');
  checkDate(fields.decidedOn, 'Karar tarihi');
  return applicationFromRow(w.insert(finansmanApplications, { ...fields, createdAt: w.at, updatedAt: w.at }));
}

export function updateFinansmanApplication(
  w: WriteContext,
  id: number,
  changes: Partial<Omit<FinansmanApplicationFields, 'enterpriseId' | 'call'>>,
): FinansmanApplication {
  checkDate(changes.appliedOn, 'Başvuru tarihi');
  checkDate(changes.decidedOn, 'Karar tarihi');
  return applicationFromRow(w.update(finansmanApplications, id, { ...changes, updatedAt: w.at }));
}

const applicationById = (orm: Orm) =>
  orm
    .select()
    .from(finansmanApplications)
    .where(eq(finansmanApplications.id, sql.placeholder('id')))
    .prepare();

export function getFinansmanApplication(db: KobiDatabase, id: number): FinansmanApplication | undefined {
  const row = preparedQuery(db, applicationById).get({ id });
  return row === undefined ? undefined : applicationFromRow(row);
}

const otherApplications = (orm: Orm) =>
  orm
    .select()
    .from(finansmanApplications)
    .where(
      and(eq(finansmanApplications.enterpriseId, sql.placeholder('enterpriseId')), ne(finansmanApplications.id, sql.placeholder('id'))),
    )
    .orderBy(asc(finansmanApplications.id))
    .prepare();

/** The enterprise's other credit-line applications (for `one-line-only`). */
export function otherFinansmanApplications(db: KobiDatabase, application: FinansmanApplication): FinansmanApplication[] {
  return preparedQuery(db, otherApplications).all({ enterpriseId: application.enterpriseId, id: application.id }).map(applicationFromRow);
}

export type FinansmanLoanRecord = FinansmanLoan & { readonly id: number; readonly applicationId: number };

/** The loan as the rules read it (core's schema): a bug when it fails, since services validate user input first. */
function checkLoan({ amountTRY, annualRatePercent, drawnOn, termMonths, graceMonths, installments }: FinansmanLoan): void {
  const parsed = parseWith(finansmanLoan, { amountTRY, annualRatePercent, drawnOn, termMonths, graceMonths, installments });
  if (!parsed.ok) throw new RepositoryInputError(`Geçersiz kredi bilgisi: ${formatIssues(parsed.issues)}`);
}

const loanOfApplication = (orm: Orm) =>
  orm
    .select()
    .from(finansmanLoans)
    .where(eq(finansmanLoans.applicationId, sql.placeholder('applicationId')))
    .prepare();

const installmentsOfLoan = (orm: Orm) =>
  orm
    .select()
    .from(finansmanInstallments)
    .where(eq(finansmanInstallments.loanId, sql.placeholder('loanId')))
    .orderBy(asc(finansmanInstallments.number))
    .prepare();

/**
 * Set the loan of an application with the bank's payment table: the loan row is inserted or changed, and the table's
 * rows are put by number (changed rows updated, rows beyond the new table removed), each change audited.
 */
export function putFinansmanLoan(w: WriteContext, applicationId: number, loan: FinansmanLoan): FinansmanLoanRecord {
  checkLoan(loan);
  const values = {
    amountMinor: minorUnitsFromMoney(loan.amountTRY),
    annualRatePercent: loan.annualRatePercent,
    drawnOn: [...loan.drawnOn],
    termMonths: loan.termMonths,
    graceMonths: loan.graceMonths,
  };
  const existing = preparedQuery(w.db, loanOfApplication).get({ applicationId });
  const row =
    existing === undefined
      ? w.insert(finansmanLoans, { applicationId, ...values, createdAt: w.at })
      : w.update(finansmanLoans, existing.id, values);
  const stored = preparedQuery(w.db, installmentsOfLoan).all({ loanId: row.id });
  loan.installments.forEach((installment, index) => {
    const number = index + 1;
    const wanted = {
      dueOn: installment.dueOn,
      principalMinor: minorUnitsFromMoney(installment.principalTRY),
      interestMinor: minorUnitsFromMoney(installment.interestTRY),
    };
    const current = stored[index];
    if (current === undefined) w.insert(finansmanInstallments, { loanId: row.id, number, ...wanted });
    else w.update(finansmanInstallments, current.id, wanted);
  });
  for (const extra of stored.slice(loan.installments.length)) w.remove(finansmanInstallments, extra.id);
  return {
    id: row.id,
    applicationId,
    amountTRY: loan.amountTRY,
    annualRatePercent: loan.annualRatePercent,
    drawnOn: [...loan.drawnOn],
    termMonths: loan.termMonths,
    graceMonths: loan.graceMonths,
    installments: loan.installments.map(({ dueOn, principalTRY, interestTRY }) => ({ dueOn, principalTRY, interestTRY })),
  };
}

export function getFinansmanLoan(db: KobiDatabase, applicationId: number): FinansmanLoanRecord | undefined {
  const row = preparedQuery(db, loanOfApplication).get({ applicationId });
  if (row === undefined) return undefined;
  const installments = preparedQuery(db, installmentsOfLoan)
    .all({ loanId: row.id })
    .map((installment) => ({
      dueOn: installment.dueOn,
      principalTRY: moneyFromMinorUnits(installment.principalMinor),
      interestTRY: moneyFromMinorUnits(installment.interestMinor),
    }));
  return {
    id: row.id,
    applicationId,
    amountTRY: moneyFromMinorUnits(row.amountMinor),
    annualRatePercent: row.annualRatePercent,
    drawnOn: [...row.drawnOn],
    termMonths: row.termMonths,
    graceMonths: row.graceMonths,
    installments,
  };
}

export type FinansmanDecisionRecord = {
  readonly id: number;
  readonly applicationId: number;
  readonly call: string;
  readonly eligible: boolean;
  readonly payrollLimitTRY: string | null;
  readonly totalSupportTRY: string;
  readonly snapshot: unknown;
  readonly rulesVersion: string;
  readonly decidedAt: string;
  readonly decidedByUserId: number | null;
};

export type FinansmanDecisionFields = {
  readonly applicationId: number;
  readonly call: FinansmanCallId;
  readonly eligible: boolean;
  readonly payrollLimitTRY: string | null;
  readonly totalSupportTRY: string;
  readonly snapshot: unknown;
  readonly rulesVersion: string;
  readonly decidedByUserId?: number | null;
};

function decisionFromRow(row: typeof finansmanDecisions.$inferSelect): FinansmanDecisionRecord {
  return {
    id: row.id,
    applicationId: row.applicationId,
    call: row.call,
    eligible: row.eligible,
    payrollLimitTRY: row.payrollLimitMinor === null ? null : moneyFromMinorUnits(row.payrollLimitMinor),
    totalSupportTRY: moneyFromMinorUnits(row.totalSupportMinor),
    snapshot: row.snapshot,
    rulesVersion: row.rulesVersion,
    decidedAt: row.decidedAt,
    decidedByUserId: row.decidedByUserId,
  };
}

export function saveFinansmanDecision(w: WriteContext, fields: FinansmanDecisionFields): FinansmanDecisionRecord {
  return decisionFromRow(
    w.insert(finansmanDecisions, {
      applicationId: fields.applicationId,
      call: fields.call,
      eligible: fields.eligible,
      payrollLimitMinor: fields.payrollLimitTRY === null ? null : minorUnitsFromMoney(fields.payrollLimitTRY),
      totalSupportMinor: minorUnitsFromMoney(fields.totalSupportTRY),
      snapshot: fields.snapshot,
      rulesVersion: fields.rulesVersion,
      decidedAt: w.at,
      decidedByUserId: fields.decidedByUserId ?? null,
    }),
  );
}

/** Every decision of an application, the latest first (the one in force). */
export function listFinansmanDecisions(db: KobiDatabase, applicationId: number): FinansmanDecisionRecord[] {
  return db.orm
    .select()
    .from(finansmanDecisions)
    .where(eq(finansmanDecisions.applicationId, applicationId))
    .orderBy(desc(finansmanDecisions.id))
    .all()
    .map(decisionFromRow);
}

const applicationsOfEnterprise = (orm: Orm) =>
  orm
    .select()
    .from(finansmanApplications)
    .where(eq(finansmanApplications.enterpriseId, sql.placeholder('enterpriseId')))
    .orderBy(asc(finansmanApplications.id))
    .prepare();

/** Every credit-line application of an enterprise, oldest first (the enterprise view). */
export function listFinansmanApplicationsOfEnterprise(db: KobiDatabase, enterpriseId: number): FinansmanApplication[] {
  return preparedQuery(db, applicationsOfEnterprise).all({ enterpriseId }).map(applicationFromRow);
}
