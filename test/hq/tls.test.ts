import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { PROTOCOL_VERSION } from '../../electron/sync/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync, SyncClient } from '../../electron/sync/sync-client';
import { readSyncStatus } from '../../electron/sync/sync-status';
import { startHqServer, type RunningHqServer } from '../../hq/start';
import { newBranchToken, tokenSha256 } from '../../hq/tokens';
import { openTestDatabase, type TestDatabase } from '../db/helpers';

/**
 * TLS on the reference server (`hq-server --tls-cert --tls-key`), with the
 * test certificate of test/fixtures/tls/ (self-signed for 127.0.0.1, test
 * only): the protocol answers over HTTPS to a client that trusts the
 * certificate, and the branch's client refuses one it cannot verify, with
 * the reason in Turkish and without retrying.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tls');
const CERT = readFileSync(join(FIXTURES, 'hq-test-cert.pem'));
const KEY = readFileSync(join(FIXTURES, 'hq-test-key.pem'));

describe('headquarters over TLS', () => {
  let branch: TestDatabase;
  let hq: RunningHqServer;
  const token = newBranchToken();
  beforeAll(async () => {
    branch = openTestDatabase({ integrityCheck: 'quick' });
    hq = await startHqServer({ port: 0, dataDir: join(branch.dir, 'hq'), tls: { cert: CERT, key: KEY } });
    await hq.store.registerBranch('erzurum', 'Erzurum', tokenSha256(token), '2026-12-01T00:00:00.000Z');
  });
  afterAll(async () => {
    await hq.close();
    branch.dispose();
  });

  it('answers hello over HTTPS to a client that trusts its certificate', async () => {
    expect(hq.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const body = await new Promise<string>((resolve, reject) => {
      const call = request(`${hq.url}/v1/hello`, { ca: CERT, headers: { authorization: `Bearer ${token}` } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          resolve(text);
        });
      });
      call.on('error', reject);
      call.end();
    });
    expect(JSON.parse(body)).toMatchObject({ branchId: 'erzurum', protocol: PROTOCOL_VERSION });
  });

  it('the branch refuses a certificate it cannot verify: a Turkish reason, no retry, nothing sent', async () => {
    const client = new SyncClient({ db: branch.db, hqUrl: hq.url, token });
    const counts = await runSync(client, branch.db, { once: true, maxFailures: 5, backoff: { baseMs: 1, capMs: 2 } });
    expect(counts.pending).toBe(0);
    const status = readSyncStatus(branch.db);
    expect(status).toMatchObject({ consecutiveFailures: 1, lastSuccess: null, lastError: { code: 'tls' } });
    expect(status.lastError?.message).toMatch(/^Merkezin TLS sertifikası doğrulanamadı \(.*SELF_SIGNED.*\); bağlantı kurulmadı\./);
  });
});
