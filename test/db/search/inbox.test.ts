import { addDays, format, parseISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../../../db/repositories/applications';
import { createClawback } from '../../../db/repositories/clawbacks';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { createLoan } from '../../../db/repositories/loans';
import { recordMonitoringVisit, scheduleMonitoringVisit } from '../../../db/repositories/monitoring-visits';
import { createUser } from '../../../db/repositories/users';
import { inboxPage, type InboxQuery } from '../../../db/search/inbox';
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

describe('inbox paging — every task once, in due order, across the statements it merges', () => {
  it('pages through many tasks with equal due dates from different time limits, for the müdürlük and for one officer', () => {
    const dense = openTestDatabase();
    try {
      const expected: { kind: string; id: number; due: string; user: number }[] = [];
      const due = (start: string, days: number): string => format(addDays(parseISO(start), days), 'yyyy-MM-dd');
      withWrite(dense.db, TEST_ACTOR, (w) => {
        const users = [1, 2].map((n) => createUser(w, { username: `uzman${n}`, fullName: `Uzman ${n}`, role: 'sorumlu_personel' }).id);
        const enterpriseId = createEnterprise(w, {
          vkn: '4391208413',
          unvan: 'Yoğun Takvim A.Ş.',
          legalForm: 'TUZEL_KISI',
          registered: true,
          active: true,
          declarationCurrent: true,
        }).id;
        const programs = ['IKDP-2025', 'IKDP-2026', 'ITKFDP-II'] as const;
        for (let n = 0; n < 60; n += 1) {
          const program = programs[n % 3] ?? 'IKDP-2025';
          // Applied within a week: a 5-day and a 7-day limit meet on the same dates.
          const appliedOn = `2025-03-${String(3 + ((n * 5) % 7)).padStart(2, '0')}`;
          const user = users[n % 2] ?? 0;
          const id = createApplication(w, { enterpriseId, program, status: 'SUBMITTED', appliedOn, responsibleUserId: user }).id;
          expected.push({ kind: 'application-review', id, due: due(appliedOn, program === 'ITKFDP-II' ? 7 : 5), user });
          if (n % 4 === 0) {
            const dueOn = due('2025-03-08', n % 5);
            const visit = scheduleMonitoringVisit(w, { applicationId: id, kind: 'ON_SITE', dueOn }).id;
            expected.push({ kind: 'monitoring-visit', id: visit, due: dueOn, user });
          }
        }
      });
      const order = (a: (typeof expected)[number], b: (typeof expected)[number]): number =>
        a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.kind !== b.kind ? (a.kind < b.kind ? -1 : 1) : a.id - b.id;
      const paged = (query: Omit<InboxQuery, 'asOf'>): string[] => {
        const seen: string[] = [];
        let page = inboxPage(dense.db, { asOf: '2025-03-01', pageSize: 7, ...query });
        while (page.length > 0) {
          seen.push(...page.map((task) => `${task.kind}:${String(task.subjectId)}`));
          const last = page.at(-1);
          page = last === undefined ? [] : inboxPage(dense.db, { asOf: '2025-03-01', pageSize: 7, ...query, after: last.cursor });
        }
        return seen;
      };
      const key = (task: (typeof expected)[number]): string => `${task.kind}:${String(task.id)}`;
      expect(paged({})).toEqual([...expected].sort(order).map(key));
      const officer = expected[1]?.user ?? 0;
      expect(paged({ responsibleUserId: officer })).toEqual(
        expected
          .filter((task) => task.user === officer)
          .sort(order)
          .map(key),
      );
    } finally {
      dense.dispose();
    }
  });
});
