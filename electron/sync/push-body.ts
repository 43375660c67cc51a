import type { QueuedMessage } from '../../db/repositories/sync-queue';
import type { PushItem } from './protocol';

/**
 * The body of a push request (docs/sync-protocol.md §5), built once per item:
 * the item's fields as JSON with the stored replication envelope spliced in
 * as it is (the stamp wrote it with JSON.stringify), not parsed and written
 * again, encoded as UTF-8 when the item is prepared. The pipelined client
 * prepares a batch while headquarters stores the one before, so when the
 * answer comes the next request is one copy of ready bytes away. The sync
 * benchmark POSTs the same bodies to its plain yardstick.
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

function pushItemJson(item: Omit<PushItem, 'replica'>, envelope: string | null): string {
  const json = JSON.stringify(item);
  return envelope === null ? json : `${json.slice(0, -1)},"replica":${envelope}}`;
}

/** An item's JSON text as UTF-8 bytes (what `pushBody` joins). */
export function pushItemBytes(item: Omit<PushItem, 'replica'>, envelope: string | null): Buffer {
  return Buffer.from(pushItemJson(item, envelope), 'utf8');
}

const OPEN = Buffer.from('{"items":[', 'utf8');
const COMMA = Buffer.from(',', 'utf8');
const CLOSE = Buffer.from(']}', 'utf8');

/** `{"items":[…]}` around the items' bytes: one copy, no text to encode. */
export function pushBody(items: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [OPEN];
  items.forEach((item, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(item);
  });
  parts.push(CLOSE);
  return Buffer.concat(parts);
}
