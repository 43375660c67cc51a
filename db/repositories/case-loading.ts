import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { ClawbackInput } from '../../core/inputs/clawback-input';
import { clawbackInput } from '../../core/inputs/clawback-input';
import { parseWith } from '../../core/inputs/common';
import {
  eligibilityInput,
  type ApplicationHistoryEntry,
  type CallCalendar,
  type EligibilityInput,
} from '../../core/inputs/eligibility-input';
import { ikdpCaseInput, type IkdpCaseInput } from '../../core/inputs/ikdp-input';
import { itkfdpCaseInput, type CommittedPerson, type ItkfdpCaseInput } from '../../core/inputs/itkfdp-input';
import { invalid, type Validated } from '../../core/lib/validation';
import type { KobiDatabase, Orm } from '../connection';
import { applications } from '../schema/applications';
import { enterprises } from '../schema/enterprises';
import type { ApplicationStatus } from '../schema/enums';
import { getApplication, type Application } from './applications';
import { getCallCalendar } from './call-calendars';
import { getClawback } from './clawbacks';
import { listCommittedPersonnel } from './committed-personnel';
import { distinctProvinces, getEnterprise, listEnterpriseSites, type Enterprise, type EnterpriseSite } from './enterprises';
import { getLoanOfApplication, listLoanInstallments, type Loan } from './loans';
import { listActivePaymentRequestFacts, type PaymentRequestFacts } from './payment-requests';
import { preparedQuery } from './prepared-query';
import { enterpriseMonthlyPrimDaysInProvince, enterpriseMonthlyTotals, personDaysInProvince } from './prim-days';
import { exchangeRateOnOrBefore } from './reference-data';
import { listTerminationEvents } from './termination-events';

/**
 * The case file as the rules read it. Each loader returns exactly the core's
 * input shape, parsed with the core's own schema, so what the rules see from
 * the database is what they would see from a scenario file; data the rules
 * need but the file lacks is a field-named Turkish issue, never a guess.
 */

export type CaseInput = IkdpCaseInput | ItkfdpCaseInput;

/** How an earlier application reads in the eligibility history (IKDP MADDE 7(5), 11(4)); undecided ones are not history. */
const HISTORY_OUTCOMES: Readonly<Partial<Record<ApplicationStatus, ApplicationHistoryEntry['outcome']>>> = {
  APPROVED: 'APPROVED',
  COMPLETED: 'APPROVED',
  REJECTED: 'REJECTED',
  CANCELLED: 'CANCELLED',
  TERMINATED: 'TERMINATED',
};

export function applicationNotFound<T>(applicationId: number): Validated<T> {
  return invalid('applicationId', `${applicationId} numaralı başvuru bulunamadı.`);
}

function definedFlag<K extends string>(key: K, value: boolean | null): Partial<Record<K, boolean>> {
  return value === null ? {} : ({ [key]: value } as Record<K, boolean>);
}

function ikdpRequests(requests: readonly PaymentRequestFacts[]): IkdpCaseInput['requests'] {
  return requests.map((request) => ({
    submittedOn: request.submittedOn,
    months: [...(request.months ?? [])],
    ...definedFlag('taxLiabilityActive', request.taxLiabilityActive),
    ...definedFlag('overdueKosgebDebt', request.overdueKosgebDebt),
  }));
}

function itkfdpRequests(requests: readonly PaymentRequestFacts[]): ItkfdpCaseInput['requests'] {
  return requests.map((request) => ({
    periods: [...(request.periods ?? [])],
    submittedOn: request.submittedOn,
    ...definedFlag('taxLiabilityActive', request.taxLiabilityActive),
    ...definedFlag('overdueTaxOrSgkDebt', request.overdueTaxOrSgkDebt),
    ...definedFlag('commitmentDeclared', request.commitmentDeclared),
    ...definedFlag('excuseAccepted', request.excuseAccepted),
  }));
}

/** What `loadCase` reads of the application and its enterprise: only these columns (the whole row costs more to map than to read). */
const caseApplication = (orm: Orm) =>
  orm
    .select({
      id: applications.id,
      enterpriseId: applications.enterpriseId,
      program: applications.program,
      callCalendarId: applications.callCalendarId,
      approvedOn: applications.approvedOn,
      terminatedOn: applications.terminatedOn,
      applicationProvince: applications.applicationProvince,
      foundedOn: enterprises.foundedOn,
    })
    .from(applications)
    .innerJoin(enterprises, eq(enterprises.id, applications.enterpriseId))
    .where(eq(applications.id, sql.placeholder('id')))
    .prepare();

type CaseApplication = Pick<
  Application,
  'id' | 'enterpriseId' | 'program' | 'callCalendarId' | 'approvedOn' | 'terminatedOn' | 'applicationProvince'
> & { readonly foundedOn: string | null };

function loadIkdpCase(
  db: KobiDatabase,
  application: CaseApplication & { readonly program: IkdpCaseInput['program'] },
): Validated<IkdpCaseInput> {
  if (application.approvedOn === null) return invalid('approvedOn', 'Başvuru onaylanmamış: onay tarihi yok.');
  const calendar = application.callCalendarId === null ? undefined : getCallCalendar(db, application.callCalendarId)?.calendar;
  return parseWith(ikdpCaseInput, {
    program: application.program,
    approvedOn: application.approvedOn,
    foundedOn: application.foundedOn,
    primDays: enterpriseMonthlyTotals(db, application.enterpriseId),
    terminatedOn: application.terminatedOn,
    ...(calendar === undefined ? {} : { calendar }),
    requests: ikdpRequests(listActivePaymentRequestFacts(db, application.id)),
  });
}

function committedPersonInput(db: KobiDatabase, enterpriseId: number, province: string, keyById: ReadonlyMap<number, string>) {
  return (person: ReturnType<typeof listCommittedPersonnel>[number]): CommittedPerson => {
    const days = personDaysInProvince(db, enterpriseId, province, person.tckn);
    const replaces = person.replacesId === null ? undefined : keyById.get(person.replacesId);
    return {
      id: person.personKey,
      citizenship: person.citizenship,
      gender: person.gender,
      birthDate: person.birthDate,
      hiredOn: person.hiredOn,
      ...definedFlag('employedMonthBeforeAnnouncement', person.employedMonthBeforeAnnouncement),
      primDays: days.primDays,
      ...(Object.keys(days.leaveDays).length === 0 ? {} : { leaveDays: days.leaveDays }),
      ...(person.leftOn === null ? {} : { leftOn: person.leftOn }),
      ...(replaces === undefined ? {} : { replaces }),
      ...(person.protectedStatus === null ? {} : { protectedStatus: { ...person.protectedStatus } }),
      ...(person.otherProgrammeSupport === null
        ? {}
        : { otherProgrammeSupport: person.otherProgrammeSupport.map((entry) => ({ ...entry })) }),
    };
  };
}

function loadItkfdpCase(db: KobiDatabase, application: CaseApplication): Validated<ItkfdpCaseInput> {
  if (application.callCalendarId === null) return invalid('calendar', 'Başvurunun uygulama takvimi yok.');
  const calendar = getCallCalendar(db, application.callCalendarId)?.calendar;
  if (calendar === undefined) return invalid('calendar', 'Başvurunun uygulama takvimi bulunamadı.');
  const loan = getLoanOfApplication(db, application.id);
  if (loan?.creditUsedOn == null) return invalid('creditUsedOn', 'Kredi kullanım tarihi yok.');
  const province = application.applicationProvince;
  if (province === null) return invalid('applicationProvince', 'Başvuru ili yok.');
  const installments = listLoanInstallments(db, loan.id);
  const personnel = listCommittedPersonnel(db, application.id);
  const keyById = new Map(personnel.map((person) => [person.id, person.personKey]));
  return parseWith(itkfdpCaseInput, {
    program: 'ITKFDP-II',
    calendar,
    creditUsedOn: loan.creditUsedOn,
    // No instalment rows: the file holds no instalment information (the rule reports missing data).
    ...(installments.length === 0
      ? {}
      : { installmentsPaid: installments.filter((installment) => installment.paid).map((installment) => installment.number) }),
    primDays: enterpriseMonthlyPrimDaysInProvince(db, application.enterpriseId, province),
    personnel: personnel.map(committedPersonInput(db, application.enterpriseId, province, keyById)),
    requests: itkfdpRequests(listActivePaymentRequestFacts(db, application.id)),
    events: listTerminationEvents(db, application.id).map((event) => ({ type: event.type, on: event.occurredOn })),
  });
}

/** The payment case of an application: `IkdpCaseInput` for an İstihdamı Koruma edition, `ItkfdpCaseInput` for ITKFDP-II. */
export function loadCase(db: KobiDatabase, applicationId: number): Validated<CaseInput> {
  const application = preparedQuery(db, caseApplication).get({ id: applicationId });
  if (application === undefined) return applicationNotFound(applicationId);
  const { program } = application;
  return program === 'ITKFDP-II' ? loadItkfdpCase(db, application) : loadIkdpCase(db, { ...application, program });
}

/** An application of the same enterprise entered before the one decided, as the history reads it. */
export type EarlierApplication = Pick<Application, 'program' | 'status'>;

/** The enterprise's earlier applications (entered before this one), in entry order. */
function earlierApplications(db: KobiDatabase, application: Application): EarlierApplication[] {
  return db.orm
    .select({ program: applications.program, status: applications.status })
    .from(applications)
    .where(and(eq(applications.enterpriseId, application.enterpriseId), lt(applications.id, application.id)))
    .orderBy(asc(applications.id))
    .all();
}

/** The earlier applications with a decided outcome, in entry order. */
function applicationHistory(earlier: readonly EarlierApplication[]): ApplicationHistoryEntry[] {
  const history: ApplicationHistoryEntry[] = [];
  for (const row of earlier) {
    const outcome = HISTORY_OUTCOMES[row.status];
    if (outcome !== undefined) history.push({ program: row.program, outcome });
  }
  return history;
}

/** What an eligibility input reads of the application. */
export type EligibilityApplication = Pick<
  Application,
  'program' | 'appliedOn' | 'applicationProvince' | 'sanctioned' | 'excludedActivity' | 'envSocialCompliant' | 'otherPrograms'
>;

/** What an eligibility input reads of the enterprise. */
export type EligibilityEnterprise = Pick<Enterprise, 'legalForm' | 'registered' | 'active' | 'declarationCurrent' | 'naceMain'>;

/** The rows an eligibility input is made of; read one case at a time (`loadEligibility`) or a chunk at a time (case-loading-bulk.ts). */
export type EligibilityRows = {
  readonly application: EligibilityApplication;
  readonly enterprise: EligibilityEnterprise | undefined;
  /** The enterprise's sites in entry order. */
  readonly sites: readonly Pick<EnterpriseSite, 'province'>[];
  readonly earlier: readonly EarlierApplication[];
  readonly calendar: CallCalendar | undefined;
  readonly loan: Pick<Loan, 'amountTRY' | 'termMonths' | 'fundingLine'> | undefined;
};

/** The one assembly of "may this enterprise apply?" from its rows, shared by the per-case and the bulk loader. */
export function eligibilityFromRows(rows: EligibilityRows): Validated<EligibilityInput> {
  const { application, enterprise, calendar, loan } = rows;
  if (enterprise === undefined) return invalid('enterpriseId', 'Başvurunun işletmesi bulunamadı.');
  if (application.appliedOn === null) return invalid('asOf', 'Başvuru tarihi yok.');
  if (enterprise.naceMain === null) return invalid('enterprise.naceMain', 'İşletmenin ana faaliyet kodu (NACE) yok.');
  const loanTerms =
    loan?.amountTRY != null && loan.termMonths !== null && loan.fundingLine !== null
      ? { amountTRY: loan.amountTRY, termMonths: loan.termMonths, fundingLine: loan.fundingLine }
      : undefined;
  return parseWith(eligibilityInput, {
    program: application.program,
    asOf: application.appliedOn,
    enterprise: {
      legalForm: enterprise.legalForm,
      registered: enterprise.registered,
      active: enterprise.active,
      declarationCurrent: enterprise.declarationCurrent,
      naceMain: enterprise.naceMain,
      provinces: distinctProvinces(rows.sites),
      ...(application.applicationProvince === null ? {} : { applicationProvince: application.applicationProvince }),
      ...definedFlag('sanctioned', application.sanctioned),
      ...definedFlag('excludedActivity', application.excludedActivity),
      ...definedFlag('envSocialCompliant', application.envSocialCompliant),
      ...(application.otherPrograms === null ? {} : { otherPrograms: [...application.otherPrograms] }),
    },
    history: applicationHistory(rows.earlier),
    ...(calendar === undefined ? {} : { calendar }),
    ...(loanTerms === undefined ? {} : { loan: loanTerms }),
  });
}

/** "May this enterprise apply?" for an application, as of its application date. */
export function loadEligibility(db: KobiDatabase, applicationId: number): Validated<EligibilityInput> {
  const application = getApplication(db, applicationId);
  if (application === undefined) return applicationNotFound(applicationId);
  return eligibilityFromRows({
    application,
    enterprise: getEnterprise(db, application.enterpriseId),
    sites: listEnterpriseSites(db, application.enterpriseId),
    earlier: earlierApplications(db, application),
    calendar: application.callCalendarId === null ? undefined : getCallCalendar(db, application.callCalendarId)?.calendar,
    loan: getLoanOfApplication(db, application.id),
  });
}

/**
 * A clawback as the rules read it. The rates are the TCMB EUR buying rates in
 * force on the payment and the repayment dates (each that day's, or the latest
 * earlier one), with their own dates: exactly what the rule uses.
 */
export function loadClawback(db: KobiDatabase, clawbackId: number): Validated<ClawbackInput> {
  const clawback = getClawback(db, clawbackId);
  if (clawback === undefined) return invalid('clawbackId', `${clawbackId} numaralı geri tahsil kaydı bulunamadı.`);
  if (clawback.notifiedOn === null) return invalid('notifiedOn', 'Geri tahsil yazısının tebliğ tarihi yok.');
  if (clawback.repaidOn === null) return invalid('repaidOn', 'Geri ödeme tarihi yok.');
  const rates: Record<string, string> = {};
  for (const date of [clawback.paidOn, clawback.repaidOn]) {
    const rate = exchangeRateOnOrBefore(db, 'EUR', date);
    if (rate !== undefined) rates[rate.rateDate] = rate.buyingRate;
  }
  return parseWith(clawbackInput, {
    amountEUR: clawback.amountEUR,
    paidOn: clawback.paidOn,
    notifiedOn: clawback.notifiedOn,
    repaidOn: clawback.repaidOn,
    rates,
  });
}
