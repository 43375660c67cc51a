import { getApplication, type Application } from '../../../db/repositories/applications';
import { addDocument, getDocument, listDocuments, listFormVersions, type DocumentRecord } from '../../../db/repositories/documents';
import { listMonitoringVisits } from '../../../db/repositories/monitoring-visits';
import { listPaymentRequests } from '../../../db/repositories/payment-requests';
import { getReplicaRow } from '../../../db/repositories/replica-rows';
import { readSyncState } from '../../../db/repositories/sync-queue';
import { getUser } from '../../../db/repositories/users';
import { withWrite } from '../../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../../contract';
import type { FormStage } from '../../contract/forms';
import type { FormModel } from '../../pdf/form-model';
import { certificateNames } from '../../pdf/signing/certificate-names';
import { pkcs12Signer, SignerError } from '../../pdf/signing/pkcs12-signer';
import type { Signer } from '../../pdf/signing/signer';
import { verifySignatures } from '../../pdf/signing/verify-signatures';
import { actorOf, type SignedInCall } from '../app-context';
import { notFound, ServiceError } from '../service-error';
import { FORM_DEFINITIONS, type FormDefinition } from './form-catalogue';
import type { FormOutcome, FormRequest } from './form-context';
import { documentsRoot, formStoragePath, readFormFile, sha256Of, storeFormFile } from './form-files';
import { createFormsService, formFileName, type FormsService } from './forms-service';

/**
 * The forms tab's channels (`form:*`): which forms apply to a case, each
 * exported or signed version stored as a document of the case (file under
 * the database's folder, row audited and queued for headquarters), the
 * preparer's signature, the müdür's countersignature (four eyes: never by
 * whoever generated or signed an earlier version, nor with the preparer's
 * certificate) and the check of every signature.
 *
 * The PKCS#12 file and its passphrase come with the one request that signs;
 * they are used in memory and never stored or logged.
 */

type FormDocumentDto = ChannelResponse<'form:list'>['forms'][number]['documents'][number];
type Certificate = ChannelRequest<'form:sign'>['certificate'];

const STAGE_LABELS: Readonly<Record<FormStage, string>> = {
  hazirlandi: 'Hazırlandı (imzasız)',
  imzalandi: 'Hazırlayan imzaladı',
  onaylandi: 'Müdür karşı imzaladı',
};

const FIELD_LABELS: Readonly<Record<string, string>> = { Hazirlayan: 'Hazırlayan', Onaylayan: 'Onaylayan (müdür)' };

function stageOf(signatureCount: number): FormStage {
  if (signatureCount === 0) return 'hazirlandi';
  return signatureCount === 1 ? 'imzalandi' : 'onaylandi';
}

function formsOf(call: SignedInCall): FormsService {
  return createFormsService({ db: call.app.db, clock: () => new Date(call.app.clock()) });
}

function userNameOf(call: SignedInCall, userId: number | null): string | null {
  return userId === null ? null : (getUser(call.app.db, userId)?.fullName ?? null);
}

function fileNameOf(document: DocumentRecord): string {
  return document.storagePath?.split('/').at(-1) ?? `${document.formCode}.pdf`;
}

function documentDto(call: SignedInCall, document: DocumentRecord): FormDocumentDto {
  const stage = stageOf(document.signatureCount);
  return {
    id: document.id,
    formDocumentId: document.formDocumentId ?? '',
    fileName: fileNameOf(document),
    sha256: document.sha256,
    sizeBytes: document.sizeBytes,
    signatureCount: document.signatureCount,
    stage,
    stageLabel: STAGE_LABELS[stage],
    createdAt: document.createdAt,
    createdBy: userNameOf(call, document.createdByUserId),
  };
}

function built(outcome: FormOutcome<FormModel>): FormModel {
  if (outcome.ok) return outcome.value;
  throw new ServiceError(outcome.error.code === 'not-found' ? 'not-found' : 'conflict', outcome.error.message);
}

function requireApplication(call: SignedInCall, applicationId: number): Application {
  const application = getApplication(call.app.db, applicationId);
  if (application === undefined) throw notFound('Dosya');
  return application;
}

/** The request (or visit) a built model is about, read from its subject key (`3-12` → 12; `3-0` → none). */
function subjectIds(definition: FormDefinition | undefined, model: FormModel): { requestId: number | null; visitId: number | null } {
  const second = Number(model.subjectKey.split('-')[1] ?? '0');
  const id = Number.isSafeInteger(second) && second > 0 ? second : null;
  return { requestId: definition?.subject === 'request' ? id : null, visitId: definition?.subject === 'visit' ? id : null };
}

type Subject = { readonly definition: FormDefinition; readonly request: FormRequest; readonly label: string };

/** The forms of the case's programme: the application's, one per payment request, one per monitoring visit of the form's kind. */
function subjectsOf(call: SignedInCall, application: Application): Subject[] {
  const subjects: Subject[] = [];
  const visits = listMonitoringVisits(call.app.db, application.id);
  for (const definition of FORM_DEFINITIONS.filter((candidate) =>
    (candidate.programmes as readonly string[]).includes(application.program),
  )) {
    const base = { form: definition.code, applicationId: application.id };
    if (definition.subject === 'application') subjects.push({ definition, request: base, label: `Başvuru #${application.id}` });
    else if (definition.subject === 'request') {
      for (const request of listPaymentRequests(call.app.db, application.id))
        subjects.push({ definition, request: { ...base, requestId: request.id }, label: `Ödeme talebi #${request.id}` });
    } else {
      const kind = application.program === 'ITKFDP-II' ? 'ON_SITE' : 'POST_PROGRAMME';
      const ofKind = visits.filter((visit) => visit.kind === kind);
      for (const visit of ofKind) subjects.push({ definition, request: { ...base, visitId: visit.id }, label: `Ziyaret #${visit.id}` });
      if (ofKind.length === 0) subjects.push({ definition, request: base, label: 'Ziyaret kaydı yok' });
    }
  }
  return subjects;
}

function sameSubject(document: DocumentRecord, subject: Subject): boolean {
  return (
    document.formCode === subject.definition.code &&
    document.formDocumentId !== null &&
    document.paymentRequestId === (subject.request.requestId ?? null) &&
    document.visitId === (subject.request.visitId ?? null)
  );
}

export function list(call: SignedInCall, request: ChannelRequest<'form:list'>): ChannelResponse<'form:list'> {
  const application = requireApplication(call, request.applicationId);
  const forms = formsOf(call);
  const documents = listDocuments(call.app.db, application.id);
  return {
    forms: subjectsOf(call, application).map((subject) => {
      const outcome = forms.buildForm(subject.request);
      return {
        code: subject.definition.code,
        title: subject.definition.title,
        subject: subject.definition.subject,
        requestId: subject.request.requestId ?? null,
        visitId: subject.request.visitId ?? null,
        subjectLabel: subject.label,
        available: outcome.ok,
        reason: outcome.ok ? null : outcome.error.message,
        currentFormDocumentId: outcome.ok ? forms.documentIdOfModel(outcome.value) : null,
        documents: documents.filter((document) => sameSubject(document, subject)).map((document) => documentDto(call, document)),
      };
    }),
  };
}

async function signerOf(certificate: Certificate): Promise<Signer> {
  try {
    return await pkcs12Signer(new Uint8Array(Buffer.from(certificate.contentBase64, 'base64')), certificate.passphrase);
  } catch (error) {
    if (error instanceof SignerError) throw new ServiceError('invalid-input', `${certificate.fileName}: ${error.message}`);
    throw new ServiceError('invalid-input', `${certificate.fileName} bir PKCS#12 (.p12/.pfx) dosyası olarak okunamadı.`);
  }
}

/** Stores the file, then records it (audited, queued for headquarters) unless the same bytes are already this form's version. */
async function record(
  call: SignedInCall,
  fields: {
    readonly applicationId: number;
    readonly formCode: string;
    readonly title: string;
    readonly baseName: string;
    readonly formDocumentId: string;
    readonly dataHash: string | null;
    readonly requestId: number | null;
    readonly visitId: number | null;
    readonly signatureCount: number;
    /** The version this one follows: still the newest when the row is written, or someone else got there first. */
    readonly follows: DocumentRecord | null;
    readonly bytes: Uint8Array;
  },
): Promise<DocumentRecord> {
  const sha256 = sha256Of(fields.bytes);
  const storagePath = formStoragePath(fields.applicationId, fields.baseName, sha256);
  const root = documentsRoot(call.app.db);
  const existing = listFormVersions(call.app.db, fields.applicationId, fields.formDocumentId).find((version) => version.sha256 === sha256);
  if (existing !== undefined) return existing;
  await storeFormFile(root, storagePath, fields.bytes);
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    const newest = listFormVersions(w.db, fields.applicationId, fields.formDocumentId).at(-1);
    if (fields.follows !== null && newest?.id !== fields.follows.id)
      throw new ServiceError('conflict', 'Bu formun daha yeni bir sürümü kaydedilmiş; listeyi yenileyip yeniden deneyin.');
    return addDocument(w, {
      applicationId: fields.applicationId,
      paymentRequestId: fields.requestId,
      visitId: fields.visitId,
      formCode: fields.formCode,
      title: fields.title,
      sha256,
      sizeBytes: fields.bytes.length,
      dataHash: fields.dataHash,
      storagePath,
      formDocumentId: fields.formDocumentId,
      signatureCount: fields.signatureCount,
    });
  });
}

function signedMessage(document: DocumentRecord, signed: boolean): string {
  return signed
    ? `${document.formCode} üretildi ve imzalandı (${document.formDocumentId ?? ''}).`
    : `${document.formCode} imzasız üretildi (${document.formDocumentId ?? ''}); imzalamak için “İmzala”yı seçin.`;
}

export async function exportForm(call: SignedInCall, request: ChannelRequest<'form:export'>): Promise<ChannelResponse<'form:export'>> {
  const forms = formsOf(call);
  const definition = FORM_DEFINITIONS.find((candidate) => candidate.code === request.form);
  const model = built(
    forms.buildForm({
      form: request.form,
      applicationId: request.applicationId,
      ...(request.requestId === undefined ? {} : { requestId: request.requestId }),
      ...(request.visitId === undefined ? {} : { visitId: request.visitId }),
    }),
  );
  const signer = request.certificate === undefined ? undefined : await signerOf(request.certificate);
  const exported = await forms.renderModel(model, signer);
  const document = await record(call, {
    applicationId: request.applicationId,
    formCode: model.code,
    title: definition?.title ?? model.code,
    baseName: formFileName(model),
    formDocumentId: exported.documentId,
    dataHash: exported.dataSha256,
    ...subjectIds(definition, model),
    signatureCount: signer === undefined ? 0 : 1,
    follows: null,
    bytes: exported.bytes,
  });
  return { document: documentDto(call, document), message: signedMessage(document, signer !== undefined) };
}

/** Why a version's file is not here: one another PC of the müdürlük made comes with the next sync (docs/sync-protocol.md §14.6). */
function missingFileMessage(call: SignedInCall, document: DocumentRecord): string {
  const origin = getReplicaRow(call.app.db, 'documents', document.id)?.originDevice;
  return origin !== undefined && origin !== readSyncState(call.app.db)?.deviceId
    ? `Belge #${document.id} başka bir bilgisayarda üretildi; dosyası bu bilgisayara henüz gelmedi, bir sonraki eşitlemede merkezden indirilecek.`
    : `Belge #${document.id} dosyası bulunamadı.`;
}

/** A stored version's bytes, checked against the hash recorded for it. */
async function storedBytes(call: SignedInCall, document: DocumentRecord): Promise<Uint8Array> {
  const bytes = document.storagePath === null ? null : await readFormFile(documentsRoot(call.app.db), document.storagePath);
  if (bytes === null) throw new ServiceError('not-found', missingFileMessage(call, document));
  if (sha256Of(bytes) !== document.sha256)
    throw new ServiceError('conflict', `Belge #${document.id} dosyası kayıttaki özetle uyuşmuyor: dosya sonradan değiştirilmiş.`);
  return bytes;
}

function requireFormDocument(call: SignedInCall, documentId: number): DocumentRecord & { applicationId: number; formDocumentId: string } {
  const document = getDocument(call.app.db, documentId);
  if (document === undefined || document.applicationId === null || document.formDocumentId === null) throw notFound('Form belgesi');
  return { ...document, applicationId: document.applicationId, formDocumentId: document.formDocumentId };
}

/** The version to sign must be the newest of its form, with `signatures` signatures, and still what the case's data gives. */
function checkSignable(
  call: SignedInCall,
  document: DocumentRecord & { applicationId: number; formDocumentId: string },
  signatures: number,
) {
  const versions = listFormVersions(call.app.db, document.applicationId, document.formDocumentId);
  if (versions.at(-1)?.id !== document.id)
    throw new ServiceError('conflict', 'Bu formun daha yeni bir sürümü var; en son sürümü imzalayın.');
  if (document.signatureCount !== signatures)
    throw new ServiceError(
      'conflict',
      signatures === 0
        ? 'Bu sürüm zaten imzalı.'
        : document.signatureCount === 0
          ? 'Karşı imzadan önce formu hazırlayan imzalamalı.'
          : 'Bu form müdür tarafından zaten karşı imzalanmış.',
    );
  const forms = formsOf(call);
  const outcome = forms.buildForm({
    form: document.formCode,
    applicationId: document.applicationId,
    ...(document.paymentRequestId === null ? {} : { requestId: document.paymentRequestId }),
    ...(document.visitId === null ? {} : { visitId: document.visitId }),
  });
  if (!outcome.ok || forms.documentIdOfModel(outcome.value) !== document.formDocumentId)
    throw new ServiceError('conflict', 'Dosyanın verisi bu form üretildikten sonra değişti: formu yeniden üretip onu imzalayın.');
  return versions;
}

async function signVersion(
  call: SignedInCall,
  document: DocumentRecord & { applicationId: number; formDocumentId: string },
  signer: Signer,
  reason: string,
): Promise<DocumentRecord> {
  const bytes = await storedBytes(call, document);
  const signed = await formsOf(call).signForm(bytes, signer, { reason });
  const checks = verifySignatures(signed);
  if (checks.length !== document.signatureCount + 1 || checks.some((check) => check.integrity !== 'valid'))
    throw new Error('a signature just made does not verify');
  return record(call, {
    applicationId: document.applicationId,
    formCode: document.formCode,
    title: document.title,
    baseName: fileNameOf(document).replace(/_[0-9a-f]{12}\.pdf$/, '.pdf'),
    formDocumentId: document.formDocumentId,
    dataHash: document.dataHash,
    requestId: document.paymentRequestId,
    visitId: document.visitId,
    signatureCount: document.signatureCount + 1,
    follows: document,
    bytes: signed,
  });
}

export async function sign(call: SignedInCall, request: ChannelRequest<'form:sign'>): Promise<ChannelResponse<'form:sign'>> {
  const document = requireFormDocument(call, request.documentId);
  checkSignable(call, document, 0);
  const signer = await signerOf(request.certificate);
  const signed = await signVersion(call, document, signer, `${document.formCode} hazırlandı`);
  return { document: documentDto(call, signed), message: `${document.formCode} hazırlayan olarak imzalandı.` };
}

export async function countersign(
  call: SignedInCall,
  request: ChannelRequest<'form:countersign'>,
): Promise<ChannelResponse<'form:countersign'>> {
  const document = requireFormDocument(call, request.documentId);
  const versions = checkSignable(call, document, 1);
  if (versions.some((version) => version.createdByUserId === call.user.id))
    throw new ServiceError('four-eyes', 'Dört göz ilkesi: bu formu üreten ya da hazırlayan olarak imzalayan kişi karşı imza atamaz.');
  const signer = await signerOf(request.certificate);
  const preparer = verifySignatures(await storedBytes(call, document))[0];
  if (preparer !== undefined && preparer.subject === certificateNames(signer.certificate).subject)
    throw new ServiceError('four-eyes', `Dört göz ilkesi: karşı imza, hazırlayanın sertifikasıyla (${preparer.signer}) atılamaz.`);
  const signed = await signVersion(call, document, signer, `${document.formCode} onaylandı`);
  return { document: documentDto(call, signed), message: `${document.formCode} müdür olarak karşı imzalandı.` };
}

export async function verify(call: SignedInCall, request: ChannelRequest<'form:verify'>): Promise<ChannelResponse<'form:verify'>> {
  const document = requireFormDocument(call, request.documentId);
  const bytes = document.storagePath === null ? null : await readFormFile(documentsRoot(call.app.db), document.storagePath);
  if (bytes === null)
    return {
      ok: false,
      fileMatchesRecord: false,
      evidenceMatches: false,
      formDocumentId: null,
      dataSha256: null,
      signatures: [],
      problems: [missingFileMessage(call, document)],
    };
  const fileMatchesRecord = sha256Of(bytes) === document.sha256;
  const verification = await formsOf(call).verifyForm(bytes);
  // A form exported unsigned is not a problem of the form: it waits for its signatures.
  const problems = verification.problems.filter((problem) => document.signatureCount > 0 || problem !== 'Belgede imza yok.');
  if (!fileMatchesRecord) problems.unshift('Dosya, kaydedildiği andaki özetiyle uyuşmuyor: sonradan değiştirilmiş.');
  return {
    ok: fileMatchesRecord && problems.length === 0 && verification.signatures.every((signature) => signature.problems.length === 0),
    fileMatchesRecord,
    evidenceMatches: verification.evidenceMatches,
    formDocumentId: verification.evidence?.documentId ?? null,
    dataSha256: verification.evidence?.attachmentSha256 ?? null,
    signatures: verification.signatures.map((signature) => ({
      field: signature.field,
      fieldLabel: signature.field === null ? 'İmza' : (FIELD_LABELS[signature.field] ?? signature.field),
      signer: signature.signer,
      issuer: signature.issuer,
      signedAt: signature.signedAt,
      integrity: signature.integrity,
      coversWholeDocument: signature.coversWholeDocument,
      trust: signature.trust,
      problems: [...signature.problems],
    })),
    problems,
  };
}

export async function file(call: SignedInCall, request: ChannelRequest<'form:file'>): Promise<ChannelResponse<'form:file'>> {
  const document = requireFormDocument(call, request.documentId);
  const bytes = await storedBytes(call, document);
  return { fileName: fileNameOf(document), contentBase64: Buffer.from(bytes).toString('base64') };
}
