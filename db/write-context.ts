import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, type Column, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import { auditEntryHash, GENESIS_HASH } from './audit/audit-chain';
import { asStoredRow, canonicalRowJson, sha256Hex, type StoredRow } from './audit/canonical-json';
import { SYNCED_TABLE_NAMES, type AuditedTable } from './audited-tables';
import { retryWhileBusy } from './busy';
import { cachedStatement } from './statement-cache';
import type { KobiDatabase } from './database-types';
import { refreshEnterpriseSearchText } from './repositories/enterprise-search-index';
import { readyOutboxMessages } from './replication/ready-outbox';
import type { AuditAction } from './schema/enums';

/**
 * The write context (STYLE.md "Database": writes go through repositories that
 * also write the audit entry; there is no other way to write).
 *
 * `withWrite(db, actor, (w) => …)` runs `work` in one IMMEDIATE transaction.
 * The repositories change rows only through `w.insert`, `w.update` and
 * `w.remove`, which append one hash-chained audit entry per changed row, a
 * sync-outbox message for case-file tables (with its protocol id and
 * replication stamp, db/replication/ready-outbox.ts), and keep the enterprise
 * search index current, all in that same transaction: a crash commits all of it or
 * none. A row changed any other way no longer matches its latest audit image,
 * and `verifyAudit` reports it.
 */

export type Actor = { readonly kind: 'user'; readonly userId: number } | { readonly kind: 'system'; readonly name: string };

/** How an actor is written in `audit_log.actor`: `user:12`, `system:import-sgk`. */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'user' ? `user:${actor.userId}` : `system:${actor.name}`;
}

export type WriteContext = {
  readonly db: KobiDatabase;
  readonly actor: Actor;
  /** The transaction's timestamp (ISO-8601 UTC), from the database's clock: one per transaction. */
  readonly at: string;
  insert<T extends AuditedTable>(table: T, values: InferInsertModel<T>): InferSelectModel<T>;
  /** Changes the given columns of row `id`; a change that leaves the row as it was writes no audit entry. */
  update<T extends AuditedTable>(table: T, id: number, changes: Partial<InferInsertModel<T>>): InferSelectModel<T>;
  remove<T extends AuditedTable>(table: T, id: number): InferSelectModel<T>;
  /** Mark an enterprise whose search text must be rebuilt before commit (the write primitives do it themselves for the tables that feed it). */
  touchEnterpriseSearch(enterpriseId: number): void;
};

function prepared(sqlite: Database.Database, source: string): Database.Statement {
  return cachedStatement(sqlite, source);
}

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

const tableColumns = new WeakMap<AuditedTable, [string, Column][]>();

/** A table's columns by property name, looked up once per table (a write maps every row through them). */
function columnsOf(table: AuditedTable): [string, Column][] {
  let entries = tableColumns.get(table);
  if (entries === undefined) {
    const columns: Readonly<Record<string, Column>> = getTableColumns(table);
    entries = Object.entries(columns);
    tableColumns.set(table, entries);
  }
  return entries;
}

/** Driver values of the given properties, by column name; `undefined` properties are left to the column default. */
function driverValues(table: AuditedTable, values: Readonly<Record<string, unknown>>): [string, unknown][] {
  const result: [string, unknown][] = [];
  for (const [key, column] of columnsOf(table)) {
    const value = values[key];
    if (value === undefined) continue;
    result.push([column.name, value === null ? null : column.mapToDriverValue(value)]);
  }
  return result;
}

/** A stored row in drizzle's select shape (camelCase keys, booleans, parsed JSON): the one generic place that needs a cast. */
function selectShape<T extends AuditedTable>(table: T, row: StoredRow): InferSelectModel<T> {
  const shaped: Record<string, unknown> = {};
  for (const [key, column] of columnsOf(table)) {
    const value = row[column.name] ?? null;
    shaped[key] = value === null ? null : column.mapFromDriverValue(value);
  }
  return shaped as InferSelectModel<T>;
}

function storedValue(row: StoredRow, column: string): number | null {
  const value = row[column];
  return typeof value === 'number' ? value : null;
}

/**
 * `queueOutbox: false` is for changes that came from another PC of the
 * müdürlük (electron/sync/replica-apply.ts): they are audited like any write
 * but not queued for headquarters again, which already holds them (no echo).
 */
export type WriteOptions = { readonly queueOutbox?: boolean };

class AuditedWriter implements WriteContext {
  readonly db: KobiDatabase;
  readonly actor: Actor;
  readonly at: string;
  private readonly actorText: string;
  private readonly queueOutbox: boolean;
  private head: { seq: number; hash: string } | null = null;
  private readonly dirtyEnterprises = new Set<number>();
  /** A message was queued in `sync_outbox`: it gets its protocol id and replication stamp before commit. */
  private queued = false;
  private open = true;

  constructor(db: KobiDatabase, actor: Actor, options: WriteOptions) {
    this.db = db;
    this.actor = actor;
    this.queueOutbox = options.queueOutbox ?? true;
    this.at = db.now();
    this.actorText = actorLabel(actor);
  }

  insert<T extends AuditedTable>(table: T, values: InferInsertModel<T>): InferSelectModel<T> {
    this.assertOpen();
    const name = getTableName(table);
    const pairs = driverValues(table, values);
    const source =
      pairs.length === 0
        ? `INSERT INTO ${quoted(name)} DEFAULT VALUES RETURNING *`
        : `INSERT INTO ${quoted(name)} (${pairs.map(([column]) => quoted(column)).join(', ')}) VALUES (${pairs.map(() => '?').join(', ')}) RETURNING *`;
    const after = asStoredRow(prepared(this.db.sqlite, source).get(...pairs.map(([, value]) => value)), name);
    this.record(name, 'insert', null, after);
    return selectShape(table, after);
  }

  update<T extends AuditedTable>(table: T, id: number, changes: Partial<InferInsertModel<T>>): InferSelectModel<T> {
    this.assertOpen();
    const name = getTableName(table);
    const before = this.current(name, id);
    const pairs = driverValues(table, changes);
    if (pairs.length === 0) return selectShape(table, before);
    const source = `UPDATE ${quoted(name)} SET ${pairs.map(([column]) => `${quoted(column)} = ?`).join(', ')} WHERE "id" = ? RETURNING *`;
    const after = asStoredRow(prepared(this.db.sqlite, source).get(...pairs.map(([, value]) => value), id), name);
    if (canonicalRowJson(before) !== canonicalRowJson(after)) this.record(name, 'update', before, after);
    return selectShape(table, after);
  }

  remove<T extends AuditedTable>(table: T, id: number): InferSelectModel<T> {
    this.assertOpen();
    const name = getTableName(table);
    const removed = prepared(this.db.sqlite, `DELETE FROM ${quoted(name)} WHERE "id" = ? RETURNING *`).get(id);
    if (removed === undefined) throw new Error(`${name}: ${id} numaralı satır yok`);
    const before = asStoredRow(removed, name);
    this.record(name, 'delete', before, null);
    return selectShape(table, before);
  }

  touchEnterpriseSearch(enterpriseId: number): void {
    this.assertOpen();
    this.dirtyEnterprises.add(enterpriseId);
  }

  /** Before commit: bring the search text of every touched enterprise up to date, and ready the queued messages. */
  finish(): void {
    for (const enterpriseId of this.dirtyEnterprises) refreshEnterpriseSearchText(this.db, enterpriseId);
    if (this.queued) readyOutboxMessages(this.db);
    this.open = false;
  }

  close(): void {
    this.open = false;
  }

  private assertOpen(): void {
    if (!this.open) throw new Error('Yazma bağlamı işlem bittikten sonra kullanıldı.');
  }

  private current(name: string, id: number): StoredRow {
    const row = prepared(this.db.sqlite, `SELECT * FROM ${quoted(name)} WHERE "id" = ?`).get(id);
    if (row === undefined) throw new Error(`${name}: ${id} numaralı satır yok`);
    return asStoredRow(row, name);
  }

  private chainHead(): { seq: number; hash: string } {
    if (this.head === null) {
      const last = prepared(this.db.sqlite, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
        { seq: number; hash: string } | undefined;
      this.head = last ?? { seq: 0, hash: GENESIS_HASH };
    }
    return this.head;
  }

  private record(tableName: string, action: AuditAction, before: StoredRow | null, after: StoredRow | null): void {
    const image = after ?? before;
    const rowIdValue = image === null ? null : storedValue(image, 'id');
    if (rowIdValue === null) throw new Error(`${tableName}: satırın id değeri yok`);
    const rowId = String(rowIdValue);
    const head = this.chainHead();
    const entry = {
      seq: head.seq + 1,
      at: this.at,
      actor: this.actorText,
      action,
      tableName,
      rowId,
      beforeJson: before === null ? null : canonicalRowJson(before),
      afterJson: after === null ? null : canonicalRowJson(after),
    };
    const hash = auditEntryHash(head.hash, entry);
    prepared(
      this.db.sqlite,
      'INSERT INTO audit_log (seq, at, actor, action, table_name, row_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(entry.seq, entry.at, entry.actor, entry.action, entry.tableName, entry.rowId, entry.beforeJson, entry.afterJson, head.hash, hash);
    this.head = { seq: entry.seq, hash };
    if (this.queueOutbox && SYNCED_TABLE_NAMES.has(tableName)) {
      const payload = entry.afterJson;
      prepared(
        this.db.sqlite,
        'INSERT INTO sync_outbox (entity, entity_id, op, payload, content_hash, audit_seq, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(tableName, rowId, action, payload, sha256Hex(`${tableName}\n${rowId}\n${action}\n${payload ?? 'null'}`), entry.seq, this.at);
      this.queued = true;
    }
    this.markSearchSources(tableName, rowIdValue, before, after);
  }

  /** The tables the search text is made of (db/repositories/enterprise-search-index.ts). */
  private markSearchSources(tableName: string, rowId: number, before: StoredRow | null, after: StoredRow | null): void {
    const images = [before, after].filter((image): image is StoredRow => image !== null);
    switch (tableName) {
      case 'enterprises':
        this.dirtyEnterprises.add(rowId);
        break;
      case 'enterprise_sites':
        for (const image of images) this.addDirty(storedValue(image, 'enterprise_id'));
        break;
      case 'committed_personnel':
        for (const image of images) this.addDirty(this.enterpriseOfApplication(storedValue(image, 'application_id')));
        break;
      case 'applications':
        if (before !== null && after !== null && storedValue(before, 'enterprise_id') !== storedValue(after, 'enterprise_id')) {
          for (const image of images) this.addDirty(storedValue(image, 'enterprise_id'));
        }
        break;
      default:
        break;
    }
  }

  private addDirty(enterpriseId: number | null): void {
    if (enterpriseId !== null) this.dirtyEnterprises.add(enterpriseId);
  }

  private enterpriseOfApplication(applicationId: number | null): number | null {
    if (applicationId === null) return null;
    const row = prepared(this.db.sqlite, 'SELECT enterprise_id AS enterpriseId FROM applications WHERE id = ?').get(applicationId) as
      { enterpriseId: number } | undefined;
    return row?.enterpriseId ?? null;
  }
}

/** Another wait of the busy timeout when the write lock was not free (db/busy.ts). */
const BUSY_RETRIES = 1;

/**
 * Run `work` in one IMMEDIATE transaction with a write context: everything it
 * writes, the audit entries, the outbox messages and the search index commit
 * together or not at all. IMMEDIATE takes the write lock at BEGIN, so the
 * audit chain head read at the first write cannot be overtaken by another
 * process. Contexts do not nest: pass `w` down instead. When another
 * connection holds the write lock past the busy timeout, BEGIN is tried once
 * more, then a `DatabaseBusyError` (Turkish message, nothing written) is thrown.
 */
export function withWrite<T>(db: KobiDatabase, actor: Actor, work: (w: WriteContext) => T, options: WriteOptions = {}): T {
  if (db.sqlite.inTransaction) throw new Error('withWrite iç içe çağrılamaz: mevcut yazma bağlamını aktarın.');
  let started = false;
  return retryWhileBusy(
    () => {
      const writer = new AuditedWriter(db, actor, options);
      const transaction = db.sqlite.transaction((): T => {
        started = true;
        const result = work(writer);
        if (result instanceof Promise) throw new Error('withWrite içindeki iş eşzamanlı (senkron) olmalı.');
        writer.finish();
        return result;
      });
      try {
        return transaction.immediate();
      } finally {
        writer.close();
      }
    },
    // BEGIN IMMEDIATE waited the busy timeout and failed before `work` ran: running it again repeats nothing.
    () => !started,
    BUSY_RETRIES,
  );
}
