/**
 * Headquarters' tables, the same for SQLite and PostgreSQL (types written so
 * that both accept them; `BYTEA`/`BLOB` and the sequence differ). Created by
 * the server at start (`CREATE … IF NOT EXISTS`); `hq_schema` holds the
 * version for later upgrades.
 */
export const HQ_SCHEMA_VERSION = 3;

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
       file_sha256 TEXT, received_at TEXT NOT NULL)`,
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
    // Version 2, replication (§14): the envelope of each item that has one, and the branch's items in storage order (the pull cursor).
    `CREATE TABLE IF NOT EXISTS item_envelopes (item_id TEXT PRIMARY KEY, hlc TEXT NOT NULL, envelope TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS items_branch_seq_idx ON items (branch_id, server_seq)`,
    // Version 3, files back to the branch's PCs (§14.6): is a file named by an item of the asking branch?
    `CREATE INDEX IF NOT EXISTS items_file_branch_idx ON items (file_sha256, branch_id)`,
    `CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value ${bigint} NOT NULL)`,
    `INSERT INTO counters (name, value) VALUES ('duplicates', 0), ('conflicts', 0) ON CONFLICT (name) DO NOTHING`,
  ];
}
