import type { ChangeEntry } from '../electron/sync/changes-protocol';
import type { PushItem } from '../electron/sync/protocol';
import { replicaEnvelope } from '../db/replication/envelope';

/**
 * `GET /v1/changes` for both stores (docs/sync-protocol.md §14.3): one stored
 * item row, with its envelope and its file's size, as the item the branch
 * pushed. The SQL differs only in placeholders, so both stores share it.
 */
export type ChangeRow = {
  readonly position: number | string;
  readonly id: string;
  readonly deviceId: string;
  readonly entity: string;
  readonly entityId: string;
  readonly op: string;
  readonly supersedes: string | null;
  readonly contentSha256: string;
  readonly payload: string | null;
  readonly auditSeq: number | string;
  readonly createdAt: string;
  readonly fileSha256: string | null;
  readonly fileSize: number | string | null;
  readonly envelope: string | null;
};

export function changesSql(placeholder: (n: number) => string): string {
  return `SELECT i.server_seq AS position, i.id, i.device_id AS "deviceId", i.entity, i.entity_id AS "entityId", i.op, i.supersedes,
            i.content_sha256 AS "contentSha256", i.payload, i.audit_seq AS "auditSeq", i.created_at AS "createdAt",
            i.file_sha256 AS "fileSha256", f.size_bytes AS "fileSize", i.envelope
     FROM items i LEFT JOIN files f ON f.sha256 = i.file_sha256
     WHERE i.branch_id = ${placeholder(1)} AND i.server_seq > ${placeholder(2)} AND i.device_id <> ${placeholder(3)}
     ORDER BY i.server_seq LIMIT ${placeholder(4)}`;
}

export function changeEntryOf(row: ChangeRow): ChangeEntry {
  const envelope = row.envelope === null ? undefined : replicaEnvelope.parse(JSON.parse(row.envelope));
  const item: PushItem = {
    id: row.id,
    deviceId: row.deviceId,
    entity: row.entity,
    entityId: row.entityId,
    op: row.op as PushItem['op'],
    supersedes: row.supersedes,
    contentSha256: row.contentSha256,
    payload: row.payload,
    auditSeq: Number(row.auditSeq),
    createdAt: row.createdAt,
    file: row.fileSha256 === null ? null : { sha256: row.fileSha256, sizeBytes: Number(row.fileSize ?? 0) },
    ...(envelope === undefined ? {} : { replica: envelope }),
  };
  return { position: Number(row.position), item };
}

/** An item's envelope as `items.envelope` holds it (JSON text), `null` for an item without one (before 1.2). */
export function envelopeText(item: PushItem): string | null {
  return item.replica === undefined ? null : JSON.stringify(item.replica);
}
