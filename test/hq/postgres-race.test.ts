import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../electron/sync/changes-protocol';
import type { PushItem } from '../../electron/sync/protocol';
import { contentSha256 } from '../../hq/push-decision';
import { makeTempDir } from '../db/helpers';
import { PG_SKIP_REASON, PG_URL, startTestHq, type TestHq } from './hq-test-server';

/**
 * The PostgreSQL store under concurrent deliveries (issue 18, h31 item 3):
 * the same batch delivered many times at once (what the `duplicate` fault
 * and a retry racing its first attempt do), while the branch's other PC
 * pushes too and a third PC pages `GET /v1/changes` all along. Every item is
 * stored exactly once and answered 201 exactly once; each round's updates
 * supersede the previous round's items, so a wrong head fails the next round
 * with `stale-version`; the reader's cursor never skips or repeats an item.
 * Two branches sending the same new ids at once: one stores them, the other
 * is refused `id-reused` (never told they are its duplicates).
 */
const PC1 = uuidv7();
const PC2 = uuidv7();
const READER = uuidv7();
const ROWS = 6;
const ROUNDS = 6;
const COPIES = 12;
const AT = '2026-03-02T08:00:00.000Z';

function item(deviceId: string, entityId: string, round: number, supersedes: string | null): PushItem {
  const base = {
    entity: 'applications',
    entityId,
    op: supersedes === null ? ('insert' as const) : ('update' as const),
    payload: `{"id":${entityId},"program":"IKDP-2026","round":${String(round)}}`,
  };
  return { id: uuidv7(), deviceId, supersedes, auditSeq: round, createdAt: AT, file: null, ...base, contentSha256: contentSha256(base) };
}

/** Round `round` of a device: one item per row, each superseding the row's previous item. */
function batch(deviceId: string, round: number, heads: Map<string, string>): PushItem[] {
  return Array.from({ length: ROWS }, (_unused, index) => {
    const entityId = String(index + 1);
    const next = item(deviceId, entityId, round, heads.get(entityId) ?? null);
    heads.set(entityId, next.id);
    return next;
  });
}

describe(`PostgreSQL store: concurrent deliveries of one batch${PG_SKIP_REASON}`, () => {
  let hq: TestHq | null = null;
  beforeAll(async () => {
    if (PG_URL === '') return;
    hq = await startTestHq('postgresql', makeTempDir('kobi-hq-race-'));
    await hq.registerBranch('kayseri');
    await hq.registerBranch('sivas');
  });
  afterAll(async () => {
    await hq?.close();
  });

  it.skipIf(PG_URL === '')(
    'stores every item once, keeps heads right and the change feed in order',
    async () => {
      if (hq === null) throw new Error('merkez yok');
      const { store } = hq;
      const heads1 = new Map<string, string>();
      const heads2 = new Map<string, string>();
      const pushed: PushItem[] = [];
      const seen: ChangeEntry[] = [];
      let cursor = 0;
      const pushing = { running: true };
      const reader = (async () => {
        for (;;) {
          const done = !pushing.running;
          const page = await store.changesAfter('kayseri', cursor, 7, READER);
          seen.push(...page.entries);
          cursor = page.entries.at(-1)?.position ?? cursor;
          if (done && page.entries.length === 0) return;
        }
      })();
      try {
        for (let round = 1; round <= ROUNDS; round += 1) {
          const first = batch(PC1, round, heads1);
          const second = batch(PC2, round, heads2);
          pushed.push(...first, ...second);
          const deliveries = await Promise.all(
            Array.from({ length: 2 * COPIES }, (_unused, copy) => store.push('kayseri', copy % 2 === 0 ? first : second, AT)),
          );
          const created = new Map<string, number>();
          for (const result of deliveries.flat()) {
            expect([200, 201], `${result.id}: ${JSON.stringify(result)}`).toContain(result.status);
            if (result.status === 201) created.set(result.id, (created.get(result.id) ?? 0) + 1);
          }
          expect(created.size).toBe(2 * ROWS);
          expect([...created.values()].every((times) => times === 1)).toBe(true);
        }
      } finally {
        pushing.running = false;
        await reader;
      }

      const stored = await store.listItems();
      expect(stored.map((row) => row.id).sort()).toEqual(pushed.map((row) => row.id).sort());
      const counts = await store.counts();
      expect(counts.duplicates).toBe(ROUNDS * 2 * ROWS * (COPIES - 1));
      expect(counts.conflicts).toBe(0);

      // The reader saw every item exactly once, in storage order, each row's versions in their supersedes order.
      expect(seen.map((entry) => entry.item.id)).toEqual(stored.map((row) => row.id));
      const positions = seen.map((entry) => entry.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      const last = new Map<string, string>();
      for (const { item: change } of seen) {
        const key = `${change.deviceId}/${change.entityId}`;
        expect(change.supersedes).toBe(last.get(key) ?? null);
        last.set(key, change.id);
      }
      expect(new Set(seen.map((entry) => entry.item.id)).size).toBe(seen.length);
    },
    120_000,
  );

  it.skipIf(PG_URL === '')(
    'gives one branch the new ids and refuses the other’s copies as id-reused',
    async () => {
      if (hq === null) throw new Error('merkez yok');
      const { store } = hq;
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const items = batch(PC1, 1, new Map()).map((one) => ({ ...one, entityId: `${String(attempt)}-${one.entityId}` }));
        const sent = items.map((one) => ({ ...one, contentSha256: contentSha256(one) }));
        const answers = await Promise.all(
          Array.from({ length: 8 }, (_unused, copy) =>
            store.push(copy % 2 === 0 ? 'kayseri' : 'sivas', sent, AT).then((results) => ({ copy, results })),
          ),
        );
        const winners = new Set(
          answers.filter((answer) => answer.results.some((result) => result.status === 201)).map((answer) => answer.copy % 2),
        );
        expect(winners.size).toBe(1);
        const winner = [...winners][0];
        for (const answer of answers) {
          const statuses = new Set(answer.results.map((result) => result.status));
          if (answer.copy % 2 === winner) expect([...statuses].every((status) => status === 200 || status === 201)).toBe(true);
          else expect([...statuses]).toEqual([409]);
        }
        const owners = (await store.listItems()).filter((row) => sent.some((one) => one.id === row.id)).map((row) => row.branchId);
        expect(owners).toHaveLength(ROWS);
        expect(new Set(owners).size).toBe(1);
      }
    },
    120_000,
  );
});
