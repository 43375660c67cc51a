import { and, asc, eq, sql } from 'drizzle-orm';
import { isMonthKey } from '../../core/lib/calendar-date';
import type { KobiDatabase, Orm } from '../connection';
import { enterpriseMonthlyPek } from '../schema/enterprise-monthly-pek';
import type { WriteContext } from '../write-context';
import { minorUnitsFromMoney, moneyFromMinorUnits } from './minor-units';
import type { PutOutcome } from './prim-days';
import { preparedQuery } from './prepared-query';
import { RepositoryInputError } from './repository-error';

/** An enterprise's monthly PEK (all workplaces summed): the base of the credit line's loan limit. */
export type EnterpriseMonthlyPekInput = {
  readonly enterpriseId: number;
  readonly month: string;
  /** Decimal string, `"4500000.00"`. */
  readonly pekTRY: string;
  readonly workplaces: number;
  readonly importBatchId?: number | null;
};

const monthRow = (orm: Orm) =>
  orm
    .select({ id: enterpriseMonthlyPek.id, pekMinor: enterpriseMonthlyPek.pekMinor, workplaces: enterpriseMonthlyPek.workplaces })
    .from(enterpriseMonthlyPek)
    .where(
      and(eq(enterpriseMonthlyPek.enterpriseId, sql.placeholder('enterpriseId')), eq(enterpriseMonthlyPek.month, sql.placeholder('month'))),
    )
    .prepare();

const monthsOfEnterprise = (orm: Orm) =>
  orm
    .select({ month: enterpriseMonthlyPek.month, pekMinor: enterpriseMonthlyPek.pekMinor })
    .from(enterpriseMonthlyPek)
    .where(eq(enterpriseMonthlyPek.enterpriseId, sql.placeholder('enterpriseId')))
    .orderBy(asc(enterpriseMonthlyPek.month))
    .prepare();

/** Set the enterprise's PEK of a month (insert, or update when it changed). */
export function putEnterpriseMonthlyPek(w: WriteContext, input: EnterpriseMonthlyPekInput): PutOutcome {
  if (!isMonthKey(input.month)) throw new RepositoryInputError(`Geçersiz ay "${input.month}" (YYYY-AA bekleniyor).`);
  if (input.pekTRY.startsWith('-')) throw new RepositoryInputError(`PEK negatif olamaz: ${input.pekTRY}`);
  if (!Number.isInteger(input.workplaces) || input.workplaces < 1)
    throw new RepositoryInputError(`İşyeri sayısı geçersiz: ${input.workplaces}`);
  const pekMinor = minorUnitsFromMoney(input.pekTRY);
  const existing = preparedQuery(w.db, monthRow).get({ enterpriseId: input.enterpriseId, month: input.month });
  if (existing === undefined) {
    w.insert(enterpriseMonthlyPek, {
      enterpriseId: input.enterpriseId,
      month: input.month,
      pekMinor,
      workplaces: input.workplaces,
      importBatchId: input.importBatchId ?? null,
    });
    return 'inserted';
  }
  if (existing.pekMinor === pekMinor && existing.workplaces === input.workplaces) return 'unchanged';
  w.update(enterpriseMonthlyPek, existing.id, { pekMinor, workplaces: input.workplaces, importBatchId: input.importBatchId ?? null });
  return 'updated';
}

/** The enterprise's monthly PEK by `YYYY-MM`, as decimal strings. */
export function enterpriseMonthlyPekTotals(db: KobiDatabase, enterpriseId: number): Record<string, string> {
  const totals: Record<string, string> = {};
  for (const row of preparedQuery(db, monthsOfEnterprise).all({ enterpriseId })) totals[row.month] = moneyFromMinorUnits(row.pekMinor);
  return totals;
}
