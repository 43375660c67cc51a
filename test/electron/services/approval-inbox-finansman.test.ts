import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalItemDto } from '../../../electron/contract/approvals';
import { createAppFixture, type AppFixture, type Staff } from './app-fixture';
import { finansmanCaseRequest, newFinansmanEnterprise } from './finansman-fixture';

/**
 * Credit-line applications in the müdür's approvals inbox: listed once sent to the müdür, with the call, who
 * prepared the decision record and who sent it; four-eyes is the workflow's own guard, so the inbox says exactly
 * what `finansman:transition` then answers; the rules set no processing time.
 */
const FOUR_EYES = 'Dört göz ilkesi: değerlendirmeyi hazırlayan ya da onaya gönderen kişi onu onaylayamaz ya da reddedemez.';

let fixture: AppFixture;
beforeAll(() => {
  fixture = createAppFixture('2026-03-25');
});
afterAll(() => {
  fixture.dispose();
});

async function ok(as: keyof Staff, channel: string, request: unknown): Promise<unknown> {
  const result = await fixture.call(as, channel, request);
  if (!result.ok) throw new Error(`${channel} as ${as}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function itemFor(as: keyof Staff, recordId: number): Promise<ApprovalItemDto | undefined> {
  const { items } = (await ok(as, 'inbox:approvals', {})) as { items: ApprovalItemDto[] };
  return items.find((item) => item.workflowKind === 'finansman_application' && item.recordId === recordId);
}

/** A credit-line case evaluated by `evaluator` and moved to müdür onayında by uzman. */
async function sentCase(evaluator: keyof Staff): Promise<number> {
  const enterpriseId = newFinansmanEnterprise(fixture.database.db);
  const { applicationId } = (await ok('uzman', 'finansman:create', finansmanCaseRequest(enterpriseId))) as { applicationId: number };
  await ok('uzman', 'finansman:transition', { applicationId, to: 'degerlendirmede' });
  await ok(evaluator, 'finansman:evaluate', { applicationId });
  expect(await itemFor('mudur', applicationId)).toBeUndefined();
  await ok('uzman', 'finansman:transition', { applicationId, to: 'mudur_onayinda' });
  return applicationId;
}

describe('inbox:approvals — credit-line applications in müdür onayında', () => {
  it('lists the case sent by the officer with its call, preparer and sender, without a due date', async () => {
    const applicationId = await sentCase('uzman2');
    const item = await itemFor('mudur', applicationId);
    expect(item).toEqual({
      kind: 'finansman-application',
      kindLabel: 'Finansman desteği başvurusu onayı',
      workflowKind: 'finansman_application',
      recordId: applicationId,
      state: 'mudur_onayinda',
      stateLabel: 'Müdür onayında',
      applicationId,
      program: 'FINANSMAN-2026',
      call: '2026-1',
      enterpriseId: expect.any(Number) as number,
      unvan: expect.stringMatching(/^Finansman \d+ Metal A\.Ş\.$/) as string,
      waitingSince: expect.any(String) as string,
      preparedBy: 'Test uzman2',
      sentBy: 'Test uzman',
      approvable: true,
      notApprovableReason: null,
      evaluationEligible: true,
      due: null,
      overdue: false,
      article: null,
      explanation: expect.stringMatching(
        /^Finansman desteği çağrısının kurallarında müdür onayı için bir işlem süresi belirlenmemiş\. Başvuru \d{2}\.\d{2}\.\d{4} tarihinde onaya gönderildi\.$/,
      ) as string,
    });
    await ok('mudur', 'finansman:transition', { applicationId, to: 'onaylandi', note: 'Uygun.' });
    expect(await itemFor('mudur', applicationId)).toBeUndefined();
  });

  it('the müdür who prepared the evaluation cannot approve it, with the guard’s Turkish reason; another müdür can', async () => {
    const applicationId = await sentCase('mudur');
    expect(await itemFor('mudur', applicationId)).toMatchObject({
      preparedBy: 'Test mudur',
      sentBy: 'Test uzman',
      approvable: false,
      notApprovableReason: FOUR_EYES,
    });
    expect(await itemFor('mudur2', applicationId)).toMatchObject({ approvable: true, notApprovableReason: null });
    expect(await fixture.call('mudur', 'finansman:transition', { applicationId, to: 'onaylandi' })).toMatchObject({
      ok: false,
      error: { code: 'four-eyes', message: FOUR_EYES },
    });
    await ok('mudur2', 'finansman:transition', { applicationId, to: 'reddedildi', note: 'Uygun değil.' });
    expect(await itemFor('mudur2', applicationId)).toBeUndefined();
  });

  it('is not listed once sent back for re-evaluation', async () => {
    const applicationId = await sentCase('uzman');
    expect(await itemFor('mudur', applicationId)).toMatchObject({ approvable: true });
    await ok('mudur', 'finansman:transition', { applicationId, to: 'degerlendirmede', note: 'Kredi tablosu yeniden kontrol edilsin.' });
    expect(await itemFor('mudur', applicationId)).toBeUndefined();
  });
});
