import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../../electron/services/app-context';
import { createDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../electron/services/demo-accounts';
import { IDLE_LOCK_MS } from '../../../electron/services/sessions';
import { startWebServer, type RunningWebServer } from '../../../electron/web/web-server';
import { openTestDatabase, type TestDatabase } from '../../db/helpers';

/**
 * Browser mode over real HTTP on 127.0.0.1 (issue 13 item 4): the token on
 * every /api/ request, the Origin check, the HttpOnly SameSite=Strict session
 * cookie, login throttling and the idle lock.
 */
let database: TestDatabase;
let web: RunningWebServer;
let now = Date.parse('2026-03-02T08:00:00Z');

beforeAll(async () => {
  database = openTestDatabase();
  await createDemoAccounts(database.db);
  web = await startWebServer({ app: createAppContext(database.db, { clock: () => now }) });
});
afterAll(async () => {
  await web.close();
  database.dispose();
});

type Answer = { status: number; body: unknown; cookie: string | null };

async function post(channel: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${web.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kobi-token': web.token, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), cookie: response.headers.get('set-cookie') };
}

async function login(username: string, password = DEMO_PASSWORD): Promise<string> {
  const answer = await post('session:login', { username, password });
  expect(answer.body).toMatchObject({ ok: true });
  const cookie = answer.cookie?.split(';')[0];
  if (cookie === undefined) throw new Error('no cookie');
  return cookie;
}

describe('the token', () => {
  it('prints a URL on 127.0.0.1 carrying the token', () => {
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { 'x-kobi-token': 'yanlis' }],
  ])('answers 401 with %s, whatever the path', async (_name, headers) => {
    for (const path of ['/api/session:current', '/api/yok', '/api/', '/api/enterprise:search']) {
      const response = await fetch(`${web.origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
      expect(response.status, path).toBe(401);
    }
  });
});

describe('the origin', () => {
  it('refuses a request from another origin', async () => {
    const answer = await post('session:current', {}, { origin: 'http://evil.example' });
    expect(answer.status).toBe(403);
  });

  it('accepts its own origin', async () => {
    const answer = await post('session:current', {}, { origin: web.origin });
    expect(answer).toMatchObject({ status: 200, body: { ok: true, value: { user: null, setupRequired: false } } });
  });
});

describe('sessions', () => {
  it('sets an HttpOnly SameSite=Strict cookie at login, and the channels answer with it', async () => {
    const answer = await post('session:login', { username: 'uzman', password: DEMO_PASSWORD });
    expect(answer.cookie).toMatch(/^kobi_oturum=[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/);
    const cookie = answer.cookie?.split(';')[0] ?? '';
    const current = await post('session:current', {}, { cookie });
    expect(current.body).toMatchObject({ ok: true, value: { user: { username: 'uzman', role: 'sorumlu_personel' } } });
  });

  it('answers unauthorized without a session, forbidden for the wrong role', async () => {
    expect((await post('enterprise:search', { query: 'a' })).body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const cookie = await login('izleyici');
    expect((await post('user:list', {}, { cookie })).body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('logs every demo account in', async () => {
    for (const account of DEMO_ACCOUNTS) await login(account.username);
  });

  it('refuses unknown fields and wrong types with a Turkish invalid-input', async () => {
    const cookie = await login('uzman');
    const answer = await post('enterprise:search', { query: 'a', extra: 1 }, { cookie });
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const bad = await fetch(`${web.origin}/api/enterprise:search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kobi-token': web.token, cookie },
      body: '{bozuk',
    });
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('locks after 15 idle minutes and unlocks with the password', async () => {
    const cookie = await login('mudur');
    now += IDLE_LOCK_MS - 1;
    expect((await post('sync:status', {}, { cookie })).body).toMatchObject({ ok: true });
    now += IDLE_LOCK_MS;
    expect((await post('sync:status', {}, { cookie })).body).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect((await post('session:unlock', { password: 'yanlis-parola' }, { cookie })).body).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect((await post('session:unlock', { password: DEMO_PASSWORD }, { cookie })).body).toMatchObject({ ok: true });
    expect((await post('sync:status', {}, { cookie })).body).toMatchObject({ ok: true });
  });

  it('throttles after five failed logins, even with the right password, until the wait is over', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await post('session:login', { username: 'mudur2', password: 'yanlis' })).body).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
    const throttled = await post('session:login', { username: 'mudur2', password: DEMO_PASSWORD });
    expect(throttled.body).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringContaining('saniye') as string },
    });
    now += 30_000;
    expect((await post('session:login', { username: 'mudur2', password: DEMO_PASSWORD })).body).toMatchObject({ ok: true });
  });

  it('logs out: the cookie is cleared and the session is gone', async () => {
    const cookie = await login('yonetici');
    const out = await post('session:logout', {}, { cookie });
    expect(out.cookie).toMatch(/^kobi_oturum=;/);
    expect((await post('sync:status', {}, { cookie })).body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});

describe('first run', () => {
  it('creates the first yönetici only while there is no user', async () => {
    const empty = openTestDatabase();
    const server = await startWebServer({ app: createAppContext(empty.db) });
    try {
      const call = async (channel: string, body: unknown) =>
        (await fetch(`${server.origin}/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kobi-token': server.token },
          body: JSON.stringify(body),
        }).then((response) => response.json())) as unknown;
      expect(await call('session:current', {})).toMatchObject({ ok: true, value: { setupRequired: true } });
      expect(await call('session:setup', { username: 'admin', fullName: 'İlk Yönetici', password: 'kisa' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
      expect(await call('session:setup', { username: 'admin', fullName: 'İlk Yönetici', password: 'uzun-bir-parola' })).toMatchObject({
        ok: true,
        value: { user: { role: 'yonetici' } },
      });
      expect(await call('session:setup', { username: 'ikinci', fullName: 'İkinci', password: 'uzun-bir-parola' })).toMatchObject({
        ok: false,
        error: { code: 'conflict' },
      });
    } finally {
      await server.close();
      empty.dispose();
    }
  });
});
