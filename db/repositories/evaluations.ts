import { desc, eq } from 'drizzle-orm';
import type { KobiDatabase } from '../connection';
import { evaluations } from '../schema/evaluations';
import type { WriteContext } from '../write-context';

export type StoredEvaluation = {
  readonly id: number;
  readonly applicationId: number;
  readonly eligible: boolean;
  readonly result: Readonly<Record<string, unknown>>;
  readonly rulesVersion: string;
  readonly preparedByUserId: number;
  readonly createdAt: string;
};

export function saveEvaluation(
  w: WriteContext,
  input: {
    readonly applicationId: number;
    readonly eligible: boolean;
    readonly result: Readonly<Record<string, unknown>>;
    readonly rulesVersion: string;
    readonly preparedByUserId: number;
  },
): StoredEvaluation {
  const row = w.insert(evaluations, { ...input, result: { ...input.result }, kind: 'eligibility', createdAt: w.at });
  return {
    id: row.id,
    applicationId: row.applicationId,
    eligible: row.eligible,
    result: row.result,
    rulesVersion: row.rulesVersion,
    preparedByUserId: row.preparedByUserId,
    createdAt: row.createdAt,
  };
}

/** An application's evaluations, newest first. */
export function listEvaluations(db: KobiDatabase, applicationId: number): StoredEvaluation[] {
  return db.orm
    .select()
    .from(evaluations)
    .where(eq(evaluations.applicationId, applicationId))
    .orderBy(desc(evaluations.id))
    .all()
    .map((row) => ({
      id: row.id,
      applicationId: row.applicationId,
      eligible: row.eligible,
      result: row.result,
      rulesVersion: row.rulesVersion,
      preparedByUserId: row.preparedByUserId,
      createdAt: row.createdAt,
    }));
}
