import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { JOURNEY_REPLACEMENT, writeItkfdpJourneyCase } from '../../../db/demo/itkfdp-journey-case';
import { DEMO_ITKFDP_CALLS } from '../../../db/demo/probability-tables';
import { createCallCalendar } from '../../../db/repositories/call-calendars';
import { withWrite } from '../../../db/write-context';
import type { ChannelName, ChannelRequest, ChannelResponse } from '../../../electron/contract';
import { TEST_ACTOR } from '../../db/helpers';
import { createAppFixture, createCaseFile, type AppFixture, type Staff } from './app-fixture';

/**
 * The ITKFDP-II personnel and loan channels through the real dispatcher on a
 * real encrypted database: roles, the states each write needs, the checks the
 * rules cannot make, the audit with the acting user, and the rules reading
 * what was entered (a declared replacement turns a rejected period into 2.500 €).
 */
let fixture: AppFixture;
let applicationId: number;

beforeAll(() => {
  fixture = createAppFixture('2025-11-24');
  const call = DEMO_ITKFDP_CALLS[0];
  if (call === undefined) throw new Error('no call');
  withWrite(fixture.database.db, TEST_ACTOR, (w) =>
    createCallCalendar(w, { program: 'ITKFDP-II', name: call.name, calendar: call.calendar }),
  );
  ({ applicationId } = writeItkfdpJourneyCase(fixture.database.db, 'uzman'));
});
afterAll(() => {
  fixture.dispose();
});

/** A channel's answer as `user`, typed by the contract; a refusal fails the test with its Turkish message. */
async function ask<C extends ChannelName>(user: keyof Staff, channel: C, request: ChannelRequest<C>): Promise<ChannelResponse<C>> {
  const result = await fixture.call(user, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ChannelResponse<C>;
}

async function people(): Promise<ChannelResponse<'personnel:list'>['people']> {
  return (await ask('uzman', 'personnel:list', { applicationId })).people;
}

async function personId(key: string): Promise<number> {
  const found = (await people()).find((person) => person.personKey === key);
  if (found === undefined) throw new Error(`no ${key}`);
  return found.id;
}

const NEW_PERSON = {
  tckn: '10000000146',
  firstName: 'Deniz',
  lastName: 'Yılmaz',
  citizenship: 'UKSK',
  gender: 'F',
  birthDate: '1999-01-20',
  hiredOn: '2025-06-16',
} as const;

const PERIOD_ONE = {
  submittedOn: '2025-11-20',
  periods: [1],
  taxLiabilityActive: true,
  overdueTaxOrSgkDebt: false,
  commitmentDeclared: true,
  excuseAccepted: false,
};

async function periodOne(): Promise<{ approved: boolean; amount: string; currency: string; failed: string[] }> {
  const { decision } = await ask('uzman', 'payment:preview', { applicationId, ...PERIOD_ONE });
  const failed = decision.parts.flatMap((part) => part.checks.filter((check) => check.outcome !== 'pass').map((check) => check.code));
  return { approved: decision.approved, amount: decision.amount, currency: decision.currency, failed };
}

async function move(as: keyof Staff, to: string, facts?: Record<string, unknown>) {
  return fixture.call(as, 'workflow:transition', { kind: 'itkfdp_application', recordId: applicationId, to, ...(facts ? { facts } : {}) });
}

describe('ITKFDP-II personnel and loan, from the bank-approved file to a paid period', () => {
  it('reads for every role, writes only for the sorumlu personel', async () => {
    for (const as of ['uzman', 'mudur', 'izleyici', 'yonetici'] as const) {
      expect((await fixture.call(as, 'personnel:list', { applicationId })).ok, as).toBe(true);
      expect((await fixture.call(as, 'loan:get', { applicationId })).ok, as).toBe(true);
    }
    expect((await ask('mudur', 'personnel:list', { applicationId })).canEdit).toBe(false);
    for (const as of ['mudur', 'izleyici', 'yonetici'] as const) {
      expect(await fixture.call(as, 'personnel:add', { applicationId, person: NEW_PERSON }), as).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it('adds, corrects and removes while in control; refuses a wrong TCKN, a person twice, and another programme', async () => {
    const wrongTckn = await fixture.call('uzman', 'personnel:add', { applicationId, person: { ...NEW_PERSON, tckn: '10000000147' } });
    expect(wrongTckn).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const added = await ask('uzman', 'personnel:add', { applicationId, person: NEW_PERSON });
    expect(added.person).toMatchObject({ personKey: 'P3', firstName: 'Deniz', replacesId: null, leftOn: null });
    expect(await fixture.call('uzman', 'personnel:add', { applicationId, person: NEW_PERSON })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('zaten taahhüt personeli') as string },
    });
    const corrected = await fixture.call('uzman', 'personnel:update', {
      applicationId,
      personId: added.person.id,
      person: { ...NEW_PERSON, lastName: 'Yıldız' },
    });
    expect(corrected).toMatchObject({ ok: true, value: { person: { lastName: 'Yıldız' } } });
    expect(await fixture.call('uzman', 'personnel:remove', { applicationId, personId: added.person.id })).toMatchObject({ ok: true });
    expect((await people()).map((person) => person.personKey)).toEqual(['P1', 'P2']);

    const ikdp = createCaseFile(fixture).ikdp.id;
    expect(await fixture.call('uzman', 'personnel:list', { applicationId: ikdp })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('keeps the loan terms while in control and refuses instalments before the credit is used', async () => {
    const saved = await ask('uzman', 'loan:save', {
      applicationId,
      bankName: 'Türkiye Halk Bankası A.Ş.',
      amountTRY: '1850000',
      termMonths: 24,
      fundingLine: 'FOSTER-II',
    });
    expect(saved.loan).toMatchObject({ amountTRY: '1850000.00', termMonths: 24, creditUsedOn: null });
    expect(saved.creditUse).toBeNull();
    expect(
      await fixture.call('uzman', 'loan:put-installment', { applicationId, number: 1, paid: true, paidOn: '2025-10-31' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('after approval: no list or loan edits, the credit use against its 30 days (12(2)), then instalments', async () => {
    expect(await move('uzman', 'kontrolde')).toMatchObject({ ok: true });
    expect(await fixture.call('uzman', 'case:evaluate', { applicationId })).toMatchObject({
      ok: true,
      value: { evaluation: { eligible: true } },
    });
    expect(await move('mudur', 'onaylandi', { on: '2025-07-08' })).toMatchObject({ ok: true });

    expect(await fixture.call('uzman', 'personnel:add', { applicationId, person: NEW_PERSON })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Onaylandı') as string },
    });
    expect(
      await fixture.call('uzman', 'loan:save', {
        applicationId,
        bankName: 'X Bank',
        amountTRY: '1900000.00',
        termMonths: 24,
        fundingLine: 'BMZ-II',
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const waiting = await ask('uzman', 'loan:get', { applicationId });
    // Approved 08.07.2025 + 30 days = 07.08.2025 (a Thursday); today 24.11.2025 is past it.
    expect(waiting.creditUse).toMatchObject({ approvedOn: '2025-07-08', due: '2025-08-07', article: 'MADDE 12(2)', status: 'overdue' });

    expect(await move('uzman', 'kredi_kullandirildi', { creditUsedOn: '2025-07-15' })).toMatchObject({ ok: true });
    const used = await ask('uzman', 'loan:get', { applicationId });
    expect(used.creditUse).toMatchObject({ status: 'in-time' });
    expect(used.creditUse?.explanation).toContain('15.07.2025: süresinde');
    expect(used.support).toEqual({ start: '2025-08-01', end: '2027-01-31' });
    expect(used.canEditInstallments).toBe(true);

    expect(await fixture.call('uzman', 'loan:put-installment', { applicationId, number: 1, paid: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      await fixture.call('uzman', 'loan:put-installment', { applicationId, number: 1, paid: true, paidOn: '2025-07-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const paid = await ask('uzman', 'loan:put-installment', {
      applicationId,
      number: 1,
      dueOn: '2025-10-31',
      paid: true,
      paidOn: '2025-10-30',
    });
    expect(paid.installments).toEqual([{ number: 1, dueOn: '2025-10-31', paid: true, paidOn: '2025-10-30' }]);
  });

  it('a leaver without a declared replacement fails the period; with the replacement it is 2.500 € (MADDE 14(5), 7(3)(b))', async () => {
    // P1 left on 29.08.2025 (the SGK lists show it); nobody declared yet: the slot is empty for two months.
    expect(await periodOne()).toMatchObject({ approved: false, amount: '0.00', failed: ['person-prim-days'] });

    const leaver = await personId('P1');
    const invalidLeaving = await fixture.call('uzman', 'personnel:replace', {
      applicationId,
      personId: leaver,
      leftOn: '2025-05-01',
      replacement: JOURNEY_REPLACEMENT,
    });
    expect(invalidLeaving).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(
      await fixture.call('mudur', 'personnel:replace', {
        applicationId,
        personId: leaver,
        leftOn: '2025-08-29',
        replacement: JOURNEY_REPLACEMENT,
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const replaced = await ask('uzman', 'personnel:replace', {
      applicationId,
      personId: leaver,
      leftOn: '2025-08-29',
      replacement: JOURNEY_REPLACEMENT,
    });
    expect(replaced.left).toMatchObject({ personKey: 'P1', leftOn: '2025-08-29', replacedById: replaced.replacement.id });
    expect(replaced.replacement).toMatchObject({ personKey: 'P3', firstName: 'Selin', replacesId: leaver });
    expect(
      await fixture.call('uzman', 'personnel:replace', { applicationId, personId: leaver, leftOn: '2025-08-29', replacement: NEW_PERSON }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await periodOne()).toEqual({ approved: true, amount: '2500.00', currency: 'EUR', failed: [] });
  });

  it('records the status check and other programmes’ support while the programme runs, validated, and the rules read them', async () => {
    const list = await ask('uzman', 'personnel:list', { applicationId });
    expect(list).toMatchObject({ canEdit: false, canReplace: true, canRecordChecks: true });
    expect((await ask('mudur', 'personnel:list', { applicationId })).canRecordChecks).toBe(false);
    const gkas = list.people.find((person) => person.personKey === 'P2');
    const turkish = list.people.find((person) => person.personKey === 'P3');
    if (gkas === undefined || turkish === undefined) throw new Error('no P2/P3');
    expect(gkas).toMatchObject({ citizenship: 'GKAS', protectedStatus: null, otherProgrammeSupport: null });
    const asEntered = {
      tckn: gkas.tckn,
      firstName: gkas.firstName,
      lastName: gkas.lastName,
      citizenship: gkas.citizenship,
      gender: gkas.gender,
      birthDate: gkas.birthDate,
      hiredOn: gkas.hiredOn,
      employedMonthBeforeAnnouncement: gkas.employedMonthBeforeAnnouncement,
    };
    const update = (person: Record<string, unknown>, as: keyof Staff = 'uzman', personId = gkas.id) =>
      fixture.call(as, 'personnel:update', { applicationId, personId, person });

    const refusals: [string, Promise<unknown>, string][] = [
      ['identity after approval', update({ ...asEntered, lastName: 'Başka' }), 'conflict'],
      ['the müdür', update({ ...asEntered, protectedStatus: { confirmed: true, provenFrom: null } }, 'mudur'), 'forbidden'],
      [
        'a proof of a confirmed status',
        update({ ...asEntered, protectedStatus: { confirmed: true, provenFrom: '2025-07-01' } }),
        'invalid-input',
      ],
      [
        'a status check of a T.C. citizen',
        update(
          {
            tckn: turkish.tckn,
            firstName: turkish.firstName,
            lastName: turkish.lastName,
            citizenship: turkish.citizenship,
            gender: turkish.gender,
            birthDate: turkish.birthDate,
            hiredOn: turkish.hiredOn,
            protectedStatus: { confirmed: false, provenFrom: null },
          },
          'uzman',
          turkish.id,
        ),
        'invalid-input',
      ],
      [
        'a support period ending before it starts',
        update({ ...asEntered, otherProgrammeSupport: [{ program: 'ITKFDP-I', from: '2025-09', to: '2025-03' }] }),
        'invalid-input',
      ],
      [
        'a month that is not one',
        update({ ...asEntered, otherProgrammeSupport: [{ program: 'ITKFDP-I', from: '2025-13', to: '2026-01' }] }),
        'invalid-input',
      ],
    ];
    for (const [name, answer, code] of refusals) expect(await answer, name).toMatchObject({ ok: false, error: { code } });

    // MADDE 9(12): the same person committed under ITKFDP (I) through the first period: it is not paid.
    const withOther = await ask('uzman', 'personnel:update', {
      applicationId,
      personId: gkas.id,
      person: { ...asEntered, otherProgrammeSupport: [{ program: 'ITKFDP-I', from: '2025-03', to: '2026-02' }] },
    });
    expect(withOther.person.otherProgrammeSupport).toEqual([{ program: 'ITKFDP-I', from: '2025-03', to: '2026-02' }]);
    expect(await periodOne()).toMatchObject({ approved: false, amount: '0.00' });

    // Absent on update: unchanged; the status check recorded (not confirmed, proven from the day of hiring).
    const proven = await ask('uzman', 'personnel:update', {
      applicationId,
      personId: gkas.id,
      person: { ...asEntered, protectedStatus: { confirmed: false, provenFrom: '2025-06-02' } },
    });
    expect(proven.person).toMatchObject({
      protectedStatus: { confirmed: false, provenFrom: '2025-06-02' },
      otherProgrammeSupport: [{ program: 'ITKFDP-I', from: '2025-03', to: '2026-02' }],
    });

    await ask('uzman', 'personnel:update', { applicationId, personId: gkas.id, person: { ...asEntered, otherProgrammeSupport: null } });
    expect(await periodOne()).toEqual({ approved: true, amount: '2500.00', currency: 'EUR', failed: [] });

    // Not confirmed and not proven: the person counts as another nationality and the commitment's mix fails.
    await ask('uzman', 'personnel:update', {
      applicationId,
      personId: gkas.id,
      person: { ...asEntered, protectedStatus: { confirmed: false, provenFrom: null } },
    });
    expect(await periodOne()).toMatchObject({ approved: false, amount: '0.00' });
    await ask('uzman', 'personnel:update', { applicationId, personId: gkas.id, person: { ...asEntered, protectedStatus: null } });
    expect(await periodOne()).toMatchObject({ approved: true });
  });

  it('wrote every change through the audit, as the acting user', () => {
    const { db } = fixture.database;
    expect(verifyAudit(db).ok).toBe(true);
    const actors = db.sqlite
      .prepare(
        "SELECT DISTINCT actor FROM audit_log WHERE table_name IN ('committed_personnel', 'loans', 'loan_installments') AND actor LIKE 'user:%'",
      )
      .all() as { actor: string }[];
    expect(actors).toEqual([{ actor: `user:${fixture.staff.uzman}` }]);
  });
});
