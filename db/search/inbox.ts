import type Database from 'better-sqlite3';
import { perConnection } from '../statement-cache';
import type { ProgramId } from '../../core/inputs/eligibility-input';
import { formatDateTr, type IsoDate } from '../../core/lib/calendar-date';
import { computeTimeLimit, DEFAULT_TIME_LIMIT_SETTINGS, type TimeLimitSettings } from '../../core/lib/time-limits';
import type { KobiDatabase } from '../connection';
import { PROGRAM_IDS } from '../schema/enums';
import { CONFLICT_APPLICATION_ID, RESOLUTION_NAMES_CONFLICT } from '../repositories/conflict-resolutions';

/**
 * The task inbox (ROADMAP 2: "task inbox with legal due dates"): what the
 * müdürlük has to do next, earliest due date first, a page at a time.
 *
 * Tasks and their due dates (spec/domain-rules.md "Time limits": standard
 * processing times are shown as due dates and overdue warnings, never as blocks):
 * - `application-review`: a submitted application is reviewed within 5 days
 *   (IKDP MADDE 11(1)) or 7 days (ITKFDP-II MADDE 11(1)) of the application;
 * - `credit-use`: an approved ITKFDP-II application whose credit is not used
 *   yet: active credit use within 30 days of approval (ITKFDP-II MADDE 12(2));
 * - `monitoring-visit`: a planned visit not made yet, due on its planned date
 *   (a calendar date, not a time limit);
 * - `clawback-repayment`: a notified clawback not repaid, due 30 days after
 *   notification (ITKFDP-II MADDE 17(1));
 * - `rule-impact`: a stored decision that new reference data would change
 *   (issue 18 item 3, db/schema/impact-items.ts), dated the day it was found:
 *   the file is to be re-evaluated by a person.
 * - `sync-conflict`: an open replication conflict on a record of the case
 *   (issue 18 item 2, db/repositories/conflict-resolutions.ts), dated the day
 *   it was detected: a person resolves it on the Eşitleme çakışmaları screen.
 * Payment requests awaiting a decision have no time limit in the regulations
 * and are not inbox tasks.
 *
 * Sorting happens in SQL on the nominal end (start + N days); the legal due
 * date (moved over weekends and holidays by core/lib/time-limits.ts) is
 * computed for the page only. Moving to the next working day never reorders
 * two dates, so the order is the order of the legal due dates. Pages follow
 * each other by the last task's `cursor` (keyset paging), so a late page costs
 * what the first one does.
 */

export type InboxTaskKind =
  'application-review' | 'credit-use' | 'monitoring-visit' | 'clawback-repayment' | 'rule-impact' | 'sync-conflict';

/** Where a page ends: the next page starts after it. */
export type InboxCursor = { readonly nominalDue: IsoDate; readonly kind: InboxTaskKind; readonly subjectId: number };

export type InboxTask = {
  readonly kind: InboxTaskKind;
  /** The application, visit or clawback the task is about (by kind). */
  readonly subjectId: number;
  readonly applicationId: number;
  readonly program: ProgramId;
  readonly enterpriseId: number;
  readonly unvan: string;
  readonly responsibleUserId: number | null;
  readonly article: string | null;
  readonly due: IsoDate;
  readonly overdue: boolean;
  /** Turkish: how the due date was computed. */
  readonly explanation: string;
  readonly cursor: InboxCursor;
};

export const INBOX_PAGE_SIZE = 50;

const ARTICLES: Readonly<Record<InboxTaskKind, Readonly<Record<'ikdp' | 'itkfdp', string | null>>>> = {
  'application-review': { ikdp: 'MADDE 11(1)', itkfdp: 'MADDE 11(1)' },
  'credit-use': { ikdp: null, itkfdp: 'MADDE 12(2)' },
  'monitoring-visit': { ikdp: 'MADDE 14(1)', itkfdp: null },
  'clawback-repayment': { ikdp: 'MADDE 16(4)', itkfdp: 'MADDE 17(1)' },
  'rule-impact': { ikdp: null, itkfdp: null },
  'sync-conflict': { ikdp: null, itkfdp: null },
};

type BranchRow = {
  readonly kind: InboxTaskKind;
  readonly subjectId: number;
  readonly applicationId: number;
  readonly program: ProgramId;
  readonly enterpriseId: number;
  readonly responsibleUserId: number | null;
  readonly start: IsoDate | null;
  readonly days: number | null;
  readonly nominalDue: IsoDate;
};

type BranchParameters = {
  readonly user?: number;
  readonly due: string;
  readonly kind: string;
  readonly id: number;
  readonly count: number;
};

type Branch = {
  readonly kind: InboxTaskKind;
  /** The date the task's time limit counts from; with `days` 0, the due date itself (a planned visit). */
  readonly start: string;
  readonly days: number;
  readonly from: string;
  /** For the whole müdürlük, when another join order is faster than the one the officer's index gives. */
  readonly fromForAll?: string;
  readonly where: string;
  readonly id: string;
};

/**
 * One statement per kind of task (and per time limit), each answering only
 * its next `count` tasks after the cursor; the page is merged here. (One
 * UNION ALL statement sorted as a whole took 10–25 ms at 50,000
 * enterprises.) Each statement walks its start date in index order: the due
 * date is the start plus a fixed number of days, so the cursor's due date
 * becomes a range on the start column. That is why each programme's
 * application reviews are a statement of their own (the index is programme,
 * status, application date).
 */
/** An application is reviewed within 5 days (IKDP MADDE 11(1)) or 7 days (ITKFDP-II MADDE 11(1)) of its date. */
const reviewBranches: readonly Branch[] = PROGRAM_IDS.map((program) => ({
  kind: 'application-review',
  start: 'a.applied_on',
  days: program === 'ITKFDP-II' ? 7 : 5,
  from: 'applications a',
  where: `a.program = '${program}' AND a.status = 'SUBMITTED' AND a.applied_on IS NOT NULL`,
  id: 'a.id',
}));

const BRANCHES: readonly Branch[] = [
  ...reviewBranches,
  {
    kind: 'credit-use',
    start: 'a.approved_on',
    days: 30,
    from: 'applications a JOIN loans l ON l.application_id = a.id',
    // The loans whose credit is not used yet first (their partial index), not every approved application.
    fromForAll: 'loans l CROSS JOIN applications a ON a.id = l.application_id',
    where: `a.program = 'ITKFDP-II' AND a.status = 'APPROVED' AND a.approved_on IS NOT NULL AND l.credit_used_on IS NULL`,
    id: 'a.id',
  },
  {
    kind: 'monitoring-visit',
    start: 'v.due_on',
    days: 0,
    from: 'monitoring_visits v JOIN applications a ON a.id = v.application_id',
    where: 'v.visited_on IS NULL AND v.due_on IS NOT NULL',
    id: 'v.id',
  },
  {
    kind: 'clawback-repayment',
    start: 'c.notified_on',
    days: 30,
    from: 'clawbacks c JOIN applications a ON a.id = c.application_id',
    where: 'c.repaid_on IS NULL AND c.notified_on IS NOT NULL',
    id: 'c.id',
  },
  {
    kind: 'rule-impact',
    start: 'i.found_on',
    days: 0,
    from: 'impact_items i JOIN applications a ON a.id = i.application_id',
    where: "i.status = 'acik'",
    id: 'i.id',
  },
  {
    kind: 'sync-conflict',
    start: 'date(c.detected_at)',
    days: 0,
    // `applications AS a`: not forced onto the officer's index — the few conflicts come first, each finds its application by id.
    from: `replication_conflicts c JOIN applications AS a ON a.id = ${CONFLICT_APPLICATION_ID}`,
    where: `NOT EXISTS (SELECT 1 FROM conflict_resolutions r WHERE ${RESOLUTION_NAMES_CONFLICT})`,
    id: 'c.id',
  },
];

/** The cursor of the first page: before any task. */
const BEGINNING = '1900-01-01';

function branchSql(branch: Branch, forUser: boolean): string {
  const { start, days, id, kind } = branch;
  const due = days === 0 ? start : `date(${start}, '+${days} days')`;
  const fromCursor = days === 0 ? ':due' : `date(:due, '-${days} days')`;
  // One officer's tasks start from the officer's applications (their index), not from every open task in date order.
  const from = forUser
    ? branch.from.replace('applications a', 'applications a INDEXED BY applications_responsible_idx')
    : (branch.fromForAll ?? branch.from);
  return `SELECT '${kind}' AS kind, ${id} AS subjectId, a.id AS applicationId, a.program, a.enterprise_id AS enterpriseId,
            a.responsible_user_id AS responsibleUserId, ${days === 0 ? 'NULL' : start} AS start, ${days === 0 ? 'NULL' : days} AS days,
            ${due} AS nominalDue
       FROM ${from}
      WHERE ${branch.where} ${forUser ? 'AND a.responsible_user_id = :user' : ''}
        AND ${start} >= ${fromCursor} AND (${due}, '${kind}', ${id}) > (:due, :kind, :id)
      ORDER BY ${start}, ${id} LIMIT :count`;
}

type Statements = {
  readonly all: readonly Database.Statement<[BranchParameters], BranchRow>[];
  readonly forUser: readonly Database.Statement<[BranchParameters], BranchRow>[];
  readonly unvan: Database.Statement<[string], { readonly id: number; readonly unvan: string }>;
};

function statements(sqlite: Database.Database): Statements {
  return perConnection(sqlite, statements, (): Statements => ({
    all: BRANCHES.map((branch) => sqlite.prepare<[BranchParameters], BranchRow>(branchSql(branch, false))),
    forUser: BRANCHES.map((branch) => sqlite.prepare<[BranchParameters], BranchRow>(branchSql(branch, true))),
    unvan: sqlite.prepare('SELECT id, unvan FROM enterprises WHERE id IN (SELECT value FROM json_each(?))'),
  }));
}

function byDue(a: BranchRow, b: BranchRow): number {
  if (a.nominalDue !== b.nominalDue) return a.nominalDue < b.nominalDue ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.subjectId - b.subjectId;
}

export type InboxQuery = {
  /** Today, for the overdue flag (the database has no clock of its own here). */
  readonly asOf: IsoDate;
  /** The `cursor` of the previous page's last task; the first page when left out. */
  readonly after?: InboxCursor;
  readonly pageSize?: number;
  /** One officer's tasks; all of the müdürlük's when left out. */
  readonly responsibleUserId?: number;
  readonly settings?: TimeLimitSettings;
};

function taskOf(row: BranchRow, unvan: string, asOf: IsoDate, settings: TimeLimitSettings): InboxTask {
  const article = ARTICLES[row.kind][row.program === 'ITKFDP-II' ? 'itkfdp' : 'ikdp'];
  let due = row.nominalDue;
  let explanation =
    row.kind === 'rule-impact'
      ? `${formatDateTr(row.nominalDue)} tarihinde gelen kural ya da parametre değişikliği kayıtlı kararı değiştiriyor; karar kendiliğinden değişmez, dosyayı yeniden değerlendirin.`
      : row.kind === 'sync-conflict'
        ? `${formatDateTr(row.nominalDue)} tarihinde başka bir bilgisayardan gelen değişiklik bu dosyada çakıştı; Eşitleme çakışmaları ekranında çözün.`
        : `Planlanan tarih: ${formatDateTr(row.nominalDue)}.`;
  if (row.start !== null && row.days !== null) {
    const limit = computeTimeLimit({ start: row.start, amount: row.days, unit: 'day', channel: 'electronic' }, settings);
    // Outside the holiday table the nominal end stands, and the explanation says why.
    if (limit.ok) ({ due, explanation } = limit.value);
    else
      explanation = `${formatDateTr(row.start)} + ${row.days} gün = ${formatDateTr(row.nominalDue)}; ${limit.issues.map((issue) => issue.message).join(' ')}`;
  }
  return {
    kind: row.kind,
    subjectId: row.subjectId,
    applicationId: row.applicationId,
    program: row.program,
    enterpriseId: row.enterpriseId,
    unvan,
    responsibleUserId: row.responsibleUserId,
    article,
    due,
    // A rule-change item or a conflict has no time limit: its date is when it was found, never a delay.
    overdue: row.kind !== 'rule-impact' && row.kind !== 'sync-conflict' && due < asOf,
    explanation,
    cursor: { nominalDue: row.nominalDue, kind: row.kind, subjectId: row.subjectId },
  };
}

/** One page of the inbox, earliest due first (by due date, then kind, then record number). */
export function inboxPage(db: KobiDatabase, query: InboxQuery): InboxTask[] {
  const pageSize = query.pageSize ?? INBOX_PAGE_SIZE;
  const prepared = statements(db.sqlite);
  const after = {
    due: query.after?.nominalDue ?? BEGINNING,
    kind: query.after?.kind ?? '',
    id: query.after?.subjectId ?? 0,
    count: pageSize,
  };
  const { responsibleUserId } = query;
  const rows = (responsibleUserId === undefined ? prepared.all : prepared.forUser)
    .flatMap((statement) => statement.all(responsibleUserId === undefined ? after : { ...after, user: responsibleUserId }))
    .sort(byDue)
    .slice(0, pageSize);
  if (rows.length === 0) return [];
  const unvanlar = new Map(
    prepared.unvan.all(JSON.stringify([...new Set(rows.map((row) => row.enterpriseId))])).map((row) => [row.id, row.unvan]),
  );
  const settings = query.settings ?? DEFAULT_TIME_LIMIT_SETTINGS;
  return rows.map((row) => taskOf(row, unvanlar.get(row.enterpriseId) ?? '', query.asOf, settings));
}
