import { createHash } from 'node:crypto';
import pg from 'pg';
import type { FeedItem } from '../electron/sync/feed-protocol';
import type { FileStatus, ItemResult, PushItem } from '../electron/sync/protocol';
import { changeEntryOf, changesSql, envelopeText, type ChangeRow } from './changes';
import { chunkRangeSql, servedFileSql, sliceOf } from './file-content';
import { HQ_SCHEMA_VERSION, hqSchemaStatements, hqUpgradeStatements } from './hq-schema';
import { decidePush, versionKey, type KnownItem } from './push-decision';
import type { ChunkOutcome, HqStore, StoreCounts, StoredItem } from './store';

/**
 * The PostgreSQL store (`--pg URL`), what a headquarters with many
 * müdürlükler pushing at once runs. A batch is one transaction that reads
 * what it needs in bulk (items by id, current versions `FOR UPDATE`, complete
 * files), decides with hq/push-decision.ts, and writes in bulk with `unnest`.
 * Two deliveries of the same batch at once (a retry racing the first
 * attempt, the `duplicate` fault) are one branch's pushes, which take the
 * branch's advisory lock first: the second waits for the first to commit,
 * then finds its items stored and answers them as the duplicates they are
 * (heads of new rows, which `FOR UPDATE` cannot lock before they exist, are
 * covered by the same lock). Two branches sending one id at once meet at the
 * items' unique index (`ON CONFLICT DO NOTHING`); the one that inserted fewer
 * rows than it decided rolls back and decides again (`RacedPush`), so the
 * other branch's item is answered `id-reused`, never a duplicate.
 */

type Queryable = pg.PoolClient;

/** A batch met ids another branch's push committed meanwhile: rolled back and decided again. */
class RacedPush extends Error {}

/** How many times a raced batch is decided again; each retry sees the other push committed, so one is enough in practice. */
const RACE_RETRIES = 3;

async function retryingRaces<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof RacedPush) || attempt > RACE_RETRIES) throw error;
    }
  }
}

async function inTransaction<T>(pool: pg.Pool, work: (client: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

function placeholder(n: number): string {
  return `$${String(n)}`;
}

function count(value: unknown): number {
  return Number(value);
}

export async function openPostgresStore(url: string): Promise<HqStore> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  await inTransaction(pool, async (client) => {
    // One server creates the schema at a time, even when several start together.
    await client.query('SELECT pg_advisory_xact_lock(1701)');
    for (const statement of hqSchemaStatements('postgresql')) await client.query(statement);
    const version = await client.query<{ version: number }>('SELECT version FROM hq_schema');
    const stored = version.rows[0]?.version;
    if (stored === undefined) await client.query('INSERT INTO hq_schema (version) VALUES ($1)', [HQ_SCHEMA_VERSION]);
    else if (stored < HQ_SCHEMA_VERSION) {
      for (const statement of hqUpgradeStatements('postgresql', stored)) await client.query(statement);
      await client.query('UPDATE hq_schema SET version = $1', [HQ_SCHEMA_VERSION]);
    }
  });

  async function push(client: Queryable, branchId: string, items: readonly PushItem[], at: string): Promise<ItemResult[]> {
    // One push of a branch at a time (§14.3): its items then take sequence numbers in commit order, so a
    // branch's pull cursor never passes an item that a slower transaction commits later with a lower number.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('kobi-branch:' || $1))", [branchId]);
    const ids = items.map((item) => item.id);
    const known = new Map<string, KnownItem>();
    for (const row of (
      await client.query<KnownItem & { id: string }>(
        'SELECT id, branch_id AS "branchId", content_sha256 AS "contentSha256", supersedes FROM items WHERE id = ANY($1::text[])',
        [ids],
      )
    ).rows)
      known.set(row.id, { branchId: row.branchId, contentSha256: row.contentSha256, supersedes: row.supersedes });
    const heads = new Map<string, string>();
    const headRows = await client.query<{ deviceId: string; entity: string; entityId: string; headId: string }>(
      `SELECT h.device_id AS "deviceId", h.entity, h.entity_id AS "entityId", h.head_id AS "headId"
       FROM heads h JOIN unnest($2::text[], $3::text[], $4::text[]) AS k(device_id, entity, entity_id)
         ON h.device_id = k.device_id AND h.entity = k.entity AND h.entity_id = k.entity_id
       WHERE h.branch_id = $1 ORDER BY h.device_id, h.entity, h.entity_id FOR UPDATE OF h`,
      [branchId, items.map((item) => item.deviceId), items.map((item) => item.entity), items.map((item) => item.entityId)],
    );
    for (const row of headRows.rows) heads.set(versionKey(row), row.headId);
    const fileHashes = items.flatMap((item) => (item.file === null ? [] : [item.file.sha256]));
    const completeFiles = new Set<string>();
    if (fileHashes.length > 0) {
      for (const row of (
        await client.query<{ sha256: string }>('SELECT sha256 FROM files WHERE complete = 1 AND sha256 = ANY($1::text[])', [fileHashes])
      ).rows)
        completeFiles.add(row.sha256);
    }
    const decision = decidePush(branchId, items, { known, heads, completeFiles });
    const { duplicates, results } = decision;
    if (decision.inserts.length > 0) {
      const rows = decision.inserts;
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO items (id, branch_id, device_id, entity, entity_id, op, supersedes, content_sha256, payload, audit_seq, created_at, file_sha256, received_at, envelope)
         SELECT id, $1, device_id, entity, entity_id, op, supersedes, content_sha256, payload, audit_seq, created_at, file_sha256, $2, envelope
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[], $12::text[], $13::text[], $14::text[])
           WITH ORDINALITY AS t(id, device_id, entity, entity_id, op, supersedes, content_sha256, payload, audit_seq, created_at, file_sha256, envelope, n)
         ORDER BY n
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          branchId,
          at,
          rows.map((item) => item.id),
          rows.map((item) => item.deviceId),
          rows.map((item) => item.entity),
          rows.map((item) => item.entityId),
          rows.map((item) => item.op),
          rows.map((item) => item.supersedes),
          rows.map((item) => item.contentSha256),
          rows.map((item) => item.payload),
          rows.map((item) => item.auditSeq),
          rows.map((item) => item.createdAt),
          rows.map((item) => item.file?.sha256 ?? null),
          rows.map(envelopeText),
        ],
      );
      // Another transaction committed some of these ids after this one looked them up: only another branch can (its
      // lock is another), and whether each is a duplicate or an `id-reused` conflict is the decision's to make, so the
      // whole batch is decided again on what is now committed.
      if (inserted.rowCount !== rows.length) throw new RacedPush();
      const headList = [...decision.heads.values()];
      await client.query(
        `INSERT INTO heads (branch_id, device_id, entity, entity_id, head_id)
         SELECT $1, device_id, entity, entity_id, head_id FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(device_id, entity, entity_id, head_id)
         ON CONFLICT (branch_id, device_id, entity, entity_id) DO UPDATE SET head_id = excluded.head_id`,
        [
          branchId,
          headList.map((head) => head.item.deviceId),
          headList.map((head) => head.item.entity),
          headList.map((head) => head.item.entityId),
          headList.map((head) => head.headId),
        ],
      );
    }
    if (duplicates > 0) await client.query("UPDATE counters SET value = value + $1 WHERE name = 'duplicates'", [duplicates]);
    if (decision.conflicts > 0) await client.query("UPDATE counters SET value = value + $1 WHERE name = 'conflicts'", [decision.conflicts]);
    return results;
  }

  async function status(client: Queryable | pg.Pool, sha256: string): Promise<FileStatus> {
    const row = (
      await client.query<{ sizeBytes: string; received: string; complete: number }>(
        'SELECT size_bytes AS "sizeBytes", received, complete FROM files WHERE sha256 = $1',
        [sha256],
      )
    ).rows[0];
    return row === undefined
      ? { sha256, sizeBytes: null, received: 0, complete: false }
      : { sha256, sizeBytes: count(row.sizeBytes), received: count(row.received), complete: row.complete === 1 };
  }

  async function putChunk(
    client: Queryable,
    sha256: string,
    sizeBytes: number,
    offset: number,
    bytes: Buffer,
    at: string,
  ): Promise<ChunkOutcome> {
    await client.query(
      'INSERT INTO files (sha256, size_bytes, received, complete, created_at) VALUES ($1, $2, 0, 0, $3) ON CONFLICT (sha256) DO NOTHING',
      [sha256, sizeBytes, at],
    );
    await client.query('SELECT 1 FROM files WHERE sha256 = $1 FOR UPDATE', [sha256]);
    const current = await status(client, sha256);
    if (current.sizeBytes !== sizeBytes) return { kind: 'size-mismatch', sizeBytes: current.sizeBytes ?? 0 };
    if (current.complete || (offset < current.received && offset + bytes.length <= current.received))
      return { kind: 'ok', status: current };
    if (offset !== current.received || offset + bytes.length > sizeBytes) return { kind: 'offset-mismatch', received: current.received };
    await client.query('INSERT INTO file_chunks (sha256, byte_offset, data) VALUES ($1, $2, $3)', [sha256, offset, bytes]);
    const received = offset + bytes.length;
    if (received < sizeBytes) {
      await client.query('UPDATE files SET received = $2 WHERE sha256 = $1', [sha256, received]);
      return { kind: 'ok', status: await status(client, sha256) };
    }
    const hash = createHash('sha256');
    for (const row of (
      await client.query<{ data: Buffer }>('SELECT data FROM file_chunks WHERE sha256 = $1 ORDER BY byte_offset', [sha256])
    ).rows)
      hash.update(row.data);
    if (hash.digest('hex') !== sha256) {
      await client.query('DELETE FROM file_chunks WHERE sha256 = $1', [sha256]);
      await client.query('UPDATE files SET received = 0 WHERE sha256 = $1', [sha256]);
      return { kind: 'hash-mismatch' };
    }
    await client.query('UPDATE files SET received = $2, complete = 1, completed_at = $3 WHERE sha256 = $1', [sha256, received, at]);
    return { kind: 'ok', status: await status(client, sha256) };
  }

  return {
    kind: 'postgresql',
    registerBranch: async (branchId, name, hash, at) => {
      await pool.query(
        `INSERT INTO branches (branch_id, name, token_sha256, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (branch_id) DO UPDATE SET name = excluded.name, token_sha256 = excluded.token_sha256`,
        [branchId, name, hash, at],
      );
    },
    branchOfToken: async (hash) =>
      (await pool.query<{ branchId: string }>('SELECT branch_id AS "branchId" FROM branches WHERE token_sha256 = $1', [hash])).rows[0]
        ?.branchId ?? null,
    push: (branchId, items, at) => retryingRaces(() => inTransaction(pool, (client) => push(client, branchId, items, at))),
    fileStatus: (sha256) => status(pool, sha256),
    putChunk: (sha256, sizeBytes, offset, bytes, at) =>
      inTransaction(pool, (client) => putChunk(client, sha256, sizeBytes, offset, bytes, at)),
    fileSlice: (branchId, sha256, offset, length) =>
      inTransaction(pool, async (client) => {
        const file = (await client.query<{ sizeBytes: string }>(servedFileSql(placeholder), [sha256, branchId])).rows[0];
        if (file === undefined) return null;
        const sizeBytes = count(file.sizeBytes);
        const to = Math.min(sizeBytes, offset + length);
        const chunks =
          offset >= to
            ? []
            : (await client.query<{ offset: string; data: Buffer }>(chunkRangeSql(placeholder, 'octet_length'), [sha256, to, offset])).rows;
        return { sizeBytes, bytes: sliceOf(chunks, offset, to) };
      }),
    counts: async () => {
      const row = (
        await pool.query<Record<keyof StoreCounts, string>>(
          `SELECT (SELECT count(*) FROM items) AS documents,
                  (SELECT value FROM counters WHERE name = 'duplicates') AS duplicates,
                  (SELECT value FROM counters WHERE name = 'conflicts') AS conflicts,
                  (SELECT count(*) FROM files WHERE complete = 1) AS files,
                  (SELECT count(*) FROM branches) AS branches`,
        )
      ).rows[0];
      if (row === undefined) throw new Error('sayaçlar okunamadı');
      return {
        documents: count(row.documents),
        duplicates: count(row.duplicates),
        conflicts: count(row.conflicts),
        files: count(row.files),
        branches: count(row.branches),
      };
    },
    appendFeedItem: async (item, at) => {
      const row = (
        await pool.query<{ position: string }>(
          `INSERT INTO feed_items (id, sequence, kind, issued_at, key_id, payload, signature, published_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING position`,
          [item.id, item.sequence, item.kind, item.issuedAt, item.keyId, item.payload, item.signature, at],
        )
      ).rows[0];
      if (row === undefined) throw new Error('yayın kaydı eklenemedi');
      return count(row.position);
    },
    lastFeedSequence: async () =>
      count((await pool.query<{ last: string }>('SELECT coalesce(max(sequence), 0) AS last FROM feed_items')).rows[0]?.last ?? 0),
    feedAfter: async (position, limit) => {
      const rows = (
        await pool.query<Omit<FeedItem, 'sequence'> & { position: string; sequence: string }>(
          `SELECT position, id, sequence, kind, issued_at AS "issuedAt", key_id AS "keyId", payload, signature
           FROM feed_items WHERE position > $1 ORDER BY position LIMIT $2`,
          [position, limit],
        )
      ).rows;
      const last = count(
        (await pool.query<{ last: string }>('SELECT coalesce(max(position), 0) AS last FROM feed_items')).rows[0]?.last ?? 0,
      );
      return {
        entries: rows.map(({ position: at, sequence, ...item }) => ({ position: count(at), item: { ...item, sequence: count(sequence) } })),
        last,
      };
    },
    changesAfter: (branchId, position, limit, excludeDevice) =>
      inTransaction(pool, async (client) => {
        // One snapshot for the page and `last`, so `last` never names an item the page could not see.
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const rows = (
          await client.query<ChangeRow>(
            changesSql((n) => `$${String(n)}`),
            [branchId, position, excludeDevice, limit],
          )
        ).rows;
        const last = (
          await client.query<{ last: string }>('SELECT coalesce(max(server_seq), 0) AS last FROM items WHERE branch_id = $1', [branchId])
        ).rows[0]?.last;
        return { entries: rows.map(changeEntryOf), last: count(last ?? 0) };
      }),
    listItems: async () =>
      (
        await pool.query<StoredItem & { serverSeq: string }>(
          'SELECT id, branch_id AS "branchId", content_sha256 AS "contentSha256", server_seq AS "serverSeq" FROM items ORDER BY server_seq',
        )
      ).rows.map((row) => ({ ...row, serverSeq: count(row.serverSeq) })),
    close: () => pool.end(),
  };
}
