import { plusDays, isWeekend, daysBetween, type IsoDate } from '../../core/lib/calendar-date';
import { TURKISH_OFFICIAL_HOLIDAYS } from '../../core/reference/holidays-tr';
import type { KobiDatabase } from '../connection';
import { createApplication } from '../repositories/applications';
import { createCallCalendar } from '../repositories/call-calendars';
import { createClawback } from '../repositories/clawbacks';
import { addCommittedPerson } from '../repositories/committed-personnel';
import { addAttachment, addDocument } from '../repositories/documents';
import { addEnterpriseSite, createEnterprise } from '../repositories/enterprises';
import { createLoan, putLoanInstallment } from '../repositories/loans';
import { recordMonitoringVisit, scheduleMonitoringVisit } from '../repositories/monitoring-visits';
import { decidePendingRequests } from '../repositories/payment-decisions';
import { createIkdpPaymentRequest, createItkfdpPaymentRequest } from '../repositories/payment-requests';
import { putEnterpriseMonthlyPrimDays, putPersonMonthlyDays } from '../repositories/prim-days';
import { putExchangeRate, seedBuiltInReferenceData } from '../repositories/reference-data';
import { addTerminationEvent } from '../repositories/termination-events';
import { createUser } from '../repositories/users';
import { withWrite, type Actor, type WriteContext } from '../write-context';
import {
  DEMO_AS_OF,
  DEMO_ITKFDP_CALLS,
  DEMO_STATUSES,
  generateDemoEnterprises,
  generateDemoStaff,
  type DemoApplication,
  type DemoApplicationStatus,
  type DemoDocument,
  type DemoEnterprise,
  type DemoProgram,
} from './generate';
import { createRandom, streamSeed } from './random';

/**
 * Writing the demo data (issue 3 item 9) through the repositories, so every
 * row has its audit entry, its sync-outbox message and its search text, and
 * `verify-audit` passes on a demo database like on any other.
 *
 * Bulk choice: every row is written and audited one by one (no bulk path that
 * skips the audit: the audit chain is how the database proves its content,
 * and a demo file must verify like a real one). Speed comes from batching:
 * one transaction per `batchSize` enterprises, so the per-commit fsync of
 * `synchronous=FULL` is paid a few hundred times, not a million; and from a
 * larger page cache while writing (the audit log's unique hash index takes
 * inserts all over its B-tree), set back to what it was afterwards.
 */

export const DEMO_ACTOR: Actor = { kind: 'system', name: 'demo-data' };
export const DEFAULT_DEMO_BATCH_SIZE = 1000;
/** 512 MiB (a negative `cache_size` is KiB). */
const BULK_CACHE_SIZE = -524_288;
/** Requests older than this on DEMO_AS_OF are decided; newer ones wait in the inbox. */
const UNDECIDED_DAYS = 21;
const DEMO_RATE_SOURCE = 'demo-data (uydurma kur, TCMB değil)';

export type DemoSummary = {
  readonly seed: number;
  readonly asOf: IsoDate;
  readonly users: number;
  readonly callCalendars: number;
  readonly enterprises: number;
  readonly sites: number;
  readonly provinces: number;
  readonly applications: Readonly<Record<DemoProgram, Readonly<Partial<Record<DemoApplicationStatus, number>>>>>;
  readonly loans: number;
  readonly committedPersons: number;
  readonly enterpriseMonthRows: number;
  readonly personMonthRows: number;
  readonly paymentRequests: { readonly decided: number; readonly pending: number };
  readonly terminationEvents: number;
  readonly monitoringVisits: number;
  readonly clawbacks: number;
  readonly documents: number;
  readonly attachments: number;
  readonly exchangeRates: number;
};

type Counts = { -readonly [K in Exclude<keyof DemoSummary, 'seed' | 'asOf' | 'applications' | 'paymentRequests'>]: number } & {
  applications: Record<DemoProgram, Partial<Record<DemoApplicationStatus, number>>>;
  decided: number;
  pending: number;
  provinceNames: Set<string>;
};

type Context = {
  readonly w: WriteContext;
  readonly userIds: ReadonlyMap<string, number>;
  readonly callIds: ReadonlyMap<string, number>;
  readonly counts: Counts;
};

function userId(context: Context, key: string): number {
  const id = context.userIds.get(key);
  if (id === undefined) throw new Error(`demo user ${key} was not written`);
  return id;
}

const DOCUMENT_TITLES: Readonly<Record<DemoDocument['kind'], string>> = {
  BASVURU_FORMU: 'Başvuru formu',
  ISLETME_BEYANI: 'İşletme Beyanı',
  SGK_HIZMET_LISTESI: 'SGK hizmet listesi',
  TAAHHUTNAME: 'Taahhütname',
  KREDI_SOZLESMESI: 'Kredi sözleşmesi',
  ODEME_TALEP_FORMU: 'Ödeme talep formu',
  IZLEME_FORMU: 'Yerinde izleme formu',
};

function writeDocuments(
  context: Context,
  enterpriseId: number,
  applicationId: number,
  documents: readonly DemoDocument[],
  requestIds: ReadonlyMap<string, number>,
): void {
  for (const document of documents) {
    const title = DOCUMENT_TITLES[document.kind];
    if (document.generated) {
      addDocument(context.w, {
        applicationId,
        paymentRequestId: document.requestKey === null ? null : (requestIds.get(document.requestKey) ?? null),
        formCode: document.kind,
        title,
        sha256: document.sha256,
        sizeBytes: document.sizeBytes,
      });
      context.counts.documents += 1;
    } else {
      addAttachment(context.w, {
        enterpriseId,
        applicationId,
        fileName: document.fileName,
        mimeType: document.mediaType,
        description: title,
        sha256: document.sha256,
        sizeBytes: document.sizeBytes,
      });
      context.counts.attachments += 1;
    }
  }
}

const DECIDED_STATUSES: Readonly<Partial<Record<DemoApplicationStatus, 'APPROVED' | 'REJECTED'>>> = {
  APPROVED: 'APPROVED',
  COMPLETED: 'APPROVED',
  TERMINATED: 'APPROVED',
  REJECTED: 'REJECTED',
};

/** Requests in submission order; the older ones decided by the rules (their snapshot stored), the recent ones left pending. */
function writeRequests(context: Context, application: DemoApplication, applicationId: number): Map<string, number> {
  const { w } = context;
  const requestIds = new Map<string, number>();
  const cutoff = plusDays(DEMO_AS_OF, -UNDECIDED_DAYS);
  const create = (decidable: boolean): void => {
    let created = 0;
    if (application.program === 'ITKFDP-II') {
      for (const { key, request } of application.requests) {
        if (request.submittedOn < cutoff !== decidable) continue;
        requestIds.set(key, createItkfdpPaymentRequest(w, { applicationId, ...request }).id);
        created += 1;
      }
    } else {
      for (const { key, request } of application.requests) {
        if (request.submittedOn < cutoff !== decidable) continue;
        requestIds.set(key, createIkdpPaymentRequest(w, { applicationId, ...request }).id);
        created += 1;
      }
    }
    if (!decidable) {
      context.counts.pending += created;
      return;
    }
    if (created === 0) return;
    const decided = decidePendingRequests(w, applicationId);
    if (!decided.ok)
      throw new Error(
        `demo case ${application.key} cannot be decided: ${decided.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`,
      );
    context.counts.decided += decided.value.length;
  };
  create(true);
  create(false);
  return requestIds;
}

function writeApplication(context: Context, enterprise: DemoEnterprise, enterpriseId: number, application: DemoApplication): void {
  const { w, counts } = context;
  const itkfdp = application.program === 'ITKFDP-II' ? application : null;
  const terminationEvent = itkfdp?.events[0];
  const terminatedOn = application.program === 'ITKFDP-II' ? (terminationEvent?.on ?? null) : application.terminatedOn;
  const created = createApplication(w, {
    enterpriseId,
    program: application.program,
    status: application.status,
    callCalendarId: itkfdp === null ? null : (context.callIds.get(itkfdp.callKey) ?? null),
    appliedOn: application.submittedOn,
    approvedOn:
      application.program === 'ITKFDP-II'
        ? DECIDED_STATUSES[application.status] === 'APPROVED'
          ? application.decidedOn
          : null
        : application.approvedOn,
    applicationProvince: application.province,
    responsibleUserId: userId(context, application.responsibleUserKey),
    decision: DECIDED_STATUSES[application.status] ?? null,
    decidedOn: application.decidedOn,
    decisionReason: application.decisionReason,
    terminatedOn,
    sanctioned: enterprise.sanctioned,
    excludedActivity: enterprise.excludedActivity,
    envSocialCompliant: itkfdp === null ? null : enterprise.envSocialCompliant,
  });
  const programCounts = counts.applications[application.program];
  programCounts[application.status] = (programCounts[application.status] ?? 0) + 1;

  if (itkfdp !== null) {
    const { loan } = itkfdp;
    const loanId = createLoan(w, {
      applicationId: created.id,
      amountTRY: loan.amountTRY,
      termMonths: loan.termMonths,
      fundingLine: loan.fundingLine,
      bankName: loan.bank,
      creditUsedOn: loan.creditUsedOn,
    }).id;
    counts.loans += 1;
    for (const instalment of loan.instalments) {
      putLoanInstallment(w, {
        loanId,
        number: instalment.number,
        dueOn: instalment.dueOn,
        paid: instalment.paidOn !== null,
        paidOn: instalment.paidOn,
      });
    }
    const personIds = new Map<string, number>();
    for (const person of itkfdp.personnel) {
      const replacesId = person.replacesKey === null ? null : (personIds.get(person.replacesKey) ?? null);
      const record = addCommittedPerson(w, {
        applicationId: created.id,
        personKey: person.key,
        tckn: person.tckn,
        firstName: person.firstName,
        lastName: person.lastName,
        citizenship: person.citizenship,
        gender: person.gender,
        birthDate: person.birthDate,
        hiredOn: person.hiredOn,
        leftOn: person.leftOn,
        employedMonthBeforeAnnouncement: person.employedMonthBeforeAnnouncement,
        replacesId,
      });
      personIds.set(person.key, record.id);
      counts.committedPersons += 1;
      for (const [month, primDays] of Object.entries(person.primDays)) {
        putPersonMonthlyDays(w, {
          enterpriseId,
          province: application.province,
          tckn: person.tckn,
          month,
          primDays,
          countedLeaveDays: person.leaveDays[month] ?? 0,
        });
        counts.personMonthRows += 1;
      }
    }
    for (const event of itkfdp.events) {
      addTerminationEvent(w, { applicationId: created.id, type: event.type, occurredOn: event.on });
      counts.terminationEvents += 1;
    }
  }

  const requestIds = writeRequests(context, application, created.id);
  for (const visit of application.monitoringVisits) {
    const scheduled = scheduleMonitoringVisit(w, {
      applicationId: created.id,
      kind: visit.kind,
      dueOn: visit.dueOn,
      visitorUserId: userId(context, visit.userKey),
    });
    if (visit.visitedOn !== null && visit.outcome !== null)
      recordMonitoringVisit(w, scheduled.id, { visitedOn: visit.visitedOn, outcome: visit.outcome, notes: visit.notes });
    counts.monitoringVisits += 1;
  }
  if (itkfdp !== null) {
    for (const clawback of itkfdp.clawbacks) {
      const firstRequest = itkfdp.requests[0];
      createClawback(w, {
        applicationId: created.id,
        paymentRequestId: firstRequest === undefined ? null : (requestIds.get(firstRequest.key) ?? null),
        amountEUR: clawback.amountEur,
        paidOn: clawback.paidOn,
        notifiedOn: clawback.notifiedOn,
        repaidOn: clawback.repaidOn,
      });
      counts.clawbacks += 1;
    }
  }
  writeDocuments(context, enterpriseId, created.id, application.documents, requestIds);
}

function writeEnterprise(context: Context, enterprise: DemoEnterprise): void {
  const { w, counts } = context;
  const { id } = createEnterprise(w, {
    vkn: enterprise.vkn,
    tckn: enterprise.tckn,
    unvan: enterprise.unvan,
    legalForm: enterprise.legalForm,
    registered: enterprise.registered,
    active: enterprise.active,
    declarationCurrent: enterprise.declarationCurrent,
    naceMain: enterprise.naceMain,
    naceReferenceDate: enterprise.naceReferenceDate,
    foundedOn: enterprise.foundedOn,
  });
  counts.enterprises += 1;
  for (const workplace of enterprise.workplaces) {
    addEnterpriseSite(w, {
      enterpriseId: id,
      province: workplace.province,
      kind: workplace.headquarters ? 'merkez' : 'sube',
      sgkIsyeriSicilNo: workplace.sgkSicilNo,
    });
    counts.sites += 1;
    counts.provinceNames.add(workplace.province);
    for (const [month, primDays] of Object.entries(workplace.primDays)) {
      putEnterpriseMonthlyPrimDays(w, { enterpriseId: id, province: workplace.province, month, primDays });
      counts.enterpriseMonthRows += 1;
    }
  }
  for (const application of enterprise.applications) writeApplication(context, enterprise, id, application);
}

/**
 * Invented EUR buying rates for every working day of 2025–2026 up to the demo
 * date, so clawbacks can be computed in a demo; marked as invented in `source`.
 */
function writeDemoRates(w: WriteContext, seed: number): number {
  const random = createRandom(streamSeed(seed, 'rates', 0));
  const holidays = new Set(TURKISH_OFFICIAL_HOLIDAYS.entries.filter((entry) => entry.kind === 'full').map((entry) => entry.date));
  const first = '2025-01-02';
  const days = daysBetween(first, DEMO_AS_OF);
  let written = 0;
  let rate = 36.5;
  for (let day = 0; day <= days; day += 1) {
    const date = plusDays(first, day);
    rate += 0.028 + (random.next() - 0.5) * 0.12;
    if (isWeekend(date) || holidays.has(date)) continue;
    putExchangeRate(w, { rateDate: date, currency: 'EUR', buyingRate: rate.toFixed(4), source: DEMO_RATE_SOURCE });
    written += 1;
  }
  return written;
}

export type DemoWriteOptions = {
  readonly seed: number;
  readonly enterprises: number;
  readonly batchSize?: number;
};

export type DemoWriteResult = { readonly ok: true; readonly summary: DemoSummary } | { readonly ok: false; readonly reason: string };

function emptyCounts(): Counts {
  const applications = Object.fromEntries(Object.keys(DEMO_STATUSES).map((program) => [program, {}])) as Record<
    DemoProgram,
    Partial<Record<DemoApplicationStatus, number>>
  >;
  return {
    users: 0,
    callCalendars: 0,
    enterprises: 0,
    sites: 0,
    provinces: 0,
    applications,
    loans: 0,
    committedPersons: 0,
    enterpriseMonthRows: 0,
    personMonthRows: 0,
    decided: 0,
    pending: 0,
    terminationEvents: 0,
    monitoringVisits: 0,
    clawbacks: 0,
    documents: 0,
    attachments: 0,
    exchangeRates: 0,
    provinceNames: new Set(),
  };
}

/** Writes a demo set into an empty database; the summary depends only on the seed and the number of enterprises. */
export function writeDemoData(db: KobiDatabase, options: DemoWriteOptions): DemoWriteResult {
  const existing = db.sqlite.prepare('SELECT count(*) AS n FROM enterprises').get() as { n: number };
  if (existing.n > 0)
    return { ok: false, reason: `Veritabanında zaten ${existing.n} işletme var; demo verisi yalnızca boş bir veritabanına yazılır.` };
  const batchSize = options.batchSize ?? DEFAULT_DEMO_BATCH_SIZE;
  const cacheSize: unknown = db.sqlite.pragma('cache_size', { simple: true });
  db.sqlite.pragma(`cache_size = ${BULK_CACHE_SIZE}`);
  try {
    return { ok: true, summary: writeAll(db, options.seed, options.enterprises, batchSize) };
  } finally {
    db.sqlite.pragma(`cache_size = ${Number(cacheSize)}`);
  }
}

function writeAll(db: KobiDatabase, seed: number, enterpriseCount: number, batchSize: number): DemoSummary {
  const counts = emptyCounts();
  const staff = generateDemoStaff(seed);
  const { userIds, callIds } = withWrite(db, DEMO_ACTOR, (w) => {
    seedBuiltInReferenceData(w);
    counts.exchangeRates = writeDemoRates(w, seed);
    const users = new Map(
      staff.map((user) => [user.key, createUser(w, { username: user.username, fullName: user.fullName, role: user.role }).id]),
    );
    const calls = new Map(
      DEMO_ITKFDP_CALLS.map((call) => [
        call.key,
        createCallCalendar(w, { program: call.program, name: call.name, calendar: call.calendar }).id,
      ]),
    );
    return { userIds: users, callIds: calls };
  });
  counts.users = userIds.size;
  counts.callCalendars = callIds.size;

  let batch: DemoEnterprise[] = [];
  const flush = (): void => {
    const enterprises = batch;
    batch = [];
    withWrite(db, DEMO_ACTOR, (w) => {
      const context: Context = { w, userIds, callIds, counts };
      for (const enterprise of enterprises) writeEnterprise(context, enterprise);
    });
  };
  for (const enterprise of generateDemoEnterprises(seed, enterpriseCount, staff)) {
    batch.push(enterprise);
    if (batch.length >= batchSize) flush();
  }
  if (batch.length > 0) flush();

  const { provinceNames, decided, pending, applications, ...rest } = counts;
  return { seed, asOf: DEMO_AS_OF, ...rest, provinces: provinceNames.size, applications, paymentRequests: { decided, pending } };
}
