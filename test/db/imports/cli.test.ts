import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../db/connection';
import { addEnterpriseSite, createEnterprise } from '../../../db/repositories/enterprises';
import { withWrite } from '../../../db/write-context';
import { CliError } from '../../../electron/cli/command';
import { importRatesCommand } from '../../../electron/cli/commands/import-rates';
import { importSgkCommand } from '../../../electron/cli/commands/import-sgk';
import { openTestDatabase, TEST_ACTOR, TEST_DATABASE_KEY_HEX, type TestDatabase } from '../helpers';

const FIXTURES = join(import.meta.dirname, '../../fixtures/imports');

let t: TestDatabase;
let keyFile: string;

beforeEach(() => {
  t = openTestDatabase();
  withWrite(t.db, TEST_ACTOR, (w) => {
    const { id } = createEnterprise(w, {
      vkn: '4391208413',
      unvan: 'Işık Tekstil Ltd. Şti.',
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
    });
    addEnterpriseSite(w, { enterpriseId: id, province: 'Kayseri', kind: 'merkez' });
  });
  closeDatabase(t.db);
  keyFile = join(t.dir, 'anahtar');
  writeFileSync(keyFile, `${TEST_DATABASE_KEY_HEX}\n`, { mode: 0o600 });
});

afterEach(() => {
  t.dispose();
});

function sgk(...args: string[]): ReturnType<typeof importSgkCommand> {
  return importSgkCommand(['--db', t.path, '--key-file', keyFile, ...args]);
}

describe('cli import-sgk', () => {
  it('prints the four errors of the broken sample, one per line, and exits 1', async () => {
    const result = await sgk('--enterprise', '4391208413', join(FIXTURES, 'aphb-hizmet-listesi-hatali.csv'));
    expect(result.exitCode).toBe(1);
    expect(result.output.split('\n')).toEqual([
      'satır 3, sütun "S.G. No": "91728056975" geçerli bir T.C. kimlik numarası değil: kontrol basamakları tutmuyor.',
      'satır 4, sütun "Gün": Gün 0 ile 30 arasında olmalı; bulunan 31.',
      'satır 5, sütun "Ay": Ay 1 ile 12 arasında olmalı; bulunan 13.',
      'satır 6, sütun "Gün": Gün boş.',
      '4 hata bulundu: dosyanın hiçbir satırı içe aktarılmadı.',
    ]);
  });

  it('imports a good list once, then says it was imported (exit 0 both times)', async () => {
    const file = join(FIXTURES, 'aphb-hizmet-listesi-2024-q4.csv');
    const first = await sgk('--enterprise', '1', '--province', 'KAYSERİ', file);
    expect(first).toEqual({
      output:
        'İçe aktarıldı: aphb-hizmet-listesi-2024-q4.csv → Işık Tekstil Ltd. Şti. (kayıt 1), Kayseri: 54 satır, 18 kişi, 3 ay (2024-10 … 2024-12); 57 kayıt eklendi, 0 güncellendi, 0 değişmedi (içe aktarma no 1).',
      exitCode: 0,
    });
    const second = await sgk('--enterprise', '4391208413', file);
    expect(second.exitCode).toBe(0);
    expect(second.output).toMatch(/^Bu dosya bu işletme ve il için zaten içe aktarılmış \(içe aktarma no 1, .*\): hiçbir şey değişmedi\.$/);
  });

  it.each([
    [['--enterprise', '77', 'x.csv'], 'Dosya okunamadı: x.csv'],
    [
      ['--enterprise', '77', join(FIXTURES, 'aphb-hizmet-listesi-2024-q4.csv')],
      'İşletme bulunamadı: 77 (kayıt numarası, VKN ya da T.C. kimlik numarası verin).',
    ],
    [
      ['--enterprise', '1', '--province', 'Bursa', join(FIXTURES, 'aphb-hizmet-listesi-2024-q4.csv')],
      'İşletmenin Bursa ilinde merkez ya da şubesi kayıtlı değil (kayıtlı iller: Kayseri). Dosya içe aktarılmadı.',
    ],
  ])('refuses %j', async (args, message) => {
    await expect(sgk(...args)).rejects.toThrow(new CliError(message));
  });

  it('requires --enterprise', async () => {
    await expect(sgk(join(FIXTURES, 'aphb-hizmet-listesi-2024-q4.csv'))).rejects.toThrow(/^--enterprise seçeneği gerekli/);
  });
});

describe('cli import-rates', () => {
  it('imports a folder, then says it was imported', () => {
    const args = ['--db', t.path, '--key-file', keyFile, join(FIXTURES, 'tcmb')];
    expect(importRatesCommand(args)).toEqual({
      output: 'İçe aktarıldı: 2 bülten (2025-09-15 … 2025-12-12): EUR alış kuru 2 gün eklendi, 0 güncellendi, 0 değişmedi.',
      exitCode: 0,
    });
    expect(importRatesCommand(args)).toEqual({
      output: 'Dosyaların tümü zaten içe aktarılmış (12122025.xml, 15092025.xml): hiçbir şey değişmedi.',
      exitCode: 0,
    });
  });

  it('prints a bad file with its reason and exits 1', () => {
    const bad = join(t.dir, '13122025.xml');
    writeFileSync(bad, '<Tarih_Date Tarih="12.12.2025" Date="12/12/2025"></Tarih_Date>');
    expect(importRatesCommand(['--db', t.path, '--key-file', keyFile, bad])).toEqual({
      output:
        '13122025.xml: Dosya adı 13122025.xml 2025-12-13 tarihini gösteriyor, bültenin Tarih özniteliği ise 12.12.2025.\n1 dosyada hata: hiçbir kur içe aktarılmadı.',
      exitCode: 1,
    });
  });
});
