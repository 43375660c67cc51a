import { addEnterpriseSite, createEnterprise } from '../../../db/repositories/enterprises';
import { createApplication } from '../../../db/repositories/applications';
import { createLoan } from '../../../db/repositories/loans';
import { scheduleMonitoringVisit } from '../../../db/repositories/monitoring-visits';
import { createIkdpPaymentRequest, createItkfdpPaymentRequest } from '../../../db/repositories/payment-requests';
import { createUser } from '../../../db/repositories/users';
import { syntheticVkn } from '../../../db/scenario-import/synthetic-identifiers';
import type { savePaymentDecision } from '../../../db/repositories/payment-decisions';
import { withWrite } from '../../../db/write-context';
import type { ContractResult } from '../../../electron/contract';
import type { UserRole } from '../../../electron/contract/result';
import { createAppContext, type AppContext, type SessionSlot } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatcher';
import type { SyncWorker } from '../../../electron/services/sync-worker';
import type { KobiDatabase } from '../../../db/connection';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../../db/helpers';

/**
 * A real encrypted database with the services over it, one user per role
 * (and a second officer and müdür for four-eyes), and helpers to call a
 * channel as a given user through the real dispatcher.
 */
export type Staff = Readonly<Record<'uzman' | 'uzman2' | 'mudur' | 'mudur2' | 'izleyici' | 'yonetici', number>>;

export type AppFixture = {
  readonly database: TestDatabase;
  readonly app: AppContext;
  readonly staff: Staff;
  call(as: keyof Staff, channel: string, request: unknown): Promise<ContractResult<unknown>>;
  dispose(): void;
};

export const ROLE_OF: Readonly<Record<keyof Staff, UserRole>> = {
  uzman: 'sorumlu_personel',
  uzman2: 'sorumlu_personel',
  mudur: 'mudur',
  mudur2: 'mudur',
  izleyici: 'izleyici',
  yonetici: 'yonetici',
};

export function slotOf(id: string | null): SessionSlot & { id: string | null } {
  const slot = {
    id,
    set(next: string | null) {
      slot.id = next;
    },
  };
  return slot;
}

export function createAppFixture(
  today = '2026-03-02',
  more: (db: KobiDatabase) => { readonly sync?: SyncWorker } = () => ({}),
): AppFixture {
  const database = openTestDatabase();
  const app = createAppContext(database.db, { today: () => today, ...more(database.db) });
  const staff = withWrite(database.db, TEST_ACTOR, (w) => {
    const ids = {} as Record<keyof Staff, number>;
    for (const [username, role] of Object.entries(ROLE_OF) as [keyof Staff, UserRole][]) {
      ids[username] = createUser(w, { username, fullName: `Test ${username}`, role }).id;
    }
    return ids;
  });
  const sessions = new Map<keyof Staff, string>();
  return {
    database,
    app,
    staff,
    call(as, channel, request) {
      let id = sessions.get(as);
      if (id === undefined) {
        id = app.sessions.create(staff[as]).id;
        sessions.set(as, id);
      }
      return dispatch(app, slotOf(id), channel, request);
    },
    dispose: () => {
      database.dispose();
    },
  };
}

let counter = 0;

/** A fresh enterprise with an approved IKDP and an approved ITKFDP-II application, each with a payment request and a visit. */
export function createCaseFile(fixture: AppFixture) {
  counter += 1;
  return withWrite(fixture.database.db, TEST_ACTOR, (w) => {
    const enterprise = createEnterprise(w, {
      vkn: syntheticVkn(`workflow-${counter}`),
      unvan: `Deneme ${counter} Ltd. Şti.`,
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: '25.11.01',
    });
    addEnterpriseSite(w, { enterpriseId: enterprise.id, province: 'Ankara', kind: 'merkez' });
    const base = {
      enterpriseId: enterprise.id,
      status: 'APPROVED' as const,
      appliedOn: '2025-03-03',
      approvedOn: '2025-03-10',
      applicationProvince: 'Ankara',
    };
    const ikdp = createApplication(w, { ...base, program: 'IKDP-2025', responsibleUserId: fixture.staff.uzman });
    const itkfdp = createApplication(w, { ...base, program: 'ITKFDP-II', responsibleUserId: fixture.staff.uzman });
    createLoan(w, {
      applicationId: itkfdp.id,
      amountTRY: '1000000.00',
      termMonths: 36,
      fundingLine: 'FOSTER-II',
      bankName: 'Deneme Bankası',
    });
    const ikdpRequest = createIkdpPaymentRequest(w, { applicationId: ikdp.id, submittedOn: '2025-06-02', months: ['2025-04'] });
    const itkfdpRequest = createItkfdpPaymentRequest(w, { applicationId: itkfdp.id, submittedOn: '2025-07-01', periods: [1] });
    const ikdpVisit = scheduleMonitoringVisit(w, { applicationId: ikdp.id, kind: 'ON_SITE', dueOn: '2025-09-01' });
    return { enterprise, ikdp, itkfdp, ikdpRequest, itkfdpRequest, ikdpVisit };
  });
}

/** A stored ITKFDP-II payment decision for tests that need one on a request (100,00 € when approved). */
export function itkfdpTestDecision(approved = true): Parameters<typeof savePaymentDecision>[2] {
  return {
    format: 1,
    program: 'ITKFDP-II',
    editionName: 'test',
    provisional: false,
    rulesVersion: 'test',
    submittedOn: '2025-07-01',
    approved,
    currency: 'EUR',
    amount: approved ? '100.00' : '0.00',
    parts: [],
    notes: [],
  };
}
