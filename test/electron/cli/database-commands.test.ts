import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../core/scenarios/run-scenario';
import { applyKey, closeDatabase } from '../../../db/connection';
import { importScenario } from '../../../db/scenario-import/import-scenario';
import { CliError } from '../../../electron/cli/command';
import { backupCommand } from '../../../electron/cli/commands/backup';
import { casesCommand } from '../../../electron/cli/commands/cases';
import { restoreCommand } from '../../../electron/cli/commands/restore';
import { verifyAuditCommand } from '../../../electron/cli/commands/verify-audit';
import { DATABASE_KEY_ENV, parseCommandArgs, resolveDatabaseKey } from '../../../electron/cli/database-options';
import { openTestDatabase, TEST_ACTOR, TEST_DATABASE_KEY, TEST_DATABASE_KEY_HEX, type TestDatabase } from '../../db/helpers';

const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..', '..');

const ELIGIBILITY = JSON.stringify({
  id: 'cli-elig',
  kind: 'eligibility',
  program: 'IKDP-2025',
  asOf: '2025-02-10',
  enterprise: {
    legalForm: 'TUZEL_KISI',
    registered: true,
    active: true,
    declarationCurrent: true,
    naceMain: '14.13.01',
    provinces: ['Kayseri'],
  },
  history: [{ program: 'IKDP-2025', outcome: 'REJECTED' }],
  expect: {},
});

function handEdit(path: string, sql: string): void {
  const sqlite = new Database(path);
  applyKey(sqlite, TEST_DATABASE_KEY);
  sqlite.exec(sql);
  sqlite.close();
}

describe('database commands of the CLI — issue 3 items 7, 8, 9', () => {
  let t: TestDatabase;
  let keyFile: string;
  let db: string;
  beforeEach(() => {
    t = openTestDatabase();
    const parsed = parseScenario(ELIGIBILITY, 'cli-elig.json');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(importScenario(t.db, TEST_ACTOR, parsed.scenario).ok).toBe(true);
    closeDatabase(t.db);
    keyFile = join(t.dir, 'anahtar.txt');
    writeFileSync(keyFile, `${TEST_DATABASE_KEY_HEX}\n`, { mode: 0o600 });
    db = t.path;
  });
  afterEach(() => {
    t.dispose();
  });

  describe('database options', () => {
    it('takes the key from --key-file before KOBI_DOSYA_DB_KEY', () => {
      expect(resolveDatabaseKey(keyFile, { [DATABASE_KEY_ENV]: 'ortamdaki parola' })).toEqual(TEST_DATABASE_KEY);
      expect(resolveDatabaseKey(undefined, { [DATABASE_KEY_ENV]: 'ortamdaki parola' })).toEqual({
        kind: 'passphrase',
        passphrase: 'ortamdaki parola',
      });
    });

    it.each([
      ['no key at all', undefined, {}, 'Veritabanı anahtarı yok: KOBI_DOSYA_DB_KEY ortam değişkenini ya da --key-file seçeneğini verin.'],
      [
        'an empty variable',
        undefined,
        { [DATABASE_KEY_ENV]: '  ' },
        'Veritabanı anahtarı yok: KOBI_DOSYA_DB_KEY ortam değişkenini ya da --key-file seçeneğini verin.',
      ],
      ['a missing key file', '/yok/anahtar', {}, 'Anahtar dosyası okunamadı: /yok/anahtar'],
    ])('says clearly when there is %s', (_case, file, env, message) => {
      expect(() => resolveDatabaseKey(file, env)).toThrow(new CliError(message));
    });

    it('reports unknown options and missing values in Turkish with the usage', () => {
      expect(() => parseCommandArgs('u', ['--dbx', 'F'], ['db'])).toThrow(/Bilinmeyen seçenek: --dbx\nKullanım: u/);
      expect(() => parseCommandArgs('u', ['--db'], ['db'])).toThrow(/Seçeneğin değeri eksik/);
      expect(() => parseCommandArgs('u', ['fazla'], ['db'])).toThrow(/Argüman sayısı yanlış/);
      expect(parseCommandArgs('u', ['--db', 'F', 'sorgu'], ['db'], { min: 1, max: 1 })).toEqual({
        options: { db: 'F' },
        positionals: ['sorgu'],
      });
    });
  });

  it('verify-audit: OK with the counts, then the first broken row after a hand edit (exit 1)', () => {
    expect(verifyAuditCommand(['--db', db, '--key-file', keyFile])).toEqual({
      output: 'OK (4 denetim kaydı, 4 satır doğrulandı)',
      exitCode: 0,
    });
    handEdit(db, "UPDATE applications SET status = 'APPROVED' WHERE id = 1");
    const result = verifyAuditCommand(['--db', db, '--key-file', keyFile]);
    expect(result.exitCode).toBe(1);
    expect(result.output).toBe(
      'BOZUK: applications #1 (son denetim kaydı #3): "status" sütunu denetim kaydındaki değerden farklı; satır uygulama dışında değiştirilmiş.',
    );
  });

  it('a wrong key: Turkish message, the restore offer and the backups that exist', () => {
    expect(
      backupCommand(['--db', db, '--out', join(t.dir, 'yedekler', 'kobi-dosya-2025-06-01.sqlite'), '--key-file', keyFile]).exitCode,
    ).toBe(0);
    writeFileSync(keyFile, 'yanlış parola');
    let message = '';
    try {
      verifyAuditCommand(['--db', db, '--key-file', keyFile]);
    } catch (error) {
      message = error instanceof CliError ? error.message : String(error);
    }
    expect(message).toContain(`Veritabanı anahtarı yanlış ya da dosya bozuk: ${db}`);
    expect(message).toContain(`restore --from <yedek dosyası> --db ${db}`);
    expect(message).toContain('kobi-dosya-2025-06-01.sqlite');
  });

  it('cases: one JSON line per case, filtered', () => {
    const all = casesCommand(['--db', db, '--key-file', keyFile]);
    expect(all.exitCode).toBe(0);
    const lines = all.output.split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 1, program: 'IKDP-2025', status: 'REJECTED', unvan: 'Senaryo cli-elig' });
    expect(Object.keys(lines[0] ?? {})).toEqual(['id', 'program', 'status', 'unvan', 'vkn']);
    expect(casesCommand(['--db', db, '--key-file', keyFile, '--status', 'SUBMITTED']).output.split('\n')).toHaveLength(1);
    expect(casesCommand(['--db', db, '--key-file', keyFile, '--program', 'ITKFDP-II'])).toEqual({ output: '', exitCode: 0 });
    expect(() => casesCommand(['--db', db, '--key-file', keyFile, '--program', 'IKDP-2024'])).toThrow(/Bilinmeyen program "IKDP-2024"/);
  });

  it('backup and restore: the restored file verifies; the replaced one is kept', () => {
    const backup = join(t.dir, 'yedek.sqlite');
    expect(backupCommand(['--db', db, '--out', backup, '--key-file', keyFile]).output).toMatch(
      /^Yedek alındı: .*yedek\.sqlite \(\d+ bayt, şifreli\)$/,
    );
    expect(() => backupCommand(['--db', db, '--out', backup, '--key-file', keyFile])).toThrow(/zaten var/);
    handEdit(db, "UPDATE enterprises SET unvan = 'Bozuk'");
    expect(verifyAuditCommand(['--db', db, '--key-file', keyFile]).exitCode).toBe(1);
    const restored = restoreCommand(['--from', backup, '--db', db, '--key-file', keyFile]);
    expect(restored.output).toMatch(/^Geri yüklendi: .* → .*\nÖnceki dosya silinmedi, şu adla saklandı: .*onceki-/);
    expect(verifyAuditCommand(['--db', db, '--key-file', keyFile]).exitCode).toBe(0);
  });

  it('restore refuses while the database is open, and says so in Turkish', () => {
    const backup = join(t.dir, 'yedek.sqlite');
    backupCommand(['--db', db, '--out', backup, '--key-file', keyFile]);
    const open = new Database(db);
    try {
      applyKey(open, TEST_DATABASE_KEY);
      open.prepare('SELECT count(*) FROM enterprises').get();
      expect(() => restoreCommand(['--from', backup, '--db', db, '--key-file', keyFile])).toThrow(
        /Veritabanı şu anda açık .*Geri yüklemeden önce kapatın; dosyaya dokunulmadı\./,
      );
    } finally {
      open.close();
    }
    expect(restoreCommand(['--from', backup, '--db', db, '--key-file', keyFile]).exitCode).toBe(0);
  });

  it('runs through the real entry point with the key from the environment (exit codes 0, 1, 2)', () => {
    const cli = (args: readonly string[], env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(REPOSITORY_ROOT, 'electron', 'cli', 'main.ts'), ...args], {
        cwd: REPOSITORY_ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    const env = { [DATABASE_KEY_ENV]: TEST_DATABASE_KEY_HEX };
    const ok = cli(['verify-audit', '--db', db], env);
    expect([ok.status, ok.stdout]).toEqual([0, 'OK (4 denetim kaydı, 4 satır doğrulandı)\n']);
    handEdit(db, 'DELETE FROM enterprise_sites');
    const broken = cli(['verify-audit', '--db', db], env);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/^BOZUK: enterprise_sites #1 .*silinmiş/);
    const noKey = cli(['verify-audit', '--db', db], { [DATABASE_KEY_ENV]: '' });
    expect([noKey.status, noKey.stderr]).toEqual([
      2,
      'Hata: Veritabanı anahtarı yok: KOBI_DOSYA_DB_KEY ortam değişkenini ya da --key-file seçeneğini verin.\n',
    ]);
    expect(existsSync(`${db}-wal`)).toBe(false);
    rmSync(join(t.dir, 'yedekler'), { recursive: true, force: true });
  });
});
