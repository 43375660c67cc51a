import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { isIsoDate } from '../../core/lib/calendar-date';
import type { ProgramId } from '../../core/inputs/eligibility-input';
import type { KobiDatabase, Orm } from '../connection';
import { applications } from '../schema/applications';
import { enterprises } from '../schema/enterprises';
import type { ApplicationDecision, ApplicationStatus, OTHER_PROGRAM_CODES } from '../schema/enums';
import type { WriteContext } from '../write-context';
import { preparedQuery } from './prepared-query';
import { RepositoryInputError } from './repository-error';

export type ApplicationRow = typeof applications.$inferSelect;
export type OtherProgramCode = (typeof OTHER_PROGRAM_CODES)[number];

export type Application = {
  readonly id: number;
  readonly enterpriseId: number;
  readonly program: ProgramId;
  readonly callCalendarId: number | null;
  readonly status: ApplicationStatus;
  readonly appliedOn: string | null;
  readonly approvedOn: string | null;
  readonly applicationProvince: string | null;
  readonly responsibleUserId: number | null;
  readonly decision: ApplicationDecision | null;
  readonly decidedOn: string | null;
  readonly decisionReason: string | null;
  readonly terminatedOn: string | null;
  /** The nearest legal due date of the file's open tasks, for the inbox. */
  readonly nextDueOn: string | null;
  /** `null`: not known yet (the eligibility rules report missing data). */
  readonly sanctioned: boolean | null;
  readonly excludedActivity: boolean | null;
  readonly envSocialCompliant: boolean | null;
  readonly otherPrograms: readonly OtherProgramCode[] | null;
  readonly createdAt: string;
  readonly updatedAt: string;
};

export type ApplicationFields = {
  readonly enterpriseId: number;
  readonly program: ProgramId;
  readonly status: ApplicationStatus;
  readonly callCalendarId?: number | null;
  readonly appliedOn?: string | null;
  readonly approvedOn?: string | null;
  readonly applicationProvince?: string | null;
  readonly responsibleUserId?: number | null;
  readonly decision?: ApplicationDecision | null;
  readonly decidedOn?: string | null;
  readonly decisionReason?: string | null;
  readonly terminatedOn?: string | null;
  readonly nextDueOn?: string | null;
  readonly sanctioned?: boolean | null;
  readonly excludedActivity?: boolean | null;
  readonly envSocialCompliant?: boolean | null;
  readonly otherPrograms?: readonly OtherProgramCode[] | null;
};

export function applicationFromRow(row: ApplicationRow): Application {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    program: row.program,
    callCalendarId: row.callCalendarId,
    status: row.status,
    appliedOn: row.appliedOn,
    approvedOn: row.approvedOn,
    applicationProvince: row.applicationProvince,
    responsibleUserId: row.responsibleUserId,
    decision: row.decision,
    decidedOn: row.decidedOn,
    decisionReason: row.decisionReason,
    terminatedOn: row.terminatedOn,
    nextDueOn: row.nextDueOn,
    sanctioned: row.sanctioned,
    excludedActivity: row.excludedActivity,
    envSocialCompliant: row.envSocialCompliant,
    otherPrograms: row.otherPrograms,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function checkApplicationFields(fields: Partial<ApplicationFields>): void {
  for (const field of ['appliedOn', 'approvedOn', 'decidedOn', 'terminatedOn', 'nextDueOn'] as const) {
    const value = fields[field];
    if (value != null && !isIsoDate(value)) throw new RepositoryInputError(`${field}: geçersiz tarih "${value}".`);
  }
  if (fields.applicationProvince?.trim() === '') throw new RepositoryInputError('Başvuru ili boş olamaz.');
}

export function createApplication(w: WriteContext, fields: ApplicationFields): Application {
  checkApplicationFields(fields);
  const row = w.insert(applications, { ...fields, createdAt: w.at, updatedAt: w.at });
  return applicationFromRow(row);
}

export function updateApplication(w: WriteContext, id: number, changes: Partial<Omit<ApplicationFields, 'program'>>): Application {
  checkApplicationFields(changes);
  return applicationFromRow(w.update(applications, id, { ...changes, updatedAt: w.at }));
}

const applicationById = (orm: Orm) =>
  orm
    .select()
    .from(applications)
    .where(eq(applications.id, sql.placeholder('id')))
    .prepare();

export function getApplication(db: KobiDatabase, id: number): Application | undefined {
  const row = preparedQuery(db, applicationById).get({ id });
  return row === undefined ? undefined : applicationFromRow(row);
}

export function listApplicationsOfEnterprise(db: KobiDatabase, enterpriseId: number): Application[] {
  return db.orm
    .select()
    .from(applications)
    .where(eq(applications.enterpriseId, enterpriseId))
    .orderBy(asc(applications.id))
    .all()
    .map(applicationFromRow);
}

/** One line of the case list (`cli cases`). */
export type CaseSummary = {
  readonly id: number;
  readonly program: ProgramId;
  readonly status: ApplicationStatus;
  readonly unvan: string;
  readonly vkn: string | null;
};

export function listCases(
  db: KobiDatabase,
  filter: { readonly program?: ProgramId; readonly status?: ApplicationStatus } = {},
): CaseSummary[] {
  const conditions: SQL[] = [];
  if (filter.program !== undefined) conditions.push(eq(applications.program, filter.program));
  if (filter.status !== undefined) conditions.push(eq(applications.status, filter.status));
  return db.orm
    .select({
      id: applications.id,
      program: applications.program,
      status: applications.status,
      unvan: enterprises.unvan,
      vkn: enterprises.vkn,
    })
    .from(applications)
    .innerJoin(enterprises, eq(enterprises.id, applications.enterpriseId))
    .where(and(...conditions))
    .orderBy(asc(applications.id))
    .all();
}
