import type { QueuedMessage } from '../../db/repositories/sync-queue';
import type { PushItem } from './protocol';

/**
 * The text of a push request (docs/sync-protocol.md §5), built once per item:
 * the item's fields as JSON with the stored replication envelope spliced in
 * as it is (the stamp wrote it with JSON.stringify), not parsed and written
 * again. The sync client sends these bodies; the sync benchmark POSTs the
 * same bodies to its plain yardstick.
 */
export type PushFile = NonNullable<PushItem['file']>;

export function pushItemOf(message: QueuedMessage, deviceId: string, file: PushFile | null): Omit<PushItem, 'replica'> {
  return {
    id: message.messageId,
    deviceId,
    entity: message.entity,
    entityId: message.entityId,
    op: message.op,
    supersedes: message.supersedes,
    contentSha256: message.contentHash,
    payload: message.payload,
    auditSeq: message.auditSeq,
    createdAt: message.createdAt,
    file,
  };
}

export function pushItemJson(item: Omit<PushItem, 'replica'>, envelope: string | null): string {
  const json = JSON.stringify(item);
  return envelope === null ? json : `${json.slice(0, -1)},"replica":${envelope}}`;
}

export function pushBodyText(itemJsons: readonly string[]): string {
  return `{"items":[${itemJsons.join(',')}]}`;
}
