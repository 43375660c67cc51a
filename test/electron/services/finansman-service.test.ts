import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { createApplication } from '../../../db/repositories/applications';
import { putEnterpriseMonthlyPek } from '../../../db/repositories/enterprise-pek';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { getFinansmanApplication, listFinansmanDecisions } from '../../../db/repositories/finansman-applications';
import { withWrite } from '../../../db/write-context';
import {
  createFinansmanCase,
  decideFinansmanCase,
  evaluateFinansmanApplication,
  supportScheduleTable,
  type NewFinansmanCase,
} from '../../../electron/services/finansman/finansman-service';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../../db/helpers';

let t: TestDatabase;
let enterpriseId: number;

beforeEach(() => {
  t = openTestDatabase();
  enterpriseId = withWrite(t.db, TEST_ACTOR, (w) => {
    const enterprise = createEnterprise(w, {
      vkn: '4391208413',
      unvan: 'Örnek Metal',
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: '25.62',
    });
    putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month: '2025-11', pekTRY: '2400000.00', workplaces: 1 });
    putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month: '2025-12', pekTRY: '2600000.00', workplaces: 1 });
    return enterprise.id;
  });
});

afterEach(() => {
  t.dispose();
});

function newCase(amountTRY = '2400000.00'): NewFinansmanCase {
  return {
    enterpriseId,
    call: '2026-1',
    size: 'KOBI',
    appliedOn: '2026-03-20',
    bankName: 'Örnek Bankası',
    loan: {
      amountTRY,
      annualRatePercent: '33',
      drawnOn: ['2026-04-15'],
      termMonths: 3,
      graceMonths: 1,
      installments: [
        { dueOn: '2026-05-15', principalTRY: '0.00', interestTRY: '66000.00' },
        { dueOn: '2026-06-15', principalTRY: '1200000.00', interestTRY: '66000.00' },
        { dueOn: '2026-07-15', principalTRY: `${(Number(amountTRY.slice(0, -3)) - 1200000).toString()}.00`, interestTRY: '60500.00' },
      ],
    },
  };
}

describe('finansman service — enter, evaluate, show the schedule, decide', () => {
  it('shows the schedule with the running total, the formulas and the provisional values with their gap', () => {
    const applicationId = createFinansmanCase(t.db, TEST_ACTOR, newCase());
    const evaluation = evaluateFinansmanApplication(t.db, applicationId);
    if (!evaluation.ok) throw new Error('not evaluated');
    const table = supportScheduleTable(evaluation.value);
    expect(table.rows.map((row) => [row.supportTRY, row.runningSupportTRY, row.shown.enterprisePays])).toEqual([
      ['20000.00', '20000.00', '46.000,00 ₺'],
      ['20000.00', '40000.00', '46.000,00 ₺'],
      ['18333.33', '58333.33', '42.166,67 ₺'],
    ]);
    expect(table.totals).toEqual({ interestTRY: '192500.00', supportTRY: '58333.33', enterprisePaysTRY: '134166.67' });
    expect(table.rows[2]?.formula).toContain('60.500,00 ₺ × 10 / 33 = 18.333,33 ₺');
    expect(table.provisional).toBe(true);
    expect(table.parameters.filter((line) => line.value === null).map((line) => line.key)).toEqual(['employmentConsequence']);
  });

  it('approves an eligible case and stores the decision', () => {
    const applicationId = createFinansmanCase(t.db, TEST_ACTOR, newCase());
    const result = decideFinansmanCase(t.db, TEST_ACTOR, applicationId, '2026-03-25');
    expect(result).toMatchObject({ ok: true, decision: { eligible: true, totalSupportTRY: '58333.33', payrollLimitTRY: '2500000.00' } });
    expect(getFinansmanApplication(t.db, applicationId)).toMatchObject({ status: 'APPROVED', decidedOn: '2026-03-25' });
    expect(verifyAudit(t.db)).toMatchObject({ ok: true });
  });

  it('rejects one kuruş over the PEK limit, and a case of an enterprise with a pending IKDP-2026 application', () => {
    const over = createFinansmanCase(t.db, TEST_ACTOR, newCase('2500000.01'));
    expect(decideFinansmanCase(t.db, TEST_ACTOR, over, '2026-03-25')).toMatchObject({
      ok: true,
      evaluation: { failed: ['loan-payroll-limit', 'loan-schedule'] },
    });
    withWrite(t.db, TEST_ACTOR, (w) => createApplication(w, { enterpriseId, program: 'IKDP-2026', status: 'SUBMITTED' }));
    const blocked = createFinansmanCase(t.db, TEST_ACTOR, newCase());
    expect(decideFinansmanCase(t.db, TEST_ACTOR, blocked, '2026-03-25')).toMatchObject({
      ok: true,
      evaluation: { failed: ['one-line-only'] },
    });
    expect(getFinansmanApplication(t.db, blocked)?.status).toBe('REJECTED');
    expect(listFinansmanDecisions(t.db, blocked)).toHaveLength(1);
  });
});
