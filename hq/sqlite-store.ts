import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FeedItem } from '../electron/sync/feed-protocol';
import type { FileStatus, ItemResult, PushItem } from '../electron/sync/protocol';
import { changeEntryOf, changesSql, envelopeText, type ChangeRow } from './changes';
import { chunkRangeSql, servedFileSql, sliceOf } from './file-content';
import { HQ_SCHEMA_VERSION, hqSchemaStatements, hqUpgradeStatements } from './hq-schema';
import { decidePush, versionKey, type KnownItem } from './push-decision';
import type { ChunkOutcome, HqStore, StoreCounts, StoredItem } from './store';

/**
 * The embedded store: one SQLite file, `DIR/hq.sqlite`, WAL and
 * `synchronous=FULL` (an acknowledged item must survive a power cut: the
 * branch has already marked it sent). Unencrypted: it runs on headquarters'
 * own server, whose disk encryption and access control protect it, and an
 * encryption key here would only move the secret next to the file; the
 * branches' laptops are what get lost. better-sqlite3 is synchronous, so a
 * batch is one transaction that nothing can interleave with.
 */
export function openSqliteStore(dataDir: string): HqStore {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new Database(join(dataDir, 'hq.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.transaction(() => {
    for (const statement of hqSchemaStatements('sqlite')) sqlite.exec(statement);
    const version = sqlite.prepare('SELECT version FROM hq_schema').get() as { version: number } | undefined;
    if (version === undefined) sqlite.prepare('INSERT INTO hq_schema (version) VALUES (?)').run(HQ_SCHEMA_VERSION);
    else if (version.version < HQ_SCHEMA_VERSION) {
      for (const statement of hqUpgradeStatements('sqlite', version.version)) sqlite.exec(statement);
      sqlite.prepare('UPDATE hq_schema SET version = ?').run(HQ_SCHEMA_VERSION);
    }
  })();

  const knownItems = sqlite.prepare(
    'SELECT id, branch_id AS branchId, content_sha256 AS contentSha256, supersedes FROM items WHERE id IN (SELECT value FROM json_each(?))',
  );
  const head = sqlite.prepare('SELECT head_id AS headId FROM heads WHERE branch_id = ? AND device_id = ? AND entity = ? AND entity_id = ?');
  const fileComplete = sqlite.prepare('SELECT complete FROM files WHERE sha256 = ?');
  const insertItem = sqlite.prepare(
    `INSERT INTO items (id, branch_id, device_id, entity, entity_id, op, supersedes, content_sha256, payload, audit_seq, created_at, file_sha256, received_at, envelope)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const upsertHead = sqlite.prepare(
    `INSERT INTO heads (branch_id, device_id, entity, entity_id, head_id) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (branch_id, device_id, entity, entity_id) DO UPDATE SET head_id = excluded.head_id`,
  );
  const changesPage = sqlite.prepare(changesSql(() => '?'));
  const branchLast = sqlite.prepare('SELECT coalesce(max(server_seq), 0) AS last FROM items WHERE branch_id = ?');
  const addCounter = sqlite.prepare('UPDATE counters SET value = value + ? WHERE name = ?');
  const servedFile = sqlite.prepare(servedFileSql(() => '?'));
  const chunkRange = sqlite.prepare(chunkRangeSql(() => '?', 'length'));
  const fileRow = sqlite.prepare('SELECT size_bytes AS sizeBytes, received, complete FROM files WHERE sha256 = ?');

  const push = sqlite.transaction((branchId: string, items: readonly PushItem[], at: string): ItemResult[] => {
    const known = new Map<string, KnownItem>();
    for (const { id, ...stored } of knownItems.all(JSON.stringify(items.map((item) => item.id))) as (KnownItem & { id: string })[])
      known.set(id, stored);
    const heads = new Map<string, string>();
    const completeFiles = new Set<string>();
    for (const item of items) {
      const current = head.get(branchId, item.deviceId, item.entity, item.entityId) as { headId: string } | undefined;
      if (current !== undefined) heads.set(versionKey(item), current.headId);
      if (item.file !== null && (fileComplete.get(item.file.sha256) as { complete: number } | undefined)?.complete === 1)
        completeFiles.add(item.file.sha256);
    }
    const decision = decidePush(branchId, items, { known, heads, completeFiles });
    for (const item of decision.inserts) {
      insertItem.run(
        item.id,
        branchId,
        item.deviceId,
        item.entity,
        item.entityId,
        item.op,
        item.supersedes,
        item.contentSha256,
        item.payload,
        item.auditSeq,
        item.createdAt,
        item.file?.sha256 ?? null,
        at,
        envelopeText(item),
      );
    }
    for (const { item, headId } of decision.heads.values()) upsertHead.run(branchId, item.deviceId, item.entity, item.entityId, headId);
    if (decision.duplicates > 0) addCounter.run(decision.duplicates, 'duplicates');
    if (decision.conflicts > 0) addCounter.run(decision.conflicts, 'conflicts');
    return decision.results;
  });

  function status(sha256: string): FileStatus {
    const row = fileRow.get(sha256) as { sizeBytes: number; received: number; complete: number } | undefined;
    return row === undefined
      ? { sha256, sizeBytes: null, received: 0, complete: false }
      : { sha256, sizeBytes: row.sizeBytes, received: row.received, complete: row.complete === 1 };
  }

  const putChunk = sqlite.transaction((sha256: string, sizeBytes: number, offset: number, bytes: Buffer, at: string): ChunkOutcome => {
    let current = status(sha256);
    if (current.sizeBytes === null) {
      sqlite
        .prepare('INSERT INTO files (sha256, size_bytes, received, complete, created_at) VALUES (?, ?, 0, 0, ?)')
        .run(sha256, sizeBytes, at);
      current = status(sha256);
    }
    if (current.sizeBytes !== sizeBytes) return { kind: 'size-mismatch', sizeBytes: current.sizeBytes ?? 0 };
    if (current.complete || (offset < current.received && offset + bytes.length <= current.received))
      return { kind: 'ok', status: current };
    if (offset !== current.received || offset + bytes.length > sizeBytes) return { kind: 'offset-mismatch', received: current.received };
    sqlite.prepare('INSERT INTO file_chunks (sha256, byte_offset, data) VALUES (?, ?, ?)').run(sha256, offset, bytes);
    const received = offset + bytes.length;
    if (received < sizeBytes) {
      sqlite.prepare('UPDATE files SET received = ? WHERE sha256 = ?').run(received, sha256);
      return { kind: 'ok', status: status(sha256) };
    }
    const hash = createHash('sha256');
    for (const chunk of sqlite.prepare('SELECT data FROM file_chunks WHERE sha256 = ? ORDER BY byte_offset').iterate(sha256) as Iterable<{
      data: Buffer;
    }>)
      hash.update(chunk.data);
    if (hash.digest('hex') !== sha256) {
      sqlite.prepare('DELETE FROM file_chunks WHERE sha256 = ?').run(sha256);
      sqlite.prepare('UPDATE files SET received = 0 WHERE sha256 = ?').run(sha256);
      return { kind: 'hash-mismatch' };
    }
    sqlite.prepare('UPDATE files SET received = ?, complete = 1, completed_at = ? WHERE sha256 = ?').run(received, at, sha256);
    return { kind: 'ok', status: status(sha256) };
  });

  return {
    kind: 'sqlite',
    registerBranch: (branchId, name, tokenSha256, at) => {
      sqlite
        .prepare(
          'INSERT INTO branches (branch_id, name, token_sha256, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (branch_id) DO UPDATE SET name = excluded.name, token_sha256 = excluded.token_sha256',
        )
        .run(branchId, name, tokenSha256, at);
      return Promise.resolve();
    },
    branchOfToken: (tokenSha256) => {
      const row = sqlite.prepare('SELECT branch_id AS branchId FROM branches WHERE token_sha256 = ?').get(tokenSha256) as
        { branchId: string } | undefined;
      return Promise.resolve(row?.branchId ?? null);
    },
    push: (branchId, items, at) => Promise.resolve(push.immediate(branchId, items, at)),
    fileStatus: (sha256) => Promise.resolve(status(sha256)),
    putChunk: (sha256, sizeBytes, offset, bytes, at) => Promise.resolve(putChunk.immediate(sha256, sizeBytes, offset, bytes, at)),
    fileSlice: (branchId, sha256, offset, length) => {
      const file = servedFile.get(sha256, branchId) as { sizeBytes: number } | undefined;
      if (file === undefined) return Promise.resolve(null);
      const to = Math.min(file.sizeBytes, offset + length);
      const chunks = offset >= to ? [] : (chunkRange.all(sha256, to, offset) as { offset: number; data: Buffer }[]);
      return Promise.resolve({ sizeBytes: file.sizeBytes, bytes: sliceOf(chunks, offset, to) });
    },
    counts: () => {
      const row = sqlite
        .prepare(
          `SELECT (SELECT count(*) FROM items) AS documents,
                  (SELECT value FROM counters WHERE name = 'duplicates') AS duplicates,
                  (SELECT value FROM counters WHERE name = 'conflicts') AS conflicts,
                  (SELECT count(*) FROM files WHERE complete = 1) AS files,
                  (SELECT count(*) FROM branches) AS branches`,
        )
        .get() as StoreCounts;
      return Promise.resolve(row);
    },
    appendFeedItem: (item, at) =>
      Promise.resolve(
        Number(
          sqlite
            .prepare(
              'INSERT INTO feed_items (id, sequence, kind, issued_at, key_id, payload, signature, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            )
            .run(item.id, item.sequence, item.kind, item.issuedAt, item.keyId, item.payload, item.signature, at).lastInsertRowid,
        ),
      ),
    lastFeedSequence: () =>
      Promise.resolve((sqlite.prepare('SELECT coalesce(max(sequence), 0) AS last FROM feed_items').get() as { last: number }).last),
    feedAfter: (position, limit) => {
      const rows = sqlite
        .prepare(
          `SELECT position, id, sequence, kind, issued_at AS issuedAt, key_id AS keyId, payload, signature
           FROM feed_items WHERE position > ? ORDER BY position LIMIT ?`,
        )
        .all(position, limit) as (FeedItem & { position: number })[];
      const last = (sqlite.prepare('SELECT coalesce(max(position), 0) AS last FROM feed_items').get() as { last: number }).last;
      return Promise.resolve({ entries: rows.map(({ position: at, ...item }) => ({ position: at, item })), last });
    },
    changesAfter: (branchId, position, limit, excludeDevice) => {
      const rows = changesPage.all(branchId, position, excludeDevice, limit) as ChangeRow[];
      const { last } = branchLast.get(branchId) as { last: number };
      return Promise.resolve({ entries: rows.map(changeEntryOf), last });
    },
    listItems: () =>
      Promise.resolve(
        sqlite
          .prepare(
            'SELECT id, branch_id AS branchId, content_sha256 AS contentSha256, server_seq AS serverSeq FROM items ORDER BY server_seq',
          )
          .all() as StoredItem[],
      ),
    close: () => {
      sqlite.close();
      return Promise.resolve();
    },
  };
}
