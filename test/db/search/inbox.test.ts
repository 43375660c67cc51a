import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../../../db/repositories/applications';
import { createClawback } from '../../../db/repositories/clawbacks';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { createLoan } from '../../../db/repositories/loans';
import { recordMonitoringVisit, scheduleMonitoringVisit } from '../../../db/repositories/monitoring-visits';
import { createUser } from '../../../db/repositories/users';
import { inboxPage } from '../../../db/search/inbox';
import { withWrite } from '../../../db/write-context';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../helpers';

let t: TestDatabase;
const ids: Record<string, number> = {};

beforeAll(() => {
  t = openTestDatabase();
  withWrite(t.db, TEST_ACTOR, (w) => {
    const ayse = createUser(w, { username: 'ayse.yilmaz', fullName: 'Ayşe Yılmaz', role: 'sorumlu_personel' }).id;
    const mehmet = createUser(w, { username: 'mehmet.isik', fullName: 'Mehmet Işık', role: 'sorumlu_personel' }).id;
    ids.ayse = ayse;
    ids.mehmet = mehmet;
    const enterpriseId = createEnterprise(w, {
      vkn: '4391208413',
      unvan: 'Işık Tekstil Ltd. Şti.',
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
    }).id;
    const application = (fields: Omit<Parameters<typeof createApplication>[1], 'enterpriseId'>): number =>
      createApplication(w, { enterpriseId, ...fields }).id;
    // Applied Monday 24/03/2025: +5 days is Saturday 29/03, then the Ramazan Bayramı (30/03–01/04): due Wednesday 02/04.
    ids.review = application({ program: 'IKDP-2025', status: 'SUBMITTED', appliedOn: '2025-03-24', responsibleUserId: ayse });
    // ITKFDP-II: 7 days is Friday 06/06/2025, the first day of the Kurban Bayramı (06–09/06): due Tuesday 10/06.
    ids.itkReview = application({ program: 'ITKFDP-II', status: 'SUBMITTED', appliedOn: '2025-05-30', responsibleUserId: mehmet });
    ids.approved = application({
      program: 'ITKFDP-II',
      status: 'APPROVED',
      appliedOn: '2025-06-02',
      approvedOn: '2025-07-01',
      responsibleUserId: mehmet,
    });
    createLoan(w, { applicationId: ids.approved, amountTRY: '1800000.00', termMonths: 24, fundingLine: 'FOSTER-II' });
    ids.used = application({
      program: 'ITKFDP-II',
      status: 'APPROVED',
      appliedOn: '2025-06-02',
      approvedOn: '2025-06-10',
      responsibleUserId: mehmet,
    });
    createLoan(w, {
      applicationId: ids.used,
      amountTRY: '1800000.00',
      termMonths: 24,
      fundingLine: 'FOSTER-II',
      creditUsedOn: '2025-06-20',
    });
    ids.decided = application({ program: 'IKDP-2025', status: 'REJECTED', appliedOn: '2025-02-03', responsibleUserId: ayse });
    ids.visit = scheduleMonitoringVisit(w, { applicationId: ids.used, kind: 'ON_SITE', dueOn: '2025-03-01' }).id;
    const done = scheduleMonitoringVisit(w, { applicationId: ids.used, kind: 'ON_SITE', dueOn: '2025-02-01' }).id;
    recordMonitoringVisit(w, done, { visitedOn: '2025-02-01', outcome: 'COMPLIANT' });
    // Notified Friday 02/05/2025: +30 days is Sunday 01/06: due Monday 02/06.
    ids.clawback = createClawback(w, { applicationId: ids.used, amountEUR: '2000.00', paidOn: '2025-03-10', notifiedOn: '2025-05-02' }).id;
    createClawback(w, {
      applicationId: ids.used,
      amountEUR: '2000.00',
      paidOn: '2025-03-10',
      notifiedOn: '2025-04-02',
      repaidOn: '2025-04-20',
    });
  });
});

afterAll(() => {
  t.dispose();
});

describe('inbox — tasks by legal due date', () => {
  it('lists every open task, earliest due first, moved over weekends and holidays', () => {
    const page = inboxPage(t.db, { asOf: '2025-04-03' });
    expect(page.map((task) => [task.kind, task.subjectId, task.due, task.overdue, task.article])).toEqual([
      ['monitoring-visit', ids.visit, '2025-03-01', true, null],
      ['application-review', ids.review, '2025-04-02', true, 'MADDE 11(1)'],
      ['clawback-repayment', ids.clawback, '2025-06-02', false, 'MADDE 17(1)'],
      ['application-review', ids.itkReview, '2025-06-10', false, 'MADDE 11(1)'],
      ['credit-use', ids.approved, '2025-07-31', false, 'MADDE 12(2)'],
    ]);
    expect(page[1]?.explanation).toMatch(/Ramazan Bayramı/);
    expect(page[0]?.unvan).toBe('Işık Tekstil Ltd. Şti.');
  });

  it('is due, not overdue, on the due date itself', () => {
    expect(
      inboxPage(t.db, { asOf: '2025-04-02' }).find((task) => task.subjectId === ids.review && task.kind === 'application-review')?.overdue,
    ).toBe(false);
  });

  it("shows one officer's tasks", () => {
    expect(inboxPage(t.db, { asOf: '2025-04-03', responsibleUserId: ids.ayse ?? -1 }).map((task) => task.subjectId)).toEqual([ids.review]);
  });

  it('pages on from the last task of the previous page', () => {
    const pages: string[][] = [];
    let page = inboxPage(t.db, { asOf: '2025-04-03', pageSize: 2 });
    while (page.length > 0) {
      pages.push(page.map((task) => task.kind));
      const last = page[page.length - 1];
      page = last === undefined ? [] : inboxPage(t.db, { asOf: '2025-04-03', pageSize: 2, after: last.cursor });
    }
    expect(pages).toEqual([['monitoring-visit', 'application-review'], ['clawback-repayment', 'application-review'], ['credit-use']]);
  });
});
