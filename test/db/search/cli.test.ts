import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../db/connection';
import { addEnterpriseSite, createEnterprise } from '../../../db/repositories/enterprises';
import { withWrite } from '../../../db/write-context';
import { searchCommand } from '../../../electron/cli/commands/search';
import { openTestDatabase, TEST_ACTOR, TEST_DATABASE_KEY_HEX, type TestDatabase } from '../helpers';

let t: TestDatabase;
let keyFile: string;

beforeAll(() => {
  t = openTestDatabase();
  withWrite(t.db, TEST_ACTOR, (w) => {
    for (const [vkn, unvan, province] of [
      ['4391208413', 'Işık Tekstil Ltd. Şti.', 'Kayseri'],
      ['1234567890', 'Yıldız Işık Mobilya A.Ş.', 'Bursa'],
    ] as const) {
      const { id } = createEnterprise(w, {
        vkn,
        unvan,
        legalForm: 'TUZEL_KISI',
        registered: true,
        active: true,
        declarationCurrent: true,
        naceMain: '14.13.01',
      });
      addEnterpriseSite(w, { enterpriseId: id, province, kind: 'merkez' });
    }
  });
  closeDatabase(t.db);
  keyFile = join(t.dir, 'anahtar');
  writeFileSync(keyFile, TEST_DATABASE_KEY_HEX, { mode: 0o600 });
});

afterAll(() => {
  t.dispose();
});

function search(...args: string[]): ReturnType<typeof searchCommand> {
  return searchCommand(['--db', t.path, '--key-file', keyFile, ...args]);
}

describe('cli search', () => {
  it('prints one JSON line per hit in rank order', () => {
    const result = search('IŞIK');
    expect(result.exitCode).toBe(0);
    expect(result.output.split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      {
        id: 1,
        unvan: 'Işık Tekstil Ltd. Şti.',
        vkn: '4391208413',
        tckn: null,
        provinces: ['Kayseri'],
        naceMain: '14.13.01',
        match: 'unvan',
      },
      {
        id: 2,
        unvan: 'Yıldız Işık Mobilya A.Ş.',
        vkn: '1234567890',
        tckn: null,
        provinces: ['Bursa'],
        naceMain: '14.13.01',
        match: 'text',
      },
    ]);
    expect(search('isik').output).toBe(result.output);
    expect(search('ışık').output).toBe(result.output);
  });

  it('stops at --limit and prints nothing when nothing matches', () => {
    expect(search('--limit', '1', 'isik').output.split('\n')).toHaveLength(1);
    expect(search('zzz')).toEqual({ output: '', exitCode: 0 });
  });

  it.each([['0'], ['201'], ['iki']])('refuses --limit %s', (limit) => {
    expect(() => search('--limit', limit, 'isik')).toThrow(`--limit 1 ile 200 arasında bir tam sayı olmalı: ${limit}`);
  });
});
