import { eq, sql } from 'drizzle-orm';
import { isIsoDate, isMonthKey } from '../../core/lib/calendar-date';
import type { CallCalendar, ProgramId } from '../../core/inputs/eligibility-input';
import type { KobiDatabase, Orm } from '../connection';
import { callCalendars } from '../schema/call-calendars';
import type { CalendarDateStatus } from '../schema/enums';
import type { WriteContext } from '../write-context';
import { preparedQuery } from './prepared-query';
import { RepositoryInputError } from './repository-error';

export type CallCalendarRow = typeof callCalendars.$inferSelect;

/** A stored programme calendar; `calendar` is exactly the core's `CallCalendar` (absent field: the edition decides; `null`: not announced yet). */
export type StoredCallCalendar = {
  readonly id: number;
  readonly program: ProgramId;
  readonly name: string;
  readonly calendar: CallCalendar;
  readonly createdAt: string;
};

export type NewCallCalendar = { readonly program: ProgramId; readonly name: string; readonly calendar: CallCalendar };

function dateStatus(value: string | null | undefined): CalendarDateStatus {
  if (value === undefined) return 'edition-default';
  return value === null ? 'not-announced' : 'announced';
}

function statusDate(status: CalendarDateStatus, value: string | null): string | null | undefined {
  if (status === 'edition-default') return undefined;
  return status === 'not-announced' ? null : value;
}

/** The core's calendar from a row: only the fields the row states are present. */
export function coreCalendarFromRow(row: CallCalendarRow): CallCalendar {
  const calendar: { -readonly [K in keyof CallCalendar]: CallCalendar[K] } = {};
  if (row.announcedOn !== null) calendar.announcedOn = row.announcedOn;
  if (row.applicationStart !== null) calendar.applicationStart = row.applicationStart;
  const applicationEnd = statusDate(row.applicationEndStatus, row.applicationEnd);
  if (applicationEnd !== undefined) calendar.applicationEnd = applicationEnd;
  if (row.referenceMonths !== null) calendar.referenceMonths = [...row.referenceMonths];
  const lastRequestOn = statusDate(row.lastRequestStatus, row.lastRequestOn);
  if (lastRequestOn !== undefined) calendar.lastRequestOn = lastRequestOn;
  return calendar;
}

export function callCalendarFromRow(row: CallCalendarRow): StoredCallCalendar {
  return { id: row.id, program: row.program, name: row.name, calendar: coreCalendarFromRow(row), createdAt: row.createdAt };
}

function checkCalendar(calendar: CallCalendar): void {
  for (const [field, value] of [
    ['announcedOn', calendar.announcedOn],
    ['applicationStart', calendar.applicationStart],
    ['applicationEnd', calendar.applicationEnd],
    ['lastRequestOn', calendar.lastRequestOn],
  ] as const) {
    if (value != null && !isIsoDate(value)) throw new RepositoryInputError(`${field}: geçersiz tarih "${value}".`);
  }
  if (calendar.referenceMonths?.some((month) => !isMonthKey(month)) === true)
    throw new RepositoryInputError('referenceMonths: geçersiz ay.');
  if (calendar.referenceMonths?.length === 0) throw new RepositoryInputError('referenceMonths: en az bir ay olmalı.');
}

export function createCallCalendar(w: WriteContext, input: NewCallCalendar): StoredCallCalendar {
  const { calendar } = input;
  checkCalendar(calendar);
  const row = w.insert(callCalendars, {
    program: input.program,
    name: input.name,
    announcedOn: calendar.announcedOn ?? null,
    applicationStart: calendar.applicationStart ?? null,
    applicationEnd: calendar.applicationEnd ?? null,
    applicationEndStatus: dateStatus(calendar.applicationEnd),
    referenceMonths: calendar.referenceMonths ?? null,
    lastRequestOn: calendar.lastRequestOn ?? null,
    lastRequestStatus: dateStatus(calendar.lastRequestOn),
    createdAt: w.at,
  });
  return callCalendarFromRow(row);
}

const callCalendarById = (orm: Orm) =>
  orm
    .select()
    .from(callCalendars)
    .where(eq(callCalendars.id, sql.placeholder('id')))
    .prepare();

export function getCallCalendar(db: KobiDatabase, id: number): StoredCallCalendar | undefined {
  const row = preparedQuery(db, callCalendarById).get({ id });
  return row === undefined ? undefined : callCalendarFromRow(row);
}

export function listCallCalendars(db: KobiDatabase, program?: ProgramId): StoredCallCalendar[] {
  const query = db.orm.select().from(callCalendars);
  const rows =
    program === undefined
      ? query.orderBy(callCalendars.id).all()
      : query.where(eq(callCalendars.program, program)).orderBy(callCalendars.id).all();
  return rows.map(callCalendarFromRow);
}

/** Replaces a calendar's name and dates (audited); `undefined` when there is no such calendar. */
export function updateCallCalendar(w: WriteContext, id: number, input: Omit<NewCallCalendar, 'program'>): StoredCallCalendar | undefined {
  const { calendar } = input;
  checkCalendar(calendar);
  if (getCallCalendar(w.db, id) === undefined) return undefined;
  const row = w.update(callCalendars, id, {
    name: input.name,
    announcedOn: calendar.announcedOn ?? null,
    applicationStart: calendar.applicationStart ?? null,
    applicationEnd: calendar.applicationEnd ?? null,
    applicationEndStatus: dateStatus(calendar.applicationEnd),
    referenceMonths: calendar.referenceMonths ?? null,
    lastRequestOn: calendar.lastRequestOn ?? null,
    lastRequestStatus: dateStatus(calendar.lastRequestOn),
  });
  return callCalendarFromRow(row);
}

/** How many applications follow each calendar (a change of dates reaches their re-evaluations). */
export function countApplicationsByCalendar(db: KobiDatabase): ReadonlyMap<number, number> {
  const rows = db.sqlite
    .prepare('SELECT call_calendar_id AS id, count(*) AS n FROM applications WHERE call_calendar_id IS NOT NULL GROUP BY call_calendar_id')
    .all() as { id: number; n: number }[];
  return new Map(rows.map((row) => [row.id, row.n]));
}
