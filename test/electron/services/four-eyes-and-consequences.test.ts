import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../core/scenarios/run-scenario';
import { savePaymentDecision } from '../../../db/repositories/payment-decisions';
import { recordTransition } from '../../../db/repositories/workflow-records';
import { importScenario } from '../../../db/scenario-import/import-scenario';
import { withWrite } from '../../../db/write-context';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { TEST_ACTOR } from '../../db/helpers';
import { createAppFixture, createCaseFile, type AppFixture, itkfdpTestDecision } from './app-fixture';

/**
 * Four-eyes in the service (issue 13 item 2) and the rules' own workflow
 * consequences (MADDE 13(2), 14(11), 14(17)), through the real dispatcher.
 */
let fixture: AppFixture;
beforeAll(() => {
  fixture = createAppFixture();
});
afterAll(() => {
  fixture.dispose();
});

function importEligibility(file: string): number {
  const parsed = parseScenario(readFileSync(new URL(`../../scenarios/eligibility/${file}`, import.meta.url), 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.message);
  const imported = importScenario(fixture.database.db, TEST_ACTOR, parsed.scenario);
  if (!imported.ok) throw new Error('import failed');
  return imported.value.applicationId;
}

function decided(requestId: number, approved: boolean): void {
  withWrite(fixture.database.db, TEST_ACTOR, (w) => {
    savePaymentDecision(w, requestId, itkfdpTestDecision(approved));
  });
}

describe('four-eyes: who prepared an evaluation cannot approve it', () => {
  it('refuses the müdür who evaluated the application, accepts another müdür', async () => {
    const applicationId = importEligibility('elig-ikdp-2025-window-first-day.json');
    const evaluated = await fixture.call('mudur', 'case:evaluate', { applicationId });
    expect(evaluated).toMatchObject({ ok: true, value: { evaluation: { eligible: true, rulesVersion: expect.any(String) as string } } });
    expect(
      await fixture.call('uzman', 'workflow:transition', { kind: 'ikdp_application', recordId: applicationId, to: 'mudur_onayinda' }),
    ).toMatchObject({
      ok: true,
    });
    const sameMudur = await fixture.call('mudur', 'workflow:transition', {
      kind: 'ikdp_application',
      recordId: applicationId,
      to: 'onaylandi',
    });
    expect(sameMudur).toMatchObject({ ok: false, error: { code: 'four-eyes' } });
    const other = await fixture.call('mudur2', 'workflow:transition', {
      kind: 'ikdp_application',
      recordId: applicationId,
      to: 'onaylandi',
    });
    expect(other).toEqual({ ok: true, value: { state: 'onaylandi', stateLabel: 'Onaylandı' } });
    const file = await fixture.call('uzman', 'case:get', { applicationId });
    expect(file).toMatchObject({
      ok: true,
      value: {
        application: { state: 'onaylandi', approvedOn: '2026-03-02' },
        transitions: [
          { from: 'degerlendirmede', to: 'mudur_onayinda', userId: fixture.staff.uzman },
          { from: 'mudur_onayinda', to: 'onaylandi', userId: fixture.staff.mudur2, userName: 'Test mudur2' },
        ],
      },
    });
  });

  it('refuses the müdür who prepared the payment eligibility form, accepts another müdür', async () => {
    const { itkfdpRequest } = createCaseFile(fixture);
    decided(itkfdpRequest.id, true);
    withWrite(fixture.database.db, TEST_ACTOR, (w) => {
      recordTransition(w, {
        recordKind: 'payment_request',
        recordId: itkfdpRequest.id,
        fromState: 'incelemede',
        toState: 'uygun',
        userId: fixture.staff.uzman,
      });
    });
    const facts = { taxLiabilityActive: true, taxOrSgkDebt: false };
    const move = (as: 'mudur' | 'mudur2', to: string, extra = facts) =>
      fixture.call(as, 'workflow:transition', { kind: 'payment_request', recordId: itkfdpRequest.id, to, facts: extra });
    expect(await move('mudur', 'uygunluk_formu_hazirlandi')).toMatchObject({ ok: true });
    expect(await move('mudur', 'mudur_onayladi')).toMatchObject({ ok: false, error: { code: 'four-eyes' } });
    expect(await move('mudur2', 'mudur_onayladi')).toMatchObject({ ok: true });
  });
});

describe('ITKFDP-II eligibility form: tax and SGK debt of the day (MADDE 14(11), 14(17))', () => {
  it('records the facts when the form goes to the müdür, and refuses to send on a debt', async () => {
    const { itkfdp, itkfdpRequest } = createCaseFile(fixture);
    decided(itkfdpRequest.id, true);
    withWrite(fixture.database.db, TEST_ACTOR, (w) => {
      recordTransition(w, {
        recordKind: 'payment_request',
        recordId: itkfdpRequest.id,
        fromState: 'incelemede',
        toState: 'uygun',
        userId: fixture.staff.uzman,
      });
    });
    const move = (as: 'uzman' | 'mudur', to: string, facts?: object) =>
      fixture.call(as, 'workflow:transition', {
        kind: 'payment_request',
        recordId: itkfdpRequest.id,
        to,
        ...(facts === undefined ? {} : { facts }),
      });
    expect(await move('uzman', 'uygunluk_formu_hazirlandi')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await move('uzman', 'uygunluk_formu_hazirlandi', { taxLiabilityActive: true, taxOrSgkDebt: false })).toMatchObject({ ok: true });
    expect(await move('mudur', 'mudur_onayladi')).toMatchObject({ ok: true });
    const refused = await move('uzman', 'merkeze_gonderildi', { taxLiabilityActive: true, taxOrSgkDebt: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('MADDE 14(11)') as string } });
    expect(await move('uzman', 'merkeze_gonderildi', { taxLiabilityActive: true, taxOrSgkDebt: false })).toMatchObject({ ok: true });
    const file = await fixture.call('mudur', 'case:get', { applicationId: itkfdp.id });
    expect(file).toMatchObject({ ok: true, value: { paymentRequests: [{ state: 'merkeze_gonderildi' }] } });
  });
});

describe('MADDE 13(2): a terminated IKDP programme leaves its pending requests unprocessed', () => {
  it('refuses to process a pending request and to take a new one after termination', async () => {
    const { ikdp, ikdpRequest } = createCaseFile(fixture);
    expect(
      await fixture.call('mudur', 'workflow:transition', { kind: 'ikdp_application', recordId: ikdp.id, to: 'sonlandirildi' }),
    ).toMatchObject({ ok: true });
    const pending = await fixture.call('uzman', 'workflow:transition', {
      kind: 'payment_request',
      recordId: ikdpRequest.id,
      to: 'incelemede',
    });
    expect(pending).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('MADDE 13(2)') as string } });
    const created = await fixture.call('uzman', 'payment:create', {
      applicationId: ikdp.id,
      submittedOn: '2026-03-02',
      months: ['2025-05'],
    });
    expect(created).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const evaluated = await fixture.call('uzman', 'payment:evaluate', { applicationId: ikdp.id });
    expect(evaluated).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('evaluations come from core/ and re-evaluating shows what changed', () => {
  it('stores checks with articles and the rule version; a second run after an edit lists the changed check', async () => {
    const applicationId = importEligibility('elig-ikdp-2025-nace-31-mobilya.json');
    const first = await fixture.call('uzman', 'case:evaluate', { applicationId });
    expect(first).toMatchObject({ ok: true, value: { changes: expect.any(Array) as unknown[] } });
    if (!first.ok) return;
    const evaluation = (first.value as { evaluation: { checks: { code: string; article: string; outcome: string }[] } }).evaluation;
    expect(evaluation.checks.length).toBeGreaterThan(0);
    expect(evaluation.checks.every((check) => /^MADDE \d+/.test(check.article))).toBe(true);
    const same = await fixture.call('uzman', 'case:evaluate', { applicationId });
    expect(same).toMatchObject({ ok: true, value: { changes: [] } });
    const file = await fixture.call('uzman', 'case:get', { applicationId });
    if (!file.ok) throw new Error(file.error.message);
    const enterpriseId = (file.value as { enterprise: { id: number } }).enterprise.id;
    expect(await fixture.call('uzman', 'enterprise:update', { id: enterpriseId, changes: { active: false } })).toMatchObject({ ok: true });
    const changed = await fixture.call('uzman', 'case:evaluate', { applicationId });
    expect(changed).toMatchObject({ ok: true, value: { changes: [{ before: 'pass', after: 'fail' }] } });
  });

  it('leaves the audit chain sound after all of the above', () => {
    expect(verifyAudit(fixture.database.db)).toMatchObject({ ok: true });
  });
});
