import { sha256Hex } from './canonical-json';

/** `prev_hash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditEntryFields = {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  /** An `AuditAction` when written; read back from the log as the text stored there. */
  readonly action: string;
  readonly tableName: string;
  readonly rowId: string;
  /** Canonical JSON of the row before the change (`null` for an insert). */
  readonly beforeJson: string | null;
  /** Canonical JSON of the row after the change (`null` for a delete). */
  readonly afterJson: string | null;
};

/**
 * The canonical JSON of an entry: keys sorted, the row images embedded as the
 * canonical JSON they are stored as. Built by hand so that verification hashes
 * exactly the stored text, without a parse-and-reserialise step that could
 * hide a changed byte.
 */
export function canonicalEntryJson(entry: AuditEntryFields): string {
  return (
    `{"action":${JSON.stringify(entry.action)},"actor":${JSON.stringify(entry.actor)},` +
    `"after":${entry.afterJson ?? 'null'},"at":${JSON.stringify(entry.at)},` +
    `"before":${entry.beforeJson ?? 'null'},"rowId":${JSON.stringify(entry.rowId)},` +
    `"seq":${entry.seq},"table":${JSON.stringify(entry.tableName)}}`
  );
}

/** hash = SHA-256(prev_hash ‖ "\n" ‖ canonical entry JSON), hex. */
export function auditEntryHash(prevHash: string, entry: AuditEntryFields): string {
  return sha256Hex(`${prevHash}\n${canonicalEntryJson(entry)}`);
}
