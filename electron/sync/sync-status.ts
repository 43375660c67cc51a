import type { KobiDatabase } from '../../db/connection';
import { listRefusedMessages, queueCounts, readSyncState } from '../../db/repositories/sync-queue';
import { entityLabel } from './sync-messages-tr';

/**
 * The sync status the services show (issue 17 item 2): the real queue and the
 * last failure's reason in Turkish. A read only: call it as often as the
 * screen refreshes. Timestamps are ISO strings.
 */
export type SyncStatus = {
  /** Changes not yet at headquarters (refused ones included). */
  readonly pending: number;
  /** Changes headquarters refused as conflicts: a person must decide. */
  readonly conflicts: number;
  /** Changes that cannot be sent as they are (a missing or changed document file). */
  readonly blocked: number;
  readonly lastSuccess: string | null;
  readonly lastAttempt: string | null;
  readonly lastError: { readonly at: string; readonly code: string; readonly message: string } | null;
  /** Failures since the last success (0: the last attempt succeeded). */
  readonly consecutiveFailures: number;
  readonly hqUrl: string | null;
  readonly branchId: string | null;
  readonly deviceId: string | null;
  /** The oldest refused changes (at most 20), each with its Turkish reason. */
  readonly refused: readonly {
    readonly messageId: string;
    readonly entity: string;
    readonly entityId: string;
    readonly label: string;
    readonly kind: 'conflict' | 'blocked';
    readonly reason: string;
    readonly at: string;
  }[];
  /** One Turkish sentence for the status bar. */
  readonly summary: string;
};

function summaryOf(status: Omit<SyncStatus, 'summary'>): string {
  if (status.conflicts > 0) return `${status.conflicts} değişiklik merkezle çakıştı; karar bekliyor. Bekleyen: ${status.pending}.`;
  if (status.blocked > 0) return `${status.blocked} değişiklik gönderilemiyor (belge dosyası). Bekleyen: ${status.pending}.`;
  if (status.consecutiveFailures > 0 && status.lastError !== null)
    return `Merkeze gönderilemedi: ${status.lastError.message} Bekleyen: ${status.pending}.`;
  if (status.lastSuccess === null) return `Henüz merkeze eşitlenmedi. Bekleyen: ${status.pending}.`;
  return status.pending === 0 ? 'Tüm değişiklikler merkezde.' : `Bekleyen: ${status.pending}.`;
}

export function readSyncStatus(db: KobiDatabase): SyncStatus {
  const counts = queueCounts(db);
  const state = readSyncState(db);
  const status = {
    ...counts,
    lastSuccess: state?.lastSuccessAt ?? null,
    lastAttempt: state?.lastAttemptAt ?? null,
    lastError:
      state?.lastErrorAt == null
        ? null
        : { at: state.lastErrorAt, code: state.lastErrorCode ?? 'unknown', message: state.lastErrorMessage ?? '' },
    consecutiveFailures: state?.consecutiveFailures ?? 0,
    hqUrl: state?.hqUrl ?? null,
    branchId: state?.branchId ?? null,
    deviceId: state?.deviceId ?? null,
    refused: listRefusedMessages(db, 20).map((message) => ({
      messageId: message.messageId,
      entity: message.entity,
      entityId: message.entityId,
      label: entityLabel(message.entity, message.entityId),
      kind: message.refusal,
      reason: message.reason,
      at: message.refusedAt,
    })),
  };
  return { ...status, summary: summaryOf(status) };
}
