import { between, count, eq } from 'drizzle-orm';
import type { KobiDatabase } from '../connection';
import { excludedActivities } from '../schema/excluded-activities';
import { holidays } from '../schema/holidays';
import { idariIzinDays } from '../schema/idari-izin-days';
import { legalInterestRates } from '../schema/legal-interest-rates';
import type { WriteContext } from '../write-context';
import type { PutOutcome } from './prim-days';
import {
  putExcludedActivity,
  putExchangeRate,
  putHoliday,
  putIdariIzinDay,
  putLegalInterestRate,
  putProgrammeEdition,
} from './reference-data';
import { RepositoryInputError } from './repository-error';

/**
 * Applying a verified feed item to the reference tables (issue 18 item 1),
 * through the reference-data repositories, so every row changed is audited.
 * A kind that carries a whole list (a year's holidays, the legal interest
 * table, a programme's excluded activities) removes the local rows the list
 * no longer has; `plannedRemoval` tells beforehand how many, so the client
 * can stop and ask a yönetici when it is too large a share of the table.
 */
export type ApplyCounts = { inserted: number; updated: number; unchanged: number; removed: number };

export type RemovalPlan = { readonly table: string; readonly removing: number; readonly total: number };

/**
 * The payloads this file applies, as electron/sync/feed-kinds.ts's schemas
 * parse them (restated here: db/ does not import electron/).
 */
type CalendarDaysPayload = {
  readonly year: number;
  readonly source: string;
  readonly entries: readonly { readonly date: string; readonly kind: 'full' | 'half'; readonly name: string }[];
};
type ExchangeRatesPayload = {
  readonly source: string;
  readonly rates: readonly { readonly rateDate: string; readonly currency: string; readonly buyingRate: string }[];
};
type LegalRatesPayload = { readonly rates: readonly { readonly effectiveFrom: string; readonly percent: string; readonly act: string }[] };
type ExcludedPayload = {
  readonly program: string;
  readonly source: string;
  readonly entries: readonly { readonly naceCode: string; readonly description: string }[];
};
type EditionPayload = {
  readonly editionId: string;
  readonly version: number;
  readonly provisional: boolean;
  readonly effectiveFrom: string | null;
  readonly source: string;
  readonly edition: Readonly<Record<string, unknown>>;
};

export type AppliedKind =
  'holidays' | 'idari-izin-days' | 'exchange-rates' | 'legal-interest-rates' | 'excluded-activities' | 'programme-edition';

type Calendar = typeof holidays | typeof idariIzinDays;

function calendarOf(kind: 'holidays' | 'idari-izin-days'): { table: Calendar; name: string } {
  return kind === 'holidays' ? { table: holidays, name: 'holidays' } : { table: idariIzinDays, name: 'idari_izin_days' };
}

function tableSize(db: KobiDatabase, table: Calendar | typeof legalInterestRates | typeof excludedActivities): number {
  return db.orm.select({ n: count() }).from(table).get()?.n ?? 0;
}

function calendarRemovals(db: KobiDatabase, table: Calendar, payload: CalendarDaysPayload): { id: number }[] {
  const listed = new Set(payload.entries.map((entry) => entry.date));
  return db.orm
    .select({ id: table.id, date: table.date })
    .from(table)
    .where(between(table.date, `${payload.year}-01-01`, `${payload.year}-12-31`))
    .all()
    .filter((row) => !listed.has(row.date));
}

function legalRateRemovals(db: KobiDatabase, payload: LegalRatesPayload): { id: number }[] {
  const listed = new Set(payload.rates.map((rate) => rate.effectiveFrom));
  return db.orm
    .select({ id: legalInterestRates.id, effectiveFrom: legalInterestRates.effectiveFrom })
    .from(legalInterestRates)
    .all()
    .filter((row) => !listed.has(row.effectiveFrom));
}

function excludedRemovals(db: KobiDatabase, payload: ExcludedPayload): { id: number }[] {
  const listed = new Set(payload.entries.map((entry) => entry.naceCode));
  return db.orm
    .select({ id: excludedActivities.id, naceCode: excludedActivities.naceCode })
    .from(excludedActivities)
    .where(eq(excludedActivities.program, payload.program))
    .all()
    .filter((row) => !listed.has(row.naceCode));
}

/** How many local rows the item would remove, of how many in its table; `null` for kinds that never remove. */
export function plannedRemoval(db: KobiDatabase, kind: AppliedKind, payload: unknown): RemovalPlan | null {
  switch (kind) {
    case 'holidays':
    case 'idari-izin-days': {
      const { table, name } = calendarOf(kind);
      return { table: name, removing: calendarRemovals(db, table, payload as CalendarDaysPayload).length, total: tableSize(db, table) };
    }
    case 'legal-interest-rates':
      return {
        table: 'legal_interest_rates',
        removing: legalRateRemovals(db, payload as LegalRatesPayload).length,
        total: tableSize(db, legalInterestRates),
      };
    case 'excluded-activities':
      return {
        table: 'excluded_activities',
        removing: excludedRemovals(db, payload as ExcludedPayload).length,
        total: tableSize(db, excludedActivities),
      };
    case 'exchange-rates':
    case 'programme-edition':
      return null;
  }
}

/** Write the item's rows (inside the caller's `withWrite`); throws `RepositoryInputError` for content the tables refuse. */
export function applyFeedPayload(w: WriteContext, kind: AppliedKind, payload: unknown): ApplyCounts {
  const counts: ApplyCounts = { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
  const tally = (outcome: PutOutcome): void => {
    counts[outcome] += 1;
  };
  switch (kind) {
    case 'holidays':
    case 'idari-izin-days': {
      const body = payload as CalendarDaysPayload;
      const { table } = calendarOf(kind);
      for (const entry of body.entries)
        if (!entry.date.startsWith(`${body.year}-`))
          throw new RepositoryInputError(`${entry.date} tarihi ${body.year} yılının listesinde olamaz.`);
      for (const row of calendarRemovals(w.db, table, body)) {
        w.remove(table, row.id);
        counts.removed += 1;
      }
      const put = kind === 'holidays' ? putHoliday : putIdariIzinDay;
      for (const entry of body.entries) tally(put(w, { ...entry, source: body.source }));
      break;
    }
    case 'exchange-rates': {
      const body = payload as ExchangeRatesPayload;
      for (const rate of body.rates) tally(putExchangeRate(w, { ...rate, source: body.source }));
      break;
    }
    case 'legal-interest-rates': {
      const body = payload as LegalRatesPayload;
      for (const row of legalRateRemovals(w.db, body)) {
        w.remove(legalInterestRates, row.id);
        counts.removed += 1;
      }
      for (const rate of body.rates) tally(putLegalInterestRate(w, rate));
      break;
    }
    case 'excluded-activities': {
      const body = payload as ExcludedPayload;
      for (const row of excludedRemovals(w.db, body)) {
        w.remove(excludedActivities, row.id);
        counts.removed += 1;
      }
      for (const entry of body.entries) tally(putExcludedActivity(w, { program: body.program, ...entry, source: body.source }));
      break;
    }
    case 'programme-edition': {
      const body = payload as EditionPayload;
      tally(
        putProgrammeEdition(w, {
          editionId: body.editionId,
          version: body.version,
          payload: body.edition,
          provisional: body.provisional,
          source: body.source,
          effectiveFrom: body.effectiveFrom,
        }),
      );
      break;
    }
  }
  return counts;
}
