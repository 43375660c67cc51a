import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase, type DatabaseKey } from '../db/connection';
import { pullReferenceFeed } from '../electron/sync/feed-client';
import { feedSignerFromPem, pinnedKeysFromPem, signFeedItem } from '../electron/sync/feed-signature';
import { startHqServer } from '../hq/start';
import { newBranchToken, tokenSha256 } from '../hq/tokens';
import { median, type BenchRow } from './bench-row';

/**
 * The signed reference feed (issue 18 item 5): a branch pulls 10,000 feed
 * items (one TCMB rate each) from the reference server over loopback,
 * verifies each Ed25519 signature and applies each in its own audited
 * transaction (the feed's unit of atomicity). Median of 3 runs, each from an
 * empty branch database; the items are signed and stored once beforehand.
 */
const ITEMS = 10_000;
const RUNS = 3;
const KEY: DatabaseKey = { kind: 'raw', hex: '6b6f62692d646f7379612d62656e63682d616e61687461722d6b756c6c616e6d61' };

export async function runFeedBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kobi-bench-feed-'));
  try {
    const server = await startHqServer({ port: 0, dataDir: join(dir, 'hq') });
    try {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const signer = feedSignerFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }));
      const pins = pinnedKeysFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
      const issuedAt = new Date().toISOString();
      for (let index = 0; index < ITEMS; index += 1) {
        const date = new Date(Date.UTC(2000, 0, 1 + index)).toISOString().slice(0, 10);
        const item = signFeedItem(signer, {
          id: `01900000-0000-7000-8000-${String(index).padStart(12, '0')}`,
          sequence: index + 1,
          kind: 'exchange-rates',
          issuedAt,
          payload: { source: 'TCMB (ölçüm)', rates: [{ rateDate: date, currency: 'EUR', buyingRate: `${30 + (index % 20)}.1234` }] },
        });
        await server.store.appendFeedItem(item, issuedAt);
      }
      const token = newBranchToken();
      await server.store.registerBranch('olcum', 'Ölçüm', tokenSha256(token), issuedAt);
      const seconds: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const opened = openDatabase(join(dir, `sube-${run}.sqlite`), { key: KEY, create: true, integrityCheck: 'quick' });
        if (!opened.ok) throw new Error(opened.error.message);
        try {
          const started = performance.now();
          const outcome = await pullReferenceFeed(opened.db, { baseUrl: server.url, token, timeoutMs: 30_000 }, { pins });
          seconds.push((performance.now() - started) / 1000);
          if (outcome.kind !== 'done' || outcome.applied !== ITEMS) throw new Error(`yayın eksik uygulandı: ${JSON.stringify(outcome)}`);
        } finally {
          closeDatabase(opened.db);
        }
      }
      const elapsed = median(seconds);
      return [
        {
          name: `imzalı başvuru yayını: ${ITEMS.toLocaleString('tr-TR')} kayıt doğrulanıp uygulandı (SQLite merkez, loopback)`,
          value: elapsed,
          unit: 's',
        },
        { name: 'imzalı başvuru yayını: uygulanan kayıt / s', value: ITEMS / elapsed, unit: 'kayıt/s' },
      ];
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
