import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../core/scenarios/run-scenario';
import { savePaymentDecision } from '../../../db/repositories/payment-decisions';
import { recordTransition } from '../../../db/repositories/workflow-records';
import { importScenario } from '../../../db/scenario-import/import-scenario';
import { withWrite } from '../../../db/write-context';
import type { ApprovalItemDto } from '../../../electron/contract/approvals';
import { TEST_ACTOR } from '../../db/helpers';
import { createAppFixture, createCaseFile, type AppFixture, type Staff, itkfdpTestDecision } from './app-fixture';

/**
 * The müdür's "waiting for my approval" list (issue 13 item 1): what waits,
 * who prepared it, whether this müdür may decide it (four-eyes shown, and the
 * same answer the workflow transition then gives), the standard processing
 * time as a due date; and which roles may read it.
 */
let fixture: AppFixture;
beforeAll(() => {
  fixture = createAppFixture('2025-02-07');
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

async function approvals(as: keyof Staff): Promise<ApprovalItemDto[]> {
  const answer = await fixture.call(as, 'inbox:approvals', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { items: ApprovalItemDto[] }).items;
}

async function itemFor(as: keyof Staff, workflowKind: string, recordId: number): Promise<ApprovalItemDto | undefined> {
  return (await approvals(as)).find((item) => item.workflowKind === workflowKind && item.recordId === recordId);
}

function move(as: keyof Staff, kind: string, recordId: number, to: string, facts?: object) {
  return fixture.call(as, 'workflow:transition', { kind, recordId, to, ...(facts === undefined ? {} : { facts }) });
}

describe('inbox:approvals — IKDP applications in müdür onayında', () => {
  it('lists the file sent by the officer, with who prepared it and the 5-day due date of MADDE 11(1)', async () => {
    const applicationId = importEligibility('elig-ikdp-2025-window-first-day.json');
    expect(await fixture.call('uzman', 'case:evaluate', { applicationId })).toMatchObject({ ok: true });
    expect(await itemFor('mudur', 'ikdp_application', applicationId)).toBeUndefined();
    expect(await move('uzman', 'ikdp_application', applicationId, 'mudur_onayinda')).toMatchObject({ ok: true });
    const item = await itemFor('mudur', 'ikdp_application', applicationId);
    expect(item).toMatchObject({
      kind: 'ikdp-application',
      kindLabel: 'IKDP başvurusu onayı',
      state: 'mudur_onayinda',
      stateLabel: 'Müdür onayında',
      program: 'IKDP-2025',
      preparedBy: 'Test uzman',
      sentBy: 'Test uzman',
      approvable: true,
      notApprovableReason: null,
      evaluationEligible: true,
      // Applied 31.01.2025 (Friday) + 5 days = 05.02.2025; today is 07.02.2025.
      due: '2025-02-05',
      overdue: true,
      article: 'MADDE 11(1)',
    });
    expect(item?.explanation).toMatch(/^Standart işlem süresi 5 gün \(uyarıdır, işlemi engellemez\): /);
    expect(await move('mudur', 'ikdp_application', applicationId, 'onaylandi')).toMatchObject({ ok: true });
    expect(await itemFor('mudur', 'ikdp_application', applicationId)).toBeUndefined();
  });

  it('shows the müdür who evaluated the file as not able to decide it, with the reason; another müdür can', async () => {
    const applicationId = importEligibility('elig-ikdp-2025-nace-31-mobilya.json');
    expect(await fixture.call('mudur', 'case:evaluate', { applicationId })).toMatchObject({ ok: true });
    expect(await move('uzman2', 'ikdp_application', applicationId, 'mudur_onayinda')).toMatchObject({ ok: true });
    expect(await itemFor('mudur', 'ikdp_application', applicationId)).toMatchObject({
      preparedBy: 'Test mudur',
      sentBy: 'Test uzman2',
      approvable: false,
      notApprovableReason: 'Dört göz ilkesi: bu başvurunun değerlendirmesini siz hazırladınız; başka bir müdür karar vermeli.',
    });
    expect(await itemFor('mudur2', 'ikdp_application', applicationId)).toMatchObject({ approvable: true, notApprovableReason: null });
    expect(await move('mudur', 'ikdp_application', applicationId, 'onaylandi')).toMatchObject({ ok: false, error: { code: 'four-eyes' } });
    expect(await move('mudur2', 'ikdp_application', applicationId, 'reddedildi')).toMatchObject({ ok: true });
    expect(await itemFor('mudur2', 'ikdp_application', applicationId)).toBeUndefined();
  });
});

describe('inbox:approvals — ITKFDP-II applications in kontrolde', () => {
  it('lists a file under check only once its evaluation is stored, with the 7-day due date', async () => {
    const applicationId = importEligibility('elig-itk-nace-33-last-manufacturing.json');
    expect(await move('uzman', 'itkfdp_application', applicationId, 'kontrolde')).toMatchObject({ ok: true });
    expect(await itemFor('mudur', 'itkfdp_application', applicationId)).toBeUndefined();
    expect(await fixture.call('uzman', 'case:evaluate', { applicationId })).toMatchObject({ ok: true });
    const item = await itemFor('mudur', 'itkfdp_application', applicationId);
    expect(item).toMatchObject({
      kind: 'itkfdp-application',
      state: 'kontrolde',
      stateLabel: 'Kontrolde',
      program: 'ITKFDP-II',
      preparedBy: 'Test uzman',
      sentBy: 'Test uzman',
      approvable: true,
      article: 'MADDE 11(1)',
    });
    expect(item?.explanation).toContain('Standart işlem süresi 7 gün');
  });
});

describe('inbox:approvals — payment eligibility forms', () => {
  it('lists a prepared form without a due date (the rules set none); its preparer cannot approve it', async () => {
    const { itkfdpRequest } = createCaseFile(fixture);
    withWrite(fixture.database.db, TEST_ACTOR, (w) => {
      savePaymentDecision(w, itkfdpRequest.id, itkfdpTestDecision());
      recordTransition(w, {
        recordKind: 'payment_request',
        recordId: itkfdpRequest.id,
        fromState: 'incelemede',
        toState: 'uygun',
        userId: fixture.staff.uzman,
      });
    });
    const facts = { taxLiabilityActive: true, taxOrSgkDebt: false };
    expect(await move('mudur2', 'payment_request', itkfdpRequest.id, 'uygunluk_formu_hazirlandi', facts)).toMatchObject({ ok: true });
    expect(await itemFor('mudur2', 'payment_request', itkfdpRequest.id)).toMatchObject({
      kind: 'payment-form',
      kindLabel: 'Ödeme uygunluk formu onayı',
      stateLabel: 'Uygunluk formu hazırlandı',
      preparedBy: 'Test mudur2',
      approvable: false,
      notApprovableReason: 'Dört göz ilkesi: bu ödeme uygunluk formunu siz hazırladınız; başka bir müdür onaylamalı.',
      evaluationEligible: null,
      due: null,
      overdue: false,
      article: null,
      explanation: expect.stringMatching(
        /^Mevzuatta bu onay için bir süre yok\. Form \d{2}\.\d{2}\.\d{4} tarihinde hazırlandı\.$/,
      ) as string,
    });
    expect(await itemFor('mudur', 'payment_request', itkfdpRequest.id)).toMatchObject({ approvable: true });
    expect(await move('mudur2', 'payment_request', itkfdpRequest.id, 'mudur_onayladi')).toMatchObject({
      ok: false,
      error: { code: 'four-eyes' },
    });
    expect(await move('mudur', 'payment_request', itkfdpRequest.id, 'mudur_onayladi')).toMatchObject({ ok: true });
    expect(await itemFor('mudur', 'payment_request', itkfdpRequest.id)).toBeUndefined();
  });
});

describe('inbox:approvals — roles', () => {
  it.each([
    ['uzman', 'forbidden'],
    ['uzman2', 'forbidden'],
    ['izleyici', 'forbidden'],
    ['yonetici', 'forbidden'],
  ] as const)('%s: %s', async (as, code) => {
    expect(await fixture.call(as, 'inbox:approvals', {})).toMatchObject({ ok: false, error: { code } });
  });

  it.each(['mudur', 'mudur2'] as const)('%s reads the list, oldest waiting first', async (as) => {
    const answer = await fixture.call(as, 'inbox:approvals', {});
    expect(answer).toMatchObject({ ok: true, value: { today: '2025-02-07', more: false } });
    const items = await approvals(as);
    const since = items.map((item) => item.waitingSince ?? '');
    expect(since).toEqual([...since].sort());
  });
});
