import { copyFileSync, rmSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { closeDatabase, openDatabase, type KobiDatabase } from '../../../db/connection';
import { listFeedItems, readFeedState } from '../../../db/repositories/reference-feed';
import { listExchangeRates } from '../../../db/repositories/reference-data';
import { pullReferenceFeed } from '../../../electron/sync/feed-client';
import { feedSignerFromPem, pinnedKeysFromPem } from '../../../electron/sync/feed-signature';
import { publishFeedItem } from '../../../hq/feed-publish';
import { FIRST_MIGRATION_FIXTURE } from '../../db/create-first-migration-fixture';
import { makeTempDir, TEST_DATABASE_KEY } from '../../db/helpers';
import { startTestHq, type TestHq } from '../../hq/hq-test-server';

/**
 * Migration 0009 (reference_feed_state, reference_feed_items,
 * reference_feed_keys) on a file written by the first release: the feed
 * starts at position 0 and applies onto the old reference tables, audited.
 */
describe('reference feed on an upgraded file — migration 0009', () => {
  let db: KobiDatabase | null = null;
  let hq: TestHq | null = null;
  const dir = makeTempDir('kobi-feed-upgrade-');
  afterEach(async () => {
    if (db !== null) closeDatabase(db);
    await hq?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts at position 0 and applies a signed item onto the first-release file', async () => {
    const path = join(dir, 'eski.sqlite');
    copyFileSync(FIRST_MIGRATION_FIXTURE, path);
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY, now: () => '2026-12-01T09:00:00.000Z' });
    if (!opened.ok) throw new Error(opened.error.message);
    db = opened.db;
    expect(readFeedState(db)).toEqual({ position: 0, lastSequence: 0 });
    expect(listFeedItems(db)).toEqual([]);

    hq = await startTestHq('sqlite', join(dir, 'hq'));
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const signer = feedSignerFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await publishFeedItem(hq.store, signer, 'exchange-rates', {
      source: 'TCMB',
      rates: [{ rateDate: '2027-03-01', currency: 'EUR', buyingRate: '47.5' }],
    });
    const pins = pinnedKeysFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const connection = { baseUrl: hq.url, token: await hq.registerBranch('sivas'), timeoutMs: 10_000 };
    expect(await pullReferenceFeed(db, connection, { pins })).toEqual({ kind: 'done', applied: 1, rejected: 0, unsupported: 0 });
    expect(readFeedState(db)).toEqual({ position: 1, lastSequence: 1 });
    expect(listExchangeRates(db, 'EUR').filter((rate) => rate.rateDate === '2027-03-01')).toHaveLength(1);
    expect(verifyAudit(db)).toMatchObject({ ok: true });
  });
});
