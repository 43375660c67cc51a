import { asc, eq } from 'drizzle-orm';
import { isIsoDate } from '../../core/lib/calendar-date';
import type { ClawbackResult } from '../../core/programmes/clawback/clawback';
import { RULES_VERSION } from '../../core/version';
import type { KobiDatabase } from '../connection';
import { clawbacks } from '../schema/clawbacks';
import type { WriteContext } from '../write-context';
import { minorUnitsFromMoney, moneyFromMinorUnits } from './minor-units';
import { RepositoryInputError } from './repository-error';

export type ClawbackRow = typeof clawbacks.$inferSelect;

export type ClawbackRecord = {
  readonly id: number;
  readonly applicationId: number;
  readonly paymentRequestId: number | null;
  readonly amountEUR: string;
  readonly paidOn: string;
  readonly notifiedOn: string | null;
  readonly repaidOn: string | null;
  /** The stored result (JSON text) once computed; see `saveClawbackResult`. */
  readonly resultSnapshot: string | null;
  readonly rulesVersion: string | null;
  readonly createdAt: string;
};

export type ClawbackFields = {
  readonly applicationId: number;
  readonly paymentRequestId?: number | null;
  readonly amountEUR: string;
  readonly paidOn: string;
  readonly notifiedOn?: string | null;
  readonly repaidOn?: string | null;
};

export function clawbackFromRow(row: ClawbackRow): ClawbackRecord {
  return {
    id: row.id,
    applicationId: row.applicationId,
    paymentRequestId: row.paymentRequestId,
    amountEUR: moneyFromMinorUnits(row.amountEurMinor),
    paidOn: row.paidOn,
    notifiedOn: row.notifiedOn,
    repaidOn: row.repaidOn,
    resultSnapshot: row.resultSnapshot,
    rulesVersion: row.rulesVersion,
    createdAt: row.createdAt,
  };
}

function checkDates(fields: Partial<ClawbackFields>): void {
  for (const field of ['paidOn', 'notifiedOn', 'repaidOn'] as const) {
    const value = fields[field];
    if (value != null && !isIsoDate(value)) throw new RepositoryInputError(`${field}: geçersiz tarih "${value}".`);
  }
}

export function createClawback(w: WriteContext, fields: ClawbackFields): ClawbackRecord {
  checkDates(fields);
  return clawbackFromRow(
    w.insert(clawbacks, {
      applicationId: fields.applicationId,
      paymentRequestId: fields.paymentRequestId ?? null,
      amountEurMinor: minorUnitsFromMoney(fields.amountEUR),
      paidOn: fields.paidOn,
      notifiedOn: fields.notifiedOn ?? null,
      repaidOn: fields.repaidOn ?? null,
      createdAt: w.at,
    }),
  );
}

/** Record the notification or repayment date (a stored result no longer applies and is cleared). */
export function updateClawbackDates(
  w: WriteContext,
  id: number,
  changes: { readonly notifiedOn?: string | null; readonly repaidOn?: string | null },
): ClawbackRecord {
  checkDates(changes);
  return clawbackFromRow(w.update(clawbacks, id, { ...changes, resultSnapshot: null, rulesVersion: null }));
}

/**
 * Keep the computed result with the rule version: every amount as its exact
 * decimal string (decimal.js serialises losslessly), the days, the rates and
 * interest segments used, and the Turkish explanation.
 */
export function saveClawbackResult(w: WriteContext, id: number, result: ClawbackResult): ClawbackRecord {
  return clawbackFromRow(w.update(clawbacks, id, { resultSnapshot: JSON.stringify(result), rulesVersion: RULES_VERSION }));
}

export function getClawback(db: KobiDatabase, id: number): ClawbackRecord | undefined {
  const row = db.orm.select().from(clawbacks).where(eq(clawbacks.id, id)).get();
  return row === undefined ? undefined : clawbackFromRow(row);
}

export function listClawbacks(db: KobiDatabase, applicationId: number): ClawbackRecord[] {
  return db.orm
    .select()
    .from(clawbacks)
    .where(eq(clawbacks.applicationId, applicationId))
    .orderBy(asc(clawbacks.id))
    .all()
    .map(clawbackFromRow);
}
