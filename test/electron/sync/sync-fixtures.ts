import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KobiDatabase } from '../../../db/connection';
import { createApplication, updateApplication } from '../../../db/repositories/applications';
import { addDocument } from '../../../db/repositories/documents';
import { addEnterpriseSite, createEnterprise } from '../../../db/repositories/enterprises';
import { listMessageHashes, queueCounts } from '../../../db/repositories/sync-queue';
import { syntheticVkn } from '../../../db/scenario-import/synthetic-identifiers';
import { withWrite } from '../../../db/write-context';
import type { HqStore } from '../../../hq/store';
import { TEST_ACTOR } from '../../db/helpers';

/**
 * Case-file changes for the sync tests, written through the repositories
 * (so each lands in the outbox as the app would put it): per unit an
 * enterprise, its site, an application and the application's approval (4
 * outbox messages), and every `fileEvery`-th unit a form PDF (a file of
 * 1–200 KB under `belgeler/`, so several chunks) — 5 messages.
 */
export function queueCaseChanges(
  db: KobiDatabase,
  units: number,
  options: { readonly tag: string; readonly fileDir?: string; readonly fileEvery?: number },
): { readonly messages: number; readonly files: number } {
  let files = 0;
  withWrite(db, TEST_ACTOR, (w) => {
    for (let index = 0; index < units; index += 1) {
      const enterprise = createEnterprise(w, {
        vkn: syntheticVkn(`sync:${options.tag}:${index}`),
        unvan: `Eşitleme ${options.tag} ${index} Makine Sanayi Ticaret Limited Şirketi`,
        legalForm: 'TUZEL_KISI',
        registered: true,
        active: true,
        declarationCurrent: true,
        naceMain: '28.41',
      });
      addEnterpriseSite(w, { enterpriseId: enterprise.id, province: 'Kayseri', kind: 'merkez' });
      const application = createApplication(w, {
        enterpriseId: enterprise.id,
        program: 'IKDP-2025',
        status: 'SUBMITTED',
        appliedOn: '2025-02-10',
      });
      updateApplication(w, application.id, { status: 'APPROVED', approvedOn: '2025-03-03' });
      if (options.fileDir !== undefined && options.fileEvery !== undefined && index % options.fileEvery === 0) {
        mkdirSync(options.fileDir, { recursive: true });
        const bytes = Buffer.alloc(1024 + ((index * 7919) % 200) * 1024, `%PDF-1.7 ${options.tag} ${index} `);
        const fileName = `belge-${options.tag}-${index}.pdf`;
        writeFileSync(join(options.fileDir, fileName), bytes);
        addDocument(w, {
          applicationId: application.id,
          formCode: 'FRM.39.00.03',
          title: `Onay formu ${index}`,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          sizeBytes: bytes.length,
          storagePath: join('belgeler', fileName),
        });
        files += 1;
      }
    }
  });
  return { messages: queueCounts(db).pending, files };
}

/**
 * Exactly once: headquarters holds every message of these databases once,
 * under its id, with the same content hash, and nothing else; the outboxes
 * are empty.
 */
export async function expectExactlyOnce(
  store: HqStore,
  branches: readonly { readonly db: KobiDatabase; readonly branchId: string }[],
): Promise<{ readonly items: number }> {
  const stored = await store.listItems();
  const byId = new Map(stored.map((item) => [item.id, item]));
  if (byId.size !== stored.length) throw new Error('merkezde aynı kimlik iki kez var');
  let expected = 0;
  for (const { db, branchId } of branches) {
    const counts = queueCounts(db);
    if (counts.pending !== 0) throw new Error(`${branchId}: ${counts.pending} değişiklik gönderilmemiş`);
    for (const message of listMessageHashes(db)) {
      expected += 1;
      const item = byId.get(message.messageId);
      if (item === undefined) throw new Error(`${branchId}: ${message.messageId} merkezde yok`);
      if (item.contentSha256 !== message.contentHash || item.branchId !== branchId)
        throw new Error(`${branchId}: ${message.messageId} merkezde farklı (özet ya da şube)`);
    }
  }
  if (stored.length !== expected) throw new Error(`merkezde ${stored.length} kayıt var, ${expected} bekleniyordu`);
  return { items: expected };
}
