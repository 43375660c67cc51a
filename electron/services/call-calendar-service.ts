import type { CallCalendar, ProgramId } from '../../core/inputs/eligibility-input';
import {
  countApplicationsByCalendar,
  createCallCalendar,
  getCallCalendar,
  listCallCalendars,
  updateCallCalendar,
  type StoredCallCalendar,
} from '../../db/repositories/call-calendars';
import { withWrite } from '../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../contract';
import type { CallCalendarDto } from '../contract/call-calendars';
import { actorOf, type SignedInCall } from './app-context';
import { notFound, ServiceError } from './service-error';

/**
 * Programme calendars (uygulama takvimi) kept by the yönetici (issue 13 item
 * 1: reference data managed by the yönetici, audited): list, add, correct.
 * Every write goes through `withWrite` with the yönetici as actor, so the
 * audit log shows who changed which date; a calendar is synced to
 * headquarters with the case files that follow it.
 */
type CalendarFields = Omit<ChannelRequest<'call-calendar:update'>, 'id'>;
type DateStatus = CalendarFields['applicationEndStatus'];

function trDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}

/** The stated date of a field with a status, as the core reads it (absent: the edition decides; `null`: not announced). */
function statedDate(status: DateStatus, date: string | null): string | null | undefined {
  if (status === 'edition-default') return undefined;
  return status === 'not-announced' ? null : date;
}

function statusOf(value: string | null | undefined): { status: DateStatus; date: string | null } {
  if (value === undefined) return { status: 'edition-default', date: null };
  return value === null ? { status: 'not-announced', date: null } : { status: 'announced', date: value };
}

/** Every problem of the dates at once, in Turkish with the dates; empty when they fit together. */
export function calendarProblems(program: ProgramId, fields: CalendarFields): string[] {
  const problems: string[] = [];
  const statusCheck = (label: string, status: DateStatus, date: string | null): void => {
    if (status === 'announced' && date === null) problems.push(`${label} "ilan edildi" ise tarihi girilmeli.`);
    if (status !== 'announced' && date !== null) problems.push(`${label} için tarih yalnızca "ilan edildi" seçildiğinde girilir.`);
  };
  statusCheck('Başvuru döneminin bitişi', fields.applicationEndStatus, fields.applicationEnd);
  statusCheck('Son ödeme talebi tarihi', fields.lastRequestStatus, fields.lastRequestOn);
  const { announcedOn, applicationStart, applicationEnd, lastRequestOn } = fields;
  if (announcedOn !== null && applicationStart !== null && announcedOn > applicationStart)
    problems.push(`İlan tarihi (${trDate(announcedOn)}) başvuru döneminin başlangıcından (${trDate(applicationStart)}) sonra olamaz.`);
  if (applicationStart !== null && applicationEnd !== null && applicationEnd < applicationStart)
    problems.push(`Başvuru döneminin bitişi (${trDate(applicationEnd)}) başlangıcından (${trDate(applicationStart)}) önce olamaz.`);
  if (applicationEnd !== null && lastRequestOn !== null && lastRequestOn < applicationEnd)
    problems.push(
      `Son ödeme talebi tarihi (${trDate(lastRequestOn)}) başvuru döneminin bitişinden (${trDate(applicationEnd)}) önce olamaz.`,
    );
  const months = fields.referenceMonths ?? [];
  if (new Set(months).size !== months.length) problems.push('Referans aylarından biri birden çok kez girilmiş.');
  if (program === 'ITKFDP-II' && announcedOn === null)
    problems.push('ITKFDP-II çağrısında ilan tarihi gerekli: "yeni istihdam" ve "genç" tanımları ilan tarihine bağlıdır.');
  return problems;
}

function coreCalendar(fields: CalendarFields): CallCalendar {
  const calendar: { -readonly [K in keyof CallCalendar]: CallCalendar[K] } = {};
  if (fields.announcedOn !== null) calendar.announcedOn = fields.announcedOn;
  if (fields.applicationStart !== null) calendar.applicationStart = fields.applicationStart;
  const applicationEnd = statedDate(fields.applicationEndStatus, fields.applicationEnd);
  if (applicationEnd !== undefined) calendar.applicationEnd = applicationEnd;
  // No month given: the edition's reference months apply (the core needs at least one when stated).
  if (fields.referenceMonths !== null && fields.referenceMonths.length > 0) calendar.referenceMonths = [...fields.referenceMonths].sort();
  const lastRequestOn = statedDate(fields.lastRequestStatus, fields.lastRequestOn);
  if (lastRequestOn !== undefined) calendar.lastRequestOn = lastRequestOn;
  return calendar;
}

function dtoOf(stored: StoredCallCalendar, applications: number): CallCalendarDto {
  const { calendar } = stored;
  const end = statusOf(calendar.applicationEnd);
  const lastRequest = statusOf(calendar.lastRequestOn);
  return {
    id: stored.id,
    program: stored.program,
    name: stored.name,
    announcedOn: calendar.announcedOn ?? null,
    applicationStart: calendar.applicationStart ?? null,
    applicationEndStatus: end.status,
    applicationEnd: end.date,
    referenceMonths: calendar.referenceMonths === undefined ? null : [...calendar.referenceMonths],
    lastRequestStatus: lastRequest.status,
    lastRequestOn: lastRequest.date,
    createdAt: stored.createdAt,
    applications,
  };
}

function checked(program: ProgramId, fields: CalendarFields): CallCalendar {
  const problems = calendarProblems(program, fields);
  if (problems.length > 0) throw new ServiceError('invalid-input', problems.join('\n'));
  return coreCalendar(fields);
}

function refuseDuplicateName(call: SignedInCall, program: ProgramId, name: string, id: number | null): void {
  const key = name.toLocaleLowerCase('tr-TR');
  const same = listCallCalendars(call.app.db, program).find((other) => other.id !== id && other.name.toLocaleLowerCase('tr-TR') === key);
  if (same !== undefined)
    throw new ServiceError('conflict', `${program} için "${same.name}" adlı bir takvim zaten var (kayıt ${same.id}).`);
}

export function list(call: SignedInCall, request: ChannelRequest<'call-calendar:list'>): ChannelResponse<'call-calendar:list'> {
  const counts = countApplicationsByCalendar(call.app.db);
  return {
    calendars: listCallCalendars(call.app.db, request.program).map((stored) => dtoOf(stored, counts.get(stored.id) ?? 0)),
  };
}

export function create(call: SignedInCall, request: ChannelRequest<'call-calendar:create'>): ChannelResponse<'call-calendar:create'> {
  const { program, ...fields } = request;
  const calendar = checked(program, fields);
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    refuseDuplicateName(call, program, fields.name, null);
    return { calendar: dtoOf(createCallCalendar(w, { program, name: fields.name, calendar }), 0) };
  });
}

export function update(call: SignedInCall, request: ChannelRequest<'call-calendar:update'>): ChannelResponse<'call-calendar:update'> {
  const { id, ...fields } = request;
  const existing = getCallCalendar(call.app.db, id);
  if (existing === undefined) throw notFound('Uygulama takvimi');
  const calendar = checked(existing.program, fields);
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    refuseDuplicateName(call, existing.program, fields.name, id);
    const updated = updateCallCalendar(w, id, { name: fields.name, calendar });
    if (updated === undefined) throw notFound('Uygulama takvimi');
    return { calendar: dtoOf(updated, countApplicationsByCalendar(w.db).get(id) ?? 0) };
  });
}
