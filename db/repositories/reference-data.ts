import { and, asc, desc, eq, lte } from 'drizzle-orm';
import { exchangeRate } from '../../core/inputs/clawback-input';
import { isIsoDate } from '../../core/lib/calendar-date';
import { IKDP_EDITIONS } from '../../core/programmes/ikdp/editions';
import { ITKFDP_II } from '../../core/programmes/itkfdp-ii/edition';
import { IDARI_IZIN_DAYS, TURKISH_OFFICIAL_HOLIDAYS, type HolidayEntry } from '../../core/reference/holidays-tr';
import { LEGAL_INTEREST_RATES } from '../../core/reference/legal-interest-rates';
import type { KobiDatabase } from '../connection';
import { exchangeRates } from '../schema/exchange-rates';
import { excludedActivities } from '../schema/excluded-activities';
import { holidays } from '../schema/holidays';
import { idariIzinDays } from '../schema/idari-izin-days';
import { legalInterestRates } from '../schema/legal-interest-rates';
import { naceCodes } from '../schema/nace-codes';
import { programmeEditions } from '../schema/programme-editions';
import type { WriteContext } from '../write-context';
import { putAudited, type PutOutcome } from './audited-upsert';
import { RepositoryInputError } from './repository-error';

/**
 * Reference data: tables headquarters can replace with a newer signed version
 * (ROADMAP 4). Each `put…` inserts a value, updates it when it changed, or
 * leaves it (`unchanged`), so applying the same file twice changes nothing.
 */

export type ExchangeRateInput = {
  readonly rateDate: string;
  /** ISO 4217 code, `EUR`. */
  readonly currency: string;
  /** TCMB döviz alış as a decimal string (`"39.1234"`). */
  readonly buyingRate: string;
  readonly source: string;
  readonly importBatchId?: number | null;
};

export type ExchangeRateRecord = {
  readonly rateDate: string;
  readonly currency: string;
  readonly buyingRate: string;
  readonly source: string;
};

export function putExchangeRate(w: WriteContext, input: ExchangeRateInput): PutOutcome {
  if (!isIsoDate(input.rateDate)) throw new RepositoryInputError(`Geçersiz kur tarihi "${input.rateDate}".`);
  if (!exchangeRate.safeParse(input.buyingRate).success) throw new RepositoryInputError(`Geçersiz kur "${input.buyingRate}".`);
  if (!/^[A-Z]{3}$/.test(input.currency)) throw new RepositoryInputError(`Geçersiz para birimi "${input.currency}".`);
  const existing = w.db.orm
    .select({ id: exchangeRates.id, buyingRate: exchangeRates.buyingRate })
    .from(exchangeRates)
    .where(and(eq(exchangeRates.rateDate, input.rateDate), eq(exchangeRates.currency, input.currency)))
    .get();
  const changes = { buyingRate: input.buyingRate, source: input.source, importBatchId: input.importBatchId ?? null };
  return putAudited(w, exchangeRates, existing, {
    insert: { rateDate: input.rateDate, currency: input.currency, ...changes },
    changes,
    compared: ['buyingRate'],
  });
}

const EXCHANGE_RATE_COLUMNS = {
  rateDate: exchangeRates.rateDate,
  currency: exchangeRates.currency,
  buyingRate: exchangeRates.buyingRate,
  source: exchangeRates.source,
};

/** The rate published for exactly `date`, if any. */
export function exchangeRateOn(db: KobiDatabase, currency: string, date: string): ExchangeRateRecord | undefined {
  return db.orm
    .select(EXCHANGE_RATE_COLUMNS)
    .from(exchangeRates)
    .where(and(eq(exchangeRates.currency, currency), eq(exchangeRates.rateDate, date)))
    .get();
}

/** The rate in force on `date`: that day's, or the latest earlier one (a weekend or holiday has none). */
export function exchangeRateOnOrBefore(db: KobiDatabase, currency: string, date: string): ExchangeRateRecord | undefined {
  return db.orm
    .select(EXCHANGE_RATE_COLUMNS)
    .from(exchangeRates)
    .where(and(eq(exchangeRates.currency, currency), lte(exchangeRates.rateDate, date)))
    .orderBy(desc(exchangeRates.rateDate))
    .limit(1)
    .get();
}

export function listExchangeRates(db: KobiDatabase, currency: string): ExchangeRateRecord[] {
  return db.orm
    .select(EXCHANGE_RATE_COLUMNS)
    .from(exchangeRates)
    .where(eq(exchangeRates.currency, currency))
    .orderBy(asc(exchangeRates.rateDate))
    .all();
}

export type CalendarDayInput = HolidayEntry & { readonly source: string };

/** Holidays and idari izin days share one shape: a date, its kind (full / half day), a name and a source. */
function putCalendarDay(w: WriteContext, table: typeof holidays | typeof idariIzinDays, input: CalendarDayInput): PutOutcome {
  if (!isIsoDate(input.date)) throw new RepositoryInputError(`Geçersiz tarih "${input.date}".`);
  const existing = w.db.orm.select().from(table).where(eq(table.date, input.date)).get();
  const changes = { kind: input.kind, name: input.name, source: input.source };
  return putAudited(w, table, existing, { insert: { date: input.date, ...changes }, changes, compared: ['kind', 'name', 'source'] });
}

export function putHoliday(w: WriteContext, input: CalendarDayInput): PutOutcome {
  return putCalendarDay(w, holidays, input);
}

export function putIdariIzinDay(w: WriteContext, input: CalendarDayInput): PutOutcome {
  return putCalendarDay(w, idariIzinDays, input);
}

export function listHolidays(db: KobiDatabase): (HolidayEntry & { readonly source: string })[] {
  return db.orm
    .select({ date: holidays.date, kind: holidays.kind, name: holidays.name, source: holidays.source })
    .from(holidays)
    .orderBy(asc(holidays.date))
    .all();
}

export function putLegalInterestRate(
  w: WriteContext,
  input: { readonly effectiveFrom: string; readonly percent: string; readonly act: string },
): PutOutcome {
  if (!isIsoDate(input.effectiveFrom)) throw new RepositoryInputError(`Geçersiz tarih "${input.effectiveFrom}".`);
  if (!/^\d+(\.\d+)?$/.test(input.percent)) throw new RepositoryInputError(`Geçersiz faiz oranı "${input.percent}".`);
  const existing = w.db.orm.select().from(legalInterestRates).where(eq(legalInterestRates.effectiveFrom, input.effectiveFrom)).get();
  const changes = { percent: input.percent, act: input.act };
  return putAudited(w, legalInterestRates, existing, {
    insert: { effectiveFrom: input.effectiveFrom, ...changes },
    changes,
    compared: ['percent', 'act'],
  });
}

export function putExcludedActivity(
  w: WriteContext,
  input: { readonly program: string; readonly naceCode: string; readonly description: string; readonly source: string },
): PutOutcome {
  const existing = w.db.orm
    .select()
    .from(excludedActivities)
    .where(and(eq(excludedActivities.program, input.program), eq(excludedActivities.naceCode, input.naceCode)))
    .get();
  const changes = { description: input.description, source: input.source };
  return putAudited(w, excludedActivities, existing, {
    insert: { program: input.program, naceCode: input.naceCode, ...changes },
    changes,
    compared: ['description', 'source'],
  });
}

export function putNaceCode(
  w: WriteContext,
  input: { readonly code: string; readonly title: string; readonly parentCode?: string | null },
): PutOutcome {
  const existing = w.db.orm.select().from(naceCodes).where(eq(naceCodes.code, input.code)).get();
  const changes = { title: input.title, parentCode: input.parentCode ?? null };
  return putAudited(w, naceCodes, existing, { insert: { code: input.code, ...changes }, changes, compared: ['title', 'parentCode'] });
}

export type ProgrammeEditionInput = {
  readonly editionId: string;
  readonly version: number;
  /** The edition's dated parameter set, serialisable (core/programmes/…/edition*.ts). */
  readonly payload: unknown;
  readonly provisional: boolean;
  readonly source: string;
  readonly effectiveFrom?: string | null;
};

/** Store a version of an edition; a stored version is never changed (decisions made under it must stay reproducible). */
export function putProgrammeEdition(w: WriteContext, input: ProgrammeEditionInput): PutOutcome {
  const payload = JSON.stringify(input.payload);
  const existing = w.db.orm
    .select({ payload: programmeEditions.payload })
    .from(programmeEditions)
    .where(and(eq(programmeEditions.editionId, input.editionId), eq(programmeEditions.version, input.version)))
    .get();
  if (existing !== undefined) {
    if (existing.payload === payload) return 'unchanged';
    throw new RepositoryInputError(
      `${input.editionId} sürüm ${input.version} zaten farklı içerikle kayıtlı; yeni içerik yeni bir sürüm numarası almalı.`,
    );
  }
  w.insert(programmeEditions, {
    editionId: input.editionId,
    version: input.version,
    payload,
    provisional: input.provisional,
    source: input.source,
    effectiveFrom: input.effectiveFrom ?? null,
    importedAt: w.at,
  });
  return 'inserted';
}

export type SeedCounts = Readonly<Record<PutOutcome, number>>;

/** The built-in reference tables of core/ (holidays, idari izin, legal interest, editions as version 1), applied idempotently. */
export function seedBuiltInReferenceData(w: WriteContext): SeedCounts {
  const counts: Record<PutOutcome, number> = { inserted: 0, updated: 0, unchanged: 0 };
  const count = (outcome: PutOutcome): void => {
    counts[outcome] += 1;
  };
  for (const entry of TURKISH_OFFICIAL_HOLIDAYS.entries) count(putHoliday(w, { ...entry, source: TURKISH_OFFICIAL_HOLIDAYS.source }));
  for (const entry of IDARI_IZIN_DAYS.entries) count(putIdariIzinDay(w, { ...entry, source: IDARI_IZIN_DAYS.source }));
  for (const rate of LEGAL_INTEREST_RATES.entries)
    count(putLegalInterestRate(w, { effectiveFrom: rate.from, percent: rate.percent, act: rate.act }));
  for (const edition of [...Object.values(IKDP_EDITIONS), ITKFDP_II]) {
    count(
      putProgrammeEdition(w, {
        editionId: edition.id,
        version: 1,
        payload: edition,
        provisional: 'provisional' in edition ? edition.provisional : false,
        source: 'yerleşik (core/)',
      }),
    );
  }
  return counts;
}
