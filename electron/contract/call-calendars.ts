import { z } from 'zod';
import { channel, USER_ROLES } from './result';
import { isoDate, isoTimestamp, programId, recordId } from './values';

/**
 * Programme calendars (uygulama takvimi) of the calls, kept by the yönetici
 * (issue 13 item 1, reference data): announcement date, application window,
 * reference months and the last payment request date. The end of the window
 * and the last request date are each `announced` (with a date), `not-announced`
 * yet, or left to the programme edition (`edition-default`).
 */
const dateStatus = z.enum(['announced', 'not-announced', 'edition-default']);
const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Ay YYYY-AA biçiminde olmalı.');

const calendarFields = {
  name: z.string().trim().min(1, 'Takvimin adı boş olamaz.').max(200),
  announcedOn: isoDate.nullable(),
  applicationStart: isoDate.nullable(),
  applicationEndStatus: dateStatus,
  applicationEnd: isoDate.nullable(),
  referenceMonths: z.array(monthKey).max(36).nullable(),
  lastRequestStatus: dateStatus,
  lastRequestOn: isoDate.nullable(),
};

export const callCalendarDto = z.strictObject({
  id: recordId,
  program: programId,
  ...calendarFields,
  createdAt: isoTimestamp,
  /** Applications that follow this calendar: a change of its dates reaches their re-evaluations. */
  applications: z.number().int().min(0),
});
export type CallCalendarDto = z.infer<typeof callCalendarDto>;

export const CALL_CALENDAR_CHANNELS = {
  'call-calendar:list': channel({
    request: z.strictObject({ program: programId.optional() }),
    response: z.strictObject({ calendars: z.array(callCalendarDto) }),
    roles: USER_ROLES,
    writes: false,
  }),
  'call-calendar:create': channel({
    request: z.strictObject({ program: programId, ...calendarFields }),
    response: z.strictObject({ calendar: callCalendarDto }),
    roles: ['yonetici'],
    writes: true,
  }),
  /** The programme of a calendar is fixed; its name and dates can be corrected. */
  'call-calendar:update': channel({
    request: z.strictObject({ id: recordId, ...calendarFields }),
    response: z.strictObject({ calendar: callCalendarDto }),
    roles: ['yonetici'],
    writes: true,
  }),
} as const;
