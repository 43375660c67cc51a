import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFormCommand } from '../../../electron/cli/commands/export-form';
import { exportFormsCommand } from '../../../electron/cli/commands/export-forms';
import { signPdfCommand } from '../../../electron/cli/commands/sign-pdf';
import { verifyPdfCommand } from '../../../electron/cli/commands/verify-pdf';
import { openTestDatabase, steppingClock, TEST_DATABASE_KEY_HEX, type TestDatabase } from '../../db/helpers';
import { buildFormsFixture, type FormsFixture } from './forms-fixture';
import { pdfSig } from './poppler';
import { createTestPki, type TestPki } from './test-pki';

let database: TestDatabase;
let fixture: FormsFixture;
let pki: TestPki;
let keyFile: string;
const PASSPHRASE_ENV = 'KOBI_TEST_P12_PAROLA';

beforeAll(() => {
  database = openTestDatabase({ now: steppingClock('2026-02-20T08:00:00.000Z') });
  fixture = buildFormsFixture(database.db);
  pki = createTestPki();
  keyFile = join(database.dir, 'anahtar');
  writeFileSync(keyFile, TEST_DATABASE_KEY_HEX, { mode: 0o600 });
  process.env[PASSPHRASE_ENV] = pki.passphrase;
}, 60_000);

afterAll(() => {
  database.dispose();
  rmSync(pki.dir, { recursive: true, force: true });
  Reflect.deleteProperty(process.env, PASSPHRASE_ENV);
});

function path(name: string): string {
  return join(database.dir, name);
}

describe('cli export-form, sign-pdf, verify-pdf — issue 15 item 7', () => {
  it('exports a form signed by the preparer, the müdür countersigns, verify-pdf and pdfsig accept both', async () => {
    const exported = await exportFormCommand([
      '--db',
      database.path,
      '--key-file',
      keyFile,
      '--form',
      'FRM.39.00.05',
      '--case',
      String(fixture.ikdp),
      '--out',
      path('odeme.pdf'),
      '--p12',
      pki.preparerP12,
      '--passphrase-env',
      PASSPHRASE_ENV,
    ]);
    expect(exported.exitCode).toBe(0);
    expect(exported.output).toMatch(
      /odeme\.pdf: FRM\.39\.00\.05, belge no KD-FRM\.39\.00\.05-1-\d+-[0-9A-F]{8}, \d sayfa, hazırlayan imzalı/,
    );
    const signed = await signPdfCommand([
      path('odeme.pdf'),
      '--p12',
      pki.directorP12,
      '--passphrase-env',
      PASSPHRASE_ENV,
      '--out',
      path('onayli.pdf'),
    ]);
    expect(signed).toEqual({ output: `${path('onayli.pdf')}: imzalandı`, exitCode: 0 });
    const verified = await verifyPdfCommand([path('onayli.pdf'), '--ca', pki.caPem]);
    expect(verified.exitCode).toBe(0);
    expect(verified.output).toContain('İmza 1 (Hazirlayan): Ayşe Yıldırım');
    expect(verified.output).toContain('İmza 2 (Onaylayan): Şükrü Öztürk');
    expect(verified.output).toContain('Kapsam: belgenin tamamı');
    expect(verified.output).toContain('ekli veriyle AYNI');
    expect(verified.output.split('\n').at(-1)).toBe('Sonuç: GEÇERLİ');
    expect(pdfSig(readFileSync(path('onayli.pdf')), pki.nssDir).output.match(/Certificate is Trusted\./g)).toHaveLength(2);
  });

  it('verify-pdf exits 1 on a flipped byte, through npm run cli as a person runs it', async () => {
    await exportFormCommand([
      '--db',
      database.path,
      '--key-file',
      keyFile,
      '--form',
      'FRM.39.00.03',
      '--case',
      String(fixture.ikdp),
      '--out',
      path('d.pdf'),
      '--p12',
      pki.preparerP12,
      '--passphrase-env',
      PASSPHRASE_ENV,
    ]);
    const bytes = readFileSync(path('d.pdf'));
    bytes[1500] = (bytes[1500] ?? 0) ^ 0x04;
    writeFileSync(path('bozuk.pdf'), bytes);
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'verify-pdf', path('bozuk.pdf')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Bütünlük: BOZUK (özet uyuşmuyor: belge imzadan sonra değiştirilmiş)');
    expect(result.stdout).toContain('Sonuç: SORUNLU');
  });

  it('an unsuitable case exits 1; a usage error is a CliError (exit 2)', async () => {
    const unsuitable = await exportFormCommand([
      '--db',
      database.path,
      '--key-file',
      keyFile,
      '--form',
      'FRM.39.00.05',
      '--case',
      String(fixture.itkfdp),
      '--out',
      path('x.pdf'),
    ]);
    expect(unsuitable).toEqual({ output: '', exitCode: 1 });
    await expect(exportFormCommand(['--db', database.path, '--form', 'FRM.99', '--case', '1', '--out', path('x.pdf')])).rejects.toThrow(
      'Bilinmeyen form kodu',
    );
    await expect(
      exportFormCommand([
        '--db',
        database.path,
        '--key-file',
        keyFile,
        '--form',
        'FRM.39.00.05',
        '--case',
        '1',
        '--out',
        path('x.pdf'),
        '--p12',
        pki.preparerP12,
      ]),
    ).rejects.toThrow('--passphrase-env seçeneği gerekli');
  });

  it('sign-pdf with a wrong passphrase is a Turkish usage error', async () => {
    process.env.KOBI_TEST_YANLIS = 'yanlış';
    await expect(signPdfCommand([path('odeme.pdf'), '--p12', pki.directorP12, '--passphrase-env', 'KOBI_TEST_YANLIS'])).rejects.toThrow(
      'PKCS#12 dosyası açılamadı',
    );
  });

  it('export-forms writes the range, then resumes without rewriting', async () => {
    const args = ['--db', database.path, '--key-file', keyFile, '--from', '2025-01-01', '--to', '2027-12-31', '--out', path('toplu')];
    const first = await exportFormsCommand(args);
    expect(first.exitCode).toBe(0);
    expect(first.output).toMatch(/^(\d+) form: \1 yazıldı, 0 zaten tamamdı, 0 hazırlanamadı\.$/);
    const second = await exportFormsCommand(args);
    expect(second.output).toMatch(/^(\d+) form: 0 yazıldı, \1 zaten tamamdı, 0 hazırlanamadı\.$/);
  });
});
