import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { pushRequest, type PushItem } from '../../electron/sync/protocol';
import { contentSha256 } from '../../hq/push-decision';
import { validatePushRequest } from '../../hq/push-validation';

/**
 * hq/push-validation.ts: the compiled validator must judge exactly as the zod
 * schema it is made from — every body zod refuses is refused with zod's error,
 * every body accepted comes out as zod's parse would.
 */
const DEVICE = uuidv7();
const HLC = `2026-03-02T08:00:00.000Z-00000000-${DEVICE}`;

function item(): PushItem {
  const base = { entity: 'applications', entityId: '12', op: 'update' as const, payload: '{"id":12,"status":"APPROVED"}' };
  return {
    id: uuidv7(),
    deviceId: DEVICE,
    supersedes: uuidv7(),
    auditSeq: 4,
    createdAt: '2026-03-02T08:00:00.000Z',
    file: null,
    ...base,
    contentSha256: contentSha256(base),
    replica: {
      hlc: HLC,
      origin: { deviceId: DEVICE, entityId: '12' },
      refs: {
        enterprise_id: { deviceId: DEVICE, entityId: '3' },
        responsible_user_id: { username: 'uzman', fullName: 'Ayşe Uzman', role: 'uzman' },
      },
      changed: ['status'],
      prev: { status: 'SUBMITTED' },
      actor: 'user:uzman',
    },
  };
}

type Edit = (body: { items: Record<string, unknown>[] }) => void;

function edited(edit: Edit): unknown {
  const body = { items: [item(), item()] as unknown as Record<string, unknown>[] };
  edit(body);
  return JSON.parse(JSON.stringify(body)) as unknown;
}

function first(body: { items: Record<string, unknown>[] }): Record<string, unknown> {
  const value = body.items[0];
  if (value === undefined) throw new Error('boş gövde');
  return value;
}

function replicaOf(body: { items: Record<string, unknown>[] }): Record<string, unknown> {
  return first(body).replica as Record<string, unknown>;
}

describe('push request validation', () => {
  it.each<[string, Edit]>([
    ['as the client sends it', () => undefined],
    ['without an envelope (a 1.0 client)', (body) => delete first(body).replica],
    ['with a file', (body) => (first(body).file = { sha256: 'a'.repeat(64), sizeBytes: 0 })],
    ['a delete (no payload, no change)', (body) => Object.assign(first(body), { op: 'delete', payload: null })],
    ['an actor of 200 characters', (body) => (replicaOf(body).actor = 'ş'.repeat(200))],
    ['an actor of 150 emoji (300 UTF-16 code units, 150 characters)', (body) => (replicaOf(body).actor = '😀'.repeat(150))],
    [
      'a user name of one emoji',
      (body) => ((replicaOf(body).refs as Record<string, object>).x = { username: '😀', fullName: '', role: 'r' }),
    ],
    ['a field the server does not know (a newer client): dropped', (body) => (first(body).later = 1)],
    ['an envelope field the server does not know: dropped', (body) => (replicaOf(body).later = { a: 1 })],
    [
      'a user reference with an extra field: dropped',
      (body) => ((replicaOf(body).refs as Record<string, object>).x = { username: 'u', fullName: '', role: 'r', y: 1 }),
    ],
  ])('accepted %s, exactly as zod parses it', (_name, edit) => {
    const body = edited(edit);
    const outcome = validatePushRequest(body);
    expect(outcome).toEqual({ ok: true, value: pushRequest.parse(body) });
  });

  it.each<[string, Edit]>([
    ['no items', (body) => (body.items = [])],
    ['501 items', (body) => (body.items = Array.from({ length: 501 }, () => item()))],
    ['an id that is not a UUIDv7', (body) => (first(body).id = '0192f0c1-7a00-4000-8000-000000000001')],
    ['an upper-case id', (body) => (first(body).id = String(first(body).id).toUpperCase())],
    ['an entity id with a sign', (body) => (first(body).entityId = '-1')],
    ['an entity id of 19 digits', (body) => (first(body).entityId = '1'.repeat(19))],
    ['an unknown operation', (body) => (first(body).op = 'upsert')],
    ['audit sequence 0', (body) => (first(body).auditSeq = 0)],
    ['audit sequence 1.5', (body) => (first(body).auditSeq = 1.5)],
    ['audit sequence past 2^53', (body) => (first(body).auditSeq = 2 ** 53)],
    ['a time without Z', (body) => (first(body).createdAt = '2026-03-02T08:00:00.000')],
    ['30 February', (body) => (first(body).createdAt = '2026-02-30T08:00:00.000Z')],
    ['a short hash', (body) => (first(body).contentSha256 = 'ab')],
    ['a file of negative size', (body) => (first(body).file = { sha256: 'a'.repeat(64), sizeBytes: -1 })],
    ['a missing payload key', (body) => delete first(body).payload],
    ['an envelope without a clock', (body) => delete replicaOf(body).hlc],
    ['a reference that is neither a row nor a user', (body) => ((replicaOf(body).refs as Record<string, object>).x = { deviceId: DEVICE })],
    ['a previous value that is an object', (body) => (replicaOf(body).prev = { status: { a: 1 } })],
    // Lengths are counted in code points on both sides: 201 characters outside the BMP are over 200, 150 are not.
    ['an actor of 201 emoji', (body) => (replicaOf(body).actor = '😀'.repeat(201))],
    ['an empty user name', (body) => ((replicaOf(body).refs as Record<string, object>).x = { username: '', fullName: '', role: 'r' })],
    ['items that is not an array', (body) => ((body as unknown as { items: unknown }).items = {})],
  ])('refused with zod’s error: %s', (_name, edit) => {
    const body = edited(edit);
    const outcome = validatePushRequest(body);
    const zod = pushRequest.safeParse(body);
    expect(zod.success).toBe(false);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok && !zod.success) expect(outcome.error.issues).toEqual(zod.error.issues);
  });
});
