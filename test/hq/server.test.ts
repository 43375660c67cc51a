import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushItem } from '../../electron/sync/protocol';
import { contentSha256 } from '../../hq/push-decision';
import { makeTempDir } from '../db/helpers';
import { PG_SKIP_REASON, startTestHq, STORE_KINDS, type TestHq } from './hq-test-server';

/**
 * The headquarters server's side of docs/sync-protocol.md, spoken to with
 * plain fetch on 127.0.0.1, on both stores: authentication, versioning,
 * idempotency, versions, files in chunks, the error model.
 */
const DEVICE = uuidv7();

function item(fields: Partial<PushItem> & { readonly entityId: string; readonly payload: string | null }): PushItem {
  const base = { entity: 'applications', op: 'update' as const, ...fields };
  return {
    id: uuidv7(),
    deviceId: DEVICE,
    supersedes: null,
    auditSeq: 1,
    createdAt: '2026-03-02T08:00:00.000Z',
    file: null,
    ...base,
    contentSha256: fields.contentSha256 ?? contentSha256(base),
  };
}

describe.each(STORE_KINDS)(`headquarters server — protocol v1 (%s)${PG_SKIP_REASON}`, (kind) => {
  let hq: TestHq;
  let token: string;
  beforeAll(async () => {
    hq = await startTestHq(kind, makeTempDir('kobi-hq-'));
    token = await hq.registerBranch('kayseri');
  });
  afterAll(async () => {
    await hq.close();
  });

  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${hq.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined
          ? {}
          : Buffer.isBuffer(body)
            ? { 'content-type': 'application/octet-stream' }
            : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? null : Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  const push = async (items: PushItem[]) =>
    (await call('POST', '/v1/push', { items })).body as {
      results: { id: string; status: number; code?: string; currentVersion?: string | null }[];
    };

  it.each([
    ['no token', {}, 401, 'unauthorized'],
    ['an unknown token', { authorization: 'Bearer kdhq_bilinmeyen' }, 401, 'unauthorized'],
    ['another major protocol version', { 'kobi-protocol': '2.0' }, 426, 'unsupported-version'],
  ])('refuses %s', async (_name, headers, status, code) => {
    const response = await fetch(`${hq.url}/v1/hello`, {
      headers: { ...(_name === 'no token' ? {} : { authorization: `Bearer ${token}` }), ...headers },
    });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: { code } });
  });

  it('says who the token belongs to, and which protocol it speaks', async () => {
    const answer = await call('GET', '/v1/hello');
    expect(answer).toMatchObject({ status: 200, body: { branchId: 'kayseri', protocol: '1.3' } });
  });

  it('a malformed push is a 400 with the field named, in Turkish', async () => {
    const answer = await call('POST', '/v1/push', { items: [{ ...item({ entityId: '1', payload: '{}' }), id: 'not-a-uuid' }] });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: { code: 'invalid-request', message: expect.stringMatching(/^İstek protokole uymuyor \(items\.0\.id: /) as unknown },
    });
  });

  it('stores once: an identical replay is a no-op, another content under the same id a 409, a wrong hash a 422', async () => {
    const first = item({ entityId: '10', op: 'insert', payload: '{"id":10,"status":"SUBMITTED"}' });
    const before = await hq.stats();
    expect((await push([first])).results).toEqual([{ id: first.id, status: 201 }]);
    expect((await push([first, first])).results).toEqual([
      { id: first.id, status: 200 },
      { id: first.id, status: 200 },
    ]);
    const changed = { ...first, payload: '{"id":10,"status":"APPROVED"}' };
    expect((await push([{ ...changed, contentSha256: contentSha256(changed) }])).results[0]).toMatchObject({
      status: 409,
      code: 'id-reused',
    });
    const lying = item({ entityId: '11', payload: '{}', contentSha256: 'b'.repeat(64) });
    expect((await push([lying])).results[0]).toMatchObject({ status: 422, code: 'hash-mismatch' });
    const after = await hq.stats();
    expect(after.documents - before.documents).toBe(1);
    expect(after.duplicates - before.duplicates).toBe(2);
  });

  it('an edit names the version it supersedes: the current one is stored, an older one is a 409 naming the current', async () => {
    const v1 = item({ entityId: '20', op: 'insert', payload: '{"v":1}' });
    const v2 = item({ entityId: '20', payload: '{"v":2}', supersedes: v1.id });
    const stale = item({ entityId: '20', payload: '{"v":"2b"}', supersedes: v1.id });
    const orphan = item({ entityId: '21', payload: '{"v":9}', supersedes: uuidv7() });
    expect((await push([v1, v2])).results.map((result) => result.status)).toEqual([201, 201]);
    expect((await push([stale, orphan])).results).toEqual([
      expect.objectContaining({ id: stale.id, status: 409, code: 'stale-version', currentVersion: v2.id }),
      expect.objectContaining({ id: orphan.id, status: 409, code: 'stale-version', currentVersion: null }),
    ]);
  });

  it('takes a file in resumable chunks: replays are no-ops, a gap names the offset, the item waits for the whole file', async () => {
    const bytes = Buffer.alloc(100_000, 'belge ');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const document = item({
      entity: 'documents',
      op: 'insert',
      entityId: '5',
      payload: '{"id":5}',
      file: { sha256: sha, sizeBytes: bytes.length },
    });
    expect((await push([document])).results[0]).toMatchObject({ status: 428, code: 'file-missing' });
    expect(await call('GET', `/v1/files/${sha}`)).toEqual({
      status: 200,
      body: { sha256: sha, sizeBytes: null, received: 0, complete: false },
    });
    const put = (offset: number, end: number) =>
      call('PUT', `/v1/files/${sha}?offset=${offset}&size=${bytes.length}`, bytes.subarray(offset, end));
    expect(await put(0, 40_000)).toMatchObject({ status: 200, body: { received: 40_000, complete: false } });
    expect(await put(0, 40_000)).toMatchObject({ status: 200, body: { received: 40_000, complete: false } });
    expect(await put(60_000, 80_000)).toMatchObject({ status: 409, body: { error: { code: 'offset-mismatch', received: 40_000 } } });
    expect(await put(40_000, 100_000)).toMatchObject({ status: 200, body: { received: 100_000, complete: true } });
    expect((await push([document])).results[0]).toEqual({ id: document.id, status: 201 });
  });

  it('a file whose bytes do not match its name is refused whole and starts again from zero', async () => {
    const sha = createHash('sha256').update('başka içerik').digest('hex');
    const answer = await call('PUT', `/v1/files/${sha}?offset=0&size=5`, Buffer.from('12345'));
    expect(answer).toMatchObject({ status: 422, body: { error: { code: 'hash-mismatch' } } });
    expect(await call('GET', `/v1/files/${sha}`)).toMatchObject({ body: { received: 0, complete: false } });
  });

  it('answers _stats on the loopback interface with documents and duplicates', async () => {
    const stats = await hq.stats();
    expect(stats).toMatchObject({ branches: 1, documents: expect.any(Number) as unknown, duplicates: expect.any(Number) as unknown });
  });
});
