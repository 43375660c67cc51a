import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReplicaEnvelope } from '../../db/replication/envelope';
import type { PushItem } from '../../electron/sync/protocol';
import { HQ_SCHEMA_VERSION } from '../../hq/hq-schema';
import { openPostgresStore } from '../../hq/postgres-store';
import { openSqliteStore } from '../../hq/sqlite-store';
import type { HqStore } from '../../hq/store';
import { makeTempDir } from '../db/helpers';
import { hqSchemaV3Statements } from './hq-schema-v3';
import { freshPgDatabase, PG_SKIP_REASON, STORE_KINDS, type StoreKind } from './hq-test-server';
import { applicationEnvelope, applicationItem } from './push-items';

/**
 * Headquarters schema version 4 on a store made by version 3: the envelopes
 * move from `item_envelopes` into `items.envelope`, the file index keeps only
 * items that name a file, and the store serves and takes items as before.
 */
const PC1 = uuidv7();
const PC2 = uuidv7();

const ENVELOPE = applicationEnvelope(PC1, '1');

function item(entityId: string, replica?: ReplicaEnvelope): PushItem {
  return applicationItem(PC1, entityId, replica);
}

/** Statements on the raw store: `?` placeholders, turned into `$n` for PostgreSQL. */
type RawStore = {
  readonly run: (sql: string, values?: readonly unknown[]) => Promise<Record<string, unknown>[]>;
  readonly close: () => Promise<void>;
};

async function rawStore(kind: StoreKind, dir: string, pgUrl: string): Promise<RawStore> {
  if (kind === 'sqlite') {
    const sqlite = new Database(join(dir, 'hq.sqlite'));
    return {
      run: (sql, values = []) => {
        const statement = sqlite.prepare(sql);
        return Promise.resolve(statement.reader ? (statement.all(...values) as Record<string, unknown>[]) : (statement.run(...values), []));
      },
      close: () => {
        sqlite.close();
        return Promise.resolve();
      },
    };
  }
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  return {
    run: async (sql, values = []) => {
      let n = 0;
      return (
        await client.query(
          sql.replaceAll('?', () => `$${String((n += 1))}`),
          [...values],
        )
      ).rows as Record<string, unknown>[];
    },
    close: () => client.end(),
  };
}

const STORED_COLUMNS =
  'id, branch_id, device_id, entity, entity_id, op, supersedes, content_sha256, payload, audit_seq, created_at, file_sha256, received_at';

function storedValues(stored: PushItem): unknown[] {
  return [
    stored.id,
    'kayseri',
    stored.deviceId,
    stored.entity,
    stored.entityId,
    stored.op,
    stored.supersedes,
    stored.contentSha256,
    stored.payload,
    stored.auditSeq,
    stored.createdAt,
    null,
    '2026-03-02T08:00:01.000Z',
  ];
}

describe.each(STORE_KINDS)(`headquarters schema version 4 on a version-3 store (%s)${PG_SKIP_REASON}`, (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('moves the envelopes into items, narrows the file index, and serves and takes items as before', async () => {
    const dir = makeTempDir('kobi-hq-upgrade-');
    const pgDatabase = kind === 'postgresql' ? await freshPgDatabase() : null;
    if (pgDatabase !== null) cleanups.push(pgDatabase.drop);
    const withEnvelope = item('1', ENVELOPE);
    const without = item('2');

    const raw = await rawStore(kind, dir, pgDatabase?.url ?? '');
    for (const statement of hqSchemaV3Statements(kind)) await raw.run(statement);
    await raw.run('INSERT INTO branches (branch_id, name, token_sha256, created_at) VALUES (?, ?, ?, ?)', [
      'kayseri',
      'Kayseri',
      'a'.repeat(64),
      '2026-03-01T08:00:00.000Z',
    ]);
    for (const stored of [withEnvelope, without])
      await raw.run(
        `INSERT INTO items (${STORED_COLUMNS}) VALUES (${STORED_COLUMNS.split(', ').fill('?').join(', ')})`,
        storedValues(stored),
      );
    await raw.run('INSERT INTO item_envelopes (item_id, hlc, envelope) VALUES (?, ?, ?)', [
      withEnvelope.id,
      ENVELOPE.hlc,
      JSON.stringify(ENVELOPE),
    ]);
    await raw.close();

    const store: HqStore = pgDatabase === null ? openSqliteStore(dir) : await openPostgresStore(pgDatabase.url);
    cleanups.unshift(() => store.close());
    const served = await store.changesAfter('kayseri', 0, 10, PC2);
    expect(served.entries.map((entry) => entry.item)).toEqual([withEnvelope, without]);

    const fresh = item('3', applicationEnvelope(PC1, '3', 2));
    const answers = await store.push('kayseri', [withEnvelope, fresh], '2026-03-02T09:00:00.000Z');
    expect(answers.map((answer) => answer.status)).toEqual([200, 201]);
    expect((await store.changesAfter('kayseri', served.last, 10, PC2)).entries.map((entry) => entry.item)).toEqual([fresh]);
    expect(await store.counts()).toMatchObject({ documents: 3, duplicates: 1 });

    const after = await rawStore(kind, dir, pgDatabase?.url ?? '');
    cleanups.unshift(() => after.close());
    expect(await after.run('SELECT version FROM hq_schema')).toEqual([{ version: HQ_SCHEMA_VERSION }]);
    const names =
      kind === 'sqlite'
        ? "SELECT name FROM sqlite_master WHERE name IN ('item_envelopes', 'items_file_branch_idx', 'items_file_idx') ORDER BY name"
        : "SELECT relname AS name FROM pg_class WHERE relname IN ('item_envelopes', 'items_file_branch_idx', 'items_file_idx') ORDER BY relname";
    expect(await after.run(names)).toEqual([{ name: 'items_file_idx' }]);
  });
});
