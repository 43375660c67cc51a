import type Database from 'better-sqlite3';
import { foldTurkish } from '../core/lib/turkish-text';
import { auditEntryHash, GENESIS_HASH } from '../db/audit/audit-chain';
import { canonicalRowJson, type StoredRow } from '../db/audit/canonical-json';
import { sha256Hex } from '../db/imports/file-hash';
import { SGK_IMPORT_KIND } from '../db/imports/import-sgk';
import { parseSgkServiceList, type SgkServiceList } from '../db/imports/sgk-service-list';

/**
 * The yardsticks of the SGK import benchmark: the same list written by hand
 * with better-sqlite3 prepared statements.
 *
 * `handwrittenAuditedImport` is the ratio's yardstick. "The same query" for an
 * import is the same writes: the import record, the monthly rows, and, since
 * every write of the app is audited (issue 3 item 7), one hash-chained audit
 * entry per row written, in one IMMEDIATE transaction, once per file. A
 * yardstick that left the audit out would measure the audit, not the
 * repositories. It parses with the same parser and writes the same audit
 * format, so the log it leaves verifies like the app's.
 *
 * `rawUpsertImport` writes the rows alone (one upsert per row, no audit, no
 * import record): its figure shows what the audit costs, for information.
 */

export type HandwrittenImportTarget = { readonly enterpriseId: number; readonly province: string };

export type HandwrittenImportCounts = {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly auditEntries: number;
};

type Statements = ReturnType<typeof prepareStatements>;

function prepareStatements(sqlite: Database.Database) {
  return {
    head: sqlite.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
    audit: sqlite.prepare(
      'INSERT INTO audit_log (seq, at, actor, action, table_name, row_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    findBatch: sqlite.prepare<[string, string, string], { id: number }>(
      'SELECT id FROM import_batches WHERE kind = ? AND target = ? AND file_sha256 = ?',
    ),
    insertBatch: sqlite.prepare<[string, string, string, string, string, string], StoredRow>(
      'INSERT INTO import_batches (kind, target, file_name, file_sha256, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING *',
    ),
    batch: sqlite.prepare<[number], StoredRow>('SELECT * FROM import_batches WHERE id = ?'),
    countBatch: sqlite.prepare<[number, number, number, number, number], StoredRow>(
      'UPDATE import_batches SET row_count = ?, inserted_count = ?, updated_count = ?, skipped_count = ? WHERE id = ? RETURNING *',
    ),
    findMonth: sqlite.prepare<[number, string, string], StoredRow>(
      'SELECT * FROM enterprise_monthly_prim_days WHERE enterprise_id = ? AND province_key = ? AND month = ?',
    ),
    insertMonth: sqlite.prepare<[number, string, string, string, number, number], StoredRow>(
      'INSERT INTO enterprise_monthly_prim_days (enterprise_id, province, province_key, month, prim_days, import_batch_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING *',
    ),
    updateMonth: sqlite.prepare<[number, number, number], StoredRow>(
      'UPDATE enterprise_monthly_prim_days SET prim_days = ?, import_batch_id = ? WHERE id = ? RETURNING *',
    ),
    findPerson: sqlite.prepare<[number, string, string, string], StoredRow>(
      'SELECT * FROM person_monthly_days WHERE enterprise_id = ? AND province_key = ? AND tckn = ? AND month = ?',
    ),
    insertPerson: sqlite.prepare<[number, string, string, string, string, number, number, number], StoredRow>(
      `INSERT INTO person_monthly_days (enterprise_id, province, province_key, tckn, month, prim_days, counted_leave_days, import_batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
    ),
    updatePerson: sqlite.prepare<[number, number, number, number], StoredRow>(
      'UPDATE person_monthly_days SET prim_days = ?, counted_leave_days = ?, import_batch_id = ? WHERE id = ? RETURNING *',
    ),
  };
}

/** Appends hash-chained audit entries in the app's format (db/write-context.ts). */
class AuditAppender {
  entries = 0;
  private head: { seq: number; hash: string };

  constructor(
    private readonly statements: Statements,
    private readonly at: string,
    private readonly actor: string,
  ) {
    this.head = statements.head.get() ?? { seq: 0, hash: GENESIS_HASH };
  }

  append(tableName: string, before: StoredRow | null, after: StoredRow): void {
    const entry = {
      seq: this.head.seq + 1,
      at: this.at,
      actor: this.actor,
      action: before === null ? 'insert' : 'update',
      tableName,
      rowId: String(after.id),
      beforeJson: before === null ? null : canonicalRowJson(before),
      afterJson: canonicalRowJson(after),
    };
    const hash = auditEntryHash(this.head.hash, entry);
    this.statements.audit.run(
      entry.seq,
      entry.at,
      entry.actor,
      entry.action,
      entry.tableName,
      entry.rowId,
      entry.beforeJson,
      entry.afterJson,
      this.head.hash,
      hash,
    );
    this.head = { seq: entry.seq, hash };
    this.entries += 1;
  }
}

async function parsedList(bytes: Uint8Array): Promise<SgkServiceList> {
  const parsed = await parseSgkServiceList(bytes);
  if (!parsed.ok) throw new Error('benchmark list does not parse');
  return parsed.list;
}

export async function handwrittenAuditedImport(
  sqlite: Database.Database,
  bytes: Uint8Array,
  target: HandwrittenImportTarget,
  actor: string,
): Promise<HandwrittenImportCounts> {
  const list = await parsedList(bytes);
  const statements = prepareStatements(sqlite);
  const provinceKey = foldTurkish(target.province);
  const importTarget = `enterprise:${target.enterpriseId}/province:${provinceKey}`;
  const fileSha256 = sha256Hex(bytes);
  return sqlite
    .transaction((): HandwrittenImportCounts => {
      if (statements.findBatch.get(SGK_IMPORT_KIND, importTarget, fileSha256) !== undefined) throw new Error('already imported');
      const at = new Date().toISOString();
      const audit = new AuditAppender(statements, at, actor);
      const batch = statements.insertBatch.get(SGK_IMPORT_KIND, importTarget, 'bench.xlsx', fileSha256, at, actor);
      if (batch === undefined) throw new Error('no batch row');
      audit.append('import_batches', null, batch);
      const batchId = Number(batch.id);
      const counts = { inserted: 0, updated: 0, unchanged: 0 };
      for (const month of list.enterpriseMonths) {
        const existing = statements.findMonth.get(target.enterpriseId, provinceKey, month.month);
        if (existing === undefined) {
          const row = statements.insertMonth.get(target.enterpriseId, target.province, provinceKey, month.month, month.primDays, batchId);
          if (row === undefined) throw new Error('no month row');
          audit.append('enterprise_monthly_prim_days', null, row);
          counts.inserted += 1;
        } else if (existing.prim_days === month.primDays) counts.unchanged += 1;
        else {
          const row = statements.updateMonth.get(month.primDays, batchId, Number(existing.id));
          if (row === undefined) throw new Error('no month row');
          audit.append('enterprise_monthly_prim_days', existing, row);
          counts.updated += 1;
        }
      }
      for (const each of list.personMonths) {
        const existing = statements.findPerson.get(target.enterpriseId, provinceKey, each.tckn, each.month);
        if (existing === undefined) {
          const row = statements.insertPerson.get(
            target.enterpriseId,
            target.province,
            provinceKey,
            each.tckn,
            each.month,
            each.primDays,
            each.leaveDays,
            batchId,
          );
          if (row === undefined) throw new Error('no person row');
          audit.append('person_monthly_days', null, row);
          counts.inserted += 1;
        } else if (existing.prim_days === each.primDays && existing.counted_leave_days === each.leaveDays) counts.unchanged += 1;
        else {
          const row = statements.updatePerson.get(each.primDays, each.leaveDays, batchId, Number(existing.id));
          if (row === undefined) throw new Error('no person row');
          audit.append('person_monthly_days', existing, row);
          counts.updated += 1;
        }
      }
      const before = statements.batch.get(batchId);
      const after = statements.countBatch.get(list.dataRows, counts.inserted, counts.updated, counts.unchanged, batchId);
      if (before === undefined || after === undefined) throw new Error('no batch row');
      audit.append('import_batches', before, after);
      return { ...counts, auditEntries: audit.entries };
    })
    .immediate();
}

export async function rawUpsertImport(sqlite: Database.Database, bytes: Uint8Array, target: HandwrittenImportTarget): Promise<void> {
  const list = await parsedList(bytes);
  const provinceKey = foldTurkish(target.province);
  const month = sqlite.prepare(
    `INSERT INTO enterprise_monthly_prim_days (enterprise_id, province, province_key, month, prim_days) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (enterprise_id, province_key, month) DO UPDATE SET prim_days = excluded.prim_days`,
  );
  const person = sqlite.prepare(
    `INSERT INTO person_monthly_days (enterprise_id, province, province_key, tckn, month, prim_days, counted_leave_days) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (enterprise_id, province_key, tckn, month) DO UPDATE SET prim_days = excluded.prim_days, counted_leave_days = excluded.counted_leave_days`,
  );
  sqlite
    .transaction(() => {
      for (const each of list.enterpriseMonths) month.run(target.enterpriseId, target.province, provinceKey, each.month, each.primDays);
      for (const each of list.personMonths)
        person.run(target.enterpriseId, target.province, provinceKey, each.tckn, each.month, each.primDays, each.leaveDays);
    })
    .immediate();
}
