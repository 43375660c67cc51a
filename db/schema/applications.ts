import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { callCalendars } from './call-calendars';
import { flag, id, isoDate, jsonText, oneOf, timestamp } from './columns';
import { enterprises } from './enterprises';
import { APPLICATION_DECISIONS, APPLICATION_STATUSES, PROGRAM_IDS, type OTHER_PROGRAM_CODES } from './enums';
import { users } from './users';

/**
 * One application (başvuru) of an enterprise to a programme edition: the case
 * file. The nullable flags are what the eligibility rules read (ITKFDP-II
 * MADDE 9(13), 9(14), 10(5)); `null` means "not known yet", which the rules
 * report as missing data rather than a failure.
 */
export const applications = sqliteTable(
  'applications',
  {
    id: id(),
    enterpriseId: integer('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    program: text('program', { enum: PROGRAM_IDS }).notNull(),
    callCalendarId: integer('call_calendar_id').references(() => callCalendars.id),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull(),
    appliedOn: isoDate('applied_on'),
    approvedOn: isoDate('approved_on'),
    applicationProvince: text('application_province'),
    responsibleUserId: integer('responsible_user_id').references(() => users.id),
    decision: text('decision', { enum: APPLICATION_DECISIONS }),
    decidedOn: isoDate('decided_on'),
    decisionReason: text('decision_reason'),
    terminatedOn: isoDate('terminated_on'),
    /**
     * The nearest legal due date among the file's open tasks (processing time,
     * request deadline, monitoring visit), computed by the services with the
     * time-limit rules and kept here so the inbox can sort by it on an index.
     */
    nextDueOn: isoDate('next_due_on'),
    sanctioned: flag('sanctioned'),
    excludedActivity: flag('excluded_activity'),
    envSocialCompliant: flag('env_social_compliant'),
    /** JSON array of programme codes the enterprise already benefits from (`ITKDP-II`, `FOSTER-II`, `BMZ-II`). */
    otherPrograms: jsonText<readonly (typeof OTHER_PROGRAM_CODES)[number][]>('other_programs'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (table) => [
    index('applications_enterprise_idx').on(table.enterpriseId),
    // The inbox's application-review tasks (db/search/inbox.ts): one programme's submitted applications in
    // application-date order; its (program, status) prefix serves the case lists.
    index('applications_program_status_applied_idx').on(table.program, table.status, table.appliedOn),
    index('applications_responsible_idx').on(table.responsibleUserId),
    index('applications_call_calendar_idx').on(table.callCalendarId),
    index('applications_next_due_idx').on(table.nextDueOn, table.id),
    check('applications_program_check', sql`${table.program} IN (${sql.raw(oneOf(PROGRAM_IDS))})`),
    check('applications_status_check', sql`${table.status} IN (${sql.raw(oneOf(APPLICATION_STATUSES))})`),
    check('applications_decision_check', sql`${table.decision} IS NULL OR ${table.decision} IN (${sql.raw(oneOf(APPLICATION_DECISIONS))})`),
  ],
);
