import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { closeDatabase, type KobiDatabase } from '../../../db/connection';
import { putPasswordHash } from '../../../db/repositories/user-credentials';
import { createUser } from '../../../db/repositories/users';
import { withWrite } from '../../../db/write-context';
import { createAppContext, type AppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatcher';
import { hashPassword } from '../../../electron/services/passwords';
import { LoginThrottle } from '../../../electron/services/sessions';
import { openTestDatabase, reopenTestDatabase, TEST_ACTOR, type TestDatabase } from '../../db/helpers';
import { slotOf } from './app-fixture';

/**
 * Issue 13 item 2: the failed-login throttle is kept in the database, so a
 * restart of the main process (a new app context over the reopened file)
 * does not reset it; sessions stay in memory and a restart signs users out.
 */
const PASSWORD = 'dogru-parola-2026';
const START = Date.parse('2026-03-02T08:00:00.000Z');

let database: TestDatabase;
let now: number;
const clock = (): number => now;

beforeEach(async () => {
  database = openTestDatabase();
  now = START;
  const hash = await hashPassword(PASSWORD);
  withWrite(database.db, TEST_ACTOR, (w) => {
    putPasswordHash(w, createUser(w, { username: 'mudur', fullName: 'Zeynep Aksoy', role: 'mudur' }).id, hash);
  });
});

afterEach(() => {
  database.dispose();
});

function login(app: AppContext, password: string, username = 'mudur', slot = slotOf(null)) {
  return dispatch(app, slot, 'session:login', { username, password });
}

function throttleRows(db: KobiDatabase): unknown[] {
  return db.sqlite.prepare('SELECT username_key AS name, failures, blocked_until AS until FROM login_throttle').all();
}

describe('failed-login throttle', () => {
  it.each([
    [1, 0],
    [4, 0],
    [5, 30_000],
    [6, 60_000],
    [7, 120_000],
    [9, 480_000],
    [10, 900_000],
    [14, 900_000],
  ])('after %i failures the next attempt waits %i ms', (failures, waitMs) => {
    const throttle = new LoginThrottle(database.db, clock);
    for (let index = 0; index < failures; index += 1) throttle.failed('Mudur');
    expect(throttle.waitFor('MUDUR')).toBe(waitMs);
    now += Math.max(waitMs - 1, 0);
    expect(throttle.waitFor('mudur')).toBe(waitMs === 0 ? 0 : 1);
    now += 1;
    expect(throttle.waitFor('mudur')).toBe(0);
  });

  it('survives a restart of the main process, while the session does not', async () => {
    const app = createAppContext(database.db, { clock });
    const slot = slotOf(null);
    expect(await login(app, PASSWORD, 'mudur', slot)).toMatchObject({ ok: true });
    const sessionId = slot.id;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await login(app, 'yanlis')).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', message: 'Kullanıcı adı ya da parola yanlış.' },
      });
    }
    expect(throttleRows(database.db)).toEqual([{ name: 'mudur', failures: 5, until: '2026-03-02T08:00:30.000Z' }]);

    closeDatabase(database.db);
    now += 10_000;
    const reopened = reopenTestDatabase(database.path);
    try {
      const restarted = createAppContext(reopened, { clock });
      expect(await dispatch(restarted, slotOf(sessionId), 'session:current', {})).toMatchObject({ ok: true, value: { user: null } });
      expect(await login(restarted, PASSWORD)).toEqual({
        ok: false,
        error: { code: 'unauthorized', message: 'Çok sayıda hatalı giriş denemesi: 20 saniye sonra yeniden deneyin.' },
      });
      now += 20_000;
      expect(await login(restarted, PASSWORD)).toMatchObject({ ok: true, value: { user: { username: 'mudur' } } });
      expect(throttleRows(reopened)).toEqual([]);
      expect(verifyAudit(reopened)).toMatchObject({ ok: true });
      const audited = reopened.sqlite
        .prepare("SELECT actor, action AS operation FROM audit_log WHERE table_name = 'login_throttle' ORDER BY seq")
        .all() as { actor: string; operation: string }[];
      expect(audited.map((entry) => entry.operation)).toEqual(['insert', 'update', 'update', 'update', 'update', 'delete']);
      expect(new Set(audited.map((entry) => entry.actor))).toEqual(new Set(['system:giris-denetimi']));
      expect(reopened.sqlite.prepare("SELECT count(*) AS n FROM sync_outbox WHERE entity = 'login_throttle'").get()).toEqual({ n: 0 });
    } finally {
      closeDatabase(reopened);
    }
  });

  it('throttles a user name that does not exist the same way, without telling it apart', async () => {
    const app = createAppContext(database.db, { clock });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await login(app, 'yanlis', 'olmayan')).toMatchObject({ ok: false, error: { message: 'Kullanıcı adı ya da parola yanlış.' } });
    }
    expect(await login(app, 'yanlis', 'olmayan')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('30 saniye') as string },
    });
    expect(await login(app, PASSWORD)).toMatchObject({ ok: true });
  });

  it('a sign-in without earlier failures writes nothing', async () => {
    const app = createAppContext(database.db, { clock });
    const before = database.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get();
    expect(await login(app, PASSWORD)).toMatchObject({ ok: true });
    expect(database.db.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });
});
