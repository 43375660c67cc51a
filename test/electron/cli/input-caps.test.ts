import { closeSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../db/connection';
import { addEnterpriseSite, createEnterprise } from '../../../db/repositories/enterprises';
import { withWrite } from '../../../db/write-context';
import { CliError } from '../../../electron/cli/command';
import { explainCommand } from '../../../electron/cli/commands/explain';
import { importSgkCommand } from '../../../electron/cli/commands/import-sgk';
import { scenariosCommand } from '../../../electron/cli/commands/scenarios';
import { makeTempDir, openTestDatabase, TEST_ACTOR, TEST_DATABASE_KEY_HEX, type TestDatabase } from '../../db/helpers';

/** Issue 12 items 2 and 4: size caps of scenario files, BOM, and how many row errors the CLI prints. */

const SCENARIO = join(import.meta.dirname, '../../scenarios/eligibility/elig-ikdp-2025-declaration-outdated.json');

function cliMessage(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  return 'hata yok';
}

/** A sparse file of `bytes` (no disk space used): as large as a 60 MB file to every size check. */
function sparseFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

describe('scenario files', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('explain refuses a 60 MB file with a Turkish message before reading it', () => {
    const path = join(dir, 'buyuk.json');
    sparseFile(path, 60 * 1024 * 1024);
    expect(cliMessage(() => explainCommand([path]))).toBe(
      `Dosya çok büyük: ${path} (60,0 MB; bir senaryo dosyası en fazla 2,0 MB olabilir).`,
    );
  });

  it('scenarios reports a 60 MB file as a FAIL line and goes on', () => {
    sparseFile(join(dir, 'a-buyuk.json'), 60 * 1024 * 1024);
    writeFileSync(join(dir, 'b.json'), readFileSync(SCENARIO));
    const result = scenariosCommand([dir]);
    expect(result.output.split('\n')).toEqual([
      `FAIL a-buyuk.json: Dosya çok büyük: ${join(dir, 'a-buyuk.json')} (60,0 MB; bir senaryo dosyası en fazla 2,0 MB olabilir).`,
      expect.stringMatching(/^PASS /),
      '1 passed, 1 failed',
    ]);
  });

  it('a scenario saved with a byte order mark runs and explains', () => {
    const withBom = join(dir, 'bom.json');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(SCENARIO)]));
    expect(scenariosCommand([dir]).output).toMatch(/^PASS .*\n1 passed, 0 failed$/);
    expect(explainCommand([withBom]).exitCode).toBe(0);
  });
});

describe('import-sgk prints at most 20 row errors', () => {
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
    writeFileSync(keyFile, TEST_DATABASE_KEY_HEX, { mode: 0o600 });
  });
  afterEach(() => {
    t.dispose();
  });

  it('names the first 20, counts the rest, and the summary gives the total', async () => {
    const lines = ['Yıl;Ay;Kanun No;Mahiyet;Belge Türü;S.G. No;Ad;Soyad;Gün;Eksik Gün Sayısı;EGS'];
    for (let row = 0; row < 1000; row += 1) lines.push('2024;13;5510;A;1;26090881374;Ayşe;Yılmaz;30;0;');
    const file = join(t.dir, 'hatali.csv');
    writeFileSync(file, lines.join('\n'));
    const result = await importSgkCommand(['--db', t.path, '--key-file', keyFile, '--enterprise', '4391208413', file]);
    const output = result.output.split('\n');
    expect(result.exitCode).toBe(1);
    expect(output).toHaveLength(22);
    expect(output[0]).toBe('satır 2, sütun "Ay": Ay 1 ile 12 arasında olmalı; bulunan 13.');
    expect(output.slice(20)).toEqual([
      '… ve 980 hata daha (ilk 20 hata gösterildi).',
      '1000 hata bulundu: dosyanın hiçbir satırı içe aktarılmadı.',
    ]);
  });

  it('refuses a list over the size limit before reading it', async () => {
    const file = join(t.dir, 'buyuk.csv');
    sparseFile(file, 60 * 1024 * 1024);
    await expect(importSgkCommand(['--db', t.path, '--key-file', keyFile, '--enterprise', '4391208413', file])).rejects.toThrow(
      new CliError(
        'Dosya çok büyük (60,0 MB); bir hizmet listesi en fazla 50,0 MB olabilir. Listeyi dönemlere bölün. Dosya içe aktarılmadı.',
      ),
    );
  });
});
