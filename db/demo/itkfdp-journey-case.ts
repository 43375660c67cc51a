import { monthRange } from '../../core/lib/calendar-date';
import type { KobiDatabase } from '../connection';
import { createApplication } from '../repositories/applications';
import { listCallCalendars } from '../repositories/call-calendars';
import { addCommittedPerson } from '../repositories/committed-personnel';
import { addEnterpriseSite, createEnterprise } from '../repositories/enterprises';
import { createLoan } from '../repositories/loans';
import { putEnterpriseMonthlyPrimDays, putPersonMonthlyDays } from '../repositories/prim-days';
import { findUserByUsername } from '../repositories/users';
import { withWrite } from '../write-context';
import { DEMO_LAST_MONTH } from './demo-types';
import { DEMO_ITKFDP_CALLS } from './probability-tables';

/**
 * One ITKFDP-II file written beside the generated demo set, fixed rather than
 * drawn, for the ITKFDP-II journey (issue 14, journey (b)) and for showing
 * the programme to a new KOBİ uzmanı. The bank has approved the loan
 * (banka onaylı, 1.850.000 TL, 24 months, FOSTER II) for an application of
 * 10.06.2025 under the first 2025 call; two people are committed, both hired
 * after the call's announcement: P1 (T.C., man, 43) and P2 (GKAS, man, 39).
 * The SGK lists already show what happens next: P1 leaves on 29.08.2025 and
 * Selin Kara (T.C., woman, 28) starts on 01.09.2025. Declared as P1's
 * replacement (MADDE 14(5)), she keeps the commitment of the first period
 * (August–October 2025 for a credit used in July) and, as a woman with at
 * least 46 days, makes it a 2.500 € period (MADDE 7(3)(b)).
 */

export const JOURNEY_ITKFDP_UNVAN = 'Erciyes İplik ve Dokuma Sanayi Ltd. Şti.';
export const JOURNEY_ITKFDP_VKN = '3810472957';
const PROVINCE = 'Kayseri';

/** The person the enterprise hired in the leaver's place: in the SGK lists, not yet declared in the file. */
export const JOURNEY_REPLACEMENT = {
  tckn: '28473619000',
  firstName: 'Selin',
  lastName: 'Kara',
  citizenship: 'TR',
  gender: 'F',
  birthDate: '1996-09-12',
  hiredOn: '2025-09-01',
} as const;

const COMMITTED = [
  {
    personKey: 'P1',
    tckn: '19283746550',
    firstName: 'Ahmet',
    lastName: 'Kaya',
    citizenship: 'TR',
    gender: 'M',
    birthDate: '1982-03-14',
    hiredOn: '2025-06-02',
    days: { '2025-06': 29, '2025-07': 30, '2025-08': 29 } as Record<string, number>,
  },
  {
    personKey: 'P2',
    tckn: '47382915638',
    firstName: 'Ahmad',
    lastName: 'Al Hasan',
    citizenship: 'GKAS',
    gender: 'M',
    birthDate: '1985-07-01',
    hiredOn: '2025-06-02',
    days: { '2025-06': 29 } as Record<string, number>,
  },
] as const;

/** Enterprise prim gün in Kayseri: the reference months (February–April 2025) and the rest up to the demo's last month. */
const ENTERPRISE_DAYS: Readonly<Record<string, number>> = {
  '2025-01': 238,
  '2025-02': 240,
  '2025-03': 236,
  '2025-04': 244,
  '2025-05': 242,
};

function enterpriseDays(month: string): number {
  return ENTERPRISE_DAYS[month] ?? (month === '2025-06' ? 296 : 300);
}

export function writeItkfdpJourneyCase(db: KobiDatabase, responsibleUsername: string): { readonly applicationId: number } {
  const call = DEMO_ITKFDP_CALLS[0];
  if (call === undefined) throw new Error('no ITKFDP-II demo call');
  return withWrite(db, { kind: 'system', name: 'demo-data' }, (w) => {
    const calendar = listCallCalendars(w.db, 'ITKFDP-II').find((stored) => stored.name === call.name);
    const responsible = findUserByUsername(w.db, responsibleUsername);
    const enterprise = createEnterprise(w, {
      vkn: JOURNEY_ITKFDP_VKN,
      unvan: JOURNEY_ITKFDP_UNVAN,
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: '13.10.01',
      foundedOn: '2012-03-01',
    });
    addEnterpriseSite(w, { enterpriseId: enterprise.id, province: PROVINCE, kind: 'merkez', sgkIsyeriSicilNo: null });
    for (const month of monthRange('2025-01', DEMO_LAST_MONTH)) {
      putEnterpriseMonthlyPrimDays(w, { enterpriseId: enterprise.id, province: PROVINCE, month, primDays: enterpriseDays(month) });
    }
    const application = createApplication(w, {
      enterpriseId: enterprise.id,
      program: 'ITKFDP-II',
      status: 'SUBMITTED',
      callCalendarId: calendar?.id ?? null,
      appliedOn: '2025-06-10',
      applicationProvince: PROVINCE,
      responsibleUserId: responsible?.id ?? null,
      sanctioned: false,
      excludedActivity: false,
      envSocialCompliant: true,
      otherPrograms: [],
    });
    createLoan(w, {
      applicationId: application.id,
      amountTRY: '1850000.00',
      termMonths: 24,
      fundingLine: 'FOSTER-II',
      bankName: 'Türkiye Halk Bankası A.Ş.',
    });
    const stays = monthRange('2025-07', DEMO_LAST_MONTH);
    for (const person of COMMITTED) {
      const { days, ...fields } = person;
      addCommittedPerson(w, { applicationId: application.id, ...fields, employedMonthBeforeAnnouncement: false });
      const monthly = person.personKey === 'P2' ? { ...days, ...Object.fromEntries(stays.map((month) => [month, 30])) } : days;
      for (const [month, primDays] of Object.entries(monthly)) {
        putPersonMonthlyDays(w, {
          enterpriseId: enterprise.id,
          province: PROVINCE,
          tckn: person.tckn,
          month,
          primDays,
          countedLeaveDays: 0,
        });
      }
    }
    for (const month of monthRange('2025-09', DEMO_LAST_MONTH)) {
      putPersonMonthlyDays(w, {
        enterpriseId: enterprise.id,
        province: PROVINCE,
        tckn: JOURNEY_REPLACEMENT.tckn,
        month,
        primDays: 30,
        countedLeaveDays: 0,
      });
    }
    return { applicationId: application.id };
  });
}
