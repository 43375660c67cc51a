import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { applyKey, closeDatabase, openDatabase } from '../../../db/connection';
import { storedEnterpriseSearchText } from '../../../db/repositories/enterprise-search-index';
import { enterpriseMonthlyTotals } from '../../../db/repositories/prim-days';
import { searchEnterprises } from '../../../db/search/search-enterprises';
import { FIXTURE_ENTERPRISE, migrationFixturePath, migrationJournal } from '../create-first-migration-fixture';
import { makeTempDir, steppingClock, TEST_DATABASE_KEY } from '../helpers';

/**
 * Issue 12 item 5: one fixture per migration, each upgraded to the latest
 * schema with its data, audit chain and search intact. A new migration
 * without its fixture fails here: run `npx tsx test/db/create-first-migration-fixture.ts`.
 */
describe('one fixture per migration, each upgraded', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it.each(migrationJournal().map((entry) => [entry.tag, entry] as const))('%s', (_tag, entry) => {
    const fixture = migrationFixturePath(entry);
    expect(existsSync(fixture), `${fixture} yok`).toBe(true);
    const raw = new Database(fixture, { readonly: true });
    applyKey(raw, TEST_DATABASE_KEY);
    expect(raw.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: entry.idx + 1 });
    raw.close();

    const dir = makeTempDir();
    dirs.push(dir);
    const path = join(dir, 'kobi-dosya.sqlite');
    copyFileSync(fixture, path);
    const opened = openDatabase(path, { key: TEST_DATABASE_KEY, now: steppingClock() });
    if (!opened.ok) throw new Error(`${opened.error.message} ${opened.error.detail ?? ''}`);
    const { db } = opened;
    try {
      expect(db.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: migrationJournal().length });
      expect(enterpriseMonthlyTotals(db, 1)).toEqual(FIXTURE_ENTERPRISE.months);
      expect(storedEnterpriseSearchText(db, 1)).toBe(
        `isikli orme tekstil sanayi ve ticaret a.s. ${FIXTURE_ENTERPRISE.vkn} kayseri 14.13.01 141301`,
      );
      expect(searchEnterprises(db, 'IŞIKLI örme', 5).map((hit) => hit.id)).toEqual([1]);
      expect(verifyAudit(db)).toEqual({ ok: true, entries: 8, rows: 8 });
    } finally {
      closeDatabase(db);
    }
  });
});
