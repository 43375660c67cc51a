import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { ProgramId } from '../../core/inputs/eligibility-input';
import type { KobiDatabase } from '../connection';
import { applications } from '../schema/applications';
import { enterprises } from '../schema/enterprises';
import type { MonitoringVisitKind } from '../schema/enums';
import { monitoringVisits } from '../schema/monitoring-visits';
import { users } from '../schema/users';
import { workflowStates } from '../schema/workflow-states';

/** Whose visits: the given user's, the ones nobody is assigned to yet, or every visit. */
export type VisitScope = { readonly kind: 'mine'; readonly userId: number } | { readonly kind: 'unassigned' } | { readonly kind: 'all' };

export type VisitListRow = {
  readonly id: number;
  readonly applicationId: number;
  readonly program: ProgramId;
  readonly unvan: string;
  readonly kind: MonitoringVisitKind;
  readonly dueOn: string | null;
  readonly visitedOn: string | null;
  readonly visitorUserId: number | null;
  readonly visitorName: string | null;
  readonly state: string;
};

/** A visit's workflow state: the recorded one, else what its dates imply (as `impliedVisitState` of the services). */
const visitState = sql<string>`coalesce(${workflowStates.state}, case when ${monitoringVisits.visitedOn} is null then 'atandi' else 'ziyaret_edildi' end)`;

/**
 * The monitoring visits for the field monitor's list, earliest planned date first, filtered by whom they are assigned
 * to and by workflow state, at most `limit` rows (one more is read to say whether there are more).
 */
export function listVisits(
  db: KobiDatabase,
  filter: { readonly scope: VisitScope; readonly state: string | null; readonly limit: number },
): { readonly rows: VisitListRow[]; readonly more: boolean } {
  const conditions: SQL[] = [];
  if (filter.scope.kind === 'mine') conditions.push(eq(monitoringVisits.visitorUserId, filter.scope.userId));
  if (filter.scope.kind === 'unassigned') conditions.push(isNull(monitoringVisits.visitorUserId));
  if (filter.state !== null) conditions.push(sql`${visitState} = ${filter.state}`);
  const rows = db.orm
    .select({
      id: monitoringVisits.id,
      applicationId: monitoringVisits.applicationId,
      program: applications.program,
      unvan: enterprises.unvan,
      kind: monitoringVisits.kind,
      dueOn: monitoringVisits.dueOn,
      visitedOn: monitoringVisits.visitedOn,
      visitorUserId: monitoringVisits.visitorUserId,
      visitorName: users.fullName,
      state: visitState,
    })
    .from(monitoringVisits)
    .innerJoin(applications, eq(applications.id, monitoringVisits.applicationId))
    .innerJoin(enterprises, eq(enterprises.id, applications.enterpriseId))
    .leftJoin(users, eq(users.id, monitoringVisits.visitorUserId))
    .leftJoin(workflowStates, and(eq(workflowStates.recordKind, 'monitoring_visit'), eq(workflowStates.recordId, monitoringVisits.id)))
    .where(conditions.length === 0 ? undefined : and(...conditions))
    .orderBy(sql`${monitoringVisits.dueOn} is null`, asc(monitoringVisits.dueOn), asc(monitoringVisits.id))
    .limit(filter.limit + 1)
    .all();
  return { rows: rows.slice(0, filter.limit), more: rows.length > filter.limit };
}
