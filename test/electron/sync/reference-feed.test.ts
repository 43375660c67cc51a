import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { listFeedItems } from '../../../db/repositories/reference-feed';
import { listExchangeRates, listHolidays, putExcludedActivity, seedBuiltInReferenceData } from '../../../db/repositories/reference-data';
import { createUser } from '../../../db/repositories/users';
import { withWrite } from '../../../db/write-context';
import { pullReferenceFeed } from '../../../electron/sync/feed-client';
import type { FeedItem } from '../../../electron/sync/feed-protocol';
import { feedSignerFromPem, pinnedKeysFromPem, signFeedItem, type FeedSigner, type PinnedKey } from '../../../electron/sync/feed-signature';
import type { HqConnection } from '../../../electron/sync/hq-http';
import { runSync, SyncClient } from '../../../electron/sync/sync-client';
import { publishFeedItem } from '../../../hq/feed-publish';
import { makeTempDir, openTestDatabase, TEST_ACTOR, type TestDatabase } from '../../db/helpers';
import { PG_SKIP_REASON, startTestHq, STORE_KINDS, type TestHq } from '../../hq/hq-test-server';

/**
 * The signed reference feed end to end (issue 18 items 1 and 4): a real
 * headquarters server on 127.0.0.1 (SQLite and, with KOBI_TEST_PG_URL,
 * PostgreSQL), a real encrypted branch database, real Ed25519 keys.
 */
function newKey(): { signer: FeedSigner; pins: PinnedKey[]; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { signer: feedSignerFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' })), pins: pinnedKeysFromPem(publicPem), publicPem };
}

function rates(currency: string, count: number, start = 0): { rateDate: string; currency: string; buyingRate: string }[] {
  return Array.from({ length: count }, (_, index) => {
    const day = start + index;
    const date = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
    return { rateDate: date, currency, buyingRate: `${40 + (day % 50)}.${String(1000 + day).slice(-4)}` };
  });
}

/** A signed item appended as it is, bypassing the publisher's checks: what a faulty or hostile headquarters could serve. */
async function appendRaw(
  hq: TestHq,
  signer: FeedSigner,
  kind: string,
  payload: unknown,
  change?: (item: FeedItem) => FeedItem,
): Promise<FeedItem> {
  const signed = signFeedItem(signer, {
    id: uuidv7(),
    sequence: (await hq.store.lastFeedSequence()) + 1,
    kind,
    issuedAt: new Date().toISOString(),
    payload,
  });
  const item = change === undefined ? signed : change(signed);
  await hq.store.appendFeedItem(item, new Date().toISOString());
  return item;
}

describe.each(STORE_KINDS)(`signed reference feed on %s${PG_SKIP_REASON}`, (kind) => {
  let dir: string;
  let hq: TestHq;
  let branch: TestDatabase;
  let connection: HqConnection;
  const key = newKey();

  beforeEach(async () => {
    dir = makeTempDir('kobi-feed-');
    hq = await startTestHq(kind, join(dir, 'hq'));
    connection = { baseUrl: hq.url, token: await hq.registerBranch('kayseri'), timeoutMs: 10_000 };
    branch = openTestDatabase();
    withWrite(branch.db, TEST_ACTOR, (w) => seedBuiltInReferenceData(w));
  });

  afterEach(async () => {
    branch.dispose();
    await hq.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies good items audited, and rejects and reports unsigned, badly signed and replayed ones, which never reach the database', async () => {
    const holidays = await publishFeedItem(hq.store, key.signer, 'holidays', {
      year: 2035,
      source: 'Resmî Gazete (test)',
      entries: [
        { date: '2035-01-01', kind: 'full', name: 'Yılbaşı' },
        { date: '2035-04-23', kind: 'full', name: 'Ulusal Egemenlik ve Çocuk Bayramı' },
      ],
    });
    await publishFeedItem(hq.store, key.signer, 'exchange-rates', { source: 'TCMB (test)', rates: rates('EUR', 3) });
    await appendRaw(hq, key.signer, 'exchange-rates', { source: 'imzasız', rates: rates('USD', 1) }, (item) => ({
      ...item,
      signature: null,
    }));
    await appendRaw(hq, key.signer, 'exchange-rates', { source: 'değiştirilmiş', rates: rates('GBP', 1) }, (item) => ({
      ...item,
      payload: item.payload.replace('GBP', 'CHF'),
    }));
    await hq.store.appendFeedItem(holidays.item, new Date().toISOString());
    await appendRaw(hq, newKey().signer, 'exchange-rates', { source: 'başka anahtar', rates: rates('JPY', 1) });
    await publishFeedItem(hq.store, key.signer, 'payment-made', {
      branchId: 'kayseri',
      paymentRequestRef: 'OT-2027-1',
      paidOn: '2027-02-01',
      amountMinor: 125_000_00,
      currency: 'TRY',
    });
    await publishFeedItem(hq.store, key.signer, 'exchange-rates', { source: 'TCMB (test)', rates: rates('EUR', 2, 3) });

    const outcome = await pullReferenceFeed(branch.db, connection, { pins: key.pins });
    expect(outcome).toEqual({ kind: 'done', applied: 3, rejected: 3 * 3 + 1, unsupported: 1 });

    expect(
      listHolidays(branch.db)
        .filter((day) => day.date.startsWith('2035-'))
        .map((day) => day.name),
    ).toEqual(['Yılbaşı', 'Ulusal Egemenlik ve Çocuk Bayramı']);
    expect(listExchangeRates(branch.db, 'EUR')).toHaveLength(5);
    for (const currency of ['USD', 'GBP', 'CHF', 'JPY']) expect(listExchangeRates(branch.db, currency)).toEqual([]);

    const report = listFeedItems(branch.db);
    const reasons = report.filter((entry) => entry.status === 'rejected').map((entry) => entry.reason ?? '');
    expect(reasons.filter((reason) => reason.includes('imzasız geldi'))).toHaveLength(3);
    expect(reasons.filter((reason) => reason.includes('imzası içerikle uyuşmuyor'))).toHaveLength(3);
    expect(reasons.filter((reason) => reason.includes('tanınmayan bir anahtarla'))).toHaveLength(3);
    expect(reasons.filter((reason) => reason.includes('yeniden gönderilmiş eski bir kayıt'))).toHaveLength(1);
    expect(report.filter((entry) => entry.status === 'unsupported').map((entry) => entry.kind)).toEqual(['payment-made']);

    const actors = branch.db.sqlite
      .prepare(
        "SELECT table_name AS tableName, count(*) AS n FROM audit_log WHERE actor = 'system:reference-feed' GROUP BY table_name ORDER BY 1",
      )
      .all();
    expect(actors).toEqual([
      { tableName: 'exchange_rates', n: 5 },
      { tableName: 'holidays', n: 2 },
    ]);
    expect(verifyAudit(branch.db)).toMatchObject({ ok: true });
    expect(await pullReferenceFeed(branch.db, connection, { pins: key.pins })).toEqual({
      kind: 'done',
      applied: 0,
      rejected: 0,
      unsupported: 0,
    });
  });

  it('stops and asks a yönetici before a feed item removes more than the set share of a local table', async () => {
    const codes = ['01.15', '12.00', '19.20', '20.51', '24.46', '25.40', '92.00', '46.35', '47.26', '56.30'];
    const users = withWrite(branch.db, TEST_ACTOR, (w) => {
      for (const code of codes)
        putExcludedActivity(w, { program: 'ITKFDP-II', naceCode: code, description: `hariç ${code}`, source: 'yerel' });
      return {
        uzman: createUser(w, { username: 'uzman', fullName: 'Ali Uzman', role: 'sorumlu_personel' }),
        yonetici: createUser(w, { username: 'yonetici', fullName: 'Ayşe Yönetici', role: 'yonetici' }),
      };
    });
    const kept = codes.slice(0, 7).map((naceCode) => ({ naceCode, description: `hariç ${naceCode}` }));
    const { item } = await publishFeedItem(hq.store, key.signer, 'excluded-activities', {
      program: 'ITKFDP-II',
      source: 'merkez',
      entries: kept,
    });
    await publishFeedItem(hq.store, key.signer, 'exchange-rates', { source: 'TCMB (test)', rates: rates('EUR', 1) });
    const count = (): number => (branch.db.sqlite.prepare('SELECT count(*) AS n FROM excluded_activities').get() as { n: number }).n;

    for (let attempt = 0; attempt < 2; attempt += 1) {
      const stopped = await pullReferenceFeed(branch.db, connection, { pins: key.pins, removalShare: 0.2 });
      expect(stopped).toMatchObject({
        kind: 'needs-confirmation',
        confirmation: { itemId: item.id, table: 'excluded_activities', removing: 3, total: 10, share: 0.3 },
      });
      expect(stopped.kind === 'needs-confirmation' ? stopped.confirmation.message : '').toContain('yöneticinin onaylaması gerekir');
    }
    expect(count()).toBe(10);
    expect(listExchangeRates(branch.db, 'EUR')).toEqual([]);
    expect(listFeedItems(branch.db).filter((entry) => entry.status === 'awaiting-confirmation')).toHaveLength(1);
    expect(await pullReferenceFeed(branch.db, connection, { pins: key.pins, removalShare: 0.3 })).toMatchObject({
      kind: 'done',
      applied: 2,
    });
    expect(count()).toBe(7);
    expect(verifyAudit(branch.db)).toMatchObject({ ok: true });
    expect(users.uzman.role).toBe('sorumlu_personel');
  });

  it('applies a mass removal once a yönetici confirms that item, audited under the yönetici', async () => {
    const codes = ['01.15', '12.00', '19.20', '20.51', '24.46'];
    const yonetici = withWrite(branch.db, TEST_ACTOR, (w) => {
      for (const code of codes)
        putExcludedActivity(w, { program: 'ITKFDP-II', naceCode: code, description: `hariç ${code}`, source: 'yerel' });
      createUser(w, { username: 'uzman', fullName: 'Ali Uzman', role: 'sorumlu_personel' });
      return createUser(w, { username: 'yonetici', fullName: 'Ayşe Yönetici', role: 'yonetici' });
    });
    const { item } = await publishFeedItem(hq.store, key.signer, 'excluded-activities', {
      program: 'ITKFDP-II',
      source: 'merkez',
      entries: [],
    });
    await expect(
      pullReferenceFeed(branch.db, connection, { pins: key.pins, confirm: { itemId: item.id, username: 'uzman' } }),
    ).rejects.toThrow('etkin bir yönetici değil');
    const done = await pullReferenceFeed(branch.db, connection, { pins: key.pins, confirm: { itemId: item.id, username: 'yonetici' } });
    expect(done).toEqual({ kind: 'done', applied: 1, rejected: 0, unsupported: 0 });
    const deletes = branch.db.sqlite
      .prepare("SELECT actor, count(*) AS n FROM audit_log WHERE table_name = 'excluded_activities' AND action = 'delete' GROUP BY actor")
      .all();
    expect(deletes).toEqual([{ actor: `user:${yonetici.id}`, n: 5 }]);
    expect(verifyAudit(branch.db)).toMatchObject({ ok: true });
  });

  it('learns a rotated key from an item signed by the pinned one, and refuses items of a retired key', async () => {
    const next = newKey();
    const third = newKey();
    await publishFeedItem(hq.store, key.signer, 'feed-key', { keyId: next.signer.keyId, publicKeyPem: next.publicPem, retires: null });
    await publishFeedItem(hq.store, next.signer, 'exchange-rates', { source: 'yeni anahtar', rates: rates('EUR', 1) });
    await publishFeedItem(hq.store, next.signer, 'feed-key', {
      keyId: third.signer.keyId,
      publicKeyPem: third.publicPem,
      retires: next.signer.keyId,
    });
    await publishFeedItem(hq.store, next.signer, 'exchange-rates', { source: 'emekli anahtar', rates: rates('USD', 1) });
    await publishFeedItem(hq.store, third.signer, 'exchange-rates', { source: 'üçüncü anahtar', rates: rates('CHF', 1) });
    const outcome = await pullReferenceFeed(branch.db, connection, { pins: key.pins, maxAttempts: 1 });
    expect(outcome).toEqual({ kind: 'done', applied: 4, rejected: 1, unsupported: 0 });
    expect(listExchangeRates(branch.db, 'EUR')).toHaveLength(1);
    expect(listExchangeRates(branch.db, 'USD')).toEqual([]);
    expect(listExchangeRates(branch.db, 'CHF')).toHaveLength(1);
  });
});

describe('signed reference feed through a tampering headquarters', () => {
  it('rejects every tampered item, asks again, and applies exactly what headquarters signed', async () => {
    const dir = makeTempDir('kobi-feed-faults-');
    const hq = await startTestHq('sqlite', join(dir, 'hq'), { faultRate: 0.4, seed: 18 });
    const branch = openTestDatabase();
    try {
      const key = newKey();
      const published = rates('EUR', 60);
      for (let index = 0; index < published.length; index += 3)
        await publishFeedItem(hq.store, key.signer, 'exchange-rates', { source: 'TCMB (test)', rates: published.slice(index, index + 3) });
      const client = new SyncClient({
        db: branch.db,
        hqUrl: hq.url,
        token: await hq.registerBranch('kayseri'),
        feed: { pins: key.pins, pageSize: 5 },
      });
      await runSync(client, branch.db, { once: true, maxFailures: 200, backoff: { baseMs: 1, capMs: 5 } });
      expect(client.lastFeed).toMatchObject({ kind: 'done' });
      expect(listExchangeRates(branch.db, 'EUR').map(({ rateDate, buyingRate }) => ({ rateDate, buyingRate }))).toEqual(
        published.map(({ rateDate, buyingRate }) => ({ rateDate, buyingRate })),
      );
      const stats = await hq.stats();
      expect(stats.faults.tamper).toBeGreaterThan(0);
      const tampered = listFeedItems(branch.db).filter((entry) => entry.reason?.includes('imzası içerikle uyuşmuyor') === true);
      expect(tampered.length).toBeGreaterThan(0);
      expect(listFeedItems(branch.db).filter((entry) => entry.status === 'applied')).toHaveLength(20);
      expect(verifyAudit(branch.db)).toMatchObject({ ok: true });
    } finally {
      branch.dispose();
      await hq.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
