import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../db/connection';
import { createEnterprise, updateEnterprise } from '../../../db/repositories/enterprises';
import { withWrite } from '../../../db/write-context';
import { CliError } from '../../../electron/cli/command';
import { finansmanCommand } from '../../../electron/cli/commands/finansman';
import { importPekCommand } from '../../../electron/cli/commands/import-pek';
import { createFinansmanCase } from '../../../electron/services/finansman/finansman-service';
import { openTestDatabase, reopenTestDatabase, TEST_ACTOR, TEST_DATABASE_KEY_HEX, type TestDatabase } from '../helpers';

const FIXTURES = join(import.meta.dirname, '../../fixtures/imports');

let t: TestDatabase;
let keyFile: string;

beforeEach(() => {
  t = openTestDatabase();
  withWrite(t.db, TEST_ACTOR, (w) =>
    createEnterprise(w, {
      vkn: '4391208413',
      unvan: 'Örnek Metal A.Ş.',
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
    }),
  );
  closeDatabase(t.db);
  keyFile = join(t.dir, 'anahtar');
  writeFileSync(keyFile, `${TEST_DATABASE_KEY_HEX}\n`, { mode: 0o600 });
});

afterEach(() => {
  t.dispose();
});

function pek(...args: string[]): ReturnType<typeof importPekCommand> {
  return importPekCommand(['--db', t.path, '--key-file', keyFile, ...args]);
}

describe('cli import-pek', () => {
  it('imports the file once, then says it was imported (exit 0 both times)', async () => {
    const file = join(FIXTURES, 'finansman-pek-2025-kasim-aralik.csv');
    expect(await pek('--enterprise', '4391208413', file)).toEqual({
      output:
        'İçe aktarıldı: finansman-pek-2025-kasim-aralik.csv → Örnek Metal A.Ş. (kayıt 1): 4 satır, 2 ay (2025-11, 2025-12); 2 ay eklendi, 0 güncellendi, 0 değişmedi (içe aktarma no 1).',
      exitCode: 0,
    });
    const again = await pek('--enterprise', '1', file);
    expect(again.exitCode).toBe(0);
    expect(again.output).toMatch(/^Bu dosya bu işletme için zaten içe aktarılmış \(içe aktarma no 1, .*\): hiçbir şey değişmedi\.$/);
  });

  it('prints every row error, one per line, and exits 1', async () => {
    const result = await pek('--enterprise', '1', join(FIXTURES, 'finansman-pek-hatali.csv'));
    expect(result.exitCode).toBe(1);
    expect(result.output.split('\n')).toHaveLength(5);
    expect(result.output.split('\n').at(-1)).toBe('4 hata bulundu: dosyanın hiçbir satırı içe aktarılmadı.');
  });

  it('refuses an unknown enterprise with a usage error (exit 2)', async () => {
    await expect(pek('--enterprise', '77', join(FIXTURES, 'finansman-pek-2025-kasim-aralik.csv'))).rejects.toThrow(CliError);
  });
});

describe('cli finansman', () => {
  beforeEach(async () => {
    await pek('--enterprise', '1', join(FIXTURES, 'finansman-pek-2025-kasim-aralik.csv'));
    const db = reopenTestDatabase(t.path);
    withWrite(db, TEST_ACTOR, (w) => updateEnterprise(w, 1, { naceMain: '25.62' }));
    createFinansmanCase(db, TEST_ACTOR, {
      enterpriseId: 1,
      call: '2026-1',
      size: 'KOBI',
      appliedOn: '2026-03-20',
      loan: {
        amountTRY: '2400000.00',
        annualRatePercent: '33',
        drawnOn: ['2026-04-15'],
        termMonths: 1,
        graceMonths: 0,
        installments: [{ dueOn: '2026-05-15', principalTRY: '2400000.00', interestTRY: '66000.00' }],
      },
    });
    closeDatabase(db);
  });

  it('prints the Turkish report of the application as the database holds it', () => {
    const result = finansmanCommand(['--db', t.path, '--key-file', keyFile, '--application', '1']);
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('Sonuç: DESTEKLENEBİLİR');
    expect(result.output).toContain('(2.400.000,50 ₺ + 2.550.000,25 ₺) / 2 = 2.475.000,38 ₺');
    expect(result.output).toContain('1. taksit 15.05.2026: destek 66.000,00 ₺ × 10 / 33 = 20.000,00 ₺');
  });

  it('prints the decision record as JSON with --format json', () => {
    const result = finansmanCommand(['--db', t.path, '--key-file', keyFile, '--application', '1', '--format', 'json']);
    const snapshot = JSON.parse(result.output) as { payrollLimitTRY: string; support: { totalSupportTRY: string }; parameters: unknown[] };
    expect(snapshot.payrollLimitTRY).toBe('2475000.38');
    expect(snapshot.support.totalSupportTRY).toBe('20000.00');
    expect(snapshot.parameters).toHaveLength(18);
  });

  it('names what is missing for an application that does not exist (exit 2)', () => {
    expect(() => finansmanCommand(['--db', t.path, '--key-file', keyFile, '--application', '9'])).toThrow(
      'Başvuru değerlendirilemedi: alan "applicationId": 9 numaralı finansman desteği başvurusu bulunamadı.',
    );
  });
});
