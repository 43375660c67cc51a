import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { money } from '../../../core/lib/money';
import type { KobiDatabase } from '../../../db/connection';
import { listCases, getApplication } from '../../../db/repositories/applications';
import { listMonitoringVisits } from '../../../db/repositories/monitoring-visits';
import { listPaymentRequests } from '../../../db/repositories/payment-requests';
import type { Signer } from '../../pdf/signing/signer';
import type { FormCode } from './form-catalogue';
import type { FormRequest } from './form-context';
import { formFileName, type FormsService } from './forms-service';

/**
 * Batch export of every approved form whose date falls in a range, to a folder:
 * - applications approved in the range → FRM.39.00.03 / ITKFDP2-TAB.01;
 * - payment requests decided as payable in the range → FRM.39.00.05 / ITKFDP2-FRM.04;
 * - monitoring visits made in the range → FRM.39.00.06 / ITKFDP2-FRM.05.
 * In a fixed order (case, then form, then subject), so the same data gives the
 * same files with the same page content. Resumable: a file already in the
 * folder is kept when its QR hash matches its attached data and it is the
 * document this data gives (same document id; with a signer, also signed and
 * intact); each new file is written to `*.part` and renamed when complete.
 */

export type BatchProgress = {
  readonly done: number;
  readonly total: number;
  readonly written: number;
  readonly skipped: number;
  readonly failed: number;
  readonly current: string;
};

export type BatchResult = {
  readonly total: number;
  readonly written: readonly string[];
  readonly skipped: readonly string[];
  readonly failed: readonly { readonly subject: string; readonly message: string }[];
};

type Subject = { readonly request: FormRequest; readonly sortKey: string };

const FORM_BY_PROGRAMME = {
  application: { IKDP: 'FRM.39.00.03', ITKFDP: 'ITKFDP2-TAB.01' },
  request: { IKDP: 'FRM.39.00.05', ITKFDP: 'ITKFDP2-FRM.04' },
} as const satisfies Record<string, Record<string, FormCode>>;

function inRange(date: string | null, from: string, to: string): boolean {
  return date !== null && date >= from && date <= to;
}

function pad(value: number): string {
  return String(value).padStart(9, '0');
}

/** Every form subject whose approval (decision, visit) date is in [from, to], sorted. */
export function approvedFormSubjects(db: KobiDatabase, from: string, to: string): Subject[] {
  const subjects: Subject[] = [];
  for (const entry of listCases(db, {})) {
    const application = getApplication(db, entry.id);
    if (application === undefined) continue;
    const line = application.program === 'ITKFDP-II' ? 'ITKFDP' : 'IKDP';
    const key = pad(application.id);
    if (inRange(application.approvedOn, from, to) && application.decision !== 'REJECTED') {
      subjects.push({
        request: { form: FORM_BY_PROGRAMME.application[line], applicationId: application.id },
        sortKey: `${key}-1-${pad(0)}`,
      });
    }
    for (const request of listPaymentRequests(db, application.id)) {
      const payable = request.status === 'DECIDED' && request.amount !== null && money(request.amount).gt(0);
      if (payable && inRange(request.decidedAt?.slice(0, 10) ?? null, from, to)) {
        subjects.push({
          request: { form: FORM_BY_PROGRAMME.request[line], applicationId: application.id, requestId: request.id },
          sortKey: `${key}-2-${pad(request.id)}`,
        });
      }
    }
    for (const visit of listMonitoringVisits(db, application.id)) {
      const form = visit.kind === 'ON_SITE' ? (line === 'ITKFDP' ? 'ITKFDP2-FRM.05' : null) : line === 'IKDP' ? 'FRM.39.00.06' : null;
      if (form !== null && inRange(visit.visitedOn, from, to)) {
        subjects.push({ request: { form, applicationId: application.id, visitId: visit.id }, sortKey: `${key}-3-${pad(visit.id)}` });
      }
    }
  }
  return subjects.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

function describe(request: FormRequest): string {
  return `${request.form} dosya ${request.applicationId}${request.requestId === undefined ? '' : ` talep ${request.requestId}`}${request.visitId === undefined ? '' : ` ziyaret ${request.visitId}`}`;
}

async function alreadyComplete(service: FormsService, path: string, documentId: string, signed: boolean): Promise<boolean> {
  if (!existsSync(path)) return false;
  try {
    const verification = await service.verifyForm(new Uint8Array(await readFile(path)));
    if (!verification.evidenceMatches || verification.evidence?.documentId !== documentId) return false;
    if (!signed) return verification.signatures.length === 0;
    return verification.signatures.length > 0 && verification.signatures.every((signature) => signature.integrity === 'valid');
  } catch {
    return false;
  }
}

export async function exportApprovedForms(
  service: FormsService,
  db: KobiDatabase,
  options: {
    readonly from: string;
    readonly to: string;
    readonly folder: string;
    readonly signer?: Signer;
    readonly onProgress?: (progress: BatchProgress) => void;
  },
): Promise<BatchResult> {
  const subjects = approvedFormSubjects(db, options.from, options.to);
  await mkdir(options.folder, { recursive: true });
  const written: string[] = [];
  const skipped: string[] = [];
  const failed: { subject: string; message: string }[] = [];
  for (const [index, subject] of subjects.entries()) {
    const built = service.buildForm(subject.request);
    let current = describe(subject.request);
    if (!built.ok) failed.push({ subject: current, message: built.error.message });
    else {
      const fileName = formFileName(built.value);
      current = fileName;
      const path = join(options.folder, fileName);
      if (await alreadyComplete(service, path, service.documentIdOfModel(built.value), options.signer !== undefined))
        skipped.push(fileName);
      else {
        const exported = await service.renderModel(built.value, options.signer);
        await writeFile(`${path}.part`, exported.bytes);
        await rename(`${path}.part`, path);
        written.push(fileName);
      }
    }
    options.onProgress?.({
      done: index + 1,
      total: subjects.length,
      written: written.length,
      skipped: skipped.length,
      failed: failed.length,
      current,
    });
  }
  return { total: subjects.length, written, skipped, failed };
}
