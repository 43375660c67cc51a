import type { LegalForm } from '../../core/inputs/common';
import type { FundingLine } from '../../core/inputs/eligibility-input';
import type { Citizenship, ItkfdpCalendar, TerminationEvent } from '../../core/inputs/itkfdp-input';
import { type IsoDate, type MonthKey, plusMonthsToMonth } from '../../core/lib/calendar-date';
import type { APPLICATION_STATUSES, PROGRAM_IDS, USER_ROLES } from '../schema/enums';

/**
 * Demo data (db/demo/): a müdürlük's case files as plain typed objects,
 * deterministic for a seed. Nothing here touches the database; the demo-data
 * command writes these objects through the repositories (write-demo.ts).
 * This module: the shapes of the generated objects and the dates of the set.
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
export const RECENT_FIRST_MONTH: MonthKey = plusMonthsToMonth(DEMO_LAST_MONTH, -11);
/** Persons of one enterprise take numbers `index × PERSON_SLOTS + k` in the TCKN sequence; the last slot is the owner's. */
export const PERSON_SLOTS = 16;
export const MAX_DEMO_ENTERPRISES = 500_000;

/** The schema's closed value sets, under the demo's names. */
export type DemoProgram = (typeof PROGRAM_IDS)[number];

export type DemoApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type DemoUserRole = (typeof USER_ROLES)[number];

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

export type ApplicationCommon = {
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
