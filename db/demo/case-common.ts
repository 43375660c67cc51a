import { createHash } from 'node:crypto';
import { daysBetween, type IsoDate, type MonthKey, plusDays } from '../../core/lib/calendar-date';
import type { DemoApplicationStatus, DemoDocument, DemoDocumentKind, DemoProgram, DemoUser } from './demo-types';
import type { Random } from './random';

/** Demo data: what every generated case shares — small date helpers, the enterprise's generation context, documents and an application's timeline. */

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function dateBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return plusDays(from, random.integer(0, Math.max(0, daysBetween(from, to))));
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxMonth(a: MonthKey, b: MonthKey): MonthKey {
  return a > b ? a : b;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export type EnterpriseContext = {
  readonly seed: number;
  readonly random: Random;
  readonly key: string;
  readonly index: number;
  readonly unvanSlug: string;
  readonly officers: ReadonlyMap<string, readonly DemoUser[]>;
  readonly numberingOffset: number;
  nextPersonSlot: number;
  documentCount: number;
};

export function officerFor(context: EnterpriseContext, province: string): string {
  const officers = context.officers.get(province);
  if (officers === undefined || officers.length === 0) throw new Error(`no officer in ${province}`);
  return context.random.pick(officers).key;
}

export function document(
  context: EnterpriseContext,
  kind: DemoDocumentKind,
  createdOn: IsoDate,
  generated: boolean,
  label: string,
  requestKey: string | null = null,
): DemoDocument {
  context.documentCount += 1;
  const key = `${context.key}-D${pad(context.documentCount, 3)}`;
  const xlsx = kind === 'SGK_HIZMET_LISTESI';
  return {
    key,
    kind,
    fileName: `${label}-${context.unvanSlug}.${xlsx ? 'xlsx' : 'pdf'}`,
    mediaType: xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
    sizeBytes: context.random.integer(xlsx ? 12_000 : 40_000, xlsx ? 400_000 : 2_500_000),
    sha256: sha256(`kobi-dosya-demo|${context.seed}|${key}`),
    createdOn,
    generated,
    requestKey,
  };
}

export function applicationDocuments(
  context: EnterpriseContext,
  program: DemoProgram,
  createdOn: IsoDate,
  submitted: boolean,
): DemoDocument[] {
  const documents = [document(context, 'BASVURU_FORMU', createdOn, true, `${program}-basvuru-formu`)];
  if (!submitted) return documents;
  documents.push(document(context, 'ISLETME_BEYANI', createdOn, false, 'isletme-beyani'));
  documents.push(document(context, 'SGK_HIZMET_LISTESI', createdOn, false, 'sgk-hizmet-listesi'));
  if (program === 'ITKFDP-II') documents.push(document(context, 'TAAHHUTNAME', createdOn, false, 'taahhutname'));
  return documents;
}

/** Dates of an application's life: created, submitted, decided. */
export type Timeline = { readonly createdOn: IsoDate; readonly submittedOn: IsoDate | null; readonly decidedOn: IsoDate | null };

export function timeline(
  random: Random,
  status: DemoApplicationStatus,
  windowStart: IsoDate,
  windowEnd: IsoDate,
  latestDecision: IsoDate,
): Timeline {
  const createdOn = dateBetween(random, windowStart, windowEnd);
  if (status === 'DRAFT') return { createdOn, submittedOn: null, decidedOn: null };
  const submittedOn = minDate(plusDays(createdOn, random.integer(0, 6)), windowEnd);
  if (status === 'SUBMITTED') return { createdOn, submittedOn, decidedOn: null };
  const decidedOn = minDate(plusDays(submittedOn, random.integer(3, 40)), latestDecision);
  return { createdOn, submittedOn, decidedOn };
}
