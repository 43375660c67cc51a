import type Database from 'better-sqlite3';
import { parseWith } from '../core/inputs/common';
import type { CallCalendar } from '../core/inputs/eligibility-input';
import { ikdpCaseInput } from '../core/inputs/ikdp-input';
import { itkfdpCaseInput } from '../core/inputs/itkfdp-input';
import { foldTurkish } from '../core/lib/turkish-text';
import type { Validated } from '../core/lib/validation';
import type { CaseInput } from '../db/repositories/case-loading';

/**
 * The benchmarks' yardsticks: the inbox page as the one UNION ALL statement
 * one would write by hand, and `loadCase` written by hand as better-sqlite3
 * prepared statements, building the same core input and parsing it with the
 * same core schema, so the ratio measures only the repositories' data access.
 * The benchmark checks that both give equal results before timing them.
 */

type Flag = 0 | 1 | null;
type ApplicationRow = {
  readonly program: CaseInput['program'];
  readonly enterpriseId: number;
  readonly callCalendarId: number | null;
  readonly approvedOn: string | null;
  readonly terminatedOn: string | null;
  readonly applicationProvince: string | null;
  readonly foundedOn: string | null;
};
type CalendarRow = {
  readonly announcedOn: string | null;
  readonly applicationStart: string | null;
  readonly applicationEnd: string | null;
  readonly applicationEndStatus: string;
  readonly referenceMonths: string | null;
  readonly lastRequestOn: string | null;
  readonly lastRequestStatus: string;
};
type RequestRow = {
  readonly submittedOn: string;
  readonly months: string | null;
  readonly periods: string | null;
  readonly taxLiabilityActive: Flag;
  readonly overdueKosgebDebt: Flag;
  readonly overdueTaxOrSgkDebt: Flag;
  readonly commitmentDeclared: Flag;
  readonly excuseAccepted: Flag;
};
type PersonRow = {
  readonly id: number;
  readonly personKey: string;
  readonly tckn: string;
  readonly citizenship: string;
  readonly gender: string;
  readonly birthDate: string;
  readonly hiredOn: string;
  readonly leftOn: string | null;
  readonly employedMonthBeforeAnnouncement: Flag;
  readonly replacesId: number | null;
};
type MonthRow = { readonly month: string; readonly primDays: number };
type PersonMonthRow = MonthRow & { readonly countedLeaveDays: number };

export type HandwrittenCaseLoader = (applicationId: number) => Validated<CaseInput>;

function flag<K extends string>(key: K, value: Flag): Partial<Record<K, boolean>> {
  return value === null ? {} : ({ [key]: value === 1 } as Record<K, boolean>);
}

function calendarOf(row: CalendarRow): CallCalendar {
  const calendar: { -readonly [K in keyof CallCalendar]: CallCalendar[K] } = {};
  if (row.announcedOn !== null) calendar.announcedOn = row.announcedOn;
  if (row.applicationStart !== null) calendar.applicationStart = row.applicationStart;
  if (row.applicationEndStatus !== 'edition-default')
    calendar.applicationEnd = row.applicationEndStatus === 'announced' ? row.applicationEnd : null;
  if (row.referenceMonths !== null) calendar.referenceMonths = JSON.parse(row.referenceMonths) as string[];
  if (row.lastRequestStatus !== 'edition-default')
    calendar.lastRequestOn = row.lastRequestStatus === 'announced' ? row.lastRequestOn : null;
  return calendar;
}

function days(rows: readonly MonthRow[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const row of rows) result[row.month] = (result[row.month] ?? 0) + row.primDays;
  return result;
}

export function handwrittenCaseLoader(sqlite: Database.Database): HandwrittenCaseLoader {
  const application = sqlite.prepare<[number], ApplicationRow>(
    `SELECT a.program, a.enterprise_id AS enterpriseId, a.call_calendar_id AS callCalendarId, a.approved_on AS approvedOn,
            a.terminated_on AS terminatedOn, a.application_province AS applicationProvince, e.founded_on AS foundedOn
       FROM applications a JOIN enterprises e ON e.id = a.enterprise_id WHERE a.id = ?`,
  );
  const calendar = sqlite.prepare<[number], CalendarRow>(
    `SELECT announced_on AS announcedOn, application_start AS applicationStart, application_end AS applicationEnd,
            application_end_status AS applicationEndStatus, reference_months AS referenceMonths,
            last_request_on AS lastRequestOn, last_request_status AS lastRequestStatus
       FROM call_calendars WHERE id = ?`,
  );
  const totals = sqlite.prepare<[number], MonthRow>(
    'SELECT month, prim_days AS primDays FROM enterprise_monthly_prim_days WHERE enterprise_id = ? ORDER BY month',
  );
  const inProvince = sqlite.prepare<[number, string], MonthRow>(
    'SELECT month, prim_days AS primDays FROM enterprise_monthly_prim_days WHERE enterprise_id = ? AND province_key = ? ORDER BY month',
  );
  const requests = sqlite.prepare<[number], RequestRow>(
    `SELECT submitted_on AS submittedOn, months, periods, tax_liability_active AS taxLiabilityActive, overdue_kosgeb_debt AS overdueKosgebDebt,
            overdue_tax_or_sgk_debt AS overdueTaxOrSgkDebt, commitment_declared AS commitmentDeclared, excuse_accepted AS excuseAccepted
       FROM payment_requests WHERE application_id = ? AND status <> 'WITHDRAWN' ORDER BY id`,
  );
  const loan = sqlite.prepare<[number], { readonly id: number; readonly creditUsedOn: string | null }>(
    'SELECT id, credit_used_on AS creditUsedOn FROM loans WHERE application_id = ?',
  );
  const installments = sqlite.prepare<[number], { readonly number: number; readonly paid: 0 | 1 }>(
    'SELECT number, paid FROM loan_installments WHERE loan_id = ? ORDER BY number',
  );
  const personnel = sqlite.prepare<[number], PersonRow>(
    `SELECT id, person_key AS personKey, tckn, citizenship, gender, birth_date AS birthDate, hired_on AS hiredOn, left_on AS leftOn,
            employed_month_before_announcement AS employedMonthBeforeAnnouncement, replaces_id AS replacesId
       FROM committed_personnel WHERE application_id = ? ORDER BY id`,
  );
  const personDays = sqlite.prepare<[number, string, string], PersonMonthRow>(
    `SELECT month, prim_days AS primDays, counted_leave_days AS countedLeaveDays FROM person_monthly_days
      WHERE enterprise_id = ? AND province_key = ? AND tckn = ? ORDER BY month`,
  );
  const events = sqlite.prepare<[number], { readonly type: string; readonly on: string }>(
    'SELECT type, occurred_on AS "on" FROM termination_events WHERE application_id = ? ORDER BY id',
  );

  return (applicationId) => {
    const row = application.get(applicationId);
    if (row === undefined) return { ok: false, issues: [{ field: 'applicationId', message: 'yok' }] };
    const calendarRow = row.callCalendarId === null ? undefined : calendar.get(row.callCalendarId);
    const requestRows = requests.all(applicationId);
    if (row.program !== 'ITKFDP-II') {
      return parseWith(ikdpCaseInput, {
        program: row.program,
        approvedOn: row.approvedOn,
        foundedOn: row.foundedOn,
        primDays: days(totals.all(row.enterpriseId)),
        terminatedOn: row.terminatedOn,
        ...(calendarRow === undefined ? {} : { calendar: calendarOf(calendarRow) }),
        requests: requestRows.map((request) => ({
          submittedOn: request.submittedOn,
          months: JSON.parse(request.months ?? '[]') as string[],
          ...flag('taxLiabilityActive', request.taxLiabilityActive),
          ...flag('overdueKosgebDebt', request.overdueKosgebDebt),
        })),
      });
    }
    const loanRow = loan.get(applicationId);
    const provinceKey = foldTurkish(row.applicationProvince ?? '');
    const people = personnel.all(applicationId);
    const keyById = new Map(people.map((person) => [person.id, person.personKey]));
    const installmentRows = loanRow === undefined ? [] : installments.all(loanRow.id);
    return parseWith(itkfdpCaseInput, {
      program: 'ITKFDP-II',
      calendar: calendarRow === undefined ? undefined : calendarOf(calendarRow),
      creditUsedOn: loanRow?.creditUsedOn,
      ...(installmentRows.length === 0
        ? {}
        : { installmentsPaid: installmentRows.filter((installment) => installment.paid === 1).map((installment) => installment.number) }),
      primDays: days(inProvince.all(row.enterpriseId, provinceKey)),
      personnel: people.map((person) => {
        const monthly = personDays.all(row.enterpriseId, provinceKey, person.tckn);
        const leaveDays: Record<string, number> = {};
        for (const month of monthly) if (month.countedLeaveDays > 0) leaveDays[month.month] = month.countedLeaveDays;
        const replaces = person.replacesId === null ? undefined : keyById.get(person.replacesId);
        return {
          id: person.personKey,
          citizenship: person.citizenship,
          gender: person.gender,
          birthDate: person.birthDate,
          hiredOn: person.hiredOn,
          ...flag('employedMonthBeforeAnnouncement', person.employedMonthBeforeAnnouncement),
          primDays: days(monthly),
          ...(Object.keys(leaveDays).length === 0 ? {} : { leaveDays }),
          ...(person.leftOn === null ? {} : { leftOn: person.leftOn }),
          ...(replaces === undefined ? {} : { replaces }),
        };
      }),
      requests: requestRows.map((request) => ({
        periods: JSON.parse(request.periods ?? '[]') as number[],
        submittedOn: request.submittedOn,
        ...flag('overdueTaxOrSgkDebt', request.overdueTaxOrSgkDebt),
        ...flag('commitmentDeclared', request.commitmentDeclared),
        ...flag('excuseAccepted', request.excuseAccepted),
      })),
      events: events.all(applicationId),
    });
  };
}

/** The inbox page (db/search/inbox.ts) as one statement: every kind of task, sorted together, the page after a cursor. */
export const HANDWRITTEN_INBOX_SQL = `
  SELECT t.kind, t.subjectId, t.nominalDue, e.unvan FROM (
    SELECT 'application-review' AS kind, id AS subjectId, enterprise_id AS enterpriseId, responsible_user_id AS user,
           date(applied_on, CASE program WHEN 'ITKFDP-II' THEN '+7 days' ELSE '+5 days' END) AS nominalDue
      FROM applications WHERE program IN ('IKDP-2025', 'IKDP-2026', 'ITKFDP-II') AND status = 'SUBMITTED' AND applied_on IS NOT NULL
    UNION ALL SELECT 'credit-use', a.id, a.enterprise_id, a.responsible_user_id, date(a.approved_on, '+30 days')
      FROM applications a JOIN loans l ON l.application_id = a.id
     WHERE a.program = 'ITKFDP-II' AND a.status = 'APPROVED' AND a.approved_on IS NOT NULL AND l.credit_used_on IS NULL
    UNION ALL SELECT 'monitoring-visit', v.id, a.enterprise_id, a.responsible_user_id, v.due_on
      FROM monitoring_visits v JOIN applications a ON a.id = v.application_id WHERE v.visited_on IS NULL AND v.due_on IS NOT NULL
    UNION ALL SELECT 'clawback-repayment', c.id, a.enterprise_id, a.responsible_user_id, date(c.notified_on, '+30 days')
      FROM clawbacks c JOIN applications a ON a.id = c.application_id WHERE c.repaid_on IS NULL AND c.notified_on IS NOT NULL
  ) t JOIN enterprises e ON e.id = t.enterpriseId
  WHERE (:user IS NULL OR t.user = :user) AND (t.nominalDue, t.kind, t.subjectId) > (:due, :kind, :id)
  ORDER BY t.nominalDue, t.kind, t.subjectId LIMIT :limit`;

/**
 * The enterprise search (db/search/search-enterprises.ts) as one statement with
 * the same result: the three tiers, each stopping at the page size, merged by
 * tier and record number. Parameters: `low`/`high` (a VKN/TCKN prefix range,
 * or an empty one), `anchored` and `plain` (the FTS5 expressions), `limit`.
 */
export const HANDWRITTEN_SEARCH_SQL = `
  SELECT e.id, e.unvan, e.vkn, e.tckn, e.nace_main AS naceMain,
    (SELECT group_concat(province, char(31)) FROM (
       SELECT s.province FROM enterprise_sites s WHERE s.enterprise_id = e.id GROUP BY s.province_key ORDER BY min(s.id))) AS provinces
  FROM (
    SELECT id, min(tier) AS tier FROM (
      SELECT id, 1 AS tier FROM (
        SELECT id FROM (SELECT id FROM enterprises WHERE vkn >= :low AND vkn < :high UNION SELECT id FROM enterprises WHERE tckn >= :low AND tckn < :high)
        ORDER BY id LIMIT :limit)
      UNION ALL SELECT id, 2 FROM (SELECT rowid AS id FROM enterprise_search WHERE enterprise_search MATCH :anchored LIMIT :limit)
      UNION ALL SELECT id, 3 FROM (SELECT rowid AS id FROM enterprise_search WHERE enterprise_search MATCH :plain LIMIT 2 * :limit))
    GROUP BY id ORDER BY tier, id LIMIT :limit) t
  JOIN enterprises e ON e.id = t.id
  ORDER BY t.tier, t.id`;
