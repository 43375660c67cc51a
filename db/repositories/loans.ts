import { and, asc, eq, sql } from 'drizzle-orm';
import type { FundingLine } from '../../core/inputs/eligibility-input';
import { isIsoDate } from '../../core/lib/calendar-date';
import type { KobiDatabase, Orm } from '../connection';
import { loanInstallments } from '../schema/loan-installments';
import { loans } from '../schema/loans';
import type { WriteContext } from '../write-context';
import { minorUnitsFromMoney, moneyFromMinorUnits } from './minor-units';
import { preparedQuery } from './prepared-query';
import { RepositoryInputError } from './repository-error';

export type LoanRow = typeof loans.$inferSelect;
export type LoanInstallmentRow = typeof loanInstallments.$inferSelect;

/** An ITKFDP-II loan; `null` terms are not known yet. */
export type Loan = {
  readonly id: number;
  readonly applicationId: number;
  readonly amountTRY: string | null;
  readonly termMonths: number | null;
  readonly fundingLine: FundingLine | null;
  readonly bankName: string | null;
  readonly creditUsedOn: string | null;
  readonly createdAt: string;
};

export type LoanFields = {
  readonly applicationId: number;
  readonly amountTRY?: string | null;
  readonly termMonths?: number | null;
  readonly fundingLine?: FundingLine | null;
  readonly bankName?: string | null;
  readonly creditUsedOn?: string | null;
};

export type LoanInstallment = {
  readonly id: number;
  readonly loanId: number;
  readonly number: number;
  readonly dueOn: string | null;
  readonly amountTRY: string | null;
  readonly paid: boolean;
  readonly paidOn: string | null;
};

export type LoanInstallmentFields = {
  readonly loanId: number;
  readonly number: number;
  readonly dueOn?: string | null;
  readonly amountTRY?: string | null;
  readonly paid: boolean;
  readonly paidOn?: string | null;
};

export function loanFromRow(row: LoanRow): Loan {
  return {
    id: row.id,
    applicationId: row.applicationId,
    amountTRY: row.amountMinor === null ? null : moneyFromMinorUnits(row.amountMinor),
    termMonths: row.termMonths,
    fundingLine: row.fundingLine,
    bankName: row.bankName,
    creditUsedOn: row.creditUsedOn,
    createdAt: row.createdAt,
  };
}

function loanToRow(fields: Partial<LoanFields>): Partial<typeof loans.$inferInsert> {
  if (fields.creditUsedOn != null && !isIsoDate(fields.creditUsedOn))
    throw new RepositoryInputError(`creditUsedOn: geçersiz tarih "${fields.creditUsedOn}".`);
  if (fields.termMonths != null && (!Number.isInteger(fields.termMonths) || fields.termMonths < 1))
    throw new RepositoryInputError('Kredi vadesi en az 1 ay olmalı.');
  const row: Partial<typeof loans.$inferInsert> = {};
  if (fields.applicationId !== undefined) row.applicationId = fields.applicationId;
  if (fields.amountTRY !== undefined) row.amountMinor = fields.amountTRY === null ? null : minorUnitsFromMoney(fields.amountTRY);
  if (fields.termMonths !== undefined) row.termMonths = fields.termMonths;
  if (fields.fundingLine !== undefined) row.fundingLine = fields.fundingLine;
  if (fields.bankName !== undefined) row.bankName = fields.bankName;
  if (fields.creditUsedOn !== undefined) row.creditUsedOn = fields.creditUsedOn;
  return row;
}

export function createLoan(w: WriteContext, fields: LoanFields): Loan {
  return loanFromRow(w.insert(loans, { ...loanToRow(fields), applicationId: fields.applicationId, createdAt: w.at }));
}

export function updateLoan(w: WriteContext, id: number, changes: Partial<Omit<LoanFields, 'applicationId'>>): Loan {
  return loanFromRow(w.update(loans, id, loanToRow(changes)));
}

const loanOfApplication = (orm: Orm) =>
  orm
    .select()
    .from(loans)
    .where(eq(loans.applicationId, sql.placeholder('applicationId')))
    .prepare();

export function getLoanOfApplication(db: KobiDatabase, applicationId: number): Loan | undefined {
  const row = preparedQuery(db, loanOfApplication).get({ applicationId });
  return row === undefined ? undefined : loanFromRow(row);
}

export function loanInstallmentFromRow(row: LoanInstallmentRow): LoanInstallment {
  return {
    id: row.id,
    loanId: row.loanId,
    number: row.number,
    dueOn: row.dueOn,
    amountTRY: row.amountMinor === null ? null : moneyFromMinorUnits(row.amountMinor),
    paid: row.paid,
    paidOn: row.paidOn,
  };
}

/** Insert or update instalment `number` of a loan. */
export function putLoanInstallment(w: WriteContext, fields: LoanInstallmentFields): LoanInstallment {
  for (const field of ['dueOn', 'paidOn'] as const) {
    const value = fields[field];
    if (value != null && !isIsoDate(value)) throw new RepositoryInputError(`${field}: geçersiz tarih "${value}".`);
  }
  if (!fields.paid && fields.paidOn != null) throw new RepositoryInputError('Ödenmemiş taksitin ödeme tarihi olamaz.');
  const values = {
    dueOn: fields.dueOn ?? null,
    amountMinor: fields.amountTRY == null ? null : minorUnitsFromMoney(fields.amountTRY),
    paid: fields.paid,
    paidOn: fields.paidOn ?? null,
  };
  const existing = preparedQuery(w.db, installmentByNumber).get({ loanId: fields.loanId, number: fields.number });
  const row =
    existing === undefined
      ? w.insert(loanInstallments, { loanId: fields.loanId, number: fields.number, ...values })
      : w.update(loanInstallments, existing.id, values);
  return loanInstallmentFromRow(row);
}

const installmentByNumber = (orm: Orm) =>
  orm
    .select({ id: loanInstallments.id })
    .from(loanInstallments)
    .where(and(eq(loanInstallments.loanId, sql.placeholder('loanId')), eq(loanInstallments.number, sql.placeholder('number'))))
    .prepare();

const installmentsOfLoan = (orm: Orm) =>
  orm
    .select()
    .from(loanInstallments)
    .where(eq(loanInstallments.loanId, sql.placeholder('loanId')))
    .orderBy(asc(loanInstallments.number))
    .prepare();

export function listLoanInstallments(db: KobiDatabase, loanId: number): LoanInstallment[] {
  return preparedQuery(db, installmentsOfLoan).all({ loanId }).map(loanInstallmentFromRow);
}
