import { updateApplication } from '../../../db/repositories/applications';
import { addEnterpriseSite, updateEnterprise } from '../../../db/repositories/enterprises';
import { listCommittedPersonnel, updateCommittedPerson } from '../../../db/repositories/committed-personnel';
import { getLoanOfApplication, updateLoan } from '../../../db/repositories/loans';
import { recordMonitoringVisit, scheduleMonitoringVisit } from '../../../db/repositories/monitoring-visits';
import { decidePendingRequests } from '../../../db/repositories/payment-decisions';
import { createUser } from '../../../db/repositories/users';
import { importScenario } from '../../../db/scenario-import/import-scenario';
import type { KobiDatabase } from '../../../db/connection';
import { withWrite } from '../../../db/write-context';
import { parseScenario } from '../../../core/scenarios/run-scenario';
import { TEST_ACTOR } from '../../db/helpers';

/**
 * One İstihdamı Koruma and one ITKFDP-II case with everything the six forms
 * print: Turkish names, decided payment requests (decided by a müdür), a
 * post-programme and an on-site monitoring visit. Built through the
 * repositories with the test database's stepping clock, so the same every run.
 */

const IKDP_CASE = {
  id: 'formlar-ikdp',
  kind: 'ikdp-payments',
  program: 'IKDP-2025',
  approvedOn: '2025-02-20',
  foundedOn: '2009-05-04',
  primDays: { '2024-10': 310, '2024-11': 305, '2024-12': 300, '2025-01': 306, '2025-02': 305, '2025-03': 309, '2025-04': 311 },
  terminatedOn: null,
  requests: [
    { submittedOn: '2025-04-15', months: ['2025-01', '2025-02'], taxLiabilityActive: true, overdueKosgebDebt: false },
    { submittedOn: '2025-05-12', months: ['2025-03', '2025-04'], taxLiabilityActive: true, overdueKosgebDebt: false },
  ],
  expect: {},
};

const ITKFDP_CASE = {
  id: 'formlar-itkfdp',
  kind: 'itkfdp-periods',
  program: 'ITKFDP-II',
  calendar: {
    announcedOn: '2025-05-15',
    applicationStart: '2025-05-15',
    applicationEnd: '2025-12-31',
    referenceMonths: ['2025-02', '2025-03', '2025-04'],
    lastRequestOn: '2027-06-30',
  },
  creditUsedOn: '2025-07-10',
  installmentsPaid: [1, 2, 3, 4, 5, 6],
  primDays: {
    '2025-02': 20,
    '2025-03': 18,
    '2025-04': 22,
    '2025-08': 60,
    '2025-09': 60,
    '2025-10': 60,
    '2025-11': 60,
    '2025-12': 60,
    '2026-01': 60,
  },
  personnel: [
    {
      id: 'p1',
      citizenship: 'TR',
      gender: 'F',
      birthDate: '1990-01-01',
      hiredOn: '2025-06-01',
      employedMonthBeforeAnnouncement: false,
      primDays: { '2025-08': 30, '2025-09': 25, '2025-10': 30, '2025-11': 30, '2025-12': 30, '2026-01': 30 },
      leaveDays: { '2025-09': 5 },
    },
    {
      id: 'p2',
      citizenship: 'GKAS',
      gender: 'M',
      birthDate: '1985-03-03',
      hiredOn: '2025-03-01',
      primDays: { '2025-08': 30, '2025-09': 30, '2025-10': 30, '2025-11': 30, '2025-12': 30, '2026-01': 30 },
    },
  ],
  requests: [
    { periods: [1], submittedOn: '2025-11-10', overdueTaxOrSgkDebt: false, commitmentDeclared: true },
    { periods: [2], submittedOn: '2026-02-10', overdueTaxOrSgkDebt: false, commitmentDeclared: true },
  ],
  events: [],
  expect: {},
};

export type FormsFixture = {
  readonly ikdp: number;
  readonly itkfdp: number;
  readonly itkfdpFirstRequest: number;
  readonly onSiteVisit: number;
  readonly postProgrammeVisit: number;
};

function imported(db: KobiDatabase, data: unknown): { applicationId: number; enterpriseId: number } {
  const parsed = parseScenario(JSON.stringify(data), 'fixture.json');
  if (!parsed.ok) throw new Error(`Fixture senaryosu geçersiz: ${JSON.stringify(parsed)}`);
  const result = importScenario(db, TEST_ACTOR, parsed.scenario, { province: 'İzmir' });
  if (!result.ok) throw new Error(`Fixture aktarılamadı: ${JSON.stringify(result.issues)}`);
  return result.value;
}

export function buildFormsFixture(db: KobiDatabase): FormsFixture {
  const people = withWrite(db, TEST_ACTOR, (w) => ({
    expert: createUser(w, { username: 'uzman', fullName: 'Ayşe Yıldırım', role: 'sorumlu_personel' }).id,
    director: createUser(w, { username: 'mudur', fullName: 'Zeynep Aksoy', role: 'mudur' }).id,
    monitor: createUser(w, { username: 'izleyici', fullName: 'Elif Şahin', role: 'izleyici' }).id,
  }));
  const ikdp = imported(db, IKDP_CASE);
  const itkfdp = imported(db, ITKFDP_CASE);
  withWrite(db, TEST_ACTOR, (w) => {
    updateEnterprise(w, ikdp.enterpriseId, {
      unvan: 'Şahinoğlu Ağaç Ürünleri Mobilya İmalat Sanayi ve Ticaret A.Ş.',
      naceMain: '31.01.01',
    });
    addEnterpriseSite(w, {
      enterpriseId: ikdp.enterpriseId,
      province: 'Manisa',
      kind: 'sube',
      sgkIsyeriSicilNo: '2310301011990746056204400',
    });
    updateApplication(w, ikdp.applicationId, {
      appliedOn: '2025-02-10',
      responsibleUserId: people.expert,
      sanctioned: false,
      excludedActivity: false,
      envSocialCompliant: true,
      otherPrograms: [],
    });
    updateEnterprise(w, itkfdp.enterpriseId, { unvan: 'Öztürk Işık Çelik Döküm Sanayi Ltd. Şti.', naceMain: '24.51.01' });
    updateApplication(w, itkfdp.applicationId, {
      appliedOn: '2025-06-02',
      approvedOn: '2025-06-20',
      otherPrograms: [],
      decision: 'APPROVED',
      decidedOn: '2025-06-20',
      responsibleUserId: people.expert,
      applicationProvince: 'İzmir',
      sanctioned: false,
      excludedActivity: false,
      envSocialCompliant: true,
    });
    const names = [
      ['Gülşen', 'Çakıroğlu'],
      ['İsmail', 'Ünlüer'],
    ] as const;
    listCommittedPersonnel(w.db, itkfdp.applicationId).forEach((person, index) => {
      const [firstName, lastName] = names[index] ?? ['Ad', 'Soyad'];
      updateCommittedPerson(w, person.id, { firstName, lastName });
    });
    const loan = getLoanOfApplication(w.db, itkfdp.applicationId);
    if (loan !== undefined)
      updateLoan(w, loan.id, { amountTRY: '1750000.00', termMonths: 36, fundingLine: 'FOSTER-II', bankName: 'Türkiye Halk Bankası A.Ş.' });
  });
  const director = { kind: 'user', userId: people.director } as const;
  const decided = withWrite(db, director, (w) => {
    decidePendingRequests(w, ikdp.applicationId);
    const requests = decidePendingRequests(w, itkfdp.applicationId);
    return requests.ok ? (requests.value[0]?.id ?? 0) : 0;
  });
  const visits = withWrite(db, TEST_ACTOR, (w) => {
    const post = scheduleMonitoringVisit(w, {
      applicationId: ikdp.applicationId,
      kind: 'POST_PROGRAMME',
      dueOn: '2027-02-20',
      visitorUserId: people.expert,
    });
    recordMonitoringVisit(w, post.id, {
      visitedOn: '2027-02-24',
      outcome: 'COMPLIANT',
      notes: 'İşyeri faal; istihdam programdan sonra da korunmuş. Çalışan sayısı ve prim günleri SGK kayıtlarıyla uyumlu.',
    });
    const onSite = scheduleMonitoringVisit(w, {
      applicationId: itkfdp.applicationId,
      kind: 'ON_SITE',
      dueOn: '2026-03-02',
      visitorUserId: people.monitor,
    });
    recordMonitoringVisit(w, onSite.id, {
      visitedOn: '2026-03-04',
      outcome: 'COMPLIANT',
      notes: 'Taahhüt edilen iki personel işbaşında görüldü; bordro ve puantaj kayıtları incelendi.',
    });
    return { post: post.id, onSite: onSite.id };
  });
  return {
    ikdp: ikdp.applicationId,
    itkfdp: itkfdp.applicationId,
    itkfdpFirstRequest: decided,
    onSiteVisit: visits.onSite,
    postProgrammeVisit: visits.post,
  };
}
