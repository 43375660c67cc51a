import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesResponse } from '../../electron/sync/changes-protocol';
import type { PushItem } from '../../electron/sync/protocol';
import { makeTempDir } from '../db/helpers';
import { PG_SKIP_REASON, startTestHq, STORE_KINDS, type TestHq } from './hq-test-server';
import { applicationEnvelope, applicationItem } from './push-items';

/**
 * `GET /v1/changes` (docs/sync-protocol.md §14.3) on both stores: only the
 * token's branch, never the asking device's own items, in position order
 * with the envelope as pushed, paged by the cursor, `last` moving past own
 * items; no token, no answer.
 */
const PC1 = uuidv7();
const PC2 = uuidv7();
const PC3 = uuidv7();

const ENVELOPE = applicationEnvelope(PC1, '1');

describe.each(STORE_KINDS)(`GET /v1/changes (%s)${PG_SKIP_REASON}`, (kind) => {
  let hq: TestHq;
  let kayseri: string;
  let sivas: string;
  beforeAll(async () => {
    hq = await startTestHq(kind, makeTempDir('kobi-hq-changes-'));
    kayseri = await hq.registerBranch('kayseri');
    sivas = await hq.registerBranch('sivas');
    const push = async (token: string, items: PushItem[]) => {
      const response = await fetch(`${hq.url}/v1/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ items }),
      });
      expect(response.status).toBe(200);
    };
    await push(kayseri, [applicationItem(PC1, '1', ENVELOPE), applicationItem(PC2, '1'), applicationItem(PC1, '2')]);
    await push(sivas, [applicationItem(PC3, '1')]);
    await push(kayseri, [applicationItem(PC2, '2')]);
  });
  afterAll(async () => {
    await hq.close();
  });

  async function changes(token: string, query: string) {
    const response = await fetch(`${hq.url}/v1/changes?${query}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  it('gives the other devices of the token’s branch only, in order, with the envelope as pushed', async () => {
    const answer = await changes(kayseri, `after=0&device=${PC2}`);
    expect(answer.status).toBe(200);
    const page = changesResponse.parse(answer.body);
    expect(page.entries.map((entry) => [entry.item.deviceId, entry.item.entityId])).toEqual([
      [PC1, '1'],
      [PC1, '2'],
    ]);
    expect(page.entries[0]?.item.replica).toEqual(ENVELOPE);
    expect(page.entries[1]?.item.replica).toBeUndefined();
    expect(page.last).toBeGreaterThan(page.entries[1]?.position ?? 0);
  });

  it.each([
    ['after the first of PC1', 1, [['PC1', '2']]],
    ['one per page', 0, [['PC1', '1']]],
  ] as const)('pages by cursor: %s', async (_name, skip, expected) => {
    const all = changesResponse.parse((await changes(kayseri, `after=0&device=${PC2}`)).body);
    const after = skip === 0 ? 0 : (all.entries[skip - 1]?.position ?? 0);
    const page = changesResponse.parse((await changes(kayseri, `after=${String(after)}&limit=1&device=${PC2}`)).body);
    expect(page.entries.map((entry) => [entry.item.deviceId === PC1 ? 'PC1' : 'PC2', entry.item.entityId])).toEqual(expected);
  });

  it('another branch sees none of it; its own device sees nothing new', async () => {
    const other = changesResponse.parse((await changes(sivas, `after=0&device=${PC3}`)).body);
    expect(other.entries).toEqual([]);
    expect(other.last).toBeGreaterThan(0);
    const last = changesResponse.parse((await changes(kayseri, `after=0&device=${PC2}`)).body).last;
    expect(changesResponse.parse((await changes(kayseri, `after=${String(last)}&device=${PC1}`)).body).entries).toEqual([]);
  });

  it.each([
    ['no token', '', 'after=0', 401],
    ['an unknown token', 'kdhq_bilinmeyen', 'after=0', 401],
    ['a device that is not a UUIDv7', 'kayseri', 'after=0&device=pc-1', 400],
    ['a page over 1000', 'kayseri', 'after=0&limit=1001', 400],
  ] as const)('refuses %s', async (_name, which, query, status) => {
    const token = which === 'kayseri' ? kayseri : which;
    const response = await fetch(`${hq.url}/v1/changes?${query}`, { headers: token === '' ? {} : { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(status);
  });
});
