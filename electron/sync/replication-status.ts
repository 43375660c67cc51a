import type { KobiDatabase } from '../../db/connection';
import { countReplicationConflicts, readReplicationState } from '../../db/repositories/replica-rows';
import type { ReplicationOutcome } from './replication-client';

/**
 * What the `sync` command adds to its status line about replication
 * (docs/sync-protocol.md §14): the last pull (`null` when headquarters does
 * not replicate, or before the first), the cursor and the conflicts kept.
 */
export type ReplicationSummary = {
  readonly lastPull: ReplicationOutcome | null;
  readonly cursor: number;
  readonly conflicts: { readonly field: number; readonly transition: number; readonly apply: number };
};

export function replicationSummary(db: KobiDatabase, lastPull: ReplicationOutcome | null): ReplicationSummary {
  return { lastPull, cursor: readReplicationState(db).cursor, conflicts: countReplicationConflicts(db) };
}
