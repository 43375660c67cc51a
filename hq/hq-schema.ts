/**
 * Headquarters' tables, the same for SQLite and PostgreSQL (types written so
 * that both accept them; `BYTEA`/`BLOB` and the sequence differ). Created by
 * the server at start (`CREATE … IF NOT EXISTS`); `hq_schema` holds the
 * version, and `hqUpgradeStatements` brings an older store's tables to it.
 */
export const HQ_SCHEMA_VERSION = 4;

export function hqSchemaStatements(dialect: 'sqlite' | 'postgresql'): string[] {
  // SQLite: the rowid itself (items are never deleted, so it only grows); no AUTOINCREMENT bookkeeping per insert.
  const serial = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGSERIAL PRIMARY KEY';
  // SQLite: one b-tree for the current-version table instead of a rowid table plus its key's index.
  const keyedOnly = dialect === 'sqlite' ? ' WITHOUT ROWID' : '';
  const bytes = dialect === 'sqlite' ? 'BLOB' : 'BYTEA';
  const bigint = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return [
    `CREATE TABLE IF NOT EXISTS hq_schema (version INTEGER NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS branches (
       branch_id TEXT PRIMARY KEY, name TEXT NOT NULL, token_sha256 TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS items (
       server_seq ${serial}, id TEXT NOT NULL UNIQUE, branch_id TEXT NOT NULL REFERENCES branches (branch_id),
       device_id TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL, supersedes TEXT,
       content_sha256 TEXT NOT NULL, payload TEXT, audit_seq ${bigint} NOT NULL, created_at TEXT NOT NULL,
       file_sha256 TEXT, received_at TEXT NOT NULL, envelope TEXT)`,
    `CREATE TABLE IF NOT EXISTS heads (
       branch_id TEXT NOT NULL, device_id TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, head_id TEXT NOT NULL,
       PRIMARY KEY (branch_id, device_id, entity, entity_id))${keyedOnly}`,
    `CREATE TABLE IF NOT EXISTS files (
       sha256 TEXT PRIMARY KEY, size_bytes ${bigint} NOT NULL, received ${bigint} NOT NULL, complete INTEGER NOT NULL,
       created_at TEXT NOT NULL, completed_at TEXT)`,
    `CREATE TABLE IF NOT EXISTS file_chunks (sha256 TEXT NOT NULL, byte_offset ${bigint} NOT NULL, data ${bytes} NOT NULL, PRIMARY KEY (sha256, byte_offset))`,
    // The signed reference feed (§13): items exactly as published; `position` is the cursor branches page by.
    `CREATE TABLE IF NOT EXISTS feed_items (
       position ${serial}, id TEXT NOT NULL, sequence ${bigint} NOT NULL, kind TEXT NOT NULL, issued_at TEXT NOT NULL,
       key_id TEXT NOT NULL, payload TEXT NOT NULL, signature TEXT, published_at TEXT NOT NULL)`,
    // Version 2, replication (§14): the branch's items in storage order (the pull cursor); version 4 keeps each
    // item's envelope in `items.envelope` (versions 2 and 3 had a table of their own for it).
    `CREATE INDEX IF NOT EXISTS items_branch_seq_idx ON items (branch_id, server_seq)`,
    // Version 3, files back to the branch's PCs (§14.6): is a file named by an item of the asking branch? Version 4:
    // only items that name a file are in the index.
    `CREATE INDEX IF NOT EXISTS items_file_idx ON items (file_sha256, branch_id) WHERE file_sha256 IS NOT NULL`,
    `CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value ${bigint} NOT NULL)`,
    `INSERT INTO counters (name, value) VALUES ('duplicates', 0), ('conflicts', 0) ON CONFLICT (name) DO NOTHING`,
  ];
}

/**
 * What brings a store of schema version `from` to `HQ_SCHEMA_VERSION`, run in
 * the transaction that created the missing tables (`hqSchemaStatements`).
 * Version 4: the envelope moves into `items` (one row written per item instead
 * of two), and the file index keeps only items that name a file.
 */
export function hqUpgradeStatements(dialect: 'sqlite' | 'postgresql', from: number): string[] {
  if (from >= 4) return [];
  const statements = [
    dialect === 'sqlite' ? 'ALTER TABLE items ADD COLUMN envelope TEXT' : 'ALTER TABLE items ADD COLUMN IF NOT EXISTS envelope TEXT',
    'DROP INDEX IF EXISTS items_file_branch_idx',
  ];
  if (from >= 2)
    statements.push(
      dialect === 'sqlite'
        ? 'UPDATE items SET envelope = (SELECT e.envelope FROM item_envelopes e WHERE e.item_id = items.id)'
        : 'UPDATE items i SET envelope = e.envelope FROM item_envelopes e WHERE e.item_id = i.id',
      'DROP TABLE item_envelopes',
    );
  return statements;
}
