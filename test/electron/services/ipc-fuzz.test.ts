import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { CHANNEL_NAMES, CONTRACT_ERROR_CODES } from '../../../electron/contract';
import { dispatch } from '../../../electron/services/dispatcher';
import { createAppFixture, createCaseFile, slotOf, type AppFixture } from './app-fixture';

/**
 * issue 13 item 9: random and malformed payloads to every channel, as every
 * kind of caller (no session, an officer, the yönetici), answer a typed
 * error — never a crash, never `internal`, never a stack or SQL in the
 * message — and write nothing (verify-audit and the row counts unchanged).
 */
let fixture: AppFixture;
let before: Record<string, number>;

function rowCounts(): Record<string, number> {
  const tables = fixture.database.db.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'enterprise_search%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (fixture.database.db.sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}

beforeAll(() => {
  fixture = createAppFixture();
  createCaseFile(fixture);
  before = rowCounts();
});
afterAll(() => {
  fixture.dispose();
});

/** Payloads no channel accepts: anything at all, near-misses of real shapes, hostile keys. */
const payload = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }),
  fc.constantFrom(null, undefined, '', 0, -1, [], 'DROP TABLE users', { __proto__: { admin: true } }, { constructor: { prototype: {} } }),
  fc.record({
    id: fc.oneof(fc.integer(), fc.string(), fc.double()),
    applicationId: fc.oneof(fc.integer({ min: -5, max: 0 }), fc.string()),
  }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ maxLength: 3000 }), fc.integer(), fc.boolean(), fc.constant(null))),
);

const LEAKS = /SQLITE|sqlite|SELECT |INSERT |\/work\/|node_modules|\bat .*\(|Error:/;

describe('IPC fuzz: every channel, every caller', () => {
  it.each(CHANNEL_NAMES.map((channel) => [channel]))('%s', async (channel) => {
    const sessions = [null, fixture.app.sessions.create(fixture.staff.uzman).id, fixture.app.sessions.create(fixture.staff.yonetici).id];
    await fc.assert(
      fc.asyncProperty(payload, fc.constantFrom(...sessions), async (request, session) => {
        const result = await dispatch(fixture.app, slotOf(session), channel, request);
        if (result.ok) return;
        expect(CONTRACT_ERROR_CODES).toContain(result.error.code);
        expect(result.error.code).not.toBe('internal');
        expect(result.error.message).not.toMatch(LEAKS);
      }),
      { numRuns: 60 },
    );
  });

  it('an unknown channel is a typed not-found', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), payload, async (channel, request) => {
        fc.pre(!(CHANNEL_NAMES as readonly string[]).includes(channel));
        expect(await dispatch(fixture.app, slotOf(null), channel, request)).toMatchObject({ ok: false, error: { code: 'not-found' } });
      }),
      { numRuns: 200 },
    );
  });

  it('wrote nothing: the audit verifies and every table holds the rows it held', () => {
    expect(verifyAudit(fixture.database.db)).toMatchObject({ ok: true });
    expect(rowCounts()).toEqual(before);
  });
});
