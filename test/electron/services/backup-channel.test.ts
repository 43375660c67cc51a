import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatcher';
import { backupCommand } from '../../../electron/cli/commands/backup';
import { createUser } from '../../../db/repositories/users';
import { withWrite } from '../../../db/write-context';
import { openTestDatabase, TEST_ACTOR, TEST_DATABASE_KEY, TEST_DATABASE_KEY_HEX, type TestDatabase } from '../../db/helpers';
import { slotOf } from './app-fixture';

/** Backups on demand: the yönetici's `backup:create` and the CLI's `backup` take the same service path. */
let database: TestDatabase;
beforeAll(() => {
  database = openTestDatabase();
});
afterAll(() => {
  database.dispose();
});

describe('backup:create', () => {
  it('writes an encrypted backup into the folder for the yönetici, and refuses anyone else', async () => {
    const folder = join(database.dir, 'yedekler');
    const app = createAppContext(database.db, {
      backups: { folder, key: TEST_DATABASE_KEY },
      clock: () => Date.parse('2026-03-02T08:30:00Z'),
    });
    const [admin, officer] = withWrite(database.db, TEST_ACTOR, (w) => [
      createUser(w, { username: 'y', fullName: 'Y', role: 'yonetici' }).id,
      createUser(w, { username: 'u', fullName: 'U', role: 'sorumlu_personel' }).id,
    ]);
    const asAdmin = slotOf(app.sessions.create(admin).id);
    const created = await dispatch(app, asAdmin, 'backup:create', {});
    expect(created).toMatchObject({ ok: true, value: { path: join(folder, 'kobi-dosya-elle-2026-03-02T08-30-00.sqlite') } });
    expect(existsSync(join(folder, 'kobi-dosya-elle-2026-03-02T08-30-00.sqlite'))).toBe(true);
    expect(await dispatch(app, asAdmin, 'backup:create', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(app, asAdmin, 'backup:list', {})).toMatchObject({
      ok: true,
      value: { backups: [{ sizeBytes: expect.any(Number) as number }] },
    });
    expect(await dispatch(app, slotOf(app.sessions.create(officer).id), 'backup:create', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('the CLI answers with the same service message', () => {
    const target = join(database.dir, 'cli-yedek.sqlite');
    database.db.sqlite.close();
    const keyFile = join(database.dir, 'anahtar');
    writeFileSync(keyFile, TEST_DATABASE_KEY_HEX);
    expect(backupCommand(['--db', database.path, '--key-file', keyFile, '--out', target]).output).toMatch(
      /^Yedek alındı: .*cli-yedek\.sqlite \(\d+ bayt, şifreli\)$/,
    );
  });
});
