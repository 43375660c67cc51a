import { and, asc, eq } from 'drizzle-orm';
import type { KobiDatabase } from '../connection';
import { attachments } from '../schema/attachments';
import { documents } from '../schema/documents';
import type { WriteContext } from '../write-context';
import { RepositoryInputError } from './repository-error';

export type DocumentRow = typeof documents.$inferSelect;
export type AttachmentRow = typeof attachments.$inferSelect;

/** A generated document (form PDF): known by its SHA-256 and size, so a file shown later can be proven to be the one issued. */
export type DocumentRecord = {
  readonly id: number;
  readonly applicationId: number | null;
  readonly paymentRequestId: number | null;
  readonly formCode: string;
  readonly title: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly dataHash: string | null;
  readonly storagePath: string | null;
  readonly createdAt: string;
  readonly createdByUserId: number | null;
  readonly visitId: number | null;
  /** The id printed on the form (QR); every version of one form shares it. */
  readonly formDocumentId: string | null;
  readonly signatureCount: number;
};

export type AttachmentRecord = {
  readonly id: number;
  readonly enterpriseId: number;
  readonly applicationId: number | null;
  readonly fileName: string;
  readonly mimeType: string | null;
  readonly description: string | null;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly storagePath: string | null;
  readonly uploadedAt: string;
  readonly uploadedByUserId: number | null;
};

const SHA256_HEX = /^[0-9a-f]{64}$/;

function checkFile(sha256: string, sizeBytes: number): void {
  if (!SHA256_HEX.test(sha256)) throw new RepositoryInputError('SHA-256 özeti 64 küçük onaltılık hane olmalı.');
  if (!Number.isSafeInteger(sizeBytes) || sizeBytes < 0) throw new RepositoryInputError(`Geçersiz dosya boyutu: ${sizeBytes}`);
}

function currentUser(w: WriteContext): number | null {
  return w.actor.kind === 'user' ? w.actor.userId : null;
}

export function documentFromRow(row: DocumentRow): DocumentRecord {
  return { ...row };
}

export function attachmentFromRow(row: AttachmentRow): AttachmentRecord {
  return { ...row };
}

export function addDocument(
  w: WriteContext,
  fields: {
    readonly applicationId?: number | null;
    readonly paymentRequestId?: number | null;
    readonly formCode: string;
    readonly title: string;
    readonly sha256: string;
    readonly sizeBytes: number;
    readonly dataHash?: string | null;
    readonly storagePath?: string | null;
    readonly visitId?: number | null;
    readonly formDocumentId?: string | null;
    readonly signatureCount?: number;
  },
): DocumentRecord {
  checkFile(fields.sha256, fields.sizeBytes);
  const signatureCount = fields.signatureCount ?? 0;
  if (!Number.isSafeInteger(signatureCount) || signatureCount < 0)
    throw new RepositoryInputError(`Geçersiz imza sayısı: ${signatureCount}`);
  return documentFromRow(
    w.insert(documents, {
      applicationId: fields.applicationId ?? null,
      paymentRequestId: fields.paymentRequestId ?? null,
      formCode: fields.formCode,
      title: fields.title,
      sha256: fields.sha256,
      sizeBytes: fields.sizeBytes,
      dataHash: fields.dataHash ?? null,
      storagePath: fields.storagePath ?? null,
      createdAt: w.at,
      createdByUserId: currentUser(w),
      visitId: fields.visitId ?? null,
      formDocumentId: fields.formDocumentId ?? null,
      signatureCount,
    }),
  );
}

export function addAttachment(
  w: WriteContext,
  fields: {
    readonly enterpriseId: number;
    readonly applicationId?: number | null;
    readonly fileName: string;
    readonly mimeType?: string | null;
    readonly description?: string | null;
    readonly sha256: string;
    readonly sizeBytes: number;
    readonly storagePath?: string | null;
  },
): AttachmentRecord {
  checkFile(fields.sha256, fields.sizeBytes);
  return attachmentFromRow(
    w.insert(attachments, {
      enterpriseId: fields.enterpriseId,
      applicationId: fields.applicationId ?? null,
      fileName: fields.fileName,
      mimeType: fields.mimeType ?? null,
      description: fields.description ?? null,
      sha256: fields.sha256,
      sizeBytes: fields.sizeBytes,
      storagePath: fields.storagePath ?? null,
      uploadedAt: w.at,
      uploadedByUserId: currentUser(w),
    }),
  );
}

export function listDocuments(db: KobiDatabase, applicationId: number): DocumentRecord[] {
  return db.orm
    .select()
    .from(documents)
    .where(eq(documents.applicationId, applicationId))
    .orderBy(asc(documents.id))
    .all()
    .map(documentFromRow);
}

export function getDocument(db: KobiDatabase, id: number): DocumentRecord | undefined {
  const row = db.orm.select().from(documents).where(eq(documents.id, id)).get();
  return row === undefined ? undefined : documentFromRow(row);
}

/** Every version of one form of a case (same printed document id), oldest first (found through the case's index). */
export function listFormVersions(db: KobiDatabase, applicationId: number, formDocumentId: string): DocumentRecord[] {
  return db.orm
    .select()
    .from(documents)
    .where(and(eq(documents.applicationId, applicationId), eq(documents.formDocumentId, formDocumentId)))
    .orderBy(asc(documents.id))
    .all()
    .map(documentFromRow);
}

export function listAttachments(db: KobiDatabase, enterpriseId: number): AttachmentRecord[] {
  return db.orm
    .select()
    .from(attachments)
    .where(eq(attachments.enterpriseId, enterpriseId))
    .orderBy(asc(attachments.id))
    .all()
    .map(attachmentFromRow);
}
