import { getTableName } from 'drizzle-orm';
import { AUDITED_TABLES } from '../audited-tables';
import type { KobiDatabase } from '../connection';
import { auditEntryHash, GENESIS_HASH, type AuditEntryFields } from './audit-chain';
import type { StoredValue } from './canonical-json';

export type AuditProblemKind =
  /** An entry's hash does not match its content: the entry was edited. */
  | 'entry-altered'
  /** An entry does not follow the one before it: entries were removed, inserted or reordered. */
  | 'chain-broken'
  /** A row differs from the image its latest audit entry recorded: the row was edited outside the app. */
  | 'row-altered'
  /** A row the log says exists is gone: deleted outside the app. */
  | 'row-missing'
  /** A row exists that the log never recorded, or recorded as deleted: inserted outside the app. */
  | 'row-unaudited';

export type AuditProblem = {
  readonly kind: AuditProblemKind;
  /** The audit entry concerned (`null` for a row the log never recorded). */
  readonly seq: number | null;
  readonly table: string | null;
  readonly rowId: string | null;
  /** Turkish, names the entry and what is wrong with it. */
  readonly message: string;
};

export type AuditVerification =
  | { readonly ok: true; readonly entries: number; readonly rows: number }
  | { readonly ok: false; readonly entries: number; readonly problem: AuditProblem };

type AuditRow = AuditEntryFields & { readonly prevHash: string; readonly hash: string };

function describeEntry(entry: { seq: number; tableName: string; rowId: string; action: string; at: string; actor: string }): string {
  return `#${entry.seq} (${entry.tableName} #${entry.rowId}, ${entry.action}, ${entry.at}, ${entry.actor})`;
}

/** Walk the chain in order: consecutive seq, prev_hash = previous hash, hash = SHA-256 of the entry. */
function verifyChain(db: KobiDatabase): { entries: number; problem: AuditProblem | null } {
  const statement = db.sqlite.prepare<[], AuditRow>(
    `SELECT seq, at, actor, action, table_name AS tableName, row_id AS rowId, before_json AS beforeJson, after_json AS afterJson,
            prev_hash AS prevHash, hash FROM audit_log ORDER BY seq`,
  );
  let previous = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  for (const entry of statement.iterate()) {
    entries += 1;
    const where = describeEntry(entry);
    let problem: AuditProblem | null = null;
    if (entry.seq !== previous.seq + 1) {
      problem = {
        kind: 'chain-broken',
        seq: entry.seq,
        table: entry.tableName,
        rowId: entry.rowId,
        message: `Denetim zinciri kopuk: #${previous.seq} kaydından sonra ${where} geliyor; aradaki kayıtlar silinmiş.`,
      };
    } else if (entry.prevHash !== previous.hash) {
      problem = {
        kind: 'chain-broken',
        seq: entry.seq,
        table: entry.tableName,
        rowId: entry.rowId,
        message: `Denetim zinciri kopuk: ${where} kaydının önceki özeti #${previous.seq} kaydının özetiyle eşleşmiyor.`,
      };
    } else if (auditEntryHash(entry.prevHash, entry) !== entry.hash) {
      problem = {
        kind: 'entry-altered',
        seq: entry.seq,
        table: entry.tableName,
        rowId: entry.rowId,
        message: `Denetim kaydı ${where} değiştirilmiş: özeti (SHA-256) içeriğiyle tutmuyor.`,
      };
    }
    if (problem !== null) return { entries, problem };
    previous = { seq: entry.seq, hash: entry.hash };
  }
  return { entries, problem: null };
}

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

function parseImage(json: string): Readonly<Record<string, StoredValue>> | null {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, StoredValue>) : null;
  } catch {
    return null;
  }
}

/** A column's default as stored in the schema: its value, or `undefined` when it is an expression we do not evaluate. */
type ColumnInfo = { readonly name: string; readonly defaultValue: StoredValue | undefined };

function defaultOf(sqlText: string | null): StoredValue | undefined {
  if (sqlText === null || sqlText.toUpperCase() === 'NULL') return null;
  if (/^-?\d+$/.test(sqlText)) return Number(sqlText);
  const quoted = /^'((?:[^']|'')*)'$/.exec(sqlText);
  return quoted === null ? undefined : (quoted[1] ?? '').replaceAll("''", "'");
}

/**
 * Compare a row with its latest audit image. A column the image lacks was
 * added by a later migration: rows written before it hold the column's
 * default, so any other value was written outside the app. (Migrations
 * therefore only add columns and indexes to audited tables; a backfill of
 * audited rows runs as an audited write.) A column the image has and the
 * row no longer has was dropped by a migration and is not compared.
 */
function firstDifference(
  current: Readonly<Record<string, unknown>>,
  image: Readonly<Record<string, StoredValue>>,
  columns: readonly ColumnInfo[],
): string | null {
  for (const column of columns) {
    const value = current[column.name];
    if (column.name in image) {
      if (value !== image[column.name]) return column.name;
    } else if (column.defaultValue !== undefined && value !== column.defaultValue) return column.name;
  }
  return null;
}

type LatestRow = { readonly rowId: string; readonly afterJson: string | null; readonly seq: number; readonly present: number } & Record<
  string,
  unknown
>;

function tableColumns(db: KobiDatabase, table: string): ColumnInfo[] {
  return db.sqlite
    .prepare<[string], { name: string; dflt: string | null }>('SELECT name, dflt_value AS dflt FROM pragma_table_info(?)')
    .all(table)
    .map((column) => ({ name: column.name, defaultValue: defaultOf(column.dflt) }));
}

type ChangeRow = Omit<AuditEntryFields, 'beforeJson' | 'afterJson'> & { readonly beforeJson: string };

/**
 * Each update and delete against the entry before it for the same row: its
 * before image must be the row as that entry left it. Otherwise the row was
 * edited outside the app in between, and the app's later write would have
 * hidden the edit from the comparison with the latest image.
 */
function verifyRowHistories(db: KobiDatabase): AuditProblem | null {
  const changes = db.sqlite.prepare<[], ChangeRow>(
    `SELECT seq, at, actor, action, table_name AS tableName, row_id AS rowId, before_json AS beforeJson
       FROM audit_log WHERE before_json IS NOT NULL ORDER BY seq`,
  );
  const previousEntry = db.sqlite.prepare<[string, string, number], { seq: number; afterJson: string | null }>(
    'SELECT seq, after_json AS afterJson FROM audit_log WHERE table_name = ? AND row_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1',
  );
  const columnsByTable = new Map<string, ColumnInfo[]>();
  for (const change of changes.iterate()) {
    const where = describeEntry(change);
    const previous = previousEntry.get(change.tableName, change.rowId, change.seq);
    const base = { seq: change.seq, table: change.tableName, rowId: change.rowId };
    if (previous?.afterJson == null) {
      return {
        kind: 'row-unaudited',
        ...base,
        message: `${where}: değiştirilen satırın daha önce eklendiğine ilişkin denetim kaydı yok; satır uygulama dışında eklenmiş.`,
      };
    }
    if (change.beforeJson === previous.afterJson) continue;
    let columns = columnsByTable.get(change.tableName);
    if (columns === undefined) {
      columns = tableColumns(db, change.tableName);
      columnsByTable.set(change.tableName, columns);
    }
    const before = parseImage(change.beforeJson);
    const earlier = parseImage(previous.afterJson);
    const column = before === null || earlier === null ? '(görüntü okunamadı)' : firstDifference(before, earlier, columns);
    if (column !== null) {
      return {
        kind: 'row-altered',
        ...base,
        message: `${where}: değişiklikten önceki "${column}" değeri, satırın önceki denetim kaydındakiyle (#${previous.seq}) tutmuyor; satır arada uygulama dışında değiştirilmiş.`,
      };
    }
  }
  return null;
}

/** Each audited row against the latest image the log holds for it, and every row must have one. */
function verifyRows(db: KobiDatabase): { rows: number; problem: AuditProblem | null } {
  let rows = 0;
  for (const table of AUDITED_TABLES) {
    const name = getTableName(table);
    const columns = tableColumns(db, name);
    if (columns.length === 0) continue;
    const selected = columns.map((column, index) => `t.${quoted(column.name)} AS c${index}`).join(', ');
    const latest = db.sqlite.prepare<[string], LatestRow>(
      `SELECT l.row_id AS rowId, l.after_json AS afterJson, l.seq AS seq, t.id IS NOT NULL AS present, ${selected}
       FROM (SELECT row_id, after_json, max(seq) AS seq FROM audit_log WHERE table_name = ? GROUP BY row_id) l
       LEFT JOIN ${quoted(name)} t ON t.id = CAST(l.row_id AS INTEGER) ORDER BY l.seq`,
    );
    for (const entry of latest.iterate(name)) {
      const at = `${name} #${entry.rowId} (son denetim kaydı #${entry.seq})`;
      if (entry.afterJson === null) {
        if (entry.present === 1)
          return {
            rows,
            problem: {
              kind: 'row-unaudited',
              seq: entry.seq,
              table: name,
              rowId: entry.rowId,
              message: `${at}: silinmiş olarak kayıtlı satır veritabanında yeniden var; uygulama dışında eklenmiş.`,
            },
          };
        continue;
      }
      if (entry.present !== 1) {
        return {
          rows,
          problem: {
            kind: 'row-missing',
            seq: entry.seq,
            table: name,
            rowId: entry.rowId,
            message: `${at}: satır veritabanında yok; uygulama dışında silinmiş.`,
          },
        };
      }
      rows += 1;
      const image = parseImage(entry.afterJson);
      const current: Record<string, unknown> = {};
      columns.forEach((column, index) => {
        current[column.name] = entry[`c${index}`];
      });
      const column = image === null ? '(görüntü okunamadı)' : firstDifference(current, image, columns);
      if (column !== null) {
        return {
          rows,
          problem: {
            kind: 'row-altered',
            seq: entry.seq,
            table: name,
            rowId: entry.rowId,
            message: `${at}: "${column}" sütunu denetim kaydındaki değerden farklı; satır uygulama dışında değiştirilmiş.`,
          },
        };
      }
    }
    const stray = db.sqlite
      .prepare<[string], { id: number }>(
        `SELECT t.id FROM ${quoted(name)} t WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = ? AND a.row_id = CAST(t.id AS TEXT)) ORDER BY t.id LIMIT 1`,
      )
      .get(name);
    if (stray !== undefined) {
      return {
        rows,
        problem: {
          kind: 'row-unaudited',
          seq: null,
          table: name,
          rowId: String(stray.id),
          message: `${name} #${stray.id}: satırın hiç denetim kaydı yok; uygulama dışında eklenmiş.`,
        },
      };
    }
  }
  return { rows, problem: null };
}

/**
 * Verify the audit log (issue 3 item 7): the hash chain from the first entry
 * to the last, each change against the entry before it for the same row,
 * then every audited row against its latest recorded image.
 * Returns OK with the counts, or the first problem found.
 */
export function verifyAudit(db: KobiDatabase): AuditVerification {
  const chain = verifyChain(db);
  if (chain.problem !== null) return { ok: false, entries: chain.entries, problem: chain.problem };
  const history = verifyRowHistories(db);
  if (history !== null) return { ok: false, entries: chain.entries, problem: history };
  const rows = verifyRows(db);
  if (rows.problem !== null) return { ok: false, entries: chain.entries, problem: rows.problem };
  return { ok: true, entries: chain.entries, rows: rows.rows };
}
