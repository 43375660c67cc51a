import { foldTurkish } from '../../core/lib/turkish-text';
import type { KobiDatabase } from '../database-types';
import { cachedStatement } from '../statement-cache';

/**
 * The write side of the enterprise search index (migration 0001): one FTS5 row
 * per enterprise, rowid = enterprises.id, holding one text folded in
 * JavaScript with `foldTurkish`, so `IŞIK`, `ışık` and `isik` are one token.
 * The text is made of the unvan, VKN and TCKN, the provinces of its sites, the
 * main NACE code (as written and as digits only, so `1413` finds `14.13.01`)
 * and the names of the committed personnel of all its applications. The write
 * context refreshes it before every commit that changed one of these; the
 * query side lives in db/search/.
 */
export const ENTERPRISE_SEARCH_TABLE = 'enterprise_search';

export type EnterpriseSearchSource = {
  readonly unvan: string;
  readonly vkn: string | null;
  readonly tckn: string | null;
  readonly naceMain: string | null;
  readonly provinces: readonly string[];
  readonly personNames: readonly string[];
};

/** The folded text of one enterprise. */
export function enterpriseSearchText(source: EnterpriseSearchSource): string {
  const parts = [source.unvan, source.vkn ?? '', source.tckn ?? '', ...source.provinces];
  if (source.naceMain !== null) parts.push(source.naceMain, source.naceMain.replace(/\D/g, ''));
  parts.push(...source.personNames);
  return foldTurkish(parts.join(' '));
}

type SourceRow = {
  readonly id: number;
  readonly unvan: string;
  readonly vkn: string | null;
  readonly tckn: string | null;
  readonly naceMain: string | null;
  readonly provinces: string | null;
  readonly names: string | null;
};

/** U+001F (unit separator) cannot occur in a name typed into the app, so it splits the concatenated lists safely. */
const SOURCE_QUERY = `
  SELECT e.id, e.unvan, e.vkn, e.tckn, e.nace_main AS naceMain,
    (SELECT group_concat(province, char(31)) FROM (SELECT DISTINCT s.province FROM enterprise_sites s WHERE s.enterprise_id = e.id ORDER BY s.province)) AS provinces,
    (SELECT group_concat(name, char(31)) FROM (
       SELECT p.first_name || ' ' || p.last_name AS name FROM committed_personnel p JOIN applications a ON a.id = p.application_id
       WHERE a.enterprise_id = e.id ORDER BY p.id)) AS names
  FROM enterprises e`;

function sourceOf(row: SourceRow): EnterpriseSearchSource {
  const split = (list: string | null): string[] => (list === null ? [] : list.split('\u001f'));
  return {
    unvan: row.unvan,
    vkn: row.vkn,
    tckn: row.tckn,
    naceMain: row.naceMain,
    provinces: split(row.provinces),
    personNames: split(row.names),
  };
}

/** Rewrite one enterprise's row of the index (or remove it when the enterprise no longer exists). Call inside a transaction. */
export function refreshEnterpriseSearchText(db: KobiDatabase, enterpriseId: number): void {
  const row = cachedStatement<[number], SourceRow>(db.sqlite, `${SOURCE_QUERY} WHERE e.id = ?`).get(enterpriseId);
  cachedStatement(db.sqlite, `DELETE FROM ${ENTERPRISE_SEARCH_TABLE} WHERE rowid = ?`).run(enterpriseId);
  if (row !== undefined) {
    cachedStatement(db.sqlite, `INSERT INTO ${ENTERPRISE_SEARCH_TABLE} (rowid, folded_text) VALUES (?, ?)`).run(
      enterpriseId,
      enterpriseSearchText(sourceOf(row)),
    );
  }
}

/** Rebuild the whole index from the rows (after a migration, or after a bulk load). Returns the number of enterprises indexed. */
export function rebuildEnterpriseSearchIndex(db: KobiDatabase): number {
  const rebuild = db.sqlite.transaction((): number => {
    const rows = db.sqlite.prepare<[], SourceRow>(SOURCE_QUERY).all();
    db.sqlite.prepare(`DELETE FROM ${ENTERPRISE_SEARCH_TABLE}`).run();
    const insert = db.sqlite.prepare(`INSERT INTO ${ENTERPRISE_SEARCH_TABLE} (rowid, folded_text) VALUES (?, ?)`);
    for (const row of rows) insert.run(row.id, enterpriseSearchText(sourceOf(row)));
    return rows.length;
  });
  return rebuild.immediate();
}

/** The stored folded text of one enterprise (`null` when it has no index row): for tests and diagnostics. */
export function storedEnterpriseSearchText(db: KobiDatabase, enterpriseId: number): string | null {
  const row = db.sqlite
    .prepare<[number], { text: string }>(`SELECT folded_text AS text FROM ${ENTERPRISE_SEARCH_TABLE} WHERE rowid = ?`)
    .get(enterpriseId);
  return row?.text ?? null;
}
