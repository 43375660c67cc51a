import type { KobiDatabase } from '../../../db/connection';
import type { FormModel } from '../../pdf/form-model';
import { documentIdOf, evidenceBytes, renderFormPdf, sha256Hex } from '../../pdf/render-form';
import { signPdf, type SignOptions } from '../../pdf/signing/pdf-signature';
import type { Signer } from '../../pdf/signing/signer';
import { verifyFormPdf, type FormVerification } from '../../pdf/verify-form';
import { buildApplicationEvaluationForm } from './application-evaluation-form';
import { FINANSMAN_FORM, type FormCode } from './form-catalogue';
import { buildFinansmanEligibilityForm } from './finansman-eligibility-form';
import { openCaseFile, type CaseFile, type FormOutcome, type FormRequest } from './form-context';
import { buildOnSiteMonitoringForm, buildPostProgrammeMonitoringForm } from './monitoring-forms';
import { buildPaymentEligibilityForm } from './payment-eligibility-form';

/**
 * The forms service (plain Node; database, clock and signer passed in): builds
 * a form's model from the database and core's decision, renders it, signs it
 * and verifies it. The CLI commands and the app's forms tab call this.
 */

export type FormsServiceDependencies = {
  readonly db: KobiDatabase;
  readonly clock: () => Date;
};

export type ExportedForm = {
  readonly code: string;
  readonly applicationId: number;
  readonly documentId: string;
  readonly dataSha256: string;
  readonly fileName: string;
  readonly pageCount: number;
  readonly signed: boolean;
  readonly bytes: Uint8Array;
};

const BUILDERS: Readonly<Record<FormCode, (file: CaseFile) => FormOutcome<FormModel>>> = {
  'FRM.39.00.03': buildApplicationEvaluationForm,
  'FRM.39.00.05': buildPaymentEligibilityForm,
  'FRM.39.00.06': buildPostProgrammeMonitoringForm,
  'ITKFDP2-TAB.01': buildApplicationEvaluationForm,
  'ITKFDP2-FRM.04': buildPaymentEligibilityForm,
  'ITKFDP2-FRM.05': buildOnSiteMonitoringForm,
};

/** Today in Türkiye (UTC+3 all year), the date an undated form carries. */
export function turkeyToday(now: Date): string {
  return new Date(now.getTime() + 3 * 3600_000).toISOString().slice(0, 10);
}

/** `FRM.39.00.05_3-12.pdf`: form code and subject, stable for the same form of the same subject. */
export function formFileName(model: Pick<FormModel, 'code' | 'subjectKey'>): string {
  return `${model.code}_${model.subjectKey}.pdf`;
}

export type FormsService = ReturnType<typeof createFormsService>;

export function createFormsService(dependencies: FormsServiceDependencies) {
  const { db, clock } = dependencies;

  function buildForm(request: FormRequest): FormOutcome<FormModel> {
    if (request.form === FINANSMAN_FORM.code) return buildFinansmanEligibilityForm(db, request);
    const opened = openCaseFile(db, request, turkeyToday(clock()));
    if (!opened.ok) return opened;
    const builder = BUILDERS[opened.value.definition.code as FormCode];
    return builder(opened.value);
  }

  /** The document id a model renders to, without rendering it (the batch export's resume check). */
  function documentIdOfModel(model: FormModel): string {
    return documentIdOf(model.code, model.subjectKey, sha256Hex(evidenceBytes(model.evidence)));
  }

  async function signForm(bytes: Uint8Array, signer: Signer, options: Omit<SignOptions, 'signedAt'> = {}): Promise<Uint8Array> {
    return signPdf(bytes, signer, { ...options, signedAt: clock() });
  }

  async function renderModel(model: FormModel, signer?: Signer): Promise<ExportedForm> {
    const rendered = await renderFormPdf(model);
    const bytes = signer === undefined ? rendered.bytes : await signForm(rendered.bytes, signer, { reason: `${model.code} hazırlandı` });
    const applicationId = Number(model.subjectKey.split('-')[0]);
    return {
      code: model.code,
      applicationId,
      documentId: rendered.documentId,
      dataSha256: rendered.dataSha256,
      fileName: formFileName(model),
      pageCount: rendered.pageCount,
      signed: signer !== undefined,
      bytes,
    };
  }

  /** Build and render one form; with a signer, the preparer's signature is added at once. */
  async function exportForm(request: FormRequest, signer?: Signer): Promise<FormOutcome<ExportedForm>> {
    const built = buildForm(request);
    if (!built.ok) return built;
    return { ok: true, value: await renderModel(built.value, signer) };
  }

  function verifyForm(bytes: Uint8Array, trustedRoots?: readonly Uint8Array[]): Promise<FormVerification> {
    return verifyFormPdf(bytes, trustedRoots === undefined ? {} : { trustedRoots });
  }

  return { buildForm, documentIdOfModel, renderModel, exportForm, signForm, verifyForm };
}
