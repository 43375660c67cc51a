import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { ProgramId } from '../../core/inputs/eligibility-input';
import { PERIOD_COUNT } from '../../core/inputs/itkfdp-input';
import { isIsoDate, isMonthKey } from '../../core/lib/calendar-date';
import type { KobiDatabase, Orm } from '../connection';
import { applications } from '../schema/applications';
import type { Currency, PaymentRequestStatus } from '../schema/enums';
import { paymentRequests } from '../schema/payment-requests';
import type { WriteContext } from '../write-context';
import { moneyFromMinorUnits } from './minor-units';
import { preparedQuery } from './prepared-query';
import { RepositoryInputError } from './repository-error';

export type PaymentRequestRow = typeof paymentRequests.$inferSelect;

export type PaymentRequestRecord = {
  readonly id: number;
  readonly applicationId: number;
  readonly program: ProgramId;
  readonly submittedOn: string;
  /** İstihdamı Koruma: the requested months. */
  readonly months: readonly string[] | null;
  /** ITKFDP-II: the requested periods. */
  readonly periods: readonly number[] | null;
  readonly taxLiabilityActive: boolean | null;
  readonly overdueKosgebDebt: boolean | null;
  readonly overdueTaxOrSgkDebt: boolean | null;
  readonly commitmentDeclared: boolean | null;
  readonly excuseAccepted: boolean | null;
  readonly status: PaymentRequestStatus;
  /** Once decided: every requested month/period approved (a multi-period request may be paid in part: see `amount`). */
  readonly approved: boolean | null;
  /** Once decided: the amount paid, in `currency`. */
  readonly amount: string | null;
  readonly currency: Currency | null;
  readonly rulesVersion: string | null;
  readonly editionId: string | null;
  readonly decidedAt: string | null;
  readonly decidedByUserId: number | null;
  readonly createdAt: string;
};

export function paymentRequestFromRow(row: PaymentRequestRow): PaymentRequestRecord {
  return {
    id: row.id,
    applicationId: row.applicationId,
    program: row.program,
    submittedOn: row.submittedOn,
    months: row.months,
    periods: row.periods,
    taxLiabilityActive: row.taxLiabilityActive,
    overdueKosgebDebt: row.overdueKosgebDebt,
    overdueTaxOrSgkDebt: row.overdueTaxOrSgkDebt,
    commitmentDeclared: row.commitmentDeclared,
    excuseAccepted: row.excuseAccepted,
    status: row.status,
    approved: row.approved,
    amount: row.amountMinor === null ? null : moneyFromMinorUnits(row.amountMinor),
    currency: row.currency,
    rulesVersion: row.rulesVersion,
    editionId: row.editionId,
    decidedAt: row.decidedAt,
    decidedByUserId: row.decidedByUserId,
    createdAt: row.createdAt,
  };
}

const programOfApplication = (orm: Orm) =>
  orm
    .select({ program: applications.program })
    .from(applications)
    .where(eq(applications.id, sql.placeholder('applicationId')))
    .prepare();

function programOf(w: WriteContext, applicationId: number): ProgramId {
  const row = preparedQuery(w.db, programOfApplication).get({ applicationId });
  if (row === undefined) throw new RepositoryInputError(`${applicationId} numaralı başvuru yok.`);
  return row.program;
}

function checkSubmittedOn(submittedOn: string): void {
  if (!isIsoDate(submittedOn)) throw new RepositoryInputError(`submittedOn: geçersiz tarih "${submittedOn}".`);
}

export type IkdpPaymentRequestFields = {
  readonly applicationId: number;
  readonly submittedOn: string;
  readonly months: readonly string[];
  readonly taxLiabilityActive?: boolean | null;
  readonly overdueKosgebDebt?: boolean | null;
};

/** A payment request of an İstihdamı Koruma application (IKDP MADDE 15). */
export function createIkdpPaymentRequest(w: WriteContext, fields: IkdpPaymentRequestFields): PaymentRequestRecord {
  const program = programOf(w, fields.applicationId);
  if (program === 'ITKFDP-II') throw new RepositoryInputError('ITKFDP-II başvurusu için aylık değil dönemlik talep oluşturulur.');
  checkSubmittedOn(fields.submittedOn);
  if (
    fields.months.length === 0 ||
    fields.months.some((month) => !isMonthKey(month)) ||
    new Set(fields.months).size !== fields.months.length
  ) {
    throw new RepositoryInputError('Talep edilen aylar geçersiz: en az bir ay, YYYY-AA biçiminde, her biri bir kez.');
  }
  return paymentRequestFromRow(
    w.insert(paymentRequests, {
      applicationId: fields.applicationId,
      program,
      submittedOn: fields.submittedOn,
      months: [...fields.months],
      taxLiabilityActive: fields.taxLiabilityActive ?? null,
      overdueKosgebDebt: fields.overdueKosgebDebt ?? null,
      status: 'SUBMITTED',
      createdAt: w.at,
    }),
  );
}

export type ItkfdpPaymentRequestFields = {
  readonly applicationId: number;
  readonly submittedOn: string;
  readonly periods: readonly number[];
  /** MADDE 14(11)(a): the enterprise's tax liability on the day (absent: not recorded, read as running). */
  readonly taxLiabilityActive?: boolean | null;
  readonly overdueTaxOrSgkDebt?: boolean | null;
  readonly commitmentDeclared?: boolean | null;
  readonly excuseAccepted?: boolean | null;
};

/** A payment request of an ITKFDP-II application for one or more periods (MADDE 14). */
export function createItkfdpPaymentRequest(w: WriteContext, fields: ItkfdpPaymentRequestFields): PaymentRequestRecord {
  const program = programOf(w, fields.applicationId);
  if (program !== 'ITKFDP-II') throw new RepositoryInputError('İstihdamı Koruma başvurusu için dönemlik değil aylık talep oluşturulur.');
  checkSubmittedOn(fields.submittedOn);
  if (
    fields.periods.length === 0 ||
    fields.periods.some((period) => !Number.isInteger(period) || period < 1 || period > PERIOD_COUNT) ||
    new Set(fields.periods).size !== fields.periods.length
  ) {
    throw new RepositoryInputError(`Talep edilen dönemler geçersiz: en az bir dönem, 1–${PERIOD_COUNT} arasında, her biri bir kez.`);
  }
  return paymentRequestFromRow(
    w.insert(paymentRequests, {
      applicationId: fields.applicationId,
      program,
      submittedOn: fields.submittedOn,
      periods: [...fields.periods],
      taxLiabilityActive: fields.taxLiabilityActive ?? null,
      overdueTaxOrSgkDebt: fields.overdueTaxOrSgkDebt ?? null,
      commitmentDeclared: fields.commitmentDeclared ?? null,
      excuseAccepted: fields.excuseAccepted ?? null,
      status: 'SUBMITTED',
      createdAt: w.at,
    }),
  );
}

/** Withdraw an undecided request: it stays on file but is no longer part of the case the rules see. */
export function withdrawPaymentRequest(w: WriteContext, id: number): PaymentRequestRecord {
  const row = w.db.orm.select({ status: paymentRequests.status }).from(paymentRequests).where(eq(paymentRequests.id, id)).get();
  if (row?.status !== 'SUBMITTED') throw new RepositoryInputError('Yalnızca karara bağlanmamış bir talep geri çekilebilir.');
  return paymentRequestFromRow(w.update(paymentRequests, id, { status: 'WITHDRAWN' }));
}

export function getPaymentRequest(db: KobiDatabase, id: number): PaymentRequestRecord | undefined {
  const row = db.orm.select().from(paymentRequests).where(eq(paymentRequests.id, id)).get();
  return row === undefined ? undefined : paymentRequestFromRow(row);
}

const activeRequestsOfApplication = (orm: Orm) =>
  orm
    .select()
    .from(paymentRequests)
    .where(and(eq(paymentRequests.applicationId, sql.placeholder('applicationId')), ne(paymentRequests.status, 'WITHDRAWN')))
    .orderBy(asc(paymentRequests.id))
    .prepare();

/** The requests the rules decide, in entry order (decided or not, withdrawn ones left out). */
export function listActivePaymentRequests(db: KobiDatabase, applicationId: number): PaymentRequestRecord[] {
  return preparedQuery(db, activeRequestsOfApplication).all({ applicationId }).map(paymentRequestFromRow);
}

/** What the rules read of a request: the facts it states, not its stored decision. */
export type PaymentRequestFacts = Pick<
  PaymentRequestRecord,
  | 'submittedOn'
  | 'months'
  | 'periods'
  | 'taxLiabilityActive'
  | 'overdueKosgebDebt'
  | 'overdueTaxOrSgkDebt'
  | 'commitmentDeclared'
  | 'excuseAccepted'
>;

/**
 * The facts columns only: a decided request carries its decision snapshot,
 * a JSON document that SQLite keeps on overflow pages and would read and
 * decrypt for a whole-row select (it doubled the time of `loadCase`).
 */
const activeRequestFactsOfApplication = (orm: Orm) =>
  orm
    .select({
      submittedOn: paymentRequests.submittedOn,
      months: paymentRequests.months,
      periods: paymentRequests.periods,
      taxLiabilityActive: paymentRequests.taxLiabilityActive,
      overdueKosgebDebt: paymentRequests.overdueKosgebDebt,
      overdueTaxOrSgkDebt: paymentRequests.overdueTaxOrSgkDebt,
      commitmentDeclared: paymentRequests.commitmentDeclared,
      excuseAccepted: paymentRequests.excuseAccepted,
    })
    .from(paymentRequests)
    .where(and(eq(paymentRequests.applicationId, sql.placeholder('applicationId')), ne(paymentRequests.status, 'WITHDRAWN')))
    .orderBy(asc(paymentRequests.id))
    .prepare();

/** The same requests as `listActivePaymentRequests`, as the rules read them (`loadCase`). */
export function listActivePaymentRequestFacts(db: KobiDatabase, applicationId: number): PaymentRequestFacts[] {
  return preparedQuery(db, activeRequestFactsOfApplication).all({ applicationId });
}

export function listPaymentRequests(db: KobiDatabase, applicationId: number): PaymentRequestRecord[] {
  return db.orm
    .select()
    .from(paymentRequests)
    .where(eq(paymentRequests.applicationId, applicationId))
    .orderBy(asc(paymentRequests.id))
    .all()
    .map(paymentRequestFromRow);
}
