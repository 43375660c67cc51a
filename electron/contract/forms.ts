import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { isoTimestamp, recordId } from './values';

/**
 * The case file's forms tab (issue 15 item 4, issue 14 "belgeler"): which
 * forms apply to the case, each exported version (stored as a document of the
 * case), the preview, the preparer's signature, the müdür's countersignature
 * and the check of every signature.
 *
 * Certificates: each signer brings their own PKCS#12 (.p12/.pfx) file and
 * types its passphrase in the signing dialog. Both travel with that one
 * request, are used in memory for that one signature and are never stored
 * (database, audit, log or disk).
 */

const base64 = z
  .string()
  .max(2_000_000)
  .regex(/^[A-Za-z0-9+/]*=*$/, 'Dosya içeriği base64 olmalı.');

export const signingCertificate = z.strictObject({
  fileName: z.string().min(1).max(255),
  contentBase64: base64.min(1, 'Sertifika dosyası boş.'),
  passphrase: z.string().max(1024),
});

export const FORM_STAGES = ['hazirlandi', 'imzalandi', 'onaylandi'] as const;
export type FormStage = (typeof FORM_STAGES)[number];

export const formDocument = z.strictObject({
  /** The `documents` row. */
  id: recordId,
  /** The id printed on the form and in its QR code. */
  formDocumentId: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int().min(0),
  signatureCount: z.number().int().min(0),
  stage: z.enum(FORM_STAGES),
  stageLabel: z.string(),
  createdAt: isoTimestamp,
  createdBy: z.string().nullable(),
});

export const formEntry = z.strictObject({
  code: z.string(),
  title: z.string(),
  subject: z.enum(['application', 'request', 'visit']),
  requestId: recordId.nullable(),
  visitId: recordId.nullable(),
  subjectLabel: z.string(),
  /** Whether the form can be exported now; else `reason` says why (the form builder's Turkish sentence). */
  available: z.boolean(),
  reason: z.string().nullable(),
  /** The printed id the case's data gives now (`null` when not available): a stored version with another id is out of date. */
  currentFormDocumentId: z.string().nullable(),
  /** The stored versions, oldest first. */
  documents: z.array(formDocument),
});

export const signatureStatus = z.strictObject({
  field: z.string().nullable(),
  fieldLabel: z.string(),
  signer: z.string(),
  issuer: z.string(),
  signedAt: isoTimestamp.nullable(),
  integrity: z.enum(['valid', 'digest-mismatch', 'bad-signature', 'unreadable']),
  coversWholeDocument: z.boolean(),
  trust: z.enum(['trusted', 'untrusted', 'not-checked']),
  problems: z.array(z.string()),
});

const formSubject = {
  applicationId: recordId,
  form: z.string().min(1).max(40),
  requestId: recordId.optional(),
  visitId: recordId.optional(),
};

const documentResult = z.strictObject({ document: formDocument, message: z.string() });

export const FORM_CHANNELS = {
  'form:list': channel({
    request: z.strictObject({ applicationId: recordId }),
    response: z.strictObject({ forms: z.array(formEntry) }),
    roles: USER_ROLES,
    writes: false,
  }),
  /** Generate (and, with a certificate, sign as preparer at once); stored as a new document of the case. */
  'form:export': channel({
    request: z.strictObject({ ...formSubject, certificate: signingCertificate.optional() }),
    response: documentResult,
    roles: ['sorumlu_personel'],
    writes: true,
  }),
  /** The preparer's signature on an unsigned version: a new version. */
  'form:sign': channel({
    request: z.strictObject({ documentId: recordId, certificate: signingCertificate }),
    response: documentResult,
    roles: ['sorumlu_personel'],
    writes: true,
  }),
  /** The müdür's countersignature by incremental update (four eyes: never the preparer). */
  'form:countersign': channel({
    request: z.strictObject({ documentId: recordId, certificate: signingCertificate }),
    response: documentResult,
    roles: ['mudur'],
    writes: true,
  }),
  /** Every signature (signer, time, integrity, coverage), the QR/attachment hash match and the stored file's own hash. */
  'form:verify': channel({
    request: z.strictObject({ documentId: recordId }),
    response: z.strictObject({
      ok: z.boolean(),
      fileMatchesRecord: z.boolean(),
      evidenceMatches: z.boolean(),
      formDocumentId: z.string().nullable(),
      dataSha256: z.string().nullable(),
      signatures: z.array(signatureStatus),
      problems: z.array(z.string()),
    }),
    roles: USER_ROLES,
    writes: false,
  }),
  /** The stored PDF itself (preview and download), checked against its recorded hash first. */
  'form:file': channel({
    request: z.strictObject({ documentId: recordId }),
    response: z.strictObject({ fileName: z.string(), contentBase64: z.string() }),
    roles: USER_ROLES,
    writes: false,
  }),
} as const;
