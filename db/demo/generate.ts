import { createHash } from 'node:crypto';
import {
  daysBetween,
  firstDayOfMonth,
  lastDayOfMonth,
  monthOf,
  monthRange,
  plusDays,
  plusMonths,
  plusMonthsToMonth,
  type IsoDate,
  type MonthKey,
} from '../../core/lib/calendar-date';
import type { LegalForm } from '../../core/inputs/common';
import type { FundingLine } from '../../core/inputs/eligibility-input';
import type { Citizenship, ItkfdpCalendar, TerminationEvent } from '../../core/inputs/itkfdp-input';
import { ITKFDP_II } from '../../core/programmes/itkfdp-ii/edition';
import { foldTurkish } from '../../core/lib/turkish-text';
import { demoTckn, demoVkn } from './identifiers';
import { createRandom, streamSeed, weightedTable, type Random } from './random';
import {
  BANKS,
  BRAND_HEADS,
  BRAND_TAILS,
  BRAND_WORDS,
  FEMALE_NAMES,
  FOREIGN_FEMALE_FIRST_NAMES,
  FOREIGN_FIRST_NAMES,
  FOREIGN_SURNAMES,
  JOINT_STOCK_SUFFIXES,
  LIMITED_SUFFIXES,
  MALE_NAMES,
  PROVINCES,
  SURNAMES,
  TRADES,
  type TradeGroup,
} from './word-lists';

/**
 * Demo data: a müdürlük's case files as plain typed objects, deterministic for
 * a seed. Nothing here touches the database; the demo-data command writes
 * these objects through the repositories.
 *
 * The data is dated as of DEMO_AS_OF (a constant, never the clock, so a seed
 * always gives the same data) with SGK months up to the month before.
 */
export const DEMO_AS_OF: IsoDate = '2026-11-20';
/** SGK data of a month is available in the following month. */
export const DEMO_LAST_MONTH: MonthKey = '2026-10';
/** IKDP-2025's base quarter starts here. */
export const DEMO_FIRST_MONTH: MonthKey = '2024-10';
/** Enterprises without an application carry only their last twelve months. */
const RECENT_FIRST_MONTH: MonthKey = plusMonthsToMonth(DEMO_LAST_MONTH, -11);
/** Persons of one enterprise take numbers `index × PERSON_SLOTS + k` in the TCKN sequence; the last slot is the owner's. */
const PERSON_SLOTS = 16;
export const MAX_DEMO_ENTERPRISES = 500_000;

export type DemoProgram = 'IKDP-2025' | 'IKDP-2026' | 'ITKFDP-II';

export type DemoApplicationStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'CANCELLED' | 'TERMINATED' | 'COMPLETED';

export type DemoUserRole = 'sorumlu_personel' | 'mudur' | 'izleyici' | 'yonetici';

export type DemoUser = {
  readonly key: string;
  readonly username: string;
  readonly fullName: string;
  readonly role: DemoUserRole;
  readonly province: string;
};

/** An SGK workplace (işyeri) of the enterprise in one province, with its monthly prim gün total. */
export type DemoWorkplace = {
  readonly province: string;
  readonly sgkSicilNo: string;
  readonly headquarters: boolean;
  readonly primDays: Readonly<Record<MonthKey, number>>;
};

export type DemoDocumentKind =
  'BASVURU_FORMU' | 'ISLETME_BEYANI' | 'SGK_HIZMET_LISTESI' | 'TAAHHUTNAME' | 'KREDI_SOZLESMESI' | 'ODEME_TALEP_FORMU' | 'IZLEME_FORMU';

export type DemoDocument = {
  readonly key: string;
  readonly kind: DemoDocumentKind;
  readonly fileName: string;
  readonly mediaType: 'application/pdf' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly createdOn: IsoDate;
  /** Produced by the app (a form) rather than attached by the user. */
  readonly generated: boolean;
  /** The payment request a payment form belongs to. */
  readonly requestKey: string | null;
};

export type DemoMonitoringVisit = {
  readonly key: string;
  readonly kind: 'ON_SITE' | 'POST_PROGRAMME';
  readonly dueOn: IsoDate;
  readonly visitedOn: IsoDate | null;
  readonly userKey: string;
  readonly outcome: 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_FOUND' | null;
  readonly notes: string | null;
};

type ApplicationCommon = {
  readonly key: string;
  readonly status: DemoApplicationStatus;
  /** The province of the müdürlük that handles the case. */
  readonly province: string;
  readonly createdOn: IsoDate;
  readonly submittedOn: IsoDate | null;
  readonly decidedOn: IsoDate | null;
  /** For a rejection: the article and the reason, as the decision letter states it. */
  readonly decisionReason: string | null;
  readonly responsibleUserKey: string;
  readonly documents: readonly DemoDocument[];
  readonly monitoringVisits: readonly DemoMonitoringVisit[];
};

/** A payment request: its key in the demo set and the request as the rules read it (core's `IkdpPaymentRequest`, every fact given). */
export type DemoIkdpRequest = {
  readonly key: string;
  readonly request: {
    readonly submittedOn: IsoDate;
    readonly months: readonly MonthKey[];
    readonly taxLiabilityActive: boolean;
    readonly overdueKosgebDebt: boolean;
  };
};

export type DemoIkdpApplication = ApplicationCommon & {
  readonly program: 'IKDP-2025' | 'IKDP-2026';
  readonly approvedOn: IsoDate | null;
  readonly terminatedOn: IsoDate | null;
  readonly requests: readonly DemoIkdpRequest[];
};

export type DemoInstalment = { readonly number: number; readonly dueOn: IsoDate; readonly paidOn: IsoDate | null };

export type DemoLoan = {
  readonly bank: string;
  readonly amountTRY: string;
  readonly termMonths: number;
  readonly fundingLine: FundingLine;
  readonly creditUsedOn: IsoDate | null;
  readonly instalments: readonly DemoInstalment[];
};

/** A committed person (MADDE 9(5)) with monthly data in the application province. */
export type DemoCommittedPerson = {
  readonly key: string;
  readonly tckn: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly citizenship: Citizenship;
  readonly gender: 'F' | 'M';
  readonly birthDate: IsoDate;
  readonly hiredOn: IsoDate;
  readonly employedMonthBeforeAnnouncement: boolean;
  readonly leftOn: IsoDate | null;
  readonly replacesKey: string | null;
  readonly primDays: Readonly<Record<MonthKey, number>>;
  readonly leaveDays: Readonly<Record<MonthKey, number>>;
};

/** Core's `ItkfdpPaymentRequest`, every fact given. */
export type DemoItkfdpRequest = {
  readonly key: string;
  readonly request: {
    readonly submittedOn: IsoDate;
    readonly periods: readonly number[];
    readonly overdueTaxOrSgkDebt: boolean;
    readonly commitmentDeclared: boolean;
    readonly excuseAccepted: boolean;
  };
};

export type DemoClawback = {
  readonly key: string;
  readonly amountEur: string;
  /** The payment date of the amount reclaimed. */
  readonly paidOn: IsoDate;
  readonly notifiedOn: IsoDate;
  readonly repaidOn: IsoDate | null;
};

export type DemoItkfdpApplication = ApplicationCommon & {
  readonly program: 'ITKFDP-II';
  readonly callKey: string;
  /** Requested terms; `creditUsedOn` and instalments once approved. */
  readonly loan: DemoLoan;
  readonly personnel: readonly DemoCommittedPerson[];
  readonly requests: readonly DemoItkfdpRequest[];
  readonly events: readonly TerminationEvent[];
  readonly clawbacks: readonly DemoClawback[];
};

export type DemoApplication = DemoIkdpApplication | DemoItkfdpApplication;

export type DemoEnterprise = {
  readonly key: string;
  readonly index: number;
  readonly legalForm: LegalForm;
  /** Every enterprise has a VKN; a gerçek kişi also has the owner's TCKN. */
  readonly vkn: string;
  readonly tckn: string | null;
  readonly unvan: string;
  readonly registered: boolean;
  readonly active: boolean;
  readonly declarationCurrent: boolean;
  readonly naceMain: string;
  /** The date the main activity code was recorded as current. */
  readonly naceReferenceDate: IsoDate;
  readonly foundedOn: IsoDate;
  readonly sanctioned: boolean;
  readonly excludedActivity: boolean;
  readonly envSocialCompliant: boolean;
  readonly workplaces: readonly DemoWorkplace[];
  readonly applications: readonly DemoApplication[];
};

export type DemoCall = { readonly key: string; readonly program: 'ITKFDP-II'; readonly name: string; readonly calendar: ItkfdpCalendar };

/**
 * Two ITKFDP-II calls: one announced before the 17/12/2025 amendment, one
 * after it, so both new-hire definitions occur (spec/domain-rules.md "Rule versions").
 */
export const DEMO_ITKFDP_CALLS: readonly DemoCall[] = [
  {
    key: 'ITKFDP-II-2025-1',
    program: 'ITKFDP-II',
    name: 'ITKFDP-II 2025 yılı 1. çağrı',
    calendar: {
      announcedOn: '2025-05-15',
      applicationStart: '2025-05-15',
      applicationEnd: '2025-12-31',
      referenceMonths: ['2025-02', '2025-03', '2025-04'],
      lastRequestOn: '2027-12-31',
    },
  },
  {
    key: 'ITKFDP-II-2026-1',
    program: 'ITKFDP-II',
    name: 'ITKFDP-II 2026 yılı 1. çağrı',
    calendar: {
      announcedOn: '2026-01-20',
      applicationStart: '2026-02-02',
      applicationEnd: '2026-07-31',
      referenceMonths: ['2025-10', '2025-11', '2025-12'],
      lastRequestOn: '2028-12-29',
    },
  },
];

/**
 * The states an application of each edition can be in on DEMO_AS_OF.
 * COMPLETED needs the programme period to have ended: IKDP-2025's 12 months
 * from an approval in 2025 have; IKDP-2026 runs to 31/12/2026, and ITKFDP-II's
 * 18 months of support began on 01/06/2025 at the earliest (ending
 * 30/11/2026), so neither has a completed case yet.
 */
export const DEMO_STATUSES: Readonly<Record<DemoProgram, readonly DemoApplicationStatus[]>> = {
  'IKDP-2025': ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'TERMINATED', 'COMPLETED'],
  'IKDP-2026': ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'TERMINATED'],
  'ITKFDP-II': ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'TERMINATED'],
};

const STATUS_WEIGHTS: Readonly<Record<DemoProgram, Readonly<Partial<Record<DemoApplicationStatus, number>>>>> = {
  'IKDP-2025': { DRAFT: 2, SUBMITTED: 5, APPROVED: 10, REJECTED: 15, CANCELLED: 5, TERMINATED: 3, COMPLETED: 60 },
  'IKDP-2026': { DRAFT: 5, SUBMITTED: 20, APPROVED: 55, REJECTED: 12, CANCELLED: 5, TERMINATED: 3 },
  'ITKFDP-II': { DRAFT: 4, SUBMITTED: 14, APPROVED: 62, REJECTED: 12, CANCELLED: 4, TERMINATED: 4 },
};

/** Every (edition, state) pair, given to the first enterprises so that any run of this many or more has all of them. */
const GUARANTEED_CASES: readonly { readonly program: DemoProgram; readonly status: DemoApplicationStatus }[] = (
  Object.entries(DEMO_STATUSES) as [DemoProgram, readonly DemoApplicationStatus[]][]
).flatMap(([program, statuses]) => statuses.map((status) => ({ program, status })));

export const DEMO_ENTERPRISES_FOR_EVERY_STATE = GUARANTEED_CASES.length;

const ITKFDP_PROVINCES: ReadonlySet<string> = new Set(ITKFDP_II.provinces[0]?.value ?? []);

const pickProvince = weightedTable(PROVINCES, (province) => province.weight);
const pickTrade = weightedTable(TRADES, (trade) => trade.weight);
const ikdpTrades = TRADES.filter((trade) => trade.group === 'ikdp');
const manufacturingTrades = TRADES.filter((trade) => trade.group === 'manufacturing');
const itkfdpProvinceList = PROVINCES.filter((province) => ITKFDP_PROVINCES.has(province.name));
const pickItkfdpProvince = weightedTable(itkfdpProvinceList, (province) => province.weight);

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function dateBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return plusDays(from, random.integer(0, Math.max(0, daysBetween(from, to))));
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

function maxMonth(a: MonthKey, b: MonthKey): MonthKey {
  return a > b ? a : b;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Staff of every müdürlük: independent of the number of enterprises, so user keys are stable. */
export function generateDemoStaff(seed: number): DemoUser[] {
  const users: DemoUser[] = [];
  for (const province of PROVINCES) {
    const random = createRandom(streamSeed(seed, 'staff', province.plate));
    const roles: DemoUserRole[] = ['mudur', 'yonetici', 'izleyici'];
    const officers = 2 + Math.min(8, Math.round(province.weight));
    for (let officer = 0; officer < officers; officer += 1) roles.push('sorumlu_personel');
    roles.forEach((role, number) => {
      const female = random.chance(0.5);
      const firstName = random.pick(female ? FEMALE_NAMES : MALE_NAMES);
      const lastName = random.pick(SURNAMES);
      const key = `U-${pad(province.plate, 2)}-${pad(number + 1, 2)}`;
      users.push({
        key,
        username: `${foldTurkish(firstName)}.${foldTurkish(lastName)}.${pad(province.plate, 2)}${pad(number + 1, 2)}`.replace(/\s+/g, ''),
        fullName: `${firstName} ${lastName}`,
        role,
        province: province.name,
      });
    });
  }
  return users;
}

function officersOf(staff: readonly DemoUser[]): ReadonlyMap<string, readonly DemoUser[]> {
  const byProvince = new Map<string, DemoUser[]>();
  for (const user of staff) {
    if (user.role !== 'sorumlu_personel') continue;
    const list = byProvince.get(user.province) ?? [];
    list.push(user);
    byProvince.set(user.province, list);
  }
  return byProvince;
}

type Trade = (typeof TRADES)[number];

function unvanOf(random: Random, legalForm: LegalForm, trade: Trade, owner: { firstName: string; lastName: string }): string {
  const word = random.pick(trade.words);
  if (legalForm === 'GERCEK_KISI') {
    return random.chance(0.5)
      ? `${owner.firstName} ${owner.lastName} - ${owner.lastName} ${word}`
      : `${owner.firstName} ${owner.lastName} ${word} İmalatı`;
  }
  const style = random.next();
  let brand: string;
  if (style < 0.35) {
    const surname = random.pick(SURNAMES);
    const variant = random.next();
    brand = variant < 0.6 ? surname : variant < 0.85 ? `${surname}lar` : `${surname} Kardeşler`;
  } else if (style < 0.7) brand = random.pick(BRAND_WORDS);
  else brand = `${random.pick(BRAND_HEADS)}${random.pick(BRAND_TAILS)}`;
  const suffix = random.chance(0.75) ? random.pick(LIMITED_SUFFIXES) : random.pick(JOINT_STOCK_SUFFIXES);
  return `${brand} ${word} ${suffix}`;
}

/**
 * SGK işyeri sicil numarası, 26 digits: mahiyet (1), işkolu kodu (4, here the
 * NACE class), ünite (2), eski ünite (2), sıra no (7), il kodu (3), ilçe kodu
 * (2), kontrol (2), aracı no (3).
 */
function sicilNo(random: Random, nace: string, plate: number): string {
  const isKolu = nace.replace(/\./g, '').slice(0, 4);
  return `2${isKolu}0101${pad(random.integer(1, 9_999_999), 7)}${pad(plate, 3)}${pad(random.integer(1, 30), 2)}${pad(random.integer(10, 99), 2)}000`;
}

/** Monthly prim gün of a workplace: its headcount drifts by a trend, with absences. */
function workplaceSeries(random: Random, staff: number, months: readonly MonthKey[], foundedMonth: MonthKey): Record<MonthKey, number> {
  const trend = (random.next() - 0.5) * 0.03;
  const series: Record<MonthKey, number> = {};
  months.forEach((month, step) => {
    if (month < foundedMonth) return;
    const headcount = Math.max(0, Math.round(staff * (1 + trend * step) + (random.next() - 0.5) * Math.max(1, staff * 0.06)));
    const absences = headcount === 0 ? 0 : random.integer(0, Math.ceil(headcount * 1.5));
    series[month] = Math.max(0, headcount * 30 - absences);
  });
  return series;
}

type ApplicationPlan = { readonly program: DemoProgram; readonly status: DemoApplicationStatus };

/** Which trade groups each edition takes (MADDE 7(3) IKDP; MADDE 9(3) ITKFDP-II). */
function fits(program: DemoProgram, group: TradeGroup): boolean {
  switch (program) {
    case 'IKDP-2025':
      return group === 'ikdp';
    case 'IKDP-2026':
      return group === 'ikdp' || group === 'ikdp-2026-only';
    case 'ITKFDP-II':
      return group === 'ikdp' || group === 'ikdp-2026-only' || group === 'manufacturing' || group === 'it-rd';
  }
}

function naturalStatus(random: Random, program: DemoProgram): DemoApplicationStatus {
  const weights = STATUS_WEIGHTS[program];
  return random.weighted(DEMO_STATUSES[program], (status) => weights[status] ?? 0);
}

function planApplications(random: Random, group: TradeGroup, inItkfdpProvince: boolean): ApplicationPlan[] {
  const plans: ApplicationPlan[] = [];
  const apply = (program: DemoProgram, probability: number): void => {
    if (!random.chance(probability)) return;
    plans.push({ program, status: fits(program, group) ? naturalStatus(random, program) : 'REJECTED' });
  };
  switch (group) {
    case 'ikdp':
      apply('IKDP-2025', 0.55);
      apply('IKDP-2026', 0.4);
      if (inItkfdpProvince) apply('ITKFDP-II', 0.08);
      break;
    case 'ikdp-2026-only':
      apply('IKDP-2025', 0.1);
      apply('IKDP-2026', 0.45);
      if (inItkfdpProvince) apply('ITKFDP-II', 0.1);
      break;
    case 'manufacturing':
    case 'it-rd':
      apply('IKDP-2025', 0.03);
      if (inItkfdpProvince) apply('ITKFDP-II', 0.3);
      break;
    case 'other':
      apply('IKDP-2025', 0.03);
      if (inItkfdpProvince) apply('ITKFDP-II', 0.02);
      break;
  }
  return plans;
}

/** Rejection reasons an officer writes, by the check that failed; the enterprise's data is made to match. */
type Rejection = { readonly code: string; readonly text: string };

function rejectionFor(random: Random, program: DemoProgram, group: TradeGroup): Rejection {
  if (!fits(program, group)) {
    return program === 'ITKFDP-II'
      ? { code: 'nace-sector', text: "MADDE 9(3): Ana faaliyet kodu Kısım C, Bölüm 62 veya Bölüm 72'de değil." }
      : { code: 'nace-sector', text: 'MADDE 7(3), 7(4): Ana faaliyet kodu programın sektörlerinde (NACE 13, 14, 15, 31) değil.' };
  }
  if (program === 'ITKFDP-II') {
    return random.pick([
      { code: 'loan-amount', text: 'MADDE 8(1): Kredi tutarı 1.750.000 TL – 2.000.000 TL aralığında değil.' },
      { code: 'env-social', text: 'MADDE 10(5): Çevresel ve sosyal kriterler karşılanmıyor.' },
      { code: 'declaration', text: 'MADDE 9(2): İşletme Beyanı güncel değil.' },
    ]);
  }
  if (program === 'IKDP-2026') return { code: 'registration', text: 'MADDE 7(1): İşletme sistemde kayıtlı ve aktif değil.' };
  return random.pick([
    { code: 'declaration', text: 'MADDE 7(1): İşletme Beyanı güncel değil.' },
    { code: 'registration', text: 'MADDE 7(1): İşletme sistemde kayıtlı ve aktif değil.' },
  ]);
}

type Person = { readonly firstName: string; readonly lastName: string; readonly gender: 'F' | 'M' };

function turkishPerson(random: Random): Person {
  const female = random.chance(0.45);
  return { firstName: random.pick(female ? FEMALE_NAMES : MALE_NAMES), lastName: random.pick(SURNAMES), gender: female ? 'F' : 'M' };
}

function foreignPerson(random: Random): Person {
  const firstName = random.pick(FOREIGN_FIRST_NAMES);
  return { firstName, lastName: random.pick(FOREIGN_SURNAMES), gender: FOREIGN_FEMALE_FIRST_NAMES.has(firstName) ? 'F' : 'M' };
}

type EnterpriseContext = {
  readonly seed: number;
  readonly random: Random;
  readonly key: string;
  readonly index: number;
  readonly unvanSlug: string;
  readonly officers: ReadonlyMap<string, readonly DemoUser[]>;
  readonly numberingOffset: number;
  nextPersonSlot: number;
  documentCount: number;
};

function officerFor(context: EnterpriseContext, province: string): string {
  const officers = context.officers.get(province);
  if (officers === undefined || officers.length === 0) throw new Error(`no officer in ${province}`);
  return context.random.pick(officers).key;
}

function document(
  context: EnterpriseContext,
  kind: DemoDocumentKind,
  createdOn: IsoDate,
  generated: boolean,
  label: string,
  requestKey: string | null = null,
): DemoDocument {
  context.documentCount += 1;
  const key = `${context.key}-D${pad(context.documentCount, 3)}`;
  const xlsx = kind === 'SGK_HIZMET_LISTESI';
  return {
    key,
    kind,
    fileName: `${label}-${context.unvanSlug}.${xlsx ? 'xlsx' : 'pdf'}`,
    mediaType: xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
    sizeBytes: context.random.integer(xlsx ? 12_000 : 40_000, xlsx ? 400_000 : 2_500_000),
    sha256: sha256(`kobi-dosya-demo|${context.seed}|${key}`),
    createdOn,
    generated,
    requestKey,
  };
}

function applicationDocuments(context: EnterpriseContext, program: DemoProgram, createdOn: IsoDate, submitted: boolean): DemoDocument[] {
  const documents = [document(context, 'BASVURU_FORMU', createdOn, true, `${program}-basvuru-formu`)];
  if (!submitted) return documents;
  documents.push(document(context, 'ISLETME_BEYANI', createdOn, false, 'isletme-beyani'));
  documents.push(document(context, 'SGK_HIZMET_LISTESI', createdOn, false, 'sgk-hizmet-listesi'));
  if (program === 'ITKFDP-II') documents.push(document(context, 'TAAHHUTNAME', createdOn, false, 'taahhutname'));
  return documents;
}

/** Dates of an application's life: created, submitted, decided. */
type Timeline = { readonly createdOn: IsoDate; readonly submittedOn: IsoDate | null; readonly decidedOn: IsoDate | null };

function timeline(
  random: Random,
  status: DemoApplicationStatus,
  windowStart: IsoDate,
  windowEnd: IsoDate,
  latestDecision: IsoDate,
): Timeline {
  const createdOn = dateBetween(random, windowStart, windowEnd);
  if (status === 'DRAFT') return { createdOn, submittedOn: null, decidedOn: null };
  const submittedOn = minDate(plusDays(createdOn, random.integer(0, 6)), windowEnd);
  if (status === 'SUBMITTED') return { createdOn, submittedOn, decidedOn: null };
  const decidedOn = minDate(plusDays(submittedOn, random.integer(3, 40)), latestDecision);
  return { createdOn, submittedOn, decidedOn };
}

const IKDP_WINDOWS: Readonly<Record<'IKDP-2025' | 'IKDP-2026', { readonly start: IsoDate; readonly end: IsoDate }>> = {
  'IKDP-2025': { start: '2025-01-31', end: '2025-03-31' },
  /** The 2026 window's end is not announced; applications run up to the demo date. */
  'IKDP-2026': { start: '2026-03-02', end: '2026-11-13' },
};

/** IKDP requests: a quarter's months at a time, asked for a few weeks after the quarter. */
function ikdpRequests(
  context: EnterpriseContext,
  applicationKey: string,
  program: 'IKDP-2025' | 'IKDP-2026',
  approvedOn: IsoDate,
  until: IsoDate,
): DemoIkdpRequest[] {
  const { random } = context;
  const year = program === 'IKDP-2025' ? 2025 : 2026;
  const requests: DemoIkdpRequest[] = [];
  for (let quarter = 0; quarter < 4; quarter += 1) {
    const months = [1, 2, 3].map((month) => `${year}-${pad(quarter * 3 + month, 2)}`);
    const lastMonth = months[2] ?? '';
    const earliest = plusDays(lastDayOfMonth(lastMonth), 1);
    const submittedOn = plusDays(earliest > approvedOn ? earliest : approvedOn, random.integer(5, 75));
    if (submittedOn >= until || random.chance(0.1)) continue;
    requests.push({
      key: `${applicationKey}-R${requests.length + 1}`,
      request: { submittedOn, months, taxLiabilityActive: !random.chance(0.02), overdueKosgebDebt: random.chance(0.02) },
    });
  }
  return requests;
}

function ikdpApplication(
  context: EnterpriseContext,
  plan: ApplicationPlan & { readonly program: 'IKDP-2025' | 'IKDP-2026' },
  number: number,
  province: string,
  rejection: Rejection | null,
): DemoIkdpApplication {
  const { random } = context;
  const key = `${context.key}-A${number}`;
  const window = IKDP_WINDOWS[plan.program];
  const dates = timeline(random, plan.status, window.start, window.end, DEMO_AS_OF);
  let approvedOn: IsoDate | null = null;
  if (plan.status === 'APPROVED' || plan.status === 'COMPLETED' || plan.status === 'TERMINATED') {
    // A running IKDP-2025 programme was approved late (after an objection), so its 12 months have not ended.
    approvedOn =
      plan.status === 'APPROVED' && plan.program === 'IKDP-2025' ? dateBetween(random, '2025-11-25', '2025-12-31') : dates.decidedOn;
  }
  const lastDay = plusDays(DEMO_AS_OF, -1);
  const terminatedOn =
    plan.status === 'TERMINATED' && approvedOn !== null
      ? dateBetween(random, minDate(plusDays(approvedOn, 30), lastDay), minDate(plusMonths(approvedOn, 11), lastDay))
      : null;
  const requests = approvedOn === null ? [] : ikdpRequests(context, key, plan.program, approvedOn, terminatedOn ?? DEMO_AS_OF);
  const documents = applicationDocuments(context, plan.program, dates.createdOn, dates.submittedOn !== null);
  for (const { key: requestKey, request } of requests) {
    documents.push(document(context, 'ODEME_TALEP_FORMU', request.submittedOn, true, `${plan.program}-odeme-talebi`, requestKey));
  }
  const monitoringVisits: DemoMonitoringVisit[] = [];
  if (plan.status === 'COMPLETED' && approvedOn !== null) {
    // MADDE 14(1): post-programme monitoring one year after the end (end = approval + 12 months).
    const dueOn = plusMonths(plusMonths(approvedOn, 12), 12);
    monitoringVisits.push({
      key: `${key}-V1`,
      kind: 'POST_PROGRAMME',
      dueOn,
      visitedOn: null,
      userKey: officerFor(context, province),
      outcome: null,
      notes: null,
    });
  }
  return {
    key,
    program: plan.program,
    status: plan.status,
    province,
    createdOn: dates.createdOn,
    submittedOn: dates.submittedOn,
    decidedOn: approvedOn ?? dates.decidedOn,
    decisionReason:
      rejection?.text ??
      (plan.status === 'CANCELLED'
        ? 'İşletmenin yazılı talebiyle başvuru geri çekildi.'
        : terminatedOn === null
          ? null
          : 'MADDE 13: İşletme faaliyetini sonlandırdı; program sona erdirildi.'),
    responsibleUserKey: officerFor(context, province),
    documents,
    monitoringVisits,
    approvedOn,
    terminatedOn,
    requests,
  };
}

/** Days of one committed person in one month: mostly full months, sometimes a report (istirahat), rarely unpaid absence. */
function personMonth(random: Random): { primDays: number; leaveDays: number } {
  const roll = random.next();
  if (roll < 0.07) {
    const leave = random.integer(2, 20);
    return { primDays: 30 - leave, leaveDays: leave };
  }
  if (roll < 0.1) return { primDays: 30 - random.integer(1, 18), leaveDays: 0 };
  return { primDays: 30, leaveDays: 0 };
}

function committedPerson(
  context: EnterpriseContext,
  applicationKey: string,
  number: number,
  citizenship: Citizenship,
  hiredOn: IsoDate,
  dataFrom: MonthKey | null,
  call: DemoCall,
  replacesKey: string | null,
  leftOn: IsoDate | null,
): DemoCommittedPerson {
  const { random } = context;
  const person = citizenship === 'TR' ? turkishPerson(random) : foreignPerson(random);
  const slot = context.nextPersonSlot;
  context.nextPersonSlot += 1;
  const young = random.chance(0.3);
  const announcementYear = Number(call.calendar.announcedOn.slice(0, 4));
  const birthYear = young
    ? random.integer(announcementYear - 29, announcementYear - 19)
    : random.integer(announcementYear - 58, announcementYear - 31);
  const lastMonth = leftOn === null ? DEMO_LAST_MONTH : monthOf(leftOn);
  const primDays: Record<MonthKey, number> = {};
  const leaveDays: Record<MonthKey, number> = {};
  const firstMonth = dataFrom === null ? null : maxMonth(monthOf(hiredOn), dataFrom);
  if (firstMonth !== null && firstMonth <= lastMonth) {
    for (const month of monthRange(firstMonth, lastMonth)) {
      const days = personMonth(random);
      primDays[month] = days.primDays;
      if (days.leaveDays > 0) leaveDays[month] = days.leaveDays;
    }
  }
  return {
    key: `${applicationKey}-P${number}`,
    tckn: demoTckn(context.index * PERSON_SLOTS + slot, context.numberingOffset, citizenship !== 'TR'),
    firstName: person.firstName,
    lastName: person.lastName,
    citizenship,
    gender: person.gender,
    birthDate: `${birthYear}-${pad(random.integer(1, 12), 2)}-${pad(random.integer(1, 28), 2)}`,
    hiredOn,
    employedMonthBeforeAnnouncement: hiredOn <= lastDayOfMonth(plusMonthsToMonth(monthOf(call.calendar.announcedOn), -1)),
    leftOn,
    replacesKey,
    primDays,
    leaveDays,
  };
}

/**
 * MADDE 9(5): at least two persons, one TR and one GKAS/UKSK, one a new hire;
 * sometimes a leaver and the replacement. Monthly data only once support has
 * started (from a quarter before it), as the müdürlük imports it for requests.
 */
function committedPersonnel(
  context: EnterpriseContext,
  applicationKey: string,
  call: DemoCall,
  supportStart: MonthKey | null,
): DemoCommittedPerson[] {
  const { random } = context;
  const announcedOn = call.calendar.announcedOn;
  const dataFrom = supportStart === null ? null : plusMonthsToMonth(supportStart, -3);
  const count = random.integer(2, 4);
  const personnel: DemoCommittedPerson[] = [];
  for (let number = 1; number <= count; number += 1) {
    const citizenship: Citizenship = number === 2 ? (random.chance(0.85) ? 'GKAS' : 'UKSK') : 'TR';
    const newHire = number === 1 || random.chance(0.3);
    const hiredOn = newHire
      ? dateBetween(random, announcedOn, plusDays(announcedOn, 60))
      : dateBetween(random, '2015-01-01', plusDays(announcedOn, -70));
    personnel.push(committedPerson(context, applicationKey, number, citizenship, hiredOn, dataFrom, call, null, null));
  }
  if (supportStart !== null && random.chance(0.08)) {
    // A leaver in the second or third period and the replacement hired within a month (MADDE 14(5)).
    const leaverIndex = random.integer(0, personnel.length - 1);
    const leaver = personnel[leaverIndex];
    const leftOn = dateBetween(
      random,
      firstDayOfMonth(plusMonthsToMonth(supportStart, 3)),
      lastDayOfMonth(plusMonthsToMonth(supportStart, 8)),
    );
    if (leaver !== undefined && leftOn < DEMO_AS_OF) {
      const replacementHired = plusDays(leftOn, random.integer(1, 30));
      const truncated = committedPersonFrom(leaver, leftOn);
      personnel[leaverIndex] = truncated;
      personnel.push(
        committedPerson(
          context,
          applicationKey,
          personnel.length + 1,
          leaver.citizenship,
          replacementHired,
          dataFrom,
          call,
          leaver.key,
          null,
        ),
      );
    }
  }
  return personnel;
}

/** The same person, with the data after leaving dropped. */
function committedPersonFrom(person: DemoCommittedPerson, leftOn: IsoDate): DemoCommittedPerson {
  const lastMonth = monthOf(leftOn);
  const keep = (days: Readonly<Record<MonthKey, number>>): Record<MonthKey, number> =>
    Object.fromEntries(Object.entries(days).filter(([month]) => month <= lastMonth));
  return { ...person, leftOn, primDays: keep(person.primDays), leaveDays: keep(person.leaveDays) };
}

const PERIOD_MONTHS = 3;
const PERIODS = 6;

const TERMINATION_REASONS: Readonly<Record<TerminationEvent['type'], string>> = {
  LIQUIDATION: 'MADDE 16(2): İşletme tasfiyeye girdi; program sona erdirildi.',
  CLOSURE: 'MADDE 16(5): İşletme kapandı; program sona erdirildi.',
  TRANSFER_MERGER_TERMINATED: 'MADDE 16(1): İşletme devredildi/birleşti ve program sona erdirildi.',
  LOAN_RESTRUCTURED: 'MADDE 16(4): Kredi yapılandırıldı; sonraki dönemler için ödeme yapılmaz.',
};

function itkfdpApplication(
  context: EnterpriseContext,
  plan: ApplicationPlan,
  number: number,
  province: string,
  rejection: Rejection | null,
): DemoItkfdpApplication {
  const { random } = context;
  const key = `${context.key}-A${number}`;
  // A terminated programme needs periods behind it: those are all of the first call.
  const call = plan.status === 'TERMINATED' || random.chance(0.6) ? DEMO_ITKFDP_CALLS[0] : DEMO_ITKFDP_CALLS[1];
  if (call === undefined) throw new Error('no ITKFDP-II call');
  const { calendar } = call;
  const lastCreditUse = plusDays(DEMO_AS_OF, -20);
  const dates = timeline(
    random,
    plan.status,
    calendar.applicationStart,
    minDate(calendar.applicationEnd, DEMO_AS_OF),
    plusDays(lastCreditUse, -10),
  );
  const approved = plan.status === 'APPROVED' || plan.status === 'TERMINATED';
  // Approved in the last weeks: half of them have not used the credit yet (30 days for it, MADDE 12(2)).
  const awaitingCredit = dates.decidedOn !== null && dates.decidedOn > plusDays(DEMO_AS_OF, -45) && random.chance(0.5);
  const creditUsedOn =
    approved && dates.decidedOn !== null && !awaitingCredit
      ? minDate(plusDays(dates.decidedOn, random.integer(10, 60)), lastCreditUse)
      : null;
  const supportStart = creditUsedOn === null ? null : plusMonthsToMonth(monthOf(creditUsedOn), 1);
  const amount = rejection?.code === 'loan-amount' ? random.integer(201, 300) * 10_000 : random.integer(175, 200) * 10_000;
  const instalments: DemoInstalment[] = [];
  if (supportStart !== null) {
    for (let period = 1; period <= PERIODS; period += 1) {
      const dueOn = lastDayOfMonth(plusMonthsToMonth(supportStart, period * PERIOD_MONTHS - 1));
      const paidOn = dueOn < DEMO_AS_OF && !random.chance(0.04) ? plusDays(dueOn, -random.integer(0, 10)) : null;
      instalments.push({ number: period, dueOn, paidOn });
    }
  }
  const loan: DemoLoan = {
    bank: random.pick(BANKS),
    amountTRY: `${amount}.00`,
    termMonths: random.pick([18, 24, 30, 36]),
    fundingLine: random.chance(0.6) ? 'FOSTER-II' : 'BMZ-II',
    creditUsedOn,
    instalments,
  };
  const personnel = dates.submittedOn === null ? [] : committedPersonnel(context, key, call, supportStart);
  const requests: DemoItkfdpRequest[] = [];
  const events: TerminationEvent[] = [];
  const clawbacks: DemoClawback[] = [];
  let terminationReason: string | null = null;
  if (supportStart !== null) {
    const endedPeriods: number[] = [];
    for (let period = 1; period <= PERIODS; period += 1) {
      const lastMonth = plusMonthsToMonth(supportStart, period * PERIOD_MONTHS - 1);
      if (lastMonth < DEMO_LAST_MONTH) endedPeriods.push(period);
    }
    let pending: number[] = [];
    for (const period of endedPeriods) {
      pending.push(period);
      if (random.chance(0.15) && period !== endedPeriods[endedPeriods.length - 1]) continue;
      const periodEnd = lastDayOfMonth(plusMonthsToMonth(supportStart, period * PERIOD_MONTHS - 1));
      const submittedOn = plusDays(periodEnd, random.integer(20, 75));
      if (submittedOn < DEMO_AS_OF && random.chance(0.9)) {
        requests.push({
          key: `${key}-R${requests.length + 1}`,
          request: {
            periods: pending,
            submittedOn,
            overdueTaxOrSgkDebt: random.chance(0.03),
            commitmentDeclared: !random.chance(0.03),
            excuseAccepted: false,
          },
        });
      }
      pending = [];
    }
    if (plan.status === 'TERMINATED') {
      const type = random.pick(['LIQUIDATION', 'CLOSURE', 'LOAN_RESTRUCTURED'] as const);
      const on = dateBetween(random, firstDayOfMonth(plusMonthsToMonth(supportStart, 2)), plusDays(DEMO_AS_OF, -5));
      events.push({ type, on });
      terminationReason = TERMINATION_REASONS[type];
      // A liquidated or closed enterprise asks for nothing afterwards.
      if (type !== 'LOAN_RESTRUCTURED') requests.splice(0, requests.length, ...requests.filter(({ request }) => request.submittedOn < on));
    }
    const firstRequest = requests[0];
    if (plan.status === 'APPROVED' && firstRequest !== undefined && random.chance(0.02)) {
      // MADDE 17: an undue payment found later (never for termination itself, 16(7)).
      const paidOn = plusDays(firstRequest.request.submittedOn, random.integer(10, 30));
      const notifiedOn = plusDays(paidOn, random.integer(60, 200));
      if (notifiedOn < DEMO_AS_OF) {
        const repaid = plusDays(notifiedOn, random.integer(5, 90));
        clawbacks.push({
          key: `${key}-C1`,
          amountEur: random.chance(0.5) ? '2000.00' : '2500.00',
          paidOn,
          notifiedOn,
          repaidOn: repaid < DEMO_AS_OF && random.chance(0.6) ? repaid : null,
        });
      }
    }
  }
  const documents = applicationDocuments(context, 'ITKFDP-II', dates.createdOn, dates.submittedOn !== null);
  if (creditUsedOn !== null) documents.push(document(context, 'KREDI_SOZLESMESI', creditUsedOn, false, 'kredi-sozlesmesi'));
  for (const { key: requestKey, request } of requests)
    documents.push(document(context, 'ODEME_TALEP_FORMU', request.submittedOn, true, 'itkfdp-odeme-talebi', requestKey));
  const monitoringVisits: DemoMonitoringVisit[] = [];
  if (supportStart !== null) {
    const dueOn = lastDayOfMonth(plusMonthsToMonth(supportStart, 6));
    const visitedOn = dueOn < DEMO_AS_OF ? plusDays(dueOn, -random.integer(0, 25)) : null;
    const compliant = random.chance(0.9);
    monitoringVisits.push({
      key: `${key}-V1`,
      kind: 'ON_SITE',
      dueOn,
      visitedOn,
      userKey: officerFor(context, province),
      outcome: visitedOn === null ? null : compliant ? 'COMPLIANT' : 'NON_COMPLIANT',
      notes:
        visitedOn === null
          ? null
          : compliant
            ? 'Taahhüt edilen personel işyerinde çalışırken görüldü.'
            : 'Bir personel yerinde bulunamadı; SGK kaydı istendi.',
    });
    if (visitedOn !== null) documents.push(document(context, 'IZLEME_FORMU', visitedOn, true, 'yerinde-izleme-formu'));
  }
  return {
    key,
    program: 'ITKFDP-II',
    callKey: call.key,
    status: plan.status,
    province,
    ...dates,
    decisionReason:
      rejection?.text ?? (plan.status === 'CANCELLED' ? 'İşletmenin yazılı talebiyle başvuru geri çekildi.' : terminationReason),
    responsibleUserKey: officerFor(context, province),
    documents,
    monitoringVisits,
    loan,
    personnel,
    requests,
    events,
    clawbacks,
  };
}

function slugOf(unvan: string): string {
  return foldTurkish(unvan)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 3)
    .join('-');
}

type DemoOptions = { readonly seed: number; readonly officers: ReadonlyMap<string, readonly DemoUser[]> };

/** Enterprise number `index` (from 0) of a run: the same for a seed whatever the number of enterprises. */
function generateDemoEnterprise(options: DemoOptions, index: number): DemoEnterprise {
  const random = createRandom(streamSeed(options.seed, 'enterprise', index));
  const guaranteed = GUARANTEED_CASES[index];
  const key = `E${pad(index + 1, 6)}`;

  let trade = pickTrade(random);
  if (guaranteed !== undefined) trade = random.pick(guaranteed.program === 'ITKFDP-II' ? manufacturingTrades : ikdpTrades);
  const legalForm: LegalForm = random.chance(0.18) ? 'GERCEK_KISI' : 'TUZEL_KISI';
  const owner = turkishPerson(random);
  const numberingOffset = streamSeed(options.seed, 'numbering', 0);
  const vkn = demoVkn(index, numberingOffset);
  const tckn = legalForm === 'GERCEK_KISI' ? demoTckn(index * PERSON_SLOTS + PERSON_SLOTS - 1, numberingOffset, false) : null;
  const unvan = unvanOf(random, legalForm, trade, owner);

  const headquarters = guaranteed?.program === 'ITKFDP-II' ? pickItkfdpProvince(random) : pickProvince(random);
  const provinces = [headquarters];
  const branchRoll = random.next();
  const branchCount = branchRoll < 0.03 ? 2 : branchRoll < 0.15 ? 1 : 0;
  for (let branch = 0; branch < branchCount; branch += 1) {
    const province = pickProvince(random);
    if (!provinces.includes(province)) provinces.push(province);
  }
  const inItkfdpProvince = provinces.some((province) => ITKFDP_PROVINCES.has(province.name));
  const plans: ApplicationPlan[] = guaranteed !== undefined ? [guaranteed] : planApplications(random, trade.group, inItkfdpProvince);

  const sizeRoll = random.next();
  const employees =
    sizeRoll < 0.5
      ? random.integer(2, 9)
      : sizeRoll < 0.85
        ? random.integer(10, 49)
        : sizeRoll < 0.98
          ? random.integer(50, 249)
          : random.integer(250, 600);
  const foundedRoll = random.next();
  const foundedOn =
    foundedRoll < 0.04
      ? dateBetween(random, '2024-10-01', '2024-12-31')
      : foundedRoll < 0.07
        ? dateBetween(random, '2025-01-01', '2025-06-30')
        : dateBetween(random, '1985-01-01', '2024-06-30');
  const months = monthRange(plans.length > 0 ? DEMO_FIRST_MONTH : RECENT_FIRST_MONTH, DEMO_LAST_MONTH);
  const workplaces: DemoWorkplace[] = provinces.map((province, position) => ({
    province: province.name,
    sgkSicilNo: sicilNo(random, trade.nace, province.plate),
    headquarters: position === 0,
    primDays: workplaceSeries(
      random,
      Math.max(1, Math.round(employees * (position === 0 ? 0.7 : 0.3 / Math.max(1, provinces.length - 1)))),
      months,
      monthOf(foundedOn),
    ),
  }));

  const context: EnterpriseContext = {
    seed: options.seed,
    random,
    key,
    index,
    unvanSlug: slugOf(unvan),
    officers: options.officers,
    numberingOffset,
    nextPersonSlot: 0,
    documentCount: 0,
  };
  let declarationCurrent = !random.chance(0.08);
  let active = !random.chance(0.02);
  let envSocialCompliant = true;
  const applications: DemoApplication[] = plans.map((plan, position) => {
    const rejection = plan.status === 'REJECTED' ? rejectionFor(random, plan.program, trade.group) : null;
    if (rejection?.code === 'declaration') declarationCurrent = false;
    if (rejection?.code === 'registration') active = false;
    if (rejection?.code === 'env-social') envSocialCompliant = false;
    if (plan.program === 'ITKFDP-II') {
      const itkfdpProvince = provinces.find((province) => ITKFDP_PROVINCES.has(province.name)) ?? headquarters;
      return itkfdpApplication(context, plan, position + 1, itkfdpProvince.name, rejection);
    }
    return ikdpApplication(context, { program: plan.program, status: plan.status }, position + 1, headquarters.name, rejection);
  });

  return {
    key,
    index,
    legalForm,
    vkn,
    tckn,
    unvan,
    registered: true,
    active,
    declarationCurrent,
    naceMain: trade.nace,
    naceReferenceDate: '2024-12-31',
    foundedOn,
    sanctioned: false,
    excludedActivity: false,
    envSocialCompliant,
    workplaces,
    applications,
  };
}

/** Every enterprise of a run, one at a time, so that 50,000 need not sit in memory together. */
export function* generateDemoEnterprises(seed: number, count: number, staff: readonly DemoUser[]): Generator<DemoEnterprise> {
  if (!Number.isInteger(count) || count < 0 || count > MAX_DEMO_ENTERPRISES)
    throw new RangeError(`count must be 0…${MAX_DEMO_ENTERPRISES}`);
  const options: DemoOptions = { seed, officers: officersOf(staff) };
  for (let index = 0; index < count; index += 1) yield generateDemoEnterprise(options, index);
}
