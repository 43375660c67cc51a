import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { createApplication } from '../../../db/repositories/applications';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { getCallCalendar } from '../../../db/repositories/call-calendars';
import { syntheticVkn } from '../../../db/scenario-import/synthetic-identifiers';
import { withWrite } from '../../../db/write-context';
import type { CallCalendarDto } from '../../../electron/contract/call-calendars';
import { TEST_ACTOR } from '../../db/helpers';
import { createAppFixture, type AppFixture, type Staff } from './app-fixture';

/** Programme calendars kept by the yönetici (issue 13 item 1): roles, validation in Turkish, audit. */
let fixture: AppFixture;
beforeAll(() => {
  fixture = createAppFixture();
});
afterAll(() => {
  fixture.dispose();
});

const ITKFDP_CALL = {
  program: 'ITKFDP-II',
  name: 'ITKFDP-II 2026/1. çağrı',
  announcedOn: '2026-01-15',
  applicationStart: '2026-02-01',
  applicationEndStatus: 'announced',
  applicationEnd: '2026-03-31',
  referenceMonths: ['2025-12', '2025-11'],
  lastRequestStatus: 'not-announced',
  lastRequestOn: null,
} as const;

let counter = 0;
async function created(overrides: object = {}): Promise<CallCalendarDto> {
  counter += 1;
  const answer = await fixture.call('yonetici', 'call-calendar:create', { ...ITKFDP_CALL, name: `Çağrı ${counter}`, ...overrides });
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { calendar: CallCalendarDto }).calendar;
}

describe('call-calendar:create / update / list', () => {
  it('creates a calendar as the core reads it, audited and synced', async () => {
    const calendar = await created({ name: 'ITKFDP-II 2026/1. çağrı' });
    expect(calendar).toMatchObject({
      program: 'ITKFDP-II',
      name: 'ITKFDP-II 2026/1. çağrı',
      applicationEnd: '2026-03-31',
      referenceMonths: ['2025-11', '2025-12'],
      lastRequestStatus: 'not-announced',
      lastRequestOn: null,
      applications: 0,
    });
    expect(getCallCalendar(fixture.database.db, calendar.id)?.calendar).toEqual({
      announcedOn: '2026-01-15',
      applicationStart: '2026-02-01',
      applicationEnd: '2026-03-31',
      referenceMonths: ['2025-11', '2025-12'],
      lastRequestOn: null,
    });
    const audited = fixture.database.db.sqlite
      .prepare("SELECT actor, action FROM audit_log WHERE table_name = 'call_calendars' AND row_id = ?")
      .all(String(calendar.id));
    expect(audited).toEqual([{ actor: `user:${fixture.staff.yonetici}`, action: 'insert' }]);
    expect(
      fixture.database.db.sqlite
        .prepare("SELECT count(*) AS n FROM sync_outbox WHERE entity = 'call_calendars' AND entity_id = ?")
        .get(String(calendar.id)),
    ).toEqual({ n: 1 });
  });

  it('corrects the dates of a calendar; the edit is audited with who made it', async () => {
    const calendar = await created();
    const answer = await fixture.call('yonetici', 'call-calendar:update', {
      id: calendar.id,
      name: calendar.name,
      announcedOn: '2026-01-15',
      applicationStart: '2026-02-01',
      applicationEndStatus: 'announced',
      applicationEnd: '2026-04-30',
      referenceMonths: ['2025-12'],
      lastRequestStatus: 'announced',
      lastRequestOn: '2027-06-30',
    });
    expect(answer).toMatchObject({
      ok: true,
      value: { calendar: { id: calendar.id, applicationEnd: '2026-04-30', lastRequestStatus: 'announced', lastRequestOn: '2027-06-30' } },
    });
    const actions = fixture.database.db.sqlite
      .prepare("SELECT actor, action FROM audit_log WHERE table_name = 'call_calendars' AND row_id = ? ORDER BY seq")
      .all(String(calendar.id));
    expect(actions).toEqual([
      { actor: `user:${fixture.staff.yonetici}`, action: 'insert' },
      { actor: `user:${fixture.staff.yonetici}`, action: 'update' },
    ]);
    expect(verifyAudit(fixture.database.db)).toMatchObject({ ok: true });
  });

  it('lists calendars to every role, with how many applications follow each', async () => {
    const calendar = await created({
      program: 'IKDP-2026',
      announcedOn: null,
      applicationStart: '2026-04-01',
      applicationEnd: '2026-04-30',
    });
    withWrite(fixture.database.db, TEST_ACTOR, (w) => {
      const enterprise = createEnterprise(w, {
        vkn: syntheticVkn('takvim-1'),
        unvan: 'Takvim Deneme Ltd. Şti.',
        legalForm: 'TUZEL_KISI',
        registered: true,
        active: true,
        declarationCurrent: true,
        naceMain: '25.11.01',
      });
      createApplication(w, {
        enterpriseId: enterprise.id,
        program: 'IKDP-2026',
        status: 'SUBMITTED',
        appliedOn: '2026-04-02',
        callCalendarId: calendar.id,
      });
    });
    for (const as of ['uzman', 'mudur', 'izleyici', 'yonetici'] as const) {
      const answer = await fixture.call(as, 'call-calendar:list', { program: 'IKDP-2026' });
      expect(answer).toMatchObject({ ok: true, value: { calendars: [{ id: calendar.id, applications: 1 }] } });
    }
  });

  it.each([
    ['uzman', 'call-calendar:create'],
    ['mudur', 'call-calendar:create'],
    ['izleyici', 'call-calendar:create'],
    ['uzman', 'call-calendar:update'],
    ['mudur', 'call-calendar:update'],
    ['izleyici', 'call-calendar:update'],
  ] as const)('%s cannot %s', async (as: keyof Staff, channel) => {
    const request =
      channel === 'call-calendar:create' ? { ...ITKFDP_CALL, name: 'Yetkisiz' } : { ...ITKFDP_CALL, program: undefined, id: 1 };
    expect(await fixture.call(as, channel, JSON.parse(JSON.stringify(request)))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('call-calendar validation (Turkish, with the dates)', () => {
  it.each([
    [{ applicationEndStatus: 'announced', applicationEnd: null }, 'Başvuru döneminin bitişi "ilan edildi" ise tarihi girilmeli.'],
    [
      { applicationEndStatus: 'edition-default', applicationEnd: '2026-03-31' },
      'Başvuru döneminin bitişi için tarih yalnızca "ilan edildi" seçildiğinde girilir.',
    ],
    [{ lastRequestStatus: 'announced', lastRequestOn: null }, 'Son ödeme talebi tarihi "ilan edildi" ise tarihi girilmeli.'],
    [{ announcedOn: '2026-02-02' }, 'İlan tarihi (02.02.2026) başvuru döneminin başlangıcından (01.02.2026) sonra olamaz.'],
    [{ applicationEnd: '2026-01-31' }, 'Başvuru döneminin bitişi (31.01.2026) başlangıcından (01.02.2026) önce olamaz.'],
    [
      { lastRequestStatus: 'announced', lastRequestOn: '2026-03-30' },
      'Son ödeme talebi tarihi (30.03.2026) başvuru döneminin bitişinden (31.03.2026) önce olamaz.',
    ],
    [{ referenceMonths: ['2025-12', '2025-12'] }, 'Referans aylarından biri birden çok kez girilmiş.'],
    [{ announcedOn: null }, 'ITKFDP-II çağrısında ilan tarihi gerekli: "yeni istihdam" ve "genç" tanımları ilan tarihine bağlıdır.'],
  ])('%j → %s', async (overrides, message) => {
    expect(await fixture.call('yonetici', 'call-calendar:create', { ...ITKFDP_CALL, name: 'Hatalı', ...overrides })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message },
    });
  });

  it('accepts the boundaries: the same day for announcement, start, end and last request', async () => {
    const sameDay = {
      announcedOn: '2026-02-01',
      applicationStart: '2026-02-01',
      applicationEnd: '2026-02-01',
      lastRequestStatus: 'announced',
      lastRequestOn: '2026-02-01',
    };
    expect(await created(sameDay)).toMatchObject(sameDay);
  });

  it('refuses a second calendar of the same name in a programme, and an unknown calendar', async () => {
    const calendar = await created();
    expect(await fixture.call('yonetici', 'call-calendar:create', { ...ITKFDP_CALL, name: calendar.name.toUpperCase() })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('zaten var') as string },
    });
    expect(
      await fixture.call(
        'yonetici',
        'call-calendar:update',
        JSON.parse(JSON.stringify({ ...ITKFDP_CALL, program: undefined, id: 999_999 })),
      ),
    ).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Uygulama takvimi bulunamadı.' },
    });
  });
});
