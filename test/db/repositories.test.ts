import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../db/audit/verify-audit';
import { createApplication, listCases, updateApplication } from '../../db/repositories/applications';
import { createCallCalendar, getCallCalendar } from '../../db/repositories/call-calendars';
import { loadCase, loadClawback, loadEligibility } from '../../db/repositories/case-loading';
import { createClawback, getClawback } from '../../db/repositories/clawbacks';
import { addCommittedPerson, updateCommittedPerson } from '../../db/repositories/committed-personnel';
import {
  addEnterpriseSite,
  createEnterprise,
  enterpriseProvinces,
  removeEnterpriseSite,
  updateEnterprise,
} from '../../db/repositories/enterprises';
import { storedEnterpriseSearchText } from '../../db/repositories/enterprise-search-index';
import { createImportBatch, findImportBatch, recordImportCounts } from '../../db/repositories/import-batches';
import { minorUnitsFromMoney, moneyFromMinorUnits } from '../../db/repositories/minor-units';
import { decideClawback, decidePendingRequests, loadPaymentDecision, savePaymentDecision } from '../../db/repositories/payment-decisions';
import { createIkdpPaymentRequest, createItkfdpPaymentRequest, withdrawPaymentRequest } from '../../db/repositories/payment-requests';
import {
  enterpriseMonthlyPrimDaysInProvince,
  enterpriseMonthlyTotals,
  putEnterpriseMonthlyPrimDays,
  putPersonMonthlyDays,
} from '../../db/repositories/prim-days';
import {
  exchangeRateOnOrBefore,
  putExchangeRate,
  putProgrammeEdition,
  seedBuiltInReferenceData,
} from '../../db/repositories/reference-data';
import { RepositoryInputError } from '../../db/repositories/repository-error';
import { createUser } from '../../db/repositories/users';
import { syntheticTckn, syntheticVkn } from '../../db/scenario-import/synthetic-identifiers';
import { loans as loansTable } from '../../db/schema';
import { withWrite, type WriteContext } from '../../db/write-context';
import { isValidTckn, isValidVkn } from '../../core/lib/identifiers';
import { RULES_VERSION } from '../../core/version';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from './helpers';

function enterprise(w: WriteContext, seed: string, unvan = 'Işık Konfeksiyon Ltd. Şti.') {
  return createEnterprise(w, {
    vkn: syntheticVkn(seed),
    unvan,
    legalForm: 'TUZEL_KISI',
    registered: true,
    active: true,
    declarationCurrent: true,
    naceMain: '14.13.01',
  });
}

describe('repositories', () => {
  let t: TestDatabase;
  beforeEach(() => {
    t = openTestDatabase();
  });
  afterEach(() => {
    t.dispose();
  });

  describe('money as minor units', () => {
    it.each([
      ['0.01', 1],
      ['1800000.00', 180_000_000],
      ['1999999.99', 199_999_999],
      ['-2.50', -250],
    ])('%s ↔ %i', (money, minor) => {
      expect(minorUnitsFromMoney(money)).toBe(minor);
      expect(moneyFromMinorUnits(minor)).toBe(money);
    });

    it.each(['1.234', '1,50', '12', 'abc'])('rejects %s', (money) => {
      expect(() => minorUnitsFromMoney(money)).toThrow(/Geçersiz tutar/);
    });
  });

  it('synthetic identifiers are valid and stable', () => {
    expect(isValidVkn(syntheticVkn('x'))).toBe(true);
    expect(isValidTckn(syntheticTckn('x'))).toBe(true);
    expect(syntheticTckn('x')).toBe(syntheticTckn('x'));
    expect(syntheticTckn('x')).not.toBe(syntheticTckn('y'));
  });

  it('rejects invalid identifiers and dates before writing anything', () => {
    expect(() =>
      withWrite(t.db, TEST_ACTOR, (w) =>
        createEnterprise(w, {
          vkn: '1234567891',
          unvan: 'X',
          legalForm: 'TUZEL_KISI',
          registered: true,
          active: true,
          declarationCurrent: true,
        }),
      ),
    ).toThrow(RepositoryInputError);
    expect(() =>
      withWrite(t.db, TEST_ACTOR, (w) =>
        createEnterprise(w, { unvan: 'X', legalForm: 'TUZEL_KISI', registered: true, active: true, declarationCurrent: true }),
      ),
    ).toThrow(/VKN ya da T.C./);
    expect(() =>
      withWrite(t.db, TEST_ACTOR, (w) =>
        putEnterpriseMonthlyPrimDays(w, { enterpriseId: enterprise(w, 'a').id, province: 'Bursa', month: '2025-13', primDays: 1 }),
      ),
    ).toThrow(/Geçersiz ay/);
    expect(t.db.sqlite.prepare('SELECT count(*) AS n FROM enterprises').get()).toEqual({ n: 0 });
  });

  describe('prim gün', () => {
    it('treats a province written differently as the same province (folded key)', () => {
      withWrite(t.db, TEST_ACTOR, (w) => {
        const e = enterprise(w, 'p');
        expect(putEnterpriseMonthlyPrimDays(w, { enterpriseId: e.id, province: 'KAYSERİ', month: '2025-01', primDays: 100 })).toBe(
          'inserted',
        );
        expect(putEnterpriseMonthlyPrimDays(w, { enterpriseId: e.id, province: 'kayseri', month: '2025-01', primDays: 100 })).toBe(
          'unchanged',
        );
        expect(putEnterpriseMonthlyPrimDays(w, { enterpriseId: e.id, province: 'Kayseri', month: '2025-01', primDays: 120 })).toBe(
          'updated',
        );
        putEnterpriseMonthlyPrimDays(w, { enterpriseId: e.id, province: 'Şanlıurfa', month: '2025-01', primDays: 30 });
      });
      expect(enterpriseMonthlyTotals(t.db, 1)).toEqual({ '2025-01': 150 });
      expect(enterpriseMonthlyPrimDaysInProvince(t.db, 1, 'SANLIURFA')).toEqual({ '2025-01': 30 });
    });

    it.each([
      [31, 0],
      [-1, 0],
      [20, 31],
    ])('refuses %i prim gün with %i leave days for one person in a month', (primDays, leave) => {
      expect(() => {
        withWrite(t.db, TEST_ACTOR, (w) => {
          const e = enterprise(w, 'q');
          putPersonMonthlyDays(w, {
            enterpriseId: e.id,
            province: 'Bursa',
            tckn: syntheticTckn('q'),
            month: '2025-01',
            primDays,
            countedLeaveDays: leave,
          });
        });
      }).toThrow(RepositoryInputError);
    });
  });

  describe('search index (write side)', () => {
    it('folds unvan, identifiers, provinces, NACE and committed names, and follows every change', () => {
      const { enterpriseId, applicationId, siteId } = withWrite(t.db, TEST_ACTOR, (w) => {
        const e = enterprise(w, 's', 'IŞIK Örgü Sanayi A.Ş.');
        const site = addEnterpriseSite(w, { enterpriseId: e.id, province: 'Şanlıurfa', kind: 'merkez' });
        const application = createApplication(w, { enterpriseId: e.id, program: 'ITKFDP-II', status: 'SUBMITTED' });
        return { enterpriseId: e.id, applicationId: application.id, siteId: site.id };
      });
      const vkn = syntheticVkn('s');
      expect(storedEnterpriseSearchText(t.db, enterpriseId)).toBe(`isik orgu sanayi a.s. ${vkn} sanliurfa 14.13.01 141301`);
      const personId = withWrite(t.db, TEST_ACTOR, (w) => {
        addEnterpriseSite(w, { enterpriseId, province: 'İzmir', kind: 'sube' });
        removeEnterpriseSite(w, siteId);
        updateEnterprise(w, enterpriseId, { naceMain: '13.10' });
        return addCommittedPerson(w, {
          applicationId,
          personKey: 'p1',
          tckn: syntheticTckn('s'),
          firstName: 'Çağrı',
          lastName: 'Güneş',
          citizenship: 'TR',
          gender: 'M',
          birthDate: '1990-01-01',
          hiredOn: '2025-06-01',
        }).id;
      });
      expect(storedEnterpriseSearchText(t.db, enterpriseId)).toBe(`isik orgu sanayi a.s. ${vkn} izmir 13.10 1310 cagri gunes`);
      withWrite(t.db, TEST_ACTOR, (w) => updateCommittedPerson(w, personId, { lastName: 'Yıldız' }));
      expect(storedEnterpriseSearchText(t.db, enterpriseId)).toContain('cagri yildiz');
      // Moving the application to another enterprise moves its committed names too.
      const other = withWrite(t.db, TEST_ACTOR, (w) => {
        const e = enterprise(w, 't', 'Başka Firma');
        updateApplication(w, applicationId, { enterpriseId: e.id });
        return e.id;
      });
      expect(storedEnterpriseSearchText(t.db, enterpriseId)).not.toContain('cagri');
      expect(storedEnterpriseSearchText(t.db, other)).toContain('cagri yildiz');
      const match = t.db.sqlite.prepare('SELECT rowid AS id FROM enterprise_search WHERE enterprise_search MATCH \'"isi"*\'').all();
      expect(match).toEqual([{ id: enterpriseId }]);
    });
  });

  describe('loaders report what the file lacks, never guess', () => {
    it.each([
      ['an unknown application', () => 999, 'applicationId'],
      [
        'an IKDP application not approved',
        (w: WriteContext) => createApplication(w, { enterpriseId: enterprise(w, 'u').id, program: 'IKDP-2025', status: 'SUBMITTED' }).id,
        'approvedOn',
      ],
      [
        'an ITKFDP-II application without a calendar',
        (w: WriteContext) => createApplication(w, { enterpriseId: enterprise(w, 'v').id, program: 'ITKFDP-II', status: 'APPROVED' }).id,
        'calendar',
      ],
    ] as const)('%s', (_case, make, field) => {
      const id = withWrite(t.db, TEST_ACTOR, make);
      const loaded = loadCase(t.db, id);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.issues[0]?.field).toBe(field);
    });

    it('an ITKFDP-II calendar without its last request date fails the core schema with the field named', () => {
      const id = withWrite(t.db, TEST_ACTOR, (w) => {
        const calendar = createCallCalendar(w, {
          program: 'ITKFDP-II',
          name: 'eksik',
          calendar: {
            announcedOn: '2025-05-15',
            applicationStart: '2025-05-15',
            applicationEnd: '2025-12-31',
            referenceMonths: ['2025-02'],
          },
        });
        const application = createApplication(w, {
          enterpriseId: enterprise(w, 'w').id,
          program: 'ITKFDP-II',
          status: 'APPROVED',
          callCalendarId: calendar.id,
          applicationProvince: 'Bursa',
        });
        w.insert(loansTable, { applicationId: application.id, creditUsedOn: '2025-07-10', createdAt: w.at });
        return application.id;
      });
      const loaded = loadCase(t.db, id);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.issues.map((issue) => issue.field)).toContain('calendar.lastRequestOn');
    });

    it('eligibility without an application date, clawback without dates', () => {
      const ids = withWrite(t.db, TEST_ACTOR, (w) => {
        const application = createApplication(w, { enterpriseId: enterprise(w, 'x').id, program: 'IKDP-2025', status: 'DRAFT' });
        const clawback = createClawback(w, { applicationId: application.id, amountEUR: '2500.00', paidOn: '2025-03-10' });
        return { application: application.id, clawback: clawback.id };
      });
      expect(loadEligibility(t.db, ids.application)).toMatchObject({ ok: false, issues: [{ field: 'asOf' }] });
      expect(loadClawback(t.db, ids.clawback)).toMatchObject({ ok: false, issues: [{ field: 'notifiedOn' }] });
    });
  });

  it('keeps the three states of a calendar date: announced, not announced, left to the edition', () => {
    const ids = withWrite(t.db, TEST_ACTOR, (w) => [
      createCallCalendar(w, { program: 'IKDP-2026', name: 'a', calendar: { applicationStart: '2026-03-02', applicationEnd: null } }).id,
      createCallCalendar(w, { program: 'IKDP-2026', name: 'b', calendar: { applicationEnd: '2026-04-30', lastRequestOn: null } }).id,
      createCallCalendar(w, { program: 'IKDP-2026', name: 'c', calendar: {} }).id,
    ]);
    expect(ids.map((id) => getCallCalendar(t.db, id)?.calendar)).toEqual([
      { applicationStart: '2026-03-02', applicationEnd: null },
      { applicationEnd: '2026-04-30', lastRequestOn: null },
      {},
    ]);
  });

  describe('payment requests and stored decisions', () => {
    function ikdpCase(): number {
      return withWrite(t.db, TEST_ACTOR, (w) => {
        const e = createEnterprise(w, {
          vkn: syntheticVkn('ikdp'),
          unvan: 'Örnek',
          legalForm: 'TUZEL_KISI',
          registered: true,
          active: true,
          declarationCurrent: true,
          foundedOn: '2009-05-04',
        });
        const application = createApplication(w, {
          enterpriseId: e.id,
          program: 'IKDP-2025',
          status: 'APPROVED',
          approvedOn: '2025-02-20',
        });
        for (const [month, days] of Object.entries({
          '2024-10': 310,
          '2024-11': 305,
          '2024-12': 300,
          '2025-01': 306,
          '2025-02': 305,
          '2025-03': 290,
        })) {
          putEnterpriseMonthlyPrimDays(w, { enterpriseId: e.id, province: 'Bursa', month, primDays: days });
        }
        createIkdpPaymentRequest(w, {
          applicationId: application.id,
          submittedOn: '2025-04-15',
          months: ['2025-01', '2025-02'],
          taxLiabilityActive: true,
          overdueKosgebDebt: false,
        });
        const withdrawn = createIkdpPaymentRequest(w, {
          applicationId: application.id,
          submittedOn: '2025-04-16',
          months: ['2025-03'],
          taxLiabilityActive: true,
          overdueKosgebDebt: false,
        });
        withdrawPaymentRequest(w, withdrawn.id);
        createIkdpPaymentRequest(w, {
          applicationId: application.id,
          submittedOn: '2025-05-02',
          months: ['2025-02'],
          taxLiabilityActive: true,
          overdueKosgebDebt: false,
        });
        return application.id;
      });
    }

    it('decides in entry order, leaves withdrawn requests out, and keeps each decision as decided', () => {
      const applicationId = ikdpCase();
      const mudur = withWrite(t.db, TEST_ACTOR, (w) => createUser(w, { username: 'mudur', fullName: 'Hülya Demir', role: 'mudur' }));
      const decided = withWrite(t.db, { kind: 'user', userId: mudur.id }, (w) => decidePendingRequests(w, applicationId));
      if (!decided.ok) throw new Error('karar verilemedi');
      expect(
        decided.value.map((request) => [request.id, request.approved, request.amount, request.currency, request.decidedByUserId]),
      ).toEqual([
        [1, true, '50833.34', 'TRY', mudur.id],
        [3, false, '0.00', 'TRY', mudur.id],
      ]);
      const second = loadPaymentDecision(t.db, 3);
      if (second === undefined || !second.ok) throw new Error('karar okunamadı');
      expect(second.value.parts[0]?.failed).toEqual(['month-already-paid']);
      expect(second.value.parts[0]?.checks.find((check) => check.code === 'month-already-paid')).toMatchObject({
        article: 'MADDE 9(2)',
        outcome: 'fail',
      });
      expect(loadPaymentDecision(t.db, 2)).toBeUndefined();
      // Decided requests are not decided again, and a decision is never overwritten.
      expect(withWrite(t.db, TEST_ACTOR, (w) => decidePendingRequests(w, applicationId))).toEqual({ ok: true, value: [] });
      expect(() => withWrite(t.db, TEST_ACTOR, (w) => savePaymentDecision(w, 1, second.value))).toThrow(/zaten karara bağlanmış/);
      expect(verifyAudit(t.db)).toMatchObject({ ok: true });
    });

    it('refuses months for an ITKFDP-II application and periods for an İstihdamı Koruma one', () => {
      const applicationId = ikdpCase();
      expect(() =>
        withWrite(t.db, TEST_ACTOR, (w) => createItkfdpPaymentRequest(w, { applicationId, submittedOn: '2025-05-02', periods: [1] })),
      ).toThrow(RepositoryInputError);
    });
  });

  it('computes a clawback from the file and keeps the result with the rule version', () => {
    const id = withWrite(t.db, TEST_ACTOR, (w) => {
      putExchangeRate(w, { rateDate: '2025-03-10', currency: 'EUR', buyingRate: '39.1234', source: 'TCMB' });
      putExchangeRate(w, { rateDate: '2026-03-20', currency: 'EUR', buyingRate: '50.5678', source: 'TCMB' });
      const application = createApplication(w, { enterpriseId: enterprise(w, 'cb').id, program: 'ITKFDP-II', status: 'APPROVED' });
      return createClawback(w, {
        applicationId: application.id,
        amountEUR: '2500.00',
        paidOn: '2025-03-10',
        notifiedOn: '2026-01-05',
        repaidOn: '2026-03-20',
      }).id;
    });
    const result = withWrite(t.db, TEST_ACTOR, (w) => decideClawback(w, id));
    if (!result.ok) throw new Error('hesaplanamadı');
    expect(result.value.totalEUR.toFixed(2)).toBe('2976.93');
    const stored = getClawback(t.db, id);
    expect(stored?.rulesVersion).toBe(RULES_VERSION);
    expect(JSON.parse(stored?.resultSnapshot ?? 'null')).toMatchObject({
      interestApplies: true,
      days: 375,
      principalTRY: '97808.5',
      interestEUR: '476.93',
    });
  });

  describe('reference data', () => {
    it('finds the rate in force on a day without one (the latest earlier)', () => {
      withWrite(t.db, TEST_ACTOR, (w) => {
        putExchangeRate(w, { rateDate: '2025-03-07', currency: 'EUR', buyingRate: '39.0000', source: 'TCMB' });
        putExchangeRate(w, { rateDate: '2025-03-10', currency: 'EUR', buyingRate: '39.1234', source: 'TCMB' });
      });
      expect(exchangeRateOnOrBefore(t.db, 'EUR', '2025-03-09')).toMatchObject({ rateDate: '2025-03-07', buyingRate: '39.0000' });
      expect(exchangeRateOnOrBefore(t.db, 'EUR', '2025-03-10')).toMatchObject({ rateDate: '2025-03-10', buyingRate: '39.1234' });
      expect(exchangeRateOnOrBefore(t.db, 'EUR', '2025-03-06')).toBeUndefined();
      expect(() =>
        withWrite(t.db, TEST_ACTOR, (w) =>
          putExchangeRate(w, { rateDate: '2025-03-11', currency: 'EUR', buyingRate: '39,1', source: 'TCMB' }),
        ),
      ).toThrow(/Geçersiz kur/);
    });

    it('seeds the built-in tables once; applying them again changes nothing', () => {
      const first = withWrite(t.db, TEST_ACTOR, (w) => seedBuiltInReferenceData(w));
      expect(first.inserted).toBeGreaterThan(40);
      const audit = t.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get();
      expect(withWrite(t.db, TEST_ACTOR, (w) => seedBuiltInReferenceData(w))).toEqual({
        inserted: 0,
        updated: 0,
        unchanged: first.inserted,
      });
      expect(t.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(audit);
      expect(() =>
        withWrite(t.db, TEST_ACTOR, (w) =>
          putProgrammeEdition(w, { editionId: 'IKDP-2025', version: 1, payload: { değişti: true }, provisional: false, source: 'x' }),
        ),
      ).toThrow(/yeni bir sürüm/);
    });
  });

  it('records an import once per file and target', () => {
    withWrite(t.db, TEST_ACTOR, (w) => {
      const batch = createImportBatch(w, {
        kind: 'sgk-service-list',
        target: 'enterprise:1',
        fileSha256: 'a'.repeat(64),
        fileName: 'liste.xlsx',
      });
      recordImportCounts(w, batch.id, { rowCount: 12, insertedCount: 10, updatedCount: 1, skippedCount: 1 });
    });
    expect(findImportBatch(t.db, { kind: 'sgk-service-list', target: 'enterprise:1', fileSha256: 'a'.repeat(64) })).toMatchObject({
      rowCount: 12,
      importedBy: 'system:test',
    });
    expect(findImportBatch(t.db, { kind: 'sgk-service-list', target: 'enterprise:2', fileSha256: 'a'.repeat(64) })).toBeUndefined();
    expect(() =>
      withWrite(t.db, TEST_ACTOR, (w) =>
        createImportBatch(w, { kind: 'sgk-service-list', target: 'enterprise:1', fileSha256: 'a'.repeat(64), fileName: 'aynı.xlsx' }),
      ),
    ).toThrow(/UNIQUE/);
  });

  it('lists cases with their enterprise, filtered by programme and status', () => {
    withWrite(t.db, TEST_ACTOR, (w) => {
      const a = enterprise(w, 'c1', 'Birinci A.Ş.');
      const b = enterprise(w, 'c2', 'İkinci Ltd.');
      createApplication(w, { enterpriseId: a.id, program: 'IKDP-2025', status: 'APPROVED' });
      createApplication(w, { enterpriseId: b.id, program: 'ITKFDP-II', status: 'SUBMITTED' });
      createApplication(w, { enterpriseId: b.id, program: 'IKDP-2025', status: 'REJECTED' });
      addEnterpriseSite(w, { enterpriseId: a.id, province: 'Bursa', kind: 'merkez' });
      addEnterpriseSite(w, { enterpriseId: a.id, province: 'BURSA', kind: 'sube' });
    });
    expect(listCases(t.db).map((entry) => entry.id)).toEqual([1, 2, 3]);
    expect(listCases(t.db, { program: 'IKDP-2025' }).map((entry) => [entry.id, entry.unvan])).toEqual([
      [1, 'Birinci A.Ş.'],
      [3, 'İkinci Ltd.'],
    ]);
    expect(listCases(t.db, { program: 'IKDP-2025', status: 'REJECTED' })).toEqual([
      { id: 3, program: 'IKDP-2025', status: 'REJECTED', unvan: 'İkinci Ltd.', vkn: syntheticVkn('c2') },
    ]);
    expect(enterpriseProvinces(t.db, 1)).toEqual(['Bursa']);
  });
});
