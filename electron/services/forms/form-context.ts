import { amountInWordsTr } from '../../../core/lib/amount-in-words';
import { formatDateTr } from '../../../core/lib/calendar-date';
import type { CheckResult } from '../../../core/lib/checks';
import { formatEur, formatTry, type Money } from '../../../core/lib/money';
import type { PaymentPosition } from '../../../core/report/payment-position';
import type { KobiDatabase } from '../../../db/connection';
import { getApplication, type Application } from '../../../db/repositories/applications';
import { getCallCalendar } from '../../../db/repositories/call-calendars';
import { getEnterprise, listEnterpriseSites, type Enterprise } from '../../../db/repositories/enterprises';
import { listPaymentRequests, type PaymentRequestRecord } from '../../../db/repositories/payment-requests';
import { getUser } from '../../../db/repositories/users';
import type { FormAmountTotal, FormCheckRow, FormField, FormSection, SignatureSlot } from '../../pdf/form-model';
import { formDefinition, PROGRAMME_TITLES, type FormDefinition } from './form-catalogue';
import { LEGAL_FORM_TR, ROLE_TITLE_TR } from './form-labels';

/** What the forms share: the case's application and enterprise, the people who sign, money in figures and words. */

export type FormProblem = { readonly code: 'not-found' | 'unsuitable'; readonly message: string };
export type FormOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FormProblem };

export function unsuitable<T>(message: string): FormOutcome<T> {
  return { ok: false, error: { code: 'unsuitable', message } };
}

export function notFound<T>(message: string): FormOutcome<T> {
  return { ok: false, error: { code: 'not-found', message } };
}

/** What the caller asks for; names given here win over the names the database knows. */
export type FormRequest = {
  readonly form: string;
  readonly applicationId: number;
  readonly requestId?: number;
  readonly visitId?: number;
  readonly preparer?: string;
  readonly approver?: string;
  readonly representative?: string;
  /** Drawn signatures (PNG) for the Yerinde İzleme Formu. */
  readonly monitorSignaturePng?: Uint8Array;
  readonly representativeSignaturePng?: Uint8Array;
};

export type CaseFile = {
  readonly db: KobiDatabase;
  readonly request: FormRequest;
  readonly definition: FormDefinition;
  readonly application: Application;
  readonly enterprise: Enterprise;
  readonly today: string;
};

export function openCaseFile(db: KobiDatabase, request: FormRequest, today: string): FormOutcome<CaseFile> {
  const definition = formDefinition(request.form);
  if (definition === undefined) return unsuitable(`Bilinmeyen form kodu: ${request.form}`);
  const application = getApplication(db, request.applicationId);
  if (application === undefined) return notFound(`${request.applicationId} numaralı başvuru (dosya) bulunamadı.`);
  if (!definition.programmes.includes(application.program)) {
    return unsuitable(
      `${definition.code} ${definition.title} ${definition.programmes.join(', ')} dosyaları içindir; ${application.id} numaralı dosya ${application.program}.`,
    );
  }
  const enterprise = getEnterprise(db, application.enterpriseId);
  if (enterprise === undefined) return notFound(`${application.id} numaralı dosyanın işletmesi bulunamadı.`);
  return { ok: true, value: { db, request, definition, application, enterprise, today } };
}

export function directorateOf(application: Application): string {
  return application.applicationProvince === null ? 'KOSGEB' : `KOSGEB ${application.applicationProvince} Müdürlüğü`;
}

export function programmeTitle(file: CaseFile): string {
  return PROGRAMME_TITLES[file.application.program];
}

function dateOrDash(value: string | null): string {
  return value === null ? '—' : formatDateTr(value);
}

/** The identity block every form opens with. */
export function identityFields(file: CaseFile, editionName: string): FormField[] {
  const { application, enterprise } = file;
  const sites = listEnterpriseSites(file.db, enterprise.id);
  const sicil = sites.map((site) => site.sgkIsyeriSicilNo).filter((value): value is string => value !== null);
  const calendar = application.callCalendarId === null ? undefined : getCallCalendar(file.db, application.callCalendarId);
  return [
    { label: 'İşletme unvanı', value: enterprise.unvan },
    { label: enterprise.vkn === null ? 'T.C. kimlik no' : 'Vergi kimlik no', value: enterprise.vkn ?? enterprise.tckn ?? '—' },
    { label: 'Hukuki yapı', value: LEGAL_FORM_TR[enterprise.legalForm] },
    { label: 'Ana faaliyet (NACE)', value: enterprise.naceMain ?? '—' },
    { label: 'SGK işyeri sicil no', value: sicil.length === 0 ? '—' : sicil.join(', ') },
    { label: 'Program ve sürüm', value: `${editionName}${calendar === undefined ? '' : ` — ${calendar.name}`}` },
    { label: 'Dosya (başvuru) no', value: String(application.id) },
    { label: 'Başvuru / onay tarihi', value: `${dateOrDash(application.appliedOn)} / ${dateOrDash(application.approvedOn)}` },
  ];
}

export function userName(db: KobiDatabase, userId: number | null): { readonly name: string; readonly title: string } | null {
  if (userId === null) return null;
  const user = getUser(db, userId);
  return user === undefined ? null : { name: user.fullName, title: ROLE_TITLE_TR[user.role] };
}

/** Preparer: the name given, else the file's responsible officer; approver: the name given, else the müdür who decided. */
export function preparerAndApprover(file: CaseFile, formDate: string, decidedByUserId: number | null = null): SignatureSlot[] {
  const responsible = userName(file.db, file.application.responsibleUserId);
  const decider = decidedByUserId === null ? undefined : getUser(file.db, decidedByUserId);
  const approver = file.request.approver ?? (decider?.role === 'mudur' ? decider.fullName : null);
  return [
    {
      label: 'Hazırlayan',
      name: file.request.preparer ?? responsible?.name ?? null,
      title: 'KOBİ Uzmanı (Sorumlu Personel)',
      date: formDate,
      field: 'Hazirlayan',
    },
    { label: 'Onaylayan', name: approver, title: 'Uygulama Birimi Müdürü', date: null, field: 'Onaylayan' },
  ];
}

export function checkRows(checks: readonly CheckResult[]): FormCheckRow[] {
  return checks.map((check) => ({ code: check.code, article: check.article, outcome: check.outcome, explanation: check.explanation }));
}

export function formatMoney(value: Money, currency: 'TRY' | 'EUR'): string {
  return currency === 'TRY' ? formatTry(value) : formatEur(value);
}

export function amountTotal(label: string, value: Money, currency: 'TRY' | 'EUR'): FormAmountTotal {
  return { label, figure: formatMoney(value, currency), words: amountInWordsTr(value.isNegative() ? value.negated() : value, currency) };
}

/** "Ödeme Durumu": paid so far and the remaining cap, in figures and words (as core's paymentPosition decided). */
export function positionSection(position: PaymentPosition, withThisPayment: boolean): FormSection {
  const totals = [
    amountTotal('Daha önce ödenen', position.paidBefore, position.currency),
    ...(withThisPayment ? [amountTotal('Bu ödemeyle toplam', position.paidAfter, position.currency)] : []),
    ...(position.cap === null ? [] : [amountTotal(`Toplam üst limit (${position.capArticle})`, position.cap, position.currency)]),
    ...(position.remainingCap === null ? [] : [amountTotal('Kalan üst limit', position.remainingCap, position.currency)]),
  ];
  return { kind: 'amounts', title: 'Ödeme Durumu', rows: [], totals };
}

/** Decided requests of the case in entry order (the order the rules decide them). */
export function decidedRequests(file: CaseFile): PaymentRequestRecord[] {
  return listPaymentRequests(file.db, file.application.id).filter((request) => request.status === 'DECIDED');
}

/** The approved amounts of the decided requests entered before `requestId` (all of them when absent). */
export function earlierPayments(file: CaseFile, requestId?: number): string[] {
  return decidedRequests(file)
    .filter((request) => requestId === undefined || request.id < requestId)
    .map((request) => request.amount ?? '0.00');
}
