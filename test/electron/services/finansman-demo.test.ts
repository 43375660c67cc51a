import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFinansmanApplicationsOfEnterprise } from '../../../db/repositories/finansman-applications';
import { searchEnterprises } from '../../../db/search/search-enterprises';
import { demoBankTable, FINANSMAN_DEMO_CASES, writeFinansmanDemo } from '../../../electron/services/finansman/finansman-demo';
import { evaluateFinansmanApplication } from '../../../electron/services/finansman/finansman-service';
import { openTestDatabase, type TestDatabase } from '../../db/helpers';

let t: TestDatabase;
beforeEach(() => {
  t = openTestDatabase();
});
afterEach(() => {
  t.dispose();
});

describe('the credit line demo cases', () => {
  it('builds a bank table whose principals sum to the loan, with interest on the balance rounded to kuruş', () => {
    const loan = demoBankTable({ amountTRY: '1000000.00', ratePercent: '37.5', drawnOn: '2026-01-31', termMonths: 3, graceMonths: 1 });
    expect(loan.installments).toEqual([
      { dueOn: '2026-02-28', principalTRY: '0.00', interestTRY: '31250.00' },
      { dueOn: '2026-03-31', principalTRY: '500000.00', interestTRY: '31250.00' },
      { dueOn: '2026-04-30', principalTRY: '500000.00', interestTRY: '15625.00' },
    ]);
    const odd = demoBankTable({ amountTRY: '1000.00', ratePercent: '33', drawnOn: '2026-04-15', termMonths: 3, graceMonths: 0 });
    expect(odd.installments.map((row) => [row.principalTRY, row.interestTRY])).toEqual([
      ['333.33', '27.50'],
      ['333.33', '18.33'],
      ['333.34', '9.17'],
    ]);
  });

  it('gives one eligible case, one over its payroll limit, a 2026-2 case under the call gaps, and an enterprise for the wizard', () => {
    writeFinansmanDemo(t.db);
    const outcomes = FINANSMAN_DEMO_CASES.map((demo) => {
      const [hit] = searchEnterprises(t.db, demo.unvan, 1);
      if (hit === undefined) throw new Error(`${demo.unvan} not found by search`);
      return listFinansmanApplicationsOfEnterprise(t.db, hit.id).map((application) => {
        const evaluation = evaluateFinansmanApplication(t.db, application.id);
        if (!evaluation.ok) throw new Error('not evaluable');
        return { eligible: evaluation.value.eligible, failed: evaluation.value.failed, missing: evaluation.value.missingData };
      });
    });
    expect(outcomes).toEqual([
      [{ eligible: true, failed: [], missing: [] }],
      [{ eligible: false, failed: ['loan-payroll-limit'], missing: [] }],
      [{ eligible: true, failed: [], missing: [] }],
      [],
    ]);
  });
});
