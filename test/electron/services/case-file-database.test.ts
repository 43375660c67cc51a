import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupResult, RotationOutcome } from '../../../db/backup';
import { applyKey, closeDatabase } from '../../../db/connection';
import { getEnterprise } from '../../../db/repositories/enterprises';
import {
  keepDailyBackupsWhileOpen,
  openCaseFile,
  restoreCaseFile,
  type CaseFileOpened,
  type CaseFileOptions,
} from '../../../electron/services/case-file-database';
import { FIRST_MIGRATION_FIXTURE, FIXTURE_ENTERPRISE } from '../../db/create-first-migration-fixture';
import { makeTempDir, steppingClock, TEST_DATABASE_KEY } from '../../db/helpers';
import { SECRET, writeSecrets } from '../../db/secrets';

/** issue 3 item 8: how the app opens its database — daily backups, a backup before an upgrade, a restore offer instead of an empty file. */

describe('the app opening its case-file database — issue 3 item 8', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  function options(overrides: Partial<CaseFileOptions> = {}): CaseFileOptions {
    const dir = makeTempDir();
    cleanups.push(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    return { path: join(dir, 'kobi-dosya.sqlite'), key: TEST_DATABASE_KEY, today: '2026-11-20', now: steppingClock(), ...overrides };
  }

  function opened(result: ReturnType<typeof openCaseFile> | ReturnType<typeof restoreCaseFile>): CaseFileOpened {
    if (!result.ok) throw new Error('restoreFailed' in result ? result.restoreFailed : result.error.message);
    cleanups.unshift(() => {
      if (result.db.sqlite.open) closeDatabase(result.db);
    });
    return result;
  }

  const backupNames = (folder: string): string[] => (existsSync(folder) ? readdirSync(folder).sort() : []);

  it('creates the database on a first run and takes the day’s backup; one backup per day, the newest N kept', () => {
    const base = options({ keepDailyBackups: 2 });
    const folder = join(base.path, '..', 'yedekler');
    const first = opened(openCaseFile(base));
    expect(first.created).toBe(true);
    expect(first.dailyBackup).toMatchObject({ ok: true, value: { created: { path: join(folder, 'kobi-dosya-2026-11-20.sqlite') } } });
    closeDatabase(first.db);
    const sameDay = opened(openCaseFile(base));
    expect(sameDay).toMatchObject({ created: false, dailyBackup: { ok: true, value: { created: null, removed: [] } } });
    closeDatabase(sameDay.db);
    for (const today of ['2026-11-21', '2026-11-23']) closeDatabase(opened(openCaseFile({ ...base, today })).db);
    expect(backupNames(folder)).toEqual(['kobi-dosya-2026-11-21.sqlite', 'kobi-dosya-2026-11-23.sqlite']);
  });

  it('offers the backups instead of opening a damaged file, leaves it untouched, and opens the chosen backup', () => {
    const base = options();
    const first = opened(openCaseFile(base));
    writeSecrets(first.db);
    closeDatabase(first.db);
    closeDatabase(opened(openCaseFile({ ...base, today: '2026-11-21' })).db);
    const bytes = readFileSync(base.path);
    bytes.fill(0, bytes.length - 3000, bytes.length - 2000);
    writeFileSync(base.path, bytes);
    const refused = openCaseFile({ ...base, today: '2026-11-22' });
    if (refused.ok) throw new Error('bozuk dosya açıldı');
    expect(refused.error.kind).toBe('corrupt');
    expect(refused.restoreOffer.backups.map((backup) => backup.path.slice(refused.restoreOffer.folder.length + 1))).toEqual([
      'kobi-dosya-2026-11-21.sqlite',
      'kobi-dosya-2026-11-20.sqlite',
    ]);
    expect(readFileSync(base.path).equals(bytes)).toBe(true);
    const [newest] = refused.restoreOffer.backups;
    const restored = opened(restoreCaseFile({ ...base, today: '2026-11-22' }, newest?.path ?? ''));
    expect(getEnterprise(restored.db, 1)?.unvan).toBe(SECRET.unvan);
    expect(readdirSync(join(base.path, '..')).some((name) => name.startsWith('kobi-dosya.sqlite.onceki-'))).toBe(true);
  });

  it('does not create an empty database where the file went missing but backups remain', () => {
    const base = options();
    closeDatabase(opened(openCaseFile(base)).db);
    rmSync(base.path);
    const refused = openCaseFile({ ...base, today: '2026-11-21' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'not-found' }, restoreOffer: { backups: [{}] } });
    expect(existsSync(base.path)).toBe(false);
  });

  it('copies an older database before upgrading it, outside the daily rotation', () => {
    const base = options({ keepDailyBackups: 1, now: () => '2026-11-20T08:00:00.000Z' });
    copyFileSync(FIRST_MIGRATION_FIXTURE, base.path);
    const upgraded = opened(openCaseFile(base));
    expect(getEnterprise(upgraded.db, 1)?.unvan).toBe(FIXTURE_ENTERPRISE.unvan);
    closeDatabase(upgraded.db);
    closeDatabase(opened(openCaseFile({ ...base, today: '2026-11-21' })).db);
    const folder = join(base.path, '..', 'yedekler');
    expect(backupNames(folder)).toEqual(['kobi-dosya-2026-11-21.sqlite', 'kobi-dosya-surum-oncesi-2026-11-20T08-00-00-000Z.sqlite']);
    const copy = new Database(join(folder, 'kobi-dosya-surum-oncesi-2026-11-20T08-00-00-000Z.sqlite'), { readonly: true });
    cleanups.unshift(() => copy.close());
    applyKey(copy, TEST_DATABASE_KEY);
    expect(copy.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: 1 });
    expect(copy.prepare('SELECT unvan FROM enterprises WHERE id = 1').get()).toEqual({ unvan: FIXTURE_ENTERPRISE.unvan });
  });

  it('refuses to upgrade when the copy before the upgrade cannot be written: the schema stays as it was', () => {
    const base = options();
    copyFileSync(FIRST_MIGRATION_FIXTURE, base.path);
    const blocked = join(base.path, '..', 'dosya-klasor-degil');
    writeFileSync(blocked, 'x');
    const refused = openCaseFile({ ...base, backupFolder: blocked });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'backup-failed' } });
    const file = new Database(base.path, { readonly: true });
    cleanups.unshift(() => file.close());
    applyKey(file, TEST_DATABASE_KEY);
    expect(file.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: 1 });
  });

  it('takes the next day’s backup while the app stays open overnight', async () => {
    const base = options();
    const { db } = opened(openCaseFile(base));
    let today = '2026-11-20';
    const results: BackupResult<RotationOutcome>[] = [];
    const stop = keepDailyBackupsWhileOpen(db, { ...base, today: () => today, intervalMs: 10, onBackup: (result) => results.push(result) });
    cleanups.unshift(stop);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(results).toEqual([]);
    today = '2026-11-21';
    await waitFor(() => results.length > 0);
    expect(results).toMatchObject([
      { ok: true, value: { created: { path: join(base.path, '..', 'yedekler', 'kobi-dosya-2026-11-21.sqlite') } } },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(results).toHaveLength(1);
    expect(db.sqlite.open).toBe(true);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !condition(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}
