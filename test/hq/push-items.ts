import { v7 as uuidv7 } from 'uuid';
import type { ReplicaEnvelope } from '../../db/replication/envelope';
import type { PushItem } from '../../electron/sync/protocol';
import { contentSha256 } from '../../hq/push-decision';

/** Push items for the headquarters tests: an application inserted on `deviceId`, with its envelope when given. */
export function applicationItem(deviceId: string, entityId: string, replica?: ReplicaEnvelope): PushItem {
  const base = { entity: 'applications', entityId, op: 'insert' as const, payload: `{"id":${entityId},"program":"IKDP-2025"}` };
  return {
    id: uuidv7(),
    deviceId,
    supersedes: null,
    auditSeq: 1,
    createdAt: '2026-03-02T08:00:00.000Z',
    file: null,
    ...base,
    contentSha256: contentSha256(base),
    ...(replica === undefined ? {} : { replica }),
  };
}

/** The envelope of application `entityId` made on `deviceId` (clock counter `counter`), naming its responsible uzman. */
export function applicationEnvelope(deviceId: string, entityId: string, counter = 1): ReplicaEnvelope {
  return {
    hlc: `2026-03-02T08:00:00.000Z-${counter.toString(16).padStart(8, '0')}-${deviceId}`,
    origin: { deviceId, entityId },
    refs: { responsible_user_id: { username: 'uzman', fullName: 'Ayşe Yıldırım', role: 'sorumlu_personel' } },
    changed: ['program'],
    prev: {},
    actor: 'user:uzman',
  };
}
