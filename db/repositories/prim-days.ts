import { and, asc, eq, sql } from 'drizzle-orm';
import { isMonthKey } from '../../core/lib/calendar-date';
import { isValidTckn } from '../../core/lib/identifiers';
import { foldTurkish } from '../../core/lib/turkish-text';
import type { KobiDatabase, Orm } from '../connection';
import { enterpriseMonthlyPrimDays } from '../schema/enterprise-monthly-prim-days';
import { personMonthlyDays } from '../schema/person-monthly-days';
import type { WriteContext } from '../write-context';
import { putAudited, type PutOutcome } from './audited-upsert';
import { preparedQuery } from './prepared-query';
import { RepositoryInputError } from './repository-error';

export type { PutOutcome } from './audited-upsert';

export type EnterpriseMonthlyPrimDaysInput = {
  readonly enterpriseId: number;
  readonly province: string;
  readonly month: string;
  readonly primDays: number;
  readonly importBatchId?: number | null;
};

export type PersonMonthlyDaysInput = {
  readonly enterpriseId: number;
  readonly province: string;
  readonly tckn: string;
  readonly month: string;
  readonly primDays: number;
  /** Leave days that count for ITKFDP-II (sick, maternity, paternity, bereavement: MADDE 14(7)); never the SGK reason codes. */
  readonly countedLeaveDays: number;
  readonly importBatchId?: number | null;
};

/** Monthly values by `YYYY-MM`. */
export type MonthlyDays = Record<string, number>;

function checkMonthAndProvince(month: string, province: string): void {
  if (!isMonthKey(month)) throw new RepositoryInputError(`Geçersiz ay "${month}" (YYYY-AA bekleniyor).`);
  if (province.trim() === '') throw new RepositoryInputError('İl boş olamaz.');
}

function checkDays(value: number, max: number | null, what: string): void {
  if (!Number.isInteger(value) || value < 0 || (max !== null && value > max)) {
    throw new RepositoryInputError(`${what} ${max === null ? '0 ya da daha büyük' : `0–${max} arasında`} bir tam sayı olmalı: ${value}`);
  }
}

const enterpriseMonthRow = (orm: Orm) =>
  orm
    .select({ id: enterpriseMonthlyPrimDays.id, primDays: enterpriseMonthlyPrimDays.primDays })
    .from(enterpriseMonthlyPrimDays)
    .where(
      and(
        eq(enterpriseMonthlyPrimDays.enterpriseId, sql.placeholder('enterpriseId')),
        eq(enterpriseMonthlyPrimDays.provinceKey, sql.placeholder('provinceKey')),
        eq(enterpriseMonthlyPrimDays.month, sql.placeholder('month')),
      ),
    )
    .prepare();

const personMonthRow = (orm: Orm) =>
  orm
    .select({ id: personMonthlyDays.id, primDays: personMonthlyDays.primDays, countedLeaveDays: personMonthlyDays.countedLeaveDays })
    .from(personMonthlyDays)
    .where(
      and(
        eq(personMonthlyDays.enterpriseId, sql.placeholder('enterpriseId')),
        eq(personMonthlyDays.provinceKey, sql.placeholder('provinceKey')),
        eq(personMonthlyDays.tckn, sql.placeholder('tckn')),
        eq(personMonthlyDays.month, sql.placeholder('month')),
      ),
    )
    .prepare();

const enterpriseMonths = (orm: Orm) =>
  orm
    .select({ month: enterpriseMonthlyPrimDays.month, primDays: enterpriseMonthlyPrimDays.primDays })
    .from(enterpriseMonthlyPrimDays)
    .where(eq(enterpriseMonthlyPrimDays.enterpriseId, sql.placeholder('enterpriseId')))
    .orderBy(asc(enterpriseMonthlyPrimDays.month))
    .prepare();

const enterpriseMonthsInProvince = (orm: Orm) =>
  orm
    .select({ month: enterpriseMonthlyPrimDays.month, primDays: enterpriseMonthlyPrimDays.primDays })
    .from(enterpriseMonthlyPrimDays)
    .where(
      and(
        eq(enterpriseMonthlyPrimDays.enterpriseId, sql.placeholder('enterpriseId')),
        eq(enterpriseMonthlyPrimDays.provinceKey, sql.placeholder('provinceKey')),
      ),
    )
    .orderBy(asc(enterpriseMonthlyPrimDays.month))
    .prepare();

const personMonthsInProvince = (orm: Orm) =>
  orm
    .select({ month: personMonthlyDays.month, primDays: personMonthlyDays.primDays, countedLeaveDays: personMonthlyDays.countedLeaveDays })
    .from(personMonthlyDays)
    .where(
      and(
        eq(personMonthlyDays.enterpriseId, sql.placeholder('enterpriseId')),
        eq(personMonthlyDays.provinceKey, sql.placeholder('provinceKey')),
        eq(personMonthlyDays.tckn, sql.placeholder('tckn')),
      ),
    )
    .orderBy(asc(personMonthlyDays.month))
    .prepare();

/** Set an enterprise's prim gün for a province and month (insert, or update when the value changed). */
export function putEnterpriseMonthlyPrimDays(w: WriteContext, input: EnterpriseMonthlyPrimDaysInput): PutOutcome {
  checkMonthAndProvince(input.month, input.province);
  checkDays(input.primDays, null, 'Prim gün');
  const provinceKey = foldTurkish(input.province);
  const existing = preparedQuery(w.db, enterpriseMonthRow).get({ enterpriseId: input.enterpriseId, provinceKey, month: input.month });
  const changes = { primDays: input.primDays, importBatchId: input.importBatchId ?? null };
  return putAudited(w, enterpriseMonthlyPrimDays, existing, {
    insert: { enterpriseId: input.enterpriseId, province: input.province.trim(), provinceKey, month: input.month, ...changes },
    changes,
    compared: ['primDays'],
  });
}

/** Set one person's days for an enterprise, province and month. */
export function putPersonMonthlyDays(w: WriteContext, input: PersonMonthlyDaysInput): PutOutcome {
  checkMonthAndProvince(input.month, input.province);
  if (!isValidTckn(input.tckn)) throw new RepositoryInputError('Geçersiz T.C. kimlik numarası.');
  checkDays(input.primDays, 30, 'Prim gün');
  checkDays(input.countedLeaveDays, 30, 'Sayılan izin günü');
  const provinceKey = foldTurkish(input.province);
  const existing = preparedQuery(w.db, personMonthRow).get({
    enterpriseId: input.enterpriseId,
    provinceKey,
    tckn: input.tckn,
    month: input.month,
  });
  const changes = { primDays: input.primDays, countedLeaveDays: input.countedLeaveDays, importBatchId: input.importBatchId ?? null };
  return putAudited(w, personMonthlyDays, existing, {
    insert: {
      enterpriseId: input.enterpriseId,
      province: input.province.trim(),
      provinceKey,
      tckn: input.tckn,
      month: input.month,
      ...changes,
    },
    changes,
    compared: ['primDays', 'countedLeaveDays'],
  });
}

/** The enterprise's monthly totals over all provinces (what IKDP reads). A month with no row is absent: no data, not zero. */
export function enterpriseMonthlyTotals(db: KobiDatabase, enterpriseId: number): MonthlyDays {
  const totals: MonthlyDays = {};
  const rows = preparedQuery(db, enterpriseMonths).all({ enterpriseId });
  for (const row of rows) totals[row.month] = (totals[row.month] ?? 0) + row.primDays;
  return totals;
}

/** The enterprise's monthly prim gün in one province (what ITKFDP-II reads for the application province, MADDE 9(7)). */
export function enterpriseMonthlyPrimDaysInProvince(db: KobiDatabase, enterpriseId: number, province: string): MonthlyDays {
  const days: MonthlyDays = {};
  const rows = preparedQuery(db, enterpriseMonthsInProvince).all({ enterpriseId, provinceKey: foldTurkish(province) });
  for (const row of rows) days[row.month] = row.primDays;
  return days;
}

/** One person's prim gün and counted leave days in an enterprise and province, by month. */
export function personDaysInProvince(
  db: KobiDatabase,
  enterpriseId: number,
  province: string,
  tckn: string,
): { readonly primDays: MonthlyDays; readonly leaveDays: MonthlyDays } {
  const primDays: MonthlyDays = {};
  const leaveDays: MonthlyDays = {};
  const rows = preparedQuery(db, personMonthsInProvince).all({ enterpriseId, provinceKey: foldTurkish(province), tckn });
  for (const row of rows) {
    primDays[row.month] = row.primDays;
    if (row.countedLeaveDays > 0) leaveDays[row.month] = row.countedLeaveDays;
  }
  return { primDays, leaveDays };
}
