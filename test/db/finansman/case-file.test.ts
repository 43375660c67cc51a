import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateFinansmanCase } from '../../../core/rules';
import { parseScenario } from '../../../core/scenarios/run-scenario';
import { scenarioOutcome } from '../../../core/scenarios/scenario-outcome';
import type { Scenario } from '../../../core/scenarios/scenario-schema';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { createApplication, updateApplication } from '../../../db/repositories/applications';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { putEnterpriseMonthlyPek } from '../../../db/repositories/enterprise-pek';
import {
  createFinansmanApplication,
  getFinansmanLoan,
  listFinansmanDecisions,
  putFinansmanLoan,
  updateFinansmanApplication,
} from '../../../db/repositories/finansman-applications';
import { decideFinansmanApplication, loadFinansmanCase } from '../../../db/repositories/finansman-case';
import { importScenario } from '../../../db/scenario-import/import-scenario';
import { withWrite } from '../../../db/write-context';
import { scenarioFiles } from '../../../electron/cli/commands/scenarios';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../helpers';

const PUBLIC_SCENARIOS = process.env.KOBI_DOSYA_PUBLIC_SCENARIOS ?? '/work/shared/scenarios';
const PROJECT_SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');

type FinansmanScenario = Extract<Scenario, { kind: 'finansman-2026' }>;

function finansmanScenarios(): { readonly name: string; readonly scenario: FinansmanScenario }[] {
  const found: { name: string; scenario: FinansmanScenario }[] = [];
  for (const dir of [PROJECT_SCENARIOS, ...(existsSync(PUBLIC_SCENARIOS) ? [PUBLIC_SCENARIOS] : [])]) {
    for (const file of scenarioFiles(dir)) {
      const parsed = parseScenario(readFileSync(file, 'utf8'), relative(dir, file));
      if (parsed.ok && parsed.scenario.kind === 'finansman-2026') found.push({ name: relative(dir, file), scenario: parsed.scenario });
    }
  }
  return found;
}

describe('finansman-2026 scenarios through the database: imported, loaded back, the same decisions', () => {
  let t: TestDatabase;
  beforeAll(() => {
    t = openTestDatabase();
  });
  afterAll(() => {
    t.dispose();
  });

  const scenarios = finansmanScenarios();

  it('finds the project scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(38);
  });

  it.each(scenarios)('$name', ({ scenario }) => {
    const imported = importScenario(t.db, TEST_ACTOR, scenario);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    const loaded = loadFinansmanCase(t.db, imported.value.applicationId);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const fromDatabase: Scenario = { id: scenario.id, kind: 'finansman-2026', expect: scenario.expect, ...loaded.value };
    expect(scenarioOutcome(fromDatabase)).toEqual(scenarioOutcome(scenario));

    const decided = withWrite(t.db, TEST_ACTOR, (w) => decideFinansmanApplication(w, imported.value.applicationId));
    if (!decided.ok) throw new Error(decided.reason);
    const [latest] = listFinansmanDecisions(t.db, imported.value.applicationId);
    const evaluation = evaluateFinansmanCase(scenario);
    expect(latest).toMatchObject({ eligible: evaluation.eligible, call: scenario.call, id: decided.decision.id });
    expect(latest?.snapshot).toMatchObject({ failed: evaluation.failed, missingData: evaluation.missingData, provisional: true });
  });

  it('keeps the audit chain whole', () => {
    expect(verifyAudit(t.db)).toMatchObject({ ok: true });
  });
});

describe('one-line-only reads the enterprise’s IKDP-2026 applications from the database', () => {
  let t: TestDatabase;
  beforeAll(() => {
    t = openTestDatabase();
  });
  afterAll(() => {
    t.dispose();
  });

  function setUp() {
    return withWrite(t.db, TEST_ACTOR, (w) => {
      const enterprise = createEnterprise(w, {
        vkn: '4391208413',
        unvan: 'Örnek Metal',
        legalForm: 'TUZEL_KISI',
        registered: true,
        active: true,
        declarationCurrent: true,
        naceMain: '25.62',
      });
      putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month: '2025-11', pekTRY: '3000000.00', workplaces: 2 });
      putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month: '2025-12', pekTRY: '3000000.00', workplaces: 2 });
      const ikdp = createApplication(w, { enterpriseId: enterprise.id, program: 'IKDP-2026', status: 'DRAFT' });
      const application = createFinansmanApplication(w, {
        enterpriseId: enterprise.id,
        call: '2026-1',
        status: 'SUBMITTED',
        size: 'KOBI',
        appliedOn: '2026-03-20',
      });
      putFinansmanLoan(w, application.id, {
        amountTRY: '3000000.00',
        annualRatePercent: '33',
        drawnOn: ['2026-04-10'],
        termMonths: 3,
        graceMonths: 0,
        installments: [
          { dueOn: '2026-05-10', principalTRY: '1000000.00', interestTRY: '82500.00' },
          { dueOn: '2026-06-10', principalTRY: '1000000.00', interestTRY: '55000.00' },
          { dueOn: '2026-07-10', principalTRY: '1000000.00', interestTRY: '27500.00' },
        ],
      });
      return { ikdpId: ikdp.id, applicationId: application.id };
    });
  }

  function oneLineOnly(applicationId: number): string {
    const loaded = loadFinansmanCase(t.db, applicationId);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    return evaluateFinansmanCase(loaded.value).checks.find((result) => result.code === 'one-line-only')?.outcome ?? 'none';
  }

  it('a draft is no application; submitted, approved or completed block; rejected does not', () => {
    const { ikdpId, applicationId } = setUp();
    expect(oneLineOnly(applicationId)).toBe('pass');
    const steps = [
      ['SUBMITTED', 'fail'],
      ['APPROVED', 'fail'],
      ['COMPLETED', 'fail'],
      ['REJECTED', 'pass'],
    ] as const;
    for (const [status, expected] of steps) {
      withWrite(t.db, TEST_ACTOR, (w) => updateApplication(w, ikdpId, { status }));
      expect(oneLineOnly(applicationId)).toBe(expected);
    }
    expect(verifyAudit(t.db)).toMatchObject({ ok: true });
  });

  it('its own status never blocks; the enterprise’s approved credit-line application of another call does', () => {
    withWrite(t.db, TEST_ACTOR, (w) => updateFinansmanApplication(w, 1, { status: 'APPROVED' }));
    expect(oneLineOnly(1)).toBe('pass');
    withWrite(t.db, TEST_ACTOR, (w) => {
      const other = createFinansmanApplication(w, {
        enterpriseId: 1,
        call: '2026-2',
        status: 'SUBMITTED',
        size: 'KOBI',
        appliedOn: '2026-09-15',
      });
      updateFinansmanApplication(w, other.id, { status: 'APPROVED' });
    });
    expect(oneLineOnly(1)).toBe('fail');
  });

  it('rewrites the payment table row by row (a shorter table removes the rows beyond it)', () => {
    const loan = getFinansmanLoan(t.db, 1);
    if (loan === undefined) throw new Error('no loan');
    withWrite(t.db, TEST_ACTOR, (w) =>
      putFinansmanLoan(w, 1, { ...loan, installments: [{ dueOn: '2026-05-10', principalTRY: '3000000.00', interestTRY: '82500.00' }] }),
    );
    expect(getFinansmanLoan(t.db, 1)?.installments).toEqual([{ dueOn: '2026-05-10', principalTRY: '3000000.00', interestTRY: '82500.00' }]);
    expect(verifyAudit(t.db)).toMatchObject({ ok: true });
  });

  it('reports what the file lacks by field, in Turkish', () => {
    const applicationId = withWrite(
      t.db,
      TEST_ACTOR,
      (w) => createFinansmanApplication(w, { enterpriseId: 1, call: '2026-1', status: 'DRAFT', size: 'KOBI', appliedOn: '2026-03-20' }).id,
    );
    expect(loadFinansmanCase(t.db, applicationId)).toEqual({
      ok: false,
      issues: [{ field: 'loan', message: 'Başvurunun kredisi ve bankanın ödeme tablosu girilmemiş.' }],
    });
    const decided = withWrite(t.db, TEST_ACTOR, (w) => decideFinansmanApplication(w, applicationId));
    expect(decided).toEqual({ ok: false, reason: 'alan "loan": Başvurunun kredisi ve bankanın ödeme tablosu girilmemiş.' });
  });
});
