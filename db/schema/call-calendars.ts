import { sql } from 'drizzle-orm';
import { check, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, isoDate, jsonText, oneOf, timestamp } from './columns';
import { CALENDAR_DATE_STATUSES, PROGRAM_IDS } from './enums';

/**
 * A programme calendar (uygulama takvimi) of one call. ITKFDP-II calls carry all
 * of it; for İstihdamı Koruma editions it overrides the edition's announced
 * window and deadline. The end of the window and the last request date are
 * each announced, not announced yet, or left to the edition (`*_status`).
 */
export const callCalendars = sqliteTable(
  'call_calendars',
  {
    id: id(),
    program: text('program', { enum: PROGRAM_IDS }).notNull(),
    name: text('name').notNull(),
    announcedOn: isoDate('announced_on'),
    applicationStart: isoDate('application_start'),
    applicationEnd: isoDate('application_end'),
    applicationEndStatus: text('application_end_status', { enum: CALENDAR_DATE_STATUSES }).notNull(),
    /** JSON array of `YYYY-MM`. */
    referenceMonths: jsonText<readonly string[]>('reference_months'),
    lastRequestOn: isoDate('last_request_on'),
    lastRequestStatus: text('last_request_status', { enum: CALENDAR_DATE_STATUSES }).notNull(),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [
    check('call_calendars_program_check', sql`${table.program} IN (${sql.raw(oneOf(PROGRAM_IDS))})`),
    check(
      'call_calendars_application_end_check',
      sql`${table.applicationEndStatus} IN (${sql.raw(oneOf(CALENDAR_DATE_STATUSES))}) AND (${table.applicationEnd} IS NOT NULL) = (${table.applicationEndStatus} = 'announced')`,
    ),
    check(
      'call_calendars_last_request_check',
      sql`${table.lastRequestStatus} IN (${sql.raw(oneOf(CALENDAR_DATE_STATUSES))}) AND (${table.lastRequestOn} IS NOT NULL) = (${table.lastRequestStatus} = 'announced')`,
    ),
  ],
);
