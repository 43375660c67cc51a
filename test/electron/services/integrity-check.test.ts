import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../db/connection';
import { integrityCheckInBackground } from '../../../electron/services/integrity-check';
import { openTestDatabase, TEST_DATABASE_KEY, type TestDatabase } from '../../db/helpers';

/** The app opens without a check and runs quick_check, integrity_check and the day's backup in a worker (issue 13 item 5). */
let database: TestDatabase | null = null;
afterEach(() => {
  database?.dispose();
});

describe('opening in the background mode', () => {
  it('still refuses a wrong key at open', () => {
    database = openTestDatabase();
    closeDatabase(database.db);
    const opened = openDatabase(database.path, { key: { kind: 'passphrase', passphrase: 'yanlis' }, integrityCheck: 'background' });
    expect(opened).toMatchObject({ ok: false, error: { kind: 'wrong-key' } });
  });

  it('the worker checks a sound file and takes the day’s backup', async () => {
    database = openTestDatabase();
    const folder = join(database.dir, 'yedekler');
    const report = await integrityCheckInBackground(database.path, TEST_DATABASE_KEY, {
      backup: { folder, today: '2026-03-02', keep: 14 },
    });
    expect(report).toEqual({ problems: [], backup: null });
    expect(existsSync(join(folder, 'kobi-dosya-2026-03-02.sqlite'))).toBe(true);
  });

  it('the worker reports what it cannot check', async () => {
    database = openTestDatabase();
    const report = await integrityCheckInBackground(database.path, { kind: 'passphrase', passphrase: 'yanlis' });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/^Bütünlük denetimi çalışamadı/);
  });
});
