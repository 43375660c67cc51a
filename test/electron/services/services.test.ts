import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTckn, syntheticVkn } from '../../../db/scenario-import/synthetic-identifiers';
import { USER_ROLES as DB_ROLES } from '../../../db/schema/enums';
import { USER_ROLES } from '../../../electron/contract';
import { createAppFixture, createCaseFile, type AppFixture } from './app-fixture';

/** The services through the real dispatcher: enterprises, payments, visits, inbox, users. */
let fixture: AppFixture;
beforeAll(() => {
  fixture = createAppFixture();
});
afterAll(() => {
  fixture.dispose();
});

const ENTERPRISE = {
  unvan: 'Işık Tekstil Ltd. Şti.',
  legalForm: 'TUZEL_KISI',
  registered: true,
  active: true,
  declarationCurrent: true,
  naceMain: '14.13.01',
  sites: [{ province: 'istanbul', kind: 'merkez' }],
};

/** The same number with its last (check) digit changed. */
function wrongCheckDigit(valid: string): string {
  return `${valid.slice(0, -1)}${(Number(valid.at(-1)) + 1) % 10}`;
}

it('the contract and the database know the same roles', () => {
  expect(USER_ROLES).toEqual(DB_ROLES);
});

describe('enterprises: identifiers checked with Turkish messages', () => {
  it.each([
    ['an invalid VKN', { vkn: wrongCheckDigit(syntheticVkn('vkn-bad')) }, 'invalid-input', 'Vergi kimlik numarası geçersiz'],
    ['an invalid TCKN', { tckn: '12345678901' }, 'invalid-input', 'T.C. kimlik numarası geçersiz'],
    ['no identifier at all', {}, 'invalid-input', 'VKN ya da T.C. kimlik numarası'],
    ['an invalid NACE', { vkn: syntheticVkn('nace-bad'), naceMain: '14-13' }, 'invalid-input', 'NACE'],
    [
      'an unknown province',
      { vkn: syntheticVkn('il-bad'), sites: [{ province: 'Atlantis', kind: 'merkez' }] },
      'invalid-input',
      'Bilinmeyen il',
    ],
  ])('refuses %s', async (_name, fields, code, message) => {
    const result = await fixture.call('uzman', 'enterprise:create', { ...ENTERPRISE, ...fields });
    expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(message) as string } });
  });

  it('creates with the province in its proper spelling, finds it by folded search, refuses a second one with the same VKN', async () => {
    const vkn = syntheticVkn('isik-tekstil');
    const created = await fixture.call('uzman', 'enterprise:create', { ...ENTERPRISE, vkn });
    expect(created).toMatchObject({ ok: true, value: { enterprise: { vkn, unvan: 'Işık Tekstil Ltd. Şti.' } } });
    expect(await fixture.call('izleyici', 'enterprise:search', { query: 'isik tek' })).toMatchObject({
      ok: true,
      value: { hits: [{ vkn, provinces: ['İstanbul'] }] },
    });
    expect(await fixture.call('uzman', 'enterprise:create', { ...ENTERPRISE, vkn })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await fixture.call('izleyici', 'enterprise:create', { ...ENTERPRISE, vkn: syntheticVkn('x') })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it.each([
    ['tckn', syntheticTckn('a'), true],
    ['tckn', wrongCheckDigit(syntheticTckn('a')), false],
    ['vkn', syntheticVkn('b'), true],
    ['iban', 'TR33 0006 1005 1978 6457 8413 26', true],
    ['iban', 'TR33 0006 1005 1978 6457 8413 27', false],
    ['nace', '14.13.01', true],
    ['province', 'ISPARTA', true],
    ['province', 'Gotham', false],
  ])('identifier:check %s %s → %s', async (type, value, valid) => {
    expect(await fixture.call('uzman', 'identifier:check', { type, value })).toMatchObject({ ok: true, value: { valid } });
  });
});

describe('payments: the live preview saves nothing', () => {
  it('previews through core/ without a write, then creates a request', async () => {
    const { ikdp } = createCaseFile(fixture);
    const audit = () => (fixture.database.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const before = audit();
    const preview = await fixture.call('uzman', 'payment:preview', {
      applicationId: ikdp.id,
      submittedOn: '2025-07-01',
      months: ['2025-05'],
    });
    expect(preview).toMatchObject({ ok: true, value: { decision: { currency: 'TRY', rulesVersion: expect.any(String) as string } } });
    expect(audit()).toBe(before);
    expect(
      await fixture.call('uzman', 'payment:preview', { applicationId: ikdp.id, submittedOn: '2025-07-01', periods: [1] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const created = await fixture.call('uzman', 'payment:create', {
      applicationId: ikdp.id,
      submittedOn: '2025-07-01',
      months: ['2025-05'],
    });
    expect(created).toMatchObject({ ok: true, value: { state: 'alindi' } });
    expect(audit()).toBeGreaterThan(before);
  });
});

describe('monitoring visits: the on-site form', () => {
  const signature = 'data:image/png;base64,iVBORw0KGgo=';
  it('schedules, saves the form with a drawn signature and a photo, signs, and refuses edits once signed', async () => {
    const { ikdp } = createCaseFile(fixture);
    const scheduled = await fixture.call('mudur', 'visit:schedule', {
      applicationId: ikdp.id,
      kind: 'ON_SITE',
      dueOn: '2026-03-10',
      visitorUserId: fixture.staff.izleyici,
    });
    expect(scheduled).toMatchObject({ ok: true, value: { state: 'atandi' } });
    if (!scheduled.ok) return;
    const visitId = (scheduled.value as { visitId: number }).visitId;
    const move = (to: string) => fixture.call('izleyici', 'workflow:transition', { kind: 'monitoring_visit', recordId: visitId, to });
    expect(await move('ziyaret_edildi')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const report = {
      visitId,
      checklist: [{ code: 'istihdam', label: 'İstihdam korunuyor mu?', answer: 'hayir' }],
      notes: 'İki kişi ayrılmış.',
      signatures: [],
      photos: [{ caption: 'Üretim alanı', dataUrl: 'data:image/jpeg;base64,/9j/4AAQ' }],
    };
    expect(await fixture.call('izleyici', 'visit:save-report', report)).toMatchObject({ ok: true });
    expect(await move('ziyaret_edildi')).toMatchObject({ ok: true });
    expect(await move('rapor_imzalandi')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(
      await fixture.call('izleyici', 'visit:save-report', {
        ...report,
        signatures: [{ signer: 'Elif Şahin', role: 'İzleyici', pngDataUrl: signature }],
      }),
    ).toMatchObject({ ok: true });
    expect(await move('rapor_imzalandi')).toMatchObject({ ok: true });
    expect(await fixture.call('izleyici', 'visit:save-report', report)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await fixture.call('mudur', 'case:get', { applicationId: ikdp.id })).toMatchObject({
      ok: true,
      value: { visits: [{}, { state: 'rapor_imzalandi', outcome: 'NON_COMPLIANT', visitedOn: '2026-03-02', hasReport: true }] },
    });
    expect(
      await fixture.call('uzman', 'visit:save-report', {
        ...report,
        signatures: [{ signer: 'x', role: 'y', pngDataUrl: 'javascript:alert(1)' }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('inbox and history', () => {
  it('lists the officer’s own tasks and the whole müdürlük’s', async () => {
    const mine = await fixture.call('uzman', 'inbox:list', { scope: 'mine' });
    const all = await fixture.call('mudur', 'inbox:list', { scope: 'all' });
    expect(mine).toMatchObject({ ok: true, value: { today: '2026-03-02' } });
    expect(all).toMatchObject({ ok: true });
    if (!mine.ok || !all.ok) return;
    const tasks = (value: unknown) => (value as { tasks: { responsibleUserId: number | null; overdue: boolean }[] }).tasks;
    expect(tasks(mine.value).every((task) => task.responsibleUserId === fixture.staff.uzman)).toBe(true);
    expect(tasks(all.value).length).toBeGreaterThanOrEqual(tasks(mine.value).length);
  });

  it('shows who changed what and when (geçmiş)', async () => {
    const { ikdp } = createCaseFile(fixture);
    await fixture.call('mudur', 'workflow:transition', { kind: 'ikdp_application', recordId: ikdp.id, to: 'tamamlandi' });
    const history = await fixture.call('izleyici', 'case:history', { applicationId: ikdp.id });
    if (!history.ok) throw new Error(history.error.message);
    const entries = (history.value as { entries: { what: string; who: string; table: string; changes: { field: string }[] }[] }).entries;
    expect(entries[0]).toMatchObject({ what: 'oluşturdu', table: 'applications' });
    expect(entries.at(-1)).toMatchObject({
      what: 'değiştirdi',
      who: 'Test mudur',
      table: 'applications',
      changes: expect.arrayContaining([{ field: 'status', before: 'APPROVED', after: 'COMPLETED' }]) as unknown,
    });
    expect(
      entries
        .at(-1)
        ?.changes.map((change) => change.field)
        .sort(),
    ).toEqual(['status', 'updated_at']);
  });
});

describe('users (yönetici)', () => {
  it('creates an account that can sign in; deactivating signs it out; the yönetici cannot deactivate themself', async () => {
    const created = await fixture.call('yonetici', 'user:create', {
      username: 'yeni.uzman',
      fullName: 'Yeni Uzman',
      role: 'sorumlu_personel',
      password: 'cok-gizli-parola',
    });
    expect(created).toMatchObject({ ok: true, value: { user: { username: 'yeni.uzman', active: true } } });
    if (!created.ok) return;
    const id = (created.value as { user: { id: number } }).user.id;
    const slot = {
      id: null as string | null,
      set(next: string | null) {
        slot.id = next;
      },
    };
    const { dispatch } = await import('../../../electron/services/dispatcher');
    expect(await dispatch(fixture.app, slot, 'session:login', { username: 'yeni.uzman', password: 'cok-gizli-parola' })).toMatchObject({
      ok: true,
    });
    expect(await fixture.call('yonetici', 'user:update', { id, active: false })).toMatchObject({
      ok: true,
      value: { user: { active: false } },
    });
    expect(await dispatch(fixture.app, slot, 'sync:status', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await fixture.call('yonetici', 'user:update', { id: fixture.staff.yonetici, active: false })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await fixture.call('mudur', 'user:create', { username: 'x', fullName: 'X', role: 'mudur', password: 'cok-gizli-parola' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('reports the real outbox queue', async () => {
    const count = (fixture.database.db.sqlite.prepare('SELECT count(*) AS n FROM sync_outbox WHERE sent_at IS NULL').get() as { n: number })
      .n;
    expect(count).toBeGreaterThan(0);
    expect(await fixture.call('izleyici', 'sync:status', {})).toEqual({
      ok: true,
      value: {
        pending: count,
        conflicts: 0,
        blocked: 0,
        lastSuccess: null,
        lastError: null,
        refused: [],
        summary: `Henüz merkeze eşitlenmedi. Bekleyen: ${count}.`,
        lastAttempt: null,
        consecutiveFailures: 0,
        hqUrl: null,
        worker: null,
      },
    });
  });
});
