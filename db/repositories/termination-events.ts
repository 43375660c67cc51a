import { asc, eq, sql } from 'drizzle-orm';
import type { TerminationEventType } from '../../core/inputs/itkfdp-input';
import { isIsoDate } from '../../core/lib/calendar-date';
import type { KobiDatabase, Orm } from '../connection';
import { terminationEvents } from '../schema/termination-events';
import type { WriteContext } from '../write-context';
import { preparedQuery } from './prepared-query';
import { RepositoryInputError } from './repository-error';

export type TerminationEventRow = typeof terminationEvents.$inferSelect;

export type TerminationEventRecord = {
  readonly id: number;
  readonly applicationId: number;
  readonly type: TerminationEventType;
  readonly occurredOn: string;
  readonly note: string | null;
  readonly createdAt: string;
};

export function terminationEventFromRow(row: TerminationEventRow): TerminationEventRecord {
  return {
    id: row.id,
    applicationId: row.applicationId,
    type: row.type,
    occurredOn: row.occurredOn,
    note: row.note,
    createdAt: row.createdAt,
  };
}

export function addTerminationEvent(
  w: WriteContext,
  fields: {
    readonly applicationId: number;
    readonly type: TerminationEventType;
    readonly occurredOn: string;
    readonly note?: string | null;
  },
): TerminationEventRecord {
  if (!isIsoDate(fields.occurredOn)) throw new RepositoryInputError(`occurredOn: geçersiz tarih "${fields.occurredOn}".`);
  return terminationEventFromRow(
    w.insert(terminationEvents, {
      applicationId: fields.applicationId,
      type: fields.type,
      occurredOn: fields.occurredOn,
      note: fields.note ?? null,
      createdAt: w.at,
    }),
  );
}

export function removeTerminationEvent(w: WriteContext, id: number): void {
  w.remove(terminationEvents, id);
}

const eventsOfApplication = (orm: Orm) =>
  orm
    .select()
    .from(terminationEvents)
    .where(eq(terminationEvents.applicationId, sql.placeholder('applicationId')))
    .orderBy(asc(terminationEvents.id))
    .prepare();

/** Events of an application in entry order. */
export function listTerminationEvents(db: KobiDatabase, applicationId: number): TerminationEventRecord[] {
  return preparedQuery(db, eventsOfApplication).all({ applicationId }).map(terminationEventFromRow);
}
