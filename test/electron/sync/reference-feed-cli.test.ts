import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../db/connection';
import { listExchangeRates } from '../../../db/repositories/reference-data';
import { DATABASE_KEY_ENV } from '../../../electron/cli/database-options';
import { openTestDatabase, TEST_DATABASE_KEY, TEST_DATABASE_KEY_HEX } from '../../db/helpers';
import { cli, startServer } from './cli-processes';

/**
 * The feed's CLI contracts (issue 18 item 1) through the real entry point:
 * `hq-publish --data DIR --key-file K --kind KIND FILE.json` and `sync --once
 * --feed-keys F`, against `hq-server --fault-rate R` (which also tampers feed
 * items).
 */
describe('reference feed CLI — issue 18 contracts', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  it('hq-publish signs and stores items; sync --feed-keys applies them through hq-server --fault-rate', { timeout: 90_000 }, async () => {
    const t = openTestDatabase();
    cleanups.push(() => {
      t.dispose();
    });
    closeDatabase(t.db);
    const data = join(t.dir, 'merkez');
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const keyFile = join(t.dir, 'merkez-yayin.pem');
    const pinsFile = join(t.dir, 'merkez-yayin.pub.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(pinsFile, publicKey.export({ type: 'spki', format: 'pem' }));

    const published: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const file = join(t.dir, `kur-${index}.json`);
      const rateDate = `2027-02-${String(index + 1).padStart(2, '0')}`;
      writeFileSync(file, JSON.stringify({ source: 'TCMB', rates: [{ rateDate, currency: 'EUR', buyingRate: `45.${1000 + index}` }] }));
      const run = await cli(['hq-publish', '--data', data, '--key-file', keyFile, '--kind', 'exchange-rates', file]);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ position: index + 1, sequence: index + 1, kind: 'exchange-rates' });
      published.push(rateDate);
    }
    const bad = join(t.dir, 'bozuk.json');
    writeFileSync(bad, JSON.stringify({ source: 'TCMB', rates: [{ rateDate: '2027-02-30x', currency: 'EUR', buyingRate: '1' }] }));
    const refused = await cli(['hq-publish', '--data', data, '--key-file', keyFile, '--kind', 'exchange-rates', bad]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('exchange-rates içeriği şemaya uymuyor');

    const added = await cli(['hq-server', '--data', data, '--add-branch', 'kayseri']);
    const tokenFile = join(t.dir, 'token.txt');
    writeFileSync(tokenFile, (JSON.parse(added.stdout) as { token: string }).token);
    const server = await startServer(['--port', '0', '--data', data, '--fault-rate', '0.2']);
    cleanups.push(() => server.child.kill('SIGTERM'));

    const env = { [DATABASE_KEY_ENV]: TEST_DATABASE_KEY_HEX };
    const synced = await cli(
      ['sync', '--db', t.path, '--hq', server.url, '--once', '--retries', '60', '--token-file', tokenFile, '--feed-keys', pinsFile],
      env,
    );
    expect(synced.status).toBe(0);
    expect(JSON.parse(synced.stdout)).toMatchObject({ pending: 0, feed: { kind: 'done' } });
    const reopened = openDatabase(t.path, { key: TEST_DATABASE_KEY });
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(listExchangeRates(reopened.db, 'EUR').map((rate) => rate.rateDate)).toEqual(published);
    closeDatabase(reopened.db);
  });
});
