import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listImpactItems } from '../../../db/repositories/impact-items';
import { listFeedItems } from '../../../db/repositories/reference-feed';
import { seedBuiltInReferenceData } from '../../../db/repositories/reference-data';
import { withWrite } from '../../../db/write-context';
import type { ImpactItemDto } from '../../../electron/contract/impact';
import type { InboxTaskDto } from '../../../electron/contract/inbox';
import { createAppContext } from '../../../electron/services/app-context';
import { ImpactScheduler } from '../../../electron/services/impact-scheduler';
import { feedSignerFromPem, pinnedKeysFromPem } from '../../../electron/sync/feed-signature';
import { SyncClient } from '../../../electron/sync/sync-client';
import { publishFeedItem } from '../../../hq/feed-publish';
import { makeTempDir, TEST_ACTOR, TEST_DATABASE_KEY } from '../../db/helpers';
import { startTestHq, type TestHq } from '../../hq/hq-test-server';
import { dispatch } from '../../../electron/services/dispatcher';
import { createAppFixture, slotOf, type AppFixture } from '../services/app-fixture';
import { createEvaluatedCase, editionPayload, IKDP_2026_WINDOW_CORRECTED } from './impact-fixture';

/**
 * Issue 18 item 3: a programme edition arriving through the signed feed
 * (a real headquarters on 127.0.0.1) starts the re-check of the open cases;
 * the items reach the officer's inbox and the impact channels; only a person
 * answers them (seen, or re-evaluated), and the decision changes only then.
 */
describe('a corrected IKDP-2026 value from the signed feed reaches the sorumlu personel', () => {
  let fixture: AppFixture;
  let hq: TestHq;
  let dir: string;
  beforeEach(async () => {
    fixture = createAppFixture('2026-05-04');
    withWrite(fixture.database.db, TEST_ACTOR, (w) => seedBuiltInReferenceData(w));
    dir = makeTempDir('kobi-impact-feed-');
    hq = await startTestHq('sqlite', join(dir, 'hq'));
  });
  afterEach(async () => {
    fixture.dispose();
    await hq.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('feed item → re-check in workers → inbox item → seen or re-evaluated by a person', async () => {
    const { db } = fixture.database;
    const late = await createEvaluatedCase(fixture, { name: 'Geç', appliedOn: '2026-04-20' });
    const lateOther = await createEvaluatedCase(fixture, { name: 'Başkasının', appliedOn: '2026-04-24', responsible: 'uzman2' });
    await createEvaluatedCase(fixture, { name: 'Erken', appliedOn: '2026-03-10' });

    const scheduler = new ImpactScheduler(db, TEST_DATABASE_KEY, { today: () => '2026-05-04', workers: 2 });
    const app = createAppContext(db, { today: () => '2026-05-04', impact: scheduler });
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const signer = feedSignerFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const pins = pinnedKeysFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await publishFeedItem(hq.store, signer, 'programme-edition', {
      editionId: 'IKDP-2026',
      version: 2,
      provisional: true,
      effectiveFrom: null,
      source: 'KOSGEB merkez düzeltmesi (test)',
      edition: editionPayload(IKDP_2026_WINDOW_CORRECTED),
    });
    const client = new SyncClient({
      db,
      hqUrl: hq.url,
      token: await hq.registerBranch('kayseri'),
      feed: { pins },
      onReferenceApplied: () => app.impact?.requestIfReferenceChanged('Merkezden imzalı yayın'),
    });
    expect(await client.round()).toMatchObject({ kind: 'drained' });
    expect(listFeedItems(db).map((item) => item.status)).toEqual(['applied']);
    expect(scheduler.progress().running).toBe(true);
    await scheduler.settled();
    expect(scheduler.progress()).toMatchObject({
      running: false,
      checked: 3,
      total: 3,
      lastError: null,
      trigger: 'Merkezden imzalı yayın',
    });

    const items = listImpactItems(db, { limit: 10 });
    expect(items.map((item) => item.applicationId).sort()).toEqual([late, lateOther].sort());

    // The officer's inbox has exactly their own item, dated the day it was found, never overdue.
    const inbox = await fixture.call('uzman', 'inbox:list', { scope: 'mine' });
    const impactTasks = inbox.ok ? (inbox.value as { tasks: InboxTaskDto[] }).tasks.filter((task) => task.kind === 'rule-impact') : [];
    expect(impactTasks).toMatchObject([
      {
        applicationId: late,
        due: '2026-05-04',
        overdue: false,
        kindLabel: 'Kural değişikliğinin etkisi',
        explanation:
          '04.05.2026 tarihinde gelen kural ya da parametre değişikliği kayıtlı kararı değiştiriyor; karar kendiliğinden değişmez, dosyayı yeniden değerlendirin.',
      },
    ]);

    // impact:list shows before → after and the parameter that changed.
    const listed = await fixture.call('uzman', 'impact:list', { scope: 'mine' });
    expect(listed.ok).toBe(true);
    const mine = listed.ok ? (listed.value as { items: ImpactItemDto[] }).items : [];
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      applicationId: late,
      subjectLabel: 'Uygunluk değerlendirmesi',
      statusLabel: 'Açık',
      before: { approved: true },
      after: { approved: false },
      trigger: 'Merkezden imzalı yayın',
      parameters: [{ label: 'IKDP-2026: Başvuru dönemi sonu', before: '30.04.2026', after: '15.04.2026' }],
    });

    // Another officer's item is not theirs to close; their own is, once.
    const other = listImpactItems(db, { limit: 10 }).find((item) => item.applicationId === lateOther);
    expect(await fixture.call('uzman', 'impact:acknowledge', { id: other?.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await fixture.call('izleyici', 'impact:acknowledge', { id: other?.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await fixture.call('uzman2', 'impact:acknowledge', { id: other?.id })).toEqual({
      ok: true,
      value: { status: 'incelendi', statusLabel: 'İncelendi' },
    });
    expect(await fixture.call('uzman2', 'impact:acknowledge', { id: other?.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // Re-evaluating is the person's action: the new decision follows the corrected value and answers the item.
    const evaluated = await fixture.call('uzman', 'case:evaluate', { applicationId: late });
    expect(evaluated).toMatchObject({ ok: true, value: { evaluation: { eligible: false } } });
    expect(listImpactItems(db, { limit: 10 })).toEqual([]);
    expect(
      listImpactItems(db, { limit: 10, onlyOpen: false })
        .map((item) => item.status)
        .sort(),
    ).toEqual(['incelendi', 'yeniden_degerlendirildi']);

    // Nothing new arrived: asking again starts no run.
    expect(scheduler.requestIfReferenceChanged('Merkezden imzalı yayın')).toBe(false);
  }, 120_000);

  it('a yönetici’s edit of reference data starts a run; impact:run is for müdür and yönetici', async () => {
    const { db } = fixture.database;
    const scheduler = new ImpactScheduler(db, TEST_DATABASE_KEY, { today: () => '2026-05-04', workers: 1 });
    const app = createAppContext(db, { today: () => '2026-05-04', impact: scheduler });
    const call = (as: keyof typeof fixture.staff, channel: string, request: unknown) =>
      dispatch(app, slotOf(app.sessions.create(fixture.staff[as]).id), channel, request);
    await createEvaluatedCase(fixture, { name: 'Erken', appliedOn: '2026-03-10' });
    await scheduler.settled();
    const put = await call('yonetici', 'reference:put', {
      kind: 'holiday',
      date: '2026-10-28',
      dayKind: 'half',
      name: 'Cumhuriyet Bayramı arifesi',
    });
    expect(put).toMatchObject({ ok: true });
    await scheduler.settled();
    const listed = await call('mudur', 'impact:list', { scope: 'all', include: 'all' });
    expect(listed).toMatchObject({
      ok: true,
      value: { items: [], lastRun: { casesChecked: 1, casesAffected: 0, trigger: 'Yönetici düzenlemesi (Test yonetici)' } },
    });
    expect(await call('uzman', 'impact:run', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('mudur', 'impact:run', {})).toMatchObject({ ok: true, value: { started: true } });
    await scheduler.settled();
  }, 120_000);
});
