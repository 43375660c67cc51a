import type { ChannelResponse } from '../contract';
import { countReplicationConflicts, listReplicationConflicts } from '../../db/repositories/replica-rows';
import type { SignedInCall } from './app-context';

/** How many conflicts the list shows (newest first); the counts cover all of them. */
const SHOWN = 200;

/** `sync:conflicts`: what replication between the müdürlük's PCs left for a person (electron/sync/replica-apply.ts). */
export function conflicts(call: SignedInCall): ChannelResponse<'sync:conflicts'> {
  const counts = countReplicationConflicts(call.app.db);
  const total = counts.field + counts.transition + counts.apply;
  const summary =
    total === 0
      ? 'Bilgisayarlar arası eşitlemede çakışma yok.'
      : `Bilgisayarlar arası eşitlemede ${String(total)} çakışma: ${String(counts.transition)} eski durumdan geçiş, ` +
        `${String(counts.field)} aynı alanın eşzamanlı değişikliği, ${String(counts.apply)} uygulanamayan değişiklik.`;
  return {
    counts,
    conflicts: listReplicationConflicts(call.app.db, SHOWN).map((row) => ({
      id: row.id,
      kind: row.kind,
      entity: row.entity,
      localRowId: row.localRowId,
      remoteUser: row.remoteUser,
      column: row.column,
      localValue: row.localValue,
      remoteValue: row.remoteValue,
      winner: row.winner,
      message: row.message,
      detectedAt: row.detectedAt,
    })),
    summary,
  };
}
