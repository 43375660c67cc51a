import type { z } from 'zod';
import { parseWith } from '../../../core/inputs/common';
import { clawbackInput, type ClawbackInput } from '../../../core/inputs/clawback-input';
import { eligibilityInput, type EligibilityInput, type EnterpriseProfile } from '../../../core/inputs/eligibility-input';
import { ikdpCaseInput, type IkdpCaseInput, type IkdpPaymentRequest } from '../../../core/inputs/ikdp-input';
import {
  itkfdpCaseInput,
  type CommittedPerson,
  type ItkfdpCalendar,
  type ItkfdpCaseInput,
  type ItkfdpPaymentRequest,
} from '../../../core/inputs/itkfdp-input';
import type { CheckResult } from '../../../core/lib/checks';
import type { IkdpEdition } from '../../../core/programmes/ikdp/edition';
import type { ItkfdpEdition } from '../../../core/programmes/itkfdp-ii/edition';
import { BUILT_IN_REFERENCE, type RuleReference } from '../../../core/rules';

/**
 * Typed builders of rule inputs: a valid default case per programme, so that each test states only what differs.
 * Every built input goes through its zod schema, so a test can never feed the rules a case the app would reject.
 */

function parsed<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = parseWith(schema, value);
  if (!result.ok) throw new Error(`test setup: invalid ${what}: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** A copy of `value` without `key` (how a test states "this fact is not in the file"). */
export function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;
}

/** The one check with `code`; fails the test when it is absent or reported twice. */
export function checkOf(checks: readonly CheckResult[], code: string): CheckResult {
  const found = checks.filter((result) => result.code === code);
  if (found.length !== 1)
    throw new Error(`expected exactly one "${code}" check, found ${found.length}: ${checks.map((c) => c.code).join(', ')}`);
  const [only] = found;
  if (only === undefined) throw new Error('unreachable');
  return only;
}

/** Calendar months from `first`, `count` of them (written out in the test helper, not taken from core). */
export function monthsFrom(first: string, count: number): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (let index = 0; index < count; index += 1) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The same number of days in each month. */
export function every(months: readonly string[], days: number): Record<string, number> {
  return Object.fromEntries(months.map((month) => [month, days]));
}

// ---------------------------------------------------------------- eligibility

export function enterprise(overrides: Partial<EnterpriseProfile> = {}): EnterpriseProfile {
  return {
    legalForm: 'TUZEL_KISI',
    registered: true,
    active: true,
    declarationCurrent: true,
    naceMain: '14.13.01',
    provinces: ['Kayseri'],
    ...overrides,
  };
}

/** IKDP-2025 application on 10/02/2025 inside the 31/01–31/03/2025 window, NACE 14.13.01, no history. */
export function ikdpApplication(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return parsed(
    eligibilityInput,
    { program: 'IKDP-2025', asOf: '2025-02-10', enterprise: enterprise(), history: [], ...overrides },
    'eligibility input',
  );
}

/** IKDP-2026 application on 10/03/2026 (window open from 02/03/2026). */
export function ikdp2026Application(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return ikdpApplication({ program: 'IKDP-2026', asOf: '2026-03-10', ...overrides });
}

export const ITK_CALENDAR: ItkfdpCalendar = {
  announcedOn: '2025-05-15',
  applicationStart: '2025-05-15',
  applicationEnd: '2025-12-31',
  referenceMonths: ['2025-02', '2025-03', '2025-04'],
  lastRequestOn: '2027-06-30',
};

/** ITKFDP-II application on 10/06/2025: Kayseri, NACE 25.11, FOSTER II loan of 1.800.000 TL over 24 months. */
export function itkApplication(
  overrides: Partial<EligibilityInput> = {},
  enterpriseOverrides: Partial<EnterpriseProfile> = {},
): EligibilityInput {
  return parsed(
    eligibilityInput,
    {
      program: 'ITKFDP-II',
      asOf: '2025-06-10',
      enterprise: enterprise({
        naceMain: '25.11',
        applicationProvince: 'Kayseri',
        sanctioned: false,
        excludedActivity: false,
        envSocialCompliant: true,
        otherPrograms: [],
        ...enterpriseOverrides,
      }),
      history: [],
      calendar: ITK_CALENDAR,
      loan: { amountTRY: '1800000.00', termMonths: 24, fundingLine: 'FOSTER-II' },
      ...overrides,
    },
    'eligibility input',
  );
}

// ---------------------------------------------------------------- İstihdamı Koruma payments

/** Base months 2024-10/11/12 at 310 + 305 + 300 = 915 → base 305; every 2025 month at 305. */
export const IKDP_2025_DAYS: Readonly<Record<string, number>> = {
  '2024-10': 310,
  '2024-11': 305,
  '2024-12': 300,
  ...every(monthsFrom('2025-01', 12), 305),
};

export function ikdpRequest(overrides: Partial<IkdpPaymentRequest> = {}): IkdpPaymentRequest {
  return { submittedOn: '2025-04-15', months: ['2025-01', '2025-02'], taxLiabilityActive: true, overdueKosgebDebt: false, ...overrides };
}

/** IKDP-2025, approved 20/02/2025, founded 2009, base 305, one request for Ocak + Şubat 2025 on 15/04/2025. */
export function ikdpCase(overrides: Partial<IkdpCaseInput> = {}): IkdpCaseInput {
  return parsed(
    ikdpCaseInput,
    {
      program: 'IKDP-2025',
      approvedOn: '2025-02-20',
      foundedOn: '2009-05-04',
      primDays: IKDP_2025_DAYS,
      terminatedOn: null,
      requests: [ikdpRequest()],
      ...overrides,
    },
    'IKDP case',
  );
}

/** Base months 2025-11/12 at 100 + 101 = 201 → base 100 (2026 edition). */
export const IKDP_2026_BASE_DAYS: Readonly<Record<string, number>> = { '2025-11': 100, '2025-12': 101 };

/** IKDP-2026, approved 10/03/2026, base 100; request for Ocak 2026 (100 prim gün) on 10/02/2026… overridden per test. */
export function ikdp2026Case(overrides: Partial<IkdpCaseInput> = {}): IkdpCaseInput {
  return ikdpCase({
    program: 'IKDP-2026',
    approvedOn: '2026-03-10',
    foundedOn: '2010-01-01',
    primDays: { ...IKDP_2026_BASE_DAYS, ...every(monthsFrom('2026-01', 12), 100) },
    requests: [ikdpRequest({ submittedOn: '2026-04-15', months: ['2026-01'] })],
    ...overrides,
  });
}

// ---------------------------------------------------------------- ITKFDP-II periods

/** Credit used 10/07/2025: support 01/08/2025 – 31/01/2027, 18 months. */
export const SUPPORT_MONTHS = monthsFrom('2025-08', 18);

export function person(id: string, overrides: Partial<CommittedPerson> = {}): CommittedPerson {
  return {
    id,
    citizenship: 'TR',
    gender: 'M',
    birthDate: '1985-03-03',
    hiredOn: '2025-03-01',
    primDays: every(SUPPORT_MONTHS, 30),
    ...overrides,
  };
}

/** p1: T.C., woman, born 1990, new hire (01/06/2025, after the 15/05/2025 announcement); 30 days every month. */
export function newTurkishWoman(overrides: Partial<CommittedPerson> = {}): CommittedPerson {
  return person('p1', {
    gender: 'F',
    birthDate: '1990-01-01',
    hiredOn: '2025-06-01',
    employedMonthBeforeAnnouncement: false,
    ...overrides,
  });
}

/** p2: GKAS man born 1985, employed since 01/03/2025 (not a new hire); 30 days every month. */
export function gkasMan(overrides: Partial<CommittedPerson> = {}): CommittedPerson {
  return person('p2', { citizenship: 'GKAS', ...overrides });
}

export function itkRequest(overrides: Partial<ItkfdpPaymentRequest> = {}): ItkfdpPaymentRequest {
  return { periods: [1], submittedOn: '2025-11-10', overdueTaxOrSgkDebt: false, commitmentDeclared: true, ...overrides };
}

/**
 * Reference months 20 / 18 / 22 prim gün → minimum 54 per period; 60 prim gün in every support month; all six
 * instalments paid; p1 (T.C. woman, new hire) and p2 (GKAS man); one request for period 1 on 10/11/2025.
 */
export const ITK_ENTERPRISE_DAYS: Readonly<Record<string, number>> = {
  '2025-02': 20,
  '2025-03': 18,
  '2025-04': 22,
  ...every(SUPPORT_MONTHS, 60),
};

export function itkCase(overrides: Partial<ItkfdpCaseInput> = {}): ItkfdpCaseInput {
  return parsed(
    itkfdpCaseInput,
    {
      program: 'ITKFDP-II',
      calendar: ITK_CALENDAR,
      creditUsedOn: '2025-07-10',
      installmentsPaid: [1, 2, 3, 4, 5, 6],
      primDays: ITK_ENTERPRISE_DAYS,
      personnel: [newTurkishWoman(), gkasMan()],
      requests: [itkRequest()],
      events: [],
      ...overrides,
    },
    'ITKFDP-II case',
  );
}

// ---------------------------------------------------------------- clawback

export function clawbackCase(overrides: Partial<ClawbackInput> = {}): ClawbackInput {
  return parsed(
    clawbackInput,
    {
      amountEUR: '2500.00',
      paidOn: '2025-03-10',
      notifiedOn: '2025-06-02',
      repaidOn: '2025-06-20',
      rates: { '2025-03-10': '39.1234', '2025-06-20': '44.5000' },
      ...overrides,
    },
    'clawback input',
  );
}

// ---------------------------------------------------------------- reference data variants

export function withIkdpEdition(edition: IkdpEdition): RuleReference {
  return { ...BUILT_IN_REFERENCE, ikdpEditions: { ...BUILT_IN_REFERENCE.ikdpEditions, [edition.id]: edition } };
}

export function withItkfdpEdition(edition: ItkfdpEdition): RuleReference {
  return { ...BUILT_IN_REFERENCE, itkfdp: edition };
}

/** A test-only source for a changed parameter value. */
export const TEST_SOURCE = { article: 'MADDE 8(2)', act: 'test' } as const;
