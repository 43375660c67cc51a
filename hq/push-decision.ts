import { hash } from 'node:crypto';
import type { ItemResult, PushItem } from '../electron/sync/protocol';

/**
 * What a push batch does, decided once for both stores from what the store
 * already holds (looked up in bulk before): the idempotency and version rules
 * of docs/sync-protocol.md §5 in one place.
 *
 * In order, per item: an id already stored with the same content is a no-op
 * (200, counted as a duplicate); with another content, or by another branch,
 * a 409 `id-reused`. A content hash that does not match the content is a 422.
 * An item whose file is not complete is a 428. An item whose `supersedes`
 * is not the current version of its row (branch, device, entity, entity id)
 * is a 409 `stale-version`. Otherwise it is stored (201) and becomes the
 * row's current version. Items later in the batch see the earlier ones.
 */
export type KnownItem = { readonly branchId: string; readonly contentSha256: string; readonly supersedes: string | null };

export type PushLookup = {
  readonly known: ReadonlyMap<string, KnownItem>;
  /** Current version per `versionKey`. */
  readonly heads: ReadonlyMap<string, string>;
  readonly completeFiles: ReadonlySet<string>;
};

export type PushDecision = {
  readonly results: ItemResult[];
  readonly inserts: PushItem[];
  /** New current versions, by `versionKey`. */
  readonly heads: Map<string, { readonly item: PushItem; readonly headId: string }>;
  readonly duplicates: number;
  readonly conflicts: number;
};

export function versionKey(item: Pick<PushItem, 'deviceId' | 'entity' | 'entityId'>): string {
  return `${item.deviceId}\n${item.entity}\n${item.entityId}`;
}

/** The content hash of docs/sync-protocol.md §4, the same as the branch's `sync_outbox.content_hash`. */
export function contentSha256(item: Pick<PushItem, 'entity' | 'entityId' | 'op' | 'payload'>): string {
  return hash('sha256', `${item.entity}\n${item.entityId}\n${item.op}\n${item.payload ?? 'null'}`, 'hex');
}

export function decidePush(branchId: string, items: readonly PushItem[], lookup: PushLookup): PushDecision {
  const known = new Map(lookup.known);
  const heads = new Map(lookup.heads);
  const decision: PushDecision = { results: [], inserts: [], heads: new Map(), duplicates: 0, conflicts: 0 };
  let duplicates = 0;
  let conflicts = 0;
  for (const item of items) {
    const stored = known.get(item.id);
    if (stored !== undefined) {
      if (stored.branchId === branchId && stored.contentSha256 === item.contentSha256 && stored.supersedes === item.supersedes) {
        duplicates += 1;
        decision.results.push({ id: item.id, status: 200 });
      } else {
        conflicts += 1;
        decision.results.push({
          id: item.id,
          status: 409,
          code: 'id-reused',
          currentVersion: null,
          message: 'Bu kimlikle merkezde başka içerikte bir kayıt var; aynı kimlik farklı içerikle gönderilemez.',
        });
      }
      continue;
    }
    if (contentSha256(item) !== item.contentSha256) {
      decision.results.push({
        id: item.id,
        status: 422,
        code: 'hash-mismatch',
        message: 'İçeriğin SHA-256 özeti bildirilen özetle uyuşmuyor.',
      });
      continue;
    }
    if (item.file !== null && !lookup.completeFiles.has(item.file.sha256)) {
      decision.results.push({ id: item.id, status: 428, code: 'file-missing', message: 'Kaydın dosyası merkeze henüz tam yüklenmedi.' });
      continue;
    }
    const key = versionKey(item);
    const current = heads.get(key) ?? null;
    if (current !== item.supersedes) {
      conflicts += 1;
      decision.results.push({
        id: item.id,
        status: 409,
        code: 'stale-version',
        currentVersion: current,
        message:
          current === null
            ? 'Merkez bu kaydın değiştirildiği sürümü hiç almadı; değişiklik merkezdeki kayda uygulanamaz.'
            : 'Bu değişiklik merkezdeki güncel sürümün değil, daha eski bir sürümün üzerine yapılmış (kayıt başka bir kopyada da değiştirilmiş).',
      });
      continue;
    }
    heads.set(key, item.id);
    decision.heads.set(key, { item, headId: item.id });
    known.set(item.id, { branchId, contentSha256: item.contentSha256, supersedes: item.supersedes });
    decision.inserts.push(item);
    decision.results.push({ id: item.id, status: 201 });
  }
  return { ...decision, duplicates, conflicts };
}
