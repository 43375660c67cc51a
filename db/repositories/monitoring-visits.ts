import { asc, eq } from 'drizzle-orm';
import { isIsoDate } from '../../core/lib/calendar-date';
import type { KobiDatabase } from '../connection';
import type { MonitoringVisitKind, MonitoringVisitOutcome } from '../schema/enums';
import { monitoringVisits } from '../schema/monitoring-visits';
import type { WriteContext } from '../write-context';
import { RepositoryInputError } from './repository-error';

export type MonitoringVisitRow = typeof monitoringVisits.$inferSelect;

export type MonitoringVisit = {
  readonly id: number;
  readonly applicationId: number;
  readonly kind: MonitoringVisitKind;
  readonly dueOn: string | null;
  readonly visitedOn: string | null;
  readonly visitorUserId: number | null;
  readonly outcome: MonitoringVisitOutcome | null;
  readonly notes: string | null;
  readonly createdAt: string;
};

export function monitoringVisitFromRow(row: MonitoringVisitRow): MonitoringVisit {
  return { ...row };
}

function checkDates(fields: { readonly dueOn?: string | null; readonly visitedOn?: string | null }): void {
  for (const [field, value] of Object.entries(fields)) {
    if (value != null && !isIsoDate(value)) throw new RepositoryInputError(`${field}: geçersiz tarih "${value}".`);
  }
}

/** Plan a visit (on-site during the programme, or the post-programme one due a year after the end: IKDP MADDE 14). */
export function scheduleMonitoringVisit(
  w: WriteContext,
  fields: {
    readonly applicationId: number;
    readonly kind: MonitoringVisitKind;
    readonly dueOn?: string | null;
    readonly visitorUserId?: number | null;
  },
): MonitoringVisit {
  checkDates({ dueOn: fields.dueOn ?? null });
  return monitoringVisitFromRow(
    w.insert(monitoringVisits, {
      applicationId: fields.applicationId,
      kind: fields.kind,
      dueOn: fields.dueOn ?? null,
      visitorUserId: fields.visitorUserId ?? null,
      createdAt: w.at,
    }),
  );
}

/** Record what the visit found. */
export function recordMonitoringVisit(
  w: WriteContext,
  id: number,
  result: {
    readonly visitedOn: string;
    readonly outcome: MonitoringVisitOutcome;
    readonly notes?: string | null;
    readonly visitorUserId?: number | null;
  },
): MonitoringVisit {
  checkDates({ visitedOn: result.visitedOn });
  return monitoringVisitFromRow(
    w.update(monitoringVisits, id, {
      visitedOn: result.visitedOn,
      outcome: result.outcome,
      notes: result.notes ?? null,
      ...(result.visitorUserId === undefined ? {} : { visitorUserId: result.visitorUserId }),
    }),
  );
}

export function listMonitoringVisits(db: KobiDatabase, applicationId: number): MonitoringVisit[] {
  return db.orm
    .select()
    .from(monitoringVisits)
    .where(eq(monitoringVisits.applicationId, applicationId))
    .orderBy(asc(monitoringVisits.id))
    .all()
    .map(monitoringVisitFromRow);
}
