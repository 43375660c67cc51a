import { asc, sql, type AnyColumn } from 'drizzle-orm';
import type { CallCalendar, EligibilityInput } from '../../core/inputs/eligibility-input';
import type { Validated } from '../../core/lib/validation';
import type { KobiDatabase, Orm } from '../connection';
import { applications } from '../schema/applications';
import { callCalendars } from '../schema/call-calendars';
import { enterpriseSites } from '../schema/enterprise-sites';
import { enterprises } from '../schema/enterprises';
import { loans } from '../schema/loans';
import { cachedStatement } from '../statement-cache';
import { coreCalendarFromRow } from './call-calendars';
import { applicationNotFound, eligibilityFromRows, type EarlierApplication, type EligibilityEnterprise } from './case-loading';
import { loanFromRow, type Loan } from './loans';
import { preparedQuery } from './prepared-query';

/**
 * The eligibility inputs of a chunk of applications at once (issue 18 item 3:
 * the impact of a rule change decides every open case again). Five set-based
 * reads per chunk — every application of the chunk's enterprises (the
 * chunk's own and the earlier ones of the history), the enterprises, their
 * sites, the call calendars and the loans — grouped here and handed, case by
 * case, to the same assembly `loadEligibility` uses (`eligibilityFromRows`),
 * so each input is exactly the per-case loader's. The chunk's ids travel as
 * one JSON array (`json_each`), so each read is one prepared statement
 * whatever the chunk's size; only the columns the input reads are selected
 * (drizzle maps them as for a whole row).
 */

const IDS = sql.placeholder('ids');

function inIds(column: AnyColumn) {
  return sql`${column} IN (SELECT value FROM json_each(${IDS}))`;
}

/** The enterprises of the chunk's applications. */
function ofChunkEnterprises(column: AnyColumn) {
  return sql`${column} IN (SELECT ${applications.enterpriseId} FROM ${applications} WHERE ${inIds(applications.id)})`;
}

const applicationsOfChunkEnterprises = (orm: Orm) =>
  orm
    .select({
      id: applications.id,
      enterpriseId: applications.enterpriseId,
      callCalendarId: applications.callCalendarId,
      program: applications.program,
      status: applications.status,
      appliedOn: applications.appliedOn,
      applicationProvince: applications.applicationProvince,
      sanctioned: applications.sanctioned,
      excludedActivity: applications.excludedActivity,
      envSocialCompliant: applications.envSocialCompliant,
      otherPrograms: applications.otherPrograms,
    })
    .from(applications)
    .where(ofChunkEnterprises(applications.enterpriseId))
    .orderBy(asc(applications.id))
    .prepare();

const chunkEnterprises = (orm: Orm) =>
  orm
    .select({
      id: enterprises.id,
      legalForm: enterprises.legalForm,
      registered: enterprises.registered,
      active: enterprises.active,
      declarationCurrent: enterprises.declarationCurrent,
      naceMain: enterprises.naceMain,
    })
    .from(enterprises)
    .where(ofChunkEnterprises(enterprises.id))
    .prepare();

const sitesOfChunkEnterprises = (orm: Orm) =>
  orm
    .select({ enterpriseId: enterpriseSites.enterpriseId, province: enterpriseSites.province })
    .from(enterpriseSites)
    .where(ofChunkEnterprises(enterpriseSites.enterpriseId))
    .orderBy(asc(enterpriseSites.id))
    .prepare();

const calendarsIn = (orm: Orm) => orm.select().from(callCalendars).where(inIds(callCalendars.id)).prepare();

const loansOfApplicationsIn = (orm: Orm) => orm.select().from(loans).where(inIds(loans.applicationId)).prepare();

function grouped<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return groups;
}

function idsParameter(ids: Iterable<number>): { ids: string } {
  return { ids: JSON.stringify([...new Set(ids)]) };
}

/** The eligibility input of each application of the chunk (in the chunk's order), as `loadEligibility` gives it. */
export function loadEligibilityBulk(db: KobiDatabase, applicationIds: readonly number[]): Map<number, Validated<EligibilityInput>> {
  const chunk = idsParameter(applicationIds);
  const ofEnterprises = preparedQuery(db, applicationsOfChunkEnterprises).all(chunk);
  const wanted = new Set(applicationIds);
  const found = new Map(ofEnterprises.filter((row) => wanted.has(row.id)).map((row) => [row.id, row] as const));
  const applicationsByEnterprise = grouped(ofEnterprises, (row) => row.enterpriseId);
  const enterpriseById = new Map<number, EligibilityEnterprise>(
    preparedQuery(db, chunkEnterprises)
      .all(chunk)
      .map((row) => [row.id, row] as const),
  );
  const sitesByEnterprise = grouped(preparedQuery(db, sitesOfChunkEnterprises).all(chunk), (site) => site.enterpriseId);
  const calendarIds = [...found.values()].flatMap((application) =>
    application.callCalendarId === null ? [] : [application.callCalendarId],
  );
  const calendarById = new Map<number, CallCalendar>(
    calendarIds.length === 0
      ? []
      : preparedQuery(db, calendarsIn)
          .all(idsParameter(calendarIds))
          .map((row) => [row.id, coreCalendarFromRow(row)] as const),
  );
  const loanByApplication = new Map<number, Loan>(
    preparedQuery(db, loansOfApplicationsIn)
      .all(chunk)
      .map((row) => [row.applicationId, loanFromRow(row)] as const),
  );
  const inputs = new Map<number, Validated<EligibilityInput>>();
  for (const applicationId of applicationIds) {
    const application = found.get(applicationId);
    if (application === undefined) {
      inputs.set(applicationId, applicationNotFound(applicationId));
      continue;
    }
    const earlier: EarlierApplication[] = [];
    for (const row of applicationsByEnterprise.get(application.enterpriseId) ?? []) {
      if (row.id >= application.id) break;
      earlier.push({ program: row.program, status: row.status });
    }
    inputs.set(
      applicationId,
      eligibilityFromRows({
        application,
        enterprise: enterpriseById.get(application.enterpriseId),
        sites: sitesByEnterprise.get(application.enterpriseId) ?? [],
        earlier,
        calendar: application.callCalendarId === null ? undefined : calendarById.get(application.callCalendarId),
        loan: loanByApplication.get(applicationId),
      }),
    );
  }
  return inputs;
}

/** The newest stored eligibility evaluation's id of each application of the chunk that has one (only the ids: the results stay unread). */
export function newestEvaluationIds(db: KobiDatabase, applicationIds: readonly number[]): Map<number, number> {
  const rows = cachedStatement<[string], { applicationId: number; id: number }>(
    db.sqlite,
    'SELECT application_id AS applicationId, max(id) AS id FROM evaluations WHERE application_id IN (SELECT value FROM json_each(?)) GROUP BY application_id',
  ).all(idsParameter(applicationIds).ids);
  return new Map(rows.map((row) => [row.applicationId, row.id]));
}

/** The applications of the chunk with at least one decided payment request (the only ones whose payments can be affected). */
export function applicationsWithDecidedPayments(db: KobiDatabase, applicationIds: readonly number[]): Set<number> {
  const rows = cachedStatement<[string], { applicationId: number }>(
    db.sqlite,
    "SELECT DISTINCT application_id AS applicationId FROM payment_requests WHERE status = 'DECIDED' AND application_id IN (SELECT value FROM json_each(?))",
  ).all(idsParameter(applicationIds).ids);
  return new Set(rows.map((row) => row.applicationId));
}
