/**
 * Headquarters' tables as schema version 3 created them (the release before
 * the envelope moved into `items`), for the upgrade test: what a store
 * running today was made with. A historical record: never changed.
 */
export function hqSchemaV3Statements(dialect: 'sqlite' | 'postgresql'): string[] {
  const serial = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGSERIAL PRIMARY KEY';
  const keyedOnly = dialect === 'sqlite' ? ' WITHOUT ROWID' : '';
  const bytes = dialect === 'sqlite' ? 'BLOB' : 'BYTEA';
  const bigint = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return [
    `CREATE TABLE hq_schema (version INTEGER NOT NULL)`,
    `CREATE TABLE branches (branch_id TEXT PRIMARY KEY, name TEXT NOT NULL, token_sha256 TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)`,
    `CREATE TABLE items (
       server_seq ${serial}, id TEXT NOT NULL UNIQUE, branch_id TEXT NOT NULL REFERENCES branches (branch_id),
       device_id TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL, supersedes TEXT,
       content_sha256 TEXT NOT NULL, payload TEXT, audit_seq ${bigint} NOT NULL, created_at TEXT NOT NULL,
       file_sha256 TEXT, received_at TEXT NOT NULL)`,
    `CREATE TABLE heads (
       branch_id TEXT NOT NULL, device_id TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, head_id TEXT NOT NULL,
       PRIMARY KEY (branch_id, device_id, entity, entity_id))${keyedOnly}`,
    `CREATE TABLE files (
       sha256 TEXT PRIMARY KEY, size_bytes ${bigint} NOT NULL, received ${bigint} NOT NULL, complete INTEGER NOT NULL,
       created_at TEXT NOT NULL, completed_at TEXT)`,
    `CREATE TABLE file_chunks (sha256 TEXT NOT NULL, byte_offset ${bigint} NOT NULL, data ${bytes} NOT NULL, PRIMARY KEY (sha256, byte_offset))`,
    `CREATE TABLE feed_items (
       position ${serial}, id TEXT NOT NULL, sequence ${bigint} NOT NULL, kind TEXT NOT NULL, issued_at TEXT NOT NULL,
       key_id TEXT NOT NULL, payload TEXT NOT NULL, signature TEXT, published_at TEXT NOT NULL)`,
    `CREATE TABLE item_envelopes (item_id TEXT PRIMARY KEY, hlc TEXT NOT NULL, envelope TEXT NOT NULL)`,
    `CREATE INDEX items_branch_seq_idx ON items (branch_id, server_seq)`,
    `CREATE INDEX items_file_branch_idx ON items (file_sha256, branch_id)`,
    `CREATE TABLE counters (name TEXT PRIMARY KEY, value ${bigint} NOT NULL)`,
    `INSERT INTO counters (name, value) VALUES ('duplicates', 0), ('conflicts', 0)`,
    `INSERT INTO hq_schema (version) VALUES (3)`,
  ];
}
