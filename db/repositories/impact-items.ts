import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ProgramId } from '../../core/inputs/eligibility-input';
import type { KobiDatabase } from '../connection';
import { applications } from '../schema/applications';
import { auditLog } from '../schema/audit-log';
import { enterprises } from '../schema/enterprises';
import { impactItems, impactRuns, type ImpactItemStatus, type ImpactSubject } from '../schema/impact-items';
import { cachedStatement } from '../statement-cache';
import type { WriteContext } from '../write-context';

/**
 * The runs and items of the impact of a rule change (issue 18 item 3,
 * db/schema/impact-items.ts). Items are written by the runner only; a person
 * marks one as seen, or re-evaluates the case, which answers its eligibility
 * items. Nothing here changes a decision.
 */
export type ImpactRunRow = typeof impactRuns.$inferSelect;
export type ImpactItemRow = typeof impactItems.$inferSelect;

const PROGRAMME_EDITIONS = 'programme_editions';

export function lastImpactRun(db: KobiDatabase): ImpactRunRow | undefined {
  return db.orm.select().from(impactRuns).orderBy(desc(impactRuns.id)).limit(1).get();
}

/** The last audit entry of the reference tables (programme editions included): 0 when none was ever written. */
export function referenceWatermark(db: KobiDatabase, tables: readonly string[]): number {
  const row = db.orm
    .select({ seq: sql<number | null>`max(${auditLog.seq})` })
    .from(auditLog)
    .where(inArray(auditLog.tableName, [PROGRAMME_EDITIONS, ...tables]))
    .get();
  return row?.seq ?? 0;
}

/** How many rows of each reference table were written after audit entry `after` up to `upTo` (editions not counted). */
export function referenceTableWrites(
  db: KobiDatabase,
  tables: readonly string[],
  after: number,
  upTo: number,
): { table: string; rows: number }[] {
  return db.orm
    .select({ table: auditLog.tableName, rows: sql<number>`count(*)` })
    .from(auditLog)
    .where(and(inArray(auditLog.tableName, [...tables]), sql`${auditLog.seq} > ${after}`, sql`${auditLog.seq} <= ${upTo}`))
    .groupBy(auditLog.tableName)
    .orderBy(auditLog.tableName)
    .all();
}

/** The programme edition rows stored up to audit entry `upTo`: the versions known then. */
export function editionRowsStoredBy(db: KobiDatabase, upTo: number): Set<number> {
  const rows = db.orm
    .select({ rowId: auditLog.rowId })
    .from(auditLog)
    .where(and(eq(auditLog.tableName, PROGRAMME_EDITIONS), eq(auditLog.action, 'insert'), sql`${auditLog.seq} <= ${upTo}`))
    .all();
  return new Set(rows.map((row) => Number(row.rowId)));
}

/** The open cases: applications not rejected, cancelled, terminated or completed, in id order. */
export function openApplicationIds(db: KobiDatabase): number[] {
  return db.orm
    .select({ id: applications.id })
    .from(applications)
    .where(inArray(applications.status, ['DRAFT', 'SUBMITTED', 'APPROVED']))
    .orderBy(applications.id)
    .all()
    .map((row) => row.id);
}

export function responsibleUsers(db: KobiDatabase, applicationIds: readonly number[]): Map<number, number | null> {
  const result = new Map<number, number | null>();
  const statement = db.sqlite.prepare<[string], { id: number; responsible: number | null }>(
    'SELECT id, responsible_user_id AS responsible FROM applications WHERE id IN (SELECT value FROM json_each(?))',
  );
  for (let start = 0; start < applicationIds.length; start += 5000) {
    for (const row of statement.all(JSON.stringify(applicationIds.slice(start, start + 5000)))) result.set(row.id, row.responsible);
  }
  return result;
}

export function saveImpactRun(w: WriteContext, run: Omit<typeof impactRuns.$inferInsert, 'id'>): ImpactRunRow {
  return w.insert(impactRuns, run);
}

export type NewImpactItem = {
  readonly runId: number;
  readonly applicationId: number;
  readonly responsibleUserId: number | null;
  readonly subject: ImpactSubject;
  readonly evaluationId: number | null;
  readonly paymentRequestId: number | null;
  readonly foundOn: string;
  readonly before: Record<string, unknown>;
  readonly after: Record<string, unknown>;
  readonly changes: readonly Record<string, unknown>[];
  readonly summary: readonly string[];
};

function decisionKey(applicationId: number, subject: ImpactSubject, paymentRequestId: number | null): string {
  return `${applicationId}/${subject}/${paymentRequestId ?? ''}`;
}

/** The open items of the given applications by the decision they are about (one read for a whole run's items). */
function openItemsByDecision(w: WriteContext, applicationIds: readonly number[]): Map<string, number[]> {
  const rows = cachedStatement<[string], { id: number; applicationId: number; subject: ImpactSubject; paymentRequestId: number | null }>(
    w.db.sqlite,
    "SELECT id, application_id AS applicationId, subject, payment_request_id AS paymentRequestId FROM impact_items WHERE status = 'acik' AND application_id IN (SELECT value FROM json_each(?)) ORDER BY id",
  ).all(JSON.stringify([...new Set(applicationIds)]));
  const byDecision = new Map<string, number[]>();
  for (const row of rows) {
    const key = decisionKey(row.applicationId, row.subject, row.paymentRequestId);
    byDecision.set(key, [...(byDecision.get(key) ?? []), row.id]);
  }
  return byDecision;
}

/** New items, in order; an older open item about the same decision is marked as replaced by the new one. */
export function saveImpactItems(w: WriteContext, items: readonly NewImpactItem[]): ImpactItemRow[] {
  const open = openItemsByDecision(
    w,
    items.map((item) => item.applicationId),
  );
  return items.map((item) => {
    const key = decisionKey(item.applicationId, item.subject, item.paymentRequestId);
    for (const olderId of open.get(key) ?? []) w.update(impactItems, olderId, { status: 'yerine_yenisi_geldi' });
    const saved = w.insert(impactItems, { ...item, status: 'acik', createdAt: w.at });
    open.set(key, [saved.id]);
    return saved;
  });
}

export function getImpactItem(db: KobiDatabase, id: number): ImpactItemRow | undefined {
  return db.orm.select().from(impactItems).where(eq(impactItems.id, id)).get();
}

/** A person has seen the item (the decision itself stays as it is until someone re-evaluates the case). */
export function markImpactItemReviewed(w: WriteContext, id: number, userId: number): ImpactItemRow {
  return w.update(impactItems, id, { status: 'incelendi', reviewedByUserId: userId, reviewedAt: w.at });
}

/** A person re-evaluated the case: its open eligibility items are answered. */
export function answerEligibilityItems(w: WriteContext, applicationId: number, userId: number): number {
  const open = w.db.orm
    .select({ id: impactItems.id })
    .from(impactItems)
    .where(and(eq(impactItems.applicationId, applicationId), eq(impactItems.status, 'acik'), eq(impactItems.subject, 'eligibility')))
    .all();
  for (const row of open) w.update(impactItems, row.id, { status: 'yeniden_degerlendirildi', reviewedByUserId: userId, reviewedAt: w.at });
  return open.length;
}

export type ImpactItemListing = ImpactItemRow & {
  readonly program: ProgramId;
  readonly unvan: string;
  readonly runTrigger: string;
  readonly runParameters: readonly Record<string, unknown>[];
};

export type ImpactItemQuery = {
  readonly responsibleUserId?: number;
  /** The items of one run. */
  readonly runId?: number;
  /** Open items only (default), or every item. */
  readonly onlyOpen?: boolean;
  readonly limit: number;
};

/** Items newest first, with the case's programme and the enterprise's name. */
export function listImpactItems(db: KobiDatabase, query: ImpactItemQuery): ImpactItemListing[] {
  const conditions = [
    ...(query.onlyOpen === false ? [] : [eq(impactItems.status, 'acik' satisfies ImpactItemStatus)]),
    ...(query.responsibleUserId === undefined ? [] : [eq(impactItems.responsibleUserId, query.responsibleUserId)]),
    ...(query.runId === undefined ? [] : [eq(impactItems.runId, query.runId)]),
  ];
  return db.orm
    .select({
      item: impactItems,
      program: applications.program,
      unvan: enterprises.unvan,
      runTrigger: impactRuns.trigger,
      runParameters: impactRuns.parameters,
    })
    .from(impactItems)
    .innerJoin(applications, eq(applications.id, impactItems.applicationId))
    .innerJoin(enterprises, eq(enterprises.id, applications.enterpriseId))
    .innerJoin(impactRuns, eq(impactRuns.id, impactItems.runId))
    .where(conditions.length === 0 ? undefined : and(...conditions))
    .orderBy(desc(impactItems.id))
    .limit(query.limit)
    .all()
    .map((row) => ({ ...row.item, program: row.program, unvan: row.unvan, runTrigger: row.runTrigger, runParameters: row.runParameters }));
}

/**
 * A stored eligibility evaluation's result, read for the impact workers only when the change moves the rules' answer
 * (a few kilobytes of JSON): the workers read the newest evaluations' ids a chunk at a time
 * (`newestEvaluationIds`, case-loading-bulk.ts); most open cases are never affected, and parsing every stored result
 * was half of a run's time.
 */
export type StoredEligibility = {
  readonly id: number;
  readonly eligible: boolean;
  readonly rulesVersion: string;
  readonly result: Readonly<Record<string, unknown>>;
};

export function storedEligibility(db: KobiDatabase, evaluationId: number): StoredEligibility | undefined {
  const row = cachedStatement<[number], { id: number; eligible: number; rulesVersion: string; result: string }>(
    db.sqlite,
    'SELECT id, eligible, rules_version AS rulesVersion, result FROM evaluations WHERE id = ?',
  ).get(evaluationId);
  if (row === undefined) return undefined;
  const result: unknown = JSON.parse(row.result);
  return {
    id: row.id,
    eligible: row.eligible === 1,
    rulesVersion: row.rulesVersion,
    result: typeof result === 'object' && result !== null ? (result as Record<string, unknown>) : {},
  };
}
