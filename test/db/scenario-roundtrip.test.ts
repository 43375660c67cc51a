import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ikdpCaseInput } from '../../core/inputs/ikdp-input';
import { itkfdpCaseInput } from '../../core/inputs/itkfdp-input';
import { toMoneyString } from '../../core/lib/money';
import { evaluateClawbackCase, evaluateEligibility, evaluateIkdpCase, evaluateItkfdpCase } from '../../core/rules';
import { parseScenario } from '../../core/scenarios/run-scenario';
import { scenarioOutcome } from '../../core/scenarios/scenario-outcome';
import type { Scenario } from '../../core/scenarios/scenario-schema';
import { verifyAudit } from '../../db/audit/verify-audit';
import { loadCase, loadClawback, loadEligibility } from '../../db/repositories/case-loading';
import { decidePendingRequests, loadPaymentDecision } from '../../db/repositories/payment-decisions';
import { listActivePaymentRequests } from '../../db/repositories/payment-requests';
import { importScenario, type ImportedScenario } from '../../db/scenario-import/import-scenario';
import { withWrite } from '../../db/write-context';
import { scenarioFiles } from '../../electron/cli/commands/scenarios';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from './helpers';

/**
 * issue 3 item 4: every scenario of a case-file kind, imported into a real
 * encrypted database and loaded back with the repositories, gets exactly the
 * decisions the rules give on the file itself. The public scenarios live
 * outside the repository (/work/shared/scenarios, or KOBI_DOSYA_PUBLIC_SCENARIOS);
 * the project's own are under test/scenarios.
 */
const PUBLIC_SCENARIOS = process.env.KOBI_DOSYA_PUBLIC_SCENARIOS ?? '/work/shared/scenarios';
const PROJECT_SCENARIOS = join(import.meta.dirname, '..', 'scenarios');
const CASE_KINDS: ReadonlySet<string> = new Set(['eligibility', 'ikdp-payments', 'itkfdp-periods', 'clawback']);

type Loaded = { readonly name: string; readonly scenario: Scenario };

function loadScenarios(): Loaded[] {
  const dirs = [PROJECT_SCENARIOS, ...(existsSync(PUBLIC_SCENARIOS) ? [PUBLIC_SCENARIOS] : [])];
  const loaded: Loaded[] = [];
  for (const dir of dirs) {
    for (const file of scenarioFiles(dir)) {
      const name = relative(join(dir, '..'), file);
      const parsed = parseScenario(readFileSync(file, 'utf8'), name);
      if (!parsed.ok) throw new Error(parsed.message);
      if (CASE_KINDS.has(parsed.scenario.kind)) loaded.push({ name, scenario: parsed.scenario });
    }
  }
  return loaded;
}

const scenarios = loadScenarios();

function imported(result: ReturnType<typeof importScenario>): ImportedScenario {
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '));
  return result.value;
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; issues: readonly { field: string; message: string }[] }): T {
  if (!result.ok) throw new Error(result.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '));
  return result.value;
}

/** The scenario rebuilt from what the database gave back: same id, kind and expectation, the loaded input. */
function fromDatabase(database: TestDatabase, scenario: Scenario, ids: ImportedScenario): Scenario {
  const header = { id: scenario.id, expect: scenario.expect };
  switch (scenario.kind) {
    case 'eligibility':
      return { ...header, kind: 'eligibility', expect: scenario.expect, ...unwrap(loadEligibility(database.db, ids.applicationId)) };
    case 'ikdp-payments': {
      const input = unwrap(loadCase(database.db, ids.applicationId));
      if (input.program === 'ITKFDP-II') throw new Error('İstihdamı Koruma dosyası bekleniyordu');
      return { ...header, kind: 'ikdp-payments', expect: scenario.expect, ...input };
    }
    case 'itkfdp-periods': {
      const input = unwrap(loadCase(database.db, ids.applicationId));
      if (input.program !== 'ITKFDP-II') throw new Error('ITKFDP-II dosyası bekleniyordu');
      return { ...header, kind: 'itkfdp-periods', expect: scenario.expect, ...input };
    }
    case 'clawback': {
      if (ids.kind !== 'clawback') throw new Error('geri tahsil kaydı bekleniyordu');
      return { ...header, kind: 'clawback', expect: scenario.expect, ...unwrap(loadClawback(database.db, ids.clawbackId)) };
    }
    default:
      throw new Error(`${scenario.kind} aktarılmaz`);
  }
}

/** A clawback file's legal interest table is reference data, not a fact of the case: the database keeps its own. */
function withoutReferenceData(scenario: Scenario): Scenario {
  if (scenario.kind !== 'clawback') return scenario;
  return Object.fromEntries(Object.entries(scenario).filter(([key]) => key !== 'legalInterestRates')) as Scenario;
}

/** The full evaluation (every check with its explanation, every amount line), not only what `expect` may compare. */
function fullEvaluation(scenario: Scenario): unknown {
  switch (scenario.kind) {
    case 'eligibility':
      return evaluateEligibility(scenario);
    case 'ikdp-payments':
      return evaluateIkdpCase(scenario);
    case 'itkfdp-periods':
      return evaluateItkfdpCase(scenario);
    case 'clawback':
      return evaluateClawbackCase(scenario);
    default:
      return null;
  }
}

describe('scenarios through the database — issue 3 item 4', () => {
  let shared: TestDatabase;
  beforeAll(() => {
    shared = openTestDatabase();
  });
  afterAll(() => {
    shared.dispose();
  });

  it('finds the scenarios of every case-file kind', () => {
    const kinds = new Set(scenarios.map((entry) => entry.scenario.kind));
    expect([...kinds].sort()).toEqual(['clawback', 'eligibility', 'ikdp-payments', 'itkfdp-periods']);
    expect(scenarios.length).toBeGreaterThan(50);
  });

  it.each(scenarios.map((entry) => [entry.name, entry.scenario] as const))(
    '%s: same decisions after import and loadCase',
    (_name, scenario) => {
      // Exchange rates are shared reference data and scenarios may disagree on a date's rate: each clawback gets its own file.
      const own = scenario.kind === 'clawback' ? openTestDatabase() : null;
      const database = own ?? shared;
      try {
        const ids = imported(importScenario(database.db, TEST_ACTOR, scenario));
        const loaded = fromDatabase(database, scenario, ids);
        const stored = withoutReferenceData(scenario);
        expect(scenarioOutcome(loaded)).toEqual(scenarioOutcome(stored));
        expect(fullEvaluation(loaded)).toEqual(fullEvaluation(stored));
      } finally {
        own?.dispose();
      }
    },
  );

  it('loads inputs that pass the core schemas unchanged (no extra or missing keys)', () => {
    const cases = shared.db.sqlite
      .prepare<[], { id: number; program: string }>("SELECT id, program FROM applications WHERE decision = 'APPROVED'")
      .all();
    expect(cases.length).toBeGreaterThan(20);
    for (const { id } of cases) {
      const input = unwrap(loadCase(shared.db, id));
      const schema = input.program === 'ITKFDP-II' ? itkfdpCaseInput : ikdpCaseInput;
      expect(schema.parse(input)).toEqual(input);
    }
  });

  it('stores each request decision with its checks, amount and rule version, readable again', () => {
    const cases = shared.db.sqlite
      .prepare<[], { id: number }>("SELECT DISTINCT application_id AS id FROM payment_requests WHERE status = 'SUBMITTED'")
      .all();
    expect(cases.length).toBeGreaterThan(10);
    for (const { id } of cases) {
      const input = unwrap(loadCase(shared.db, id));
      const decided = unwrap(withWrite(shared.db, TEST_ACTOR, (w) => decidePendingRequests(w, id)));
      const requests = listActivePaymentRequests(shared.db, id);
      expect(decided.map((request) => request.id)).toEqual(requests.map((request) => request.id));
      const amounts =
        input.program === 'ITKFDP-II'
          ? null
          : evaluateIkdpCase(input).requests.map((request) => ({
              approved: request.approved,
              amount: toMoneyString(request.amountTRY),
              failed: request.failed,
            }));
      requests.forEach((request, index) => {
        expect(request.status).toBe('DECIDED');
        const snapshot = loadPaymentDecision(shared.db, request.id);
        if (snapshot === undefined || !snapshot.ok) throw new Error(`karar okunamadı: ${request.id}`);
        expect(snapshot.value.rulesVersion).toBe(request.rulesVersion);
        expect(snapshot.value.amount).toBe(request.amount);
        expect(snapshot.value.parts.every((part) => part.checks.length > 0)).toBe(true);
        const expected = amounts?.[index];
        if (expected !== undefined) {
          expect({ approved: snapshot.value.approved, amount: snapshot.value.amount, failed: snapshot.value.parts[0]?.failed }).toEqual(
            expected,
          );
        }
      });
    }
    expect(verifyAudit(shared.db)).toMatchObject({ ok: true });
  });
});
