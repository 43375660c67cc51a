import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import type { OtherProgrammeSupport } from '../../core/inputs/itkfdp-input';
import { flag, id, isoDate, jsonText, oneOf, timestamp } from './columns';
import { CITIZENSHIPS, GENDERS } from './enums';

/**
 * Committed personnel (taahhüt edilen personel) of an ITKFDP-II application
 * (MADDE 9(5), 9(6)). `person_key` is the person's id in the rules' input and in
 * their explanations, unique within the application. `replaces_id` links a
 * declared replacement to the person whose commitment slot it takes
 * (MADDE 14(5)); a person is replaced at most once.
 *
 * MADDE 14(22), 14(23): `protected_status_confirmed` is the result of the
 * GKAS/UKSK status check of the person's first paid period (`NULL`: no
 * unconfirmed check recorded, the declared status stands) and
 * `protected_status_proven_from` the date from which documents prove the status
 * when the check did not confirm it. MADDE 9(12): `other_programme_support` the
 * other employment-commitment programmes committing the same person, as the
 * rules' JSON list (`NULL`: none declared).
 */
export const committedPersonnel = sqliteTable(
  'committed_personnel',
  {
    id: id(),
    applicationId: integer('application_id')
      .notNull()
      .references(() => applications.id),
    personKey: text('person_key').notNull(),
    tckn: text('tckn').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    citizenship: text('citizenship', { enum: CITIZENSHIPS }).notNull(),
    gender: text('gender', { enum: GENDERS }).notNull(),
    birthDate: isoDate('birth_date').notNull(),
    hiredOn: isoDate('hired_on').notNull(),
    leftOn: isoDate('left_on'),
    employedMonthBeforeAnnouncement: flag('employed_month_before_announcement'),
    replacesId: integer('replaces_id').references((): AnySQLiteColumn => committedPersonnel.id),
    protectedStatusConfirmed: flag('protected_status_confirmed'),
    protectedStatusProvenFrom: isoDate('protected_status_proven_from'),
    otherProgrammeSupport: jsonText<OtherProgrammeSupport[]>('other_programme_support'),
    createdAt: timestamp('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('committed_personnel_key_idx').on(table.applicationId, table.personKey),
    uniqueIndex('committed_personnel_tckn_idx').on(table.applicationId, table.tckn),
    uniqueIndex('committed_personnel_replaces_idx').on(table.replacesId),
    check('committed_personnel_citizenship_check', sql`${table.citizenship} IN (${sql.raw(oneOf(CITIZENSHIPS))})`),
    check('committed_personnel_gender_check', sql`${table.gender} IN (${sql.raw(oneOf(GENDERS))})`),
    check('committed_personnel_replaces_check', sql`${table.replacesId} IS NULL OR ${table.replacesId} <> ${table.id}`),
  ],
);
