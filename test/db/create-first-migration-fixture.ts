import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { auditEntryHash, GENESIS_HASH } from '../../db/audit/audit-chain';
import { asStoredRow, canonicalRowJson } from '../../db/audit/canonical-json';
import { applyKey } from '../../db/connection';
import { applyMigrations, MIGRATIONS_FOLDER } from '../../db/migrate';
import { enterpriseSearchText } from '../../db/repositories/enterprise-search-index';
import * as schema from '../../db/schema';
import { makeTempDir, TEST_DATABASE_KEY } from './helpers';

/**
 * Writes one fixture per migration (issue 12 item 5): a database created by
 * the migrations up to and including that one, with a little data and its
 * audit entries (and, once the search index exists, its index row), as the
 * app of that time wrote them. test/db/hardening/migration-fixtures.test.ts
 * upgrades a copy of each to the latest schema. Encrypted with the documented
 * test key (`TEST_DATABASE_KEY_HEX` in helpers.ts). The first one is
 * test/fixtures/db/first-migration.sqlite, the others
 * `migration-<tag>.sqlite`.
 *
 * Fixtures are committed and never regenerated once a release has shipped
 * with them: after adding a migration, run
 * `npx tsx test/db/create-first-migration-fixture.ts`, which writes only the
 * fixtures that do not exist yet. Rows are inserted with plain SQL, not the
 * repositories, because the repositories follow the latest schema.
 */
const FIXTURES_FOLDER = join(import.meta.dirname, '..', 'fixtures', 'db');
export const FIRST_MIGRATION_FIXTURE = join(FIXTURES_FOLDER, 'first-migration.sqlite');

type JournalEntry = { readonly idx: number; readonly tag: string };

export function migrationJournal(): readonly JournalEntry[] {
  return (JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] }).entries;
}

/** The fixture made by the migrations up to `entry`. */
export function migrationFixturePath(entry: JournalEntry): string {
  return entry.idx === 0 ? FIRST_MIGRATION_FIXTURE : join(FIXTURES_FOLDER, `migration-${entry.tag}.sqlite`);
}

/** What the fixture holds, for the test to compare after the upgrade. */
export const FIXTURE_ENTERPRISE = {
  vkn: '6698028294',
  unvan: 'Işıklı Örme Tekstil Sanayi ve Ticaret A.Ş.',
  province: 'KAYSERİ',
  personTckn: '10000000146',
  months: { '2024-10': 310, '2024-11': 305, '2024-12': 300 },
} as const;

const AT = '2025-02-03T08:00:00.000Z';
const ACTOR = 'system:fixture';

/** A migrations folder holding the migrations up to and including `last`. */
function migrationsUpTo(last: JournalEntry): string {
  const folder = makeTempDir('kobi-dosya-migrations-');
  mkdirSync(join(folder, 'meta'));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  const entries = journal.entries.filter((entry) => entry.idx <= last.idx);
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const entry of entries) copyFileSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
  return folder;
}

function createFixture(last: JournalEntry, path: string): void {
  mkdirSync(FIXTURES_FOLDER, { recursive: true });
  const folder = migrationsUpTo(last);
  const sqlite = new Database(path);
  applyKey(sqlite, TEST_DATABASE_KEY);
  sqlite.pragma('foreign_keys = ON');
  applyMigrations({ path, sqlite, orm: drizzle(sqlite, { schema }), now: () => AT }, folder);
  let head = { seq: 0, hash: GENESIS_HASH };
  const insert = (table: string, values: Record<string, string | number | null>): number => {
    const columns = Object.keys(values);
    const row = asStoredRow(
      sqlite
        .prepare(
          `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING *`,
        )
        .get(...Object.values(values)),
      table,
    );
    const id = Number(row.id);
    const entry = {
      seq: head.seq + 1,
      at: AT,
      actor: ACTOR,
      action: 'insert',
      tableName: table,
      rowId: String(id),
      beforeJson: null,
      afterJson: canonicalRowJson(row),
    };
    const hash = auditEntryHash(head.hash, entry);
    sqlite
      .prepare(
        'INSERT INTO audit_log (seq, at, actor, action, table_name, row_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(entry.seq, AT, ACTOR, 'insert', table, entry.rowId, null, entry.afterJson, head.hash, hash);
    head = { seq: entry.seq, hash };
    return id;
  };
  sqlite.transaction(() => {
    insert('users', { username: 'ayse.yilmaz', full_name: 'Ayşe Yılmaz', role: 'sorumlu_personel', active: 1, created_at: AT });
    const enterprise = insert('enterprises', {
      vkn: FIXTURE_ENTERPRISE.vkn,
      unvan: FIXTURE_ENTERPRISE.unvan,
      legal_form: 'TUZEL_KISI',
      registered: 1,
      active: 1,
      declaration_current: 1,
      nace_main: '14.13.01',
      nace_reference_date: '2024-12-31',
      founded_on: '2009-05-04',
      created_at: AT,
      updated_at: AT,
    });
    insert('enterprise_sites', {
      enterprise_id: enterprise,
      province: FIXTURE_ENTERPRISE.province,
      province_key: 'kayseri',
      kind: 'merkez',
      sgk_isyeri_sicil_no: null,
      created_at: AT,
    });
    insert('applications', {
      enterprise_id: enterprise,
      program: 'IKDP-2025',
      status: 'APPROVED',
      applied_on: '2025-02-03',
      approved_on: '2025-02-20',
      decision: 'APPROVED',
      created_at: AT,
      updated_at: AT,
    });
    for (const [month, days] of Object.entries(FIXTURE_ENTERPRISE.months)) {
      insert('enterprise_monthly_prim_days', {
        enterprise_id: enterprise,
        province: FIXTURE_ENTERPRISE.province,
        province_key: 'kayseri',
        month,
        prim_days: days,
      });
    }
    insert('person_monthly_days', {
      enterprise_id: enterprise,
      province: FIXTURE_ENTERPRISE.province,
      province_key: 'kayseri',
      tckn: FIXTURE_ENTERPRISE.personTckn,
      month: '2024-12',
      prim_days: 28,
      counted_leave_days: 2,
    });
    // From the migration that created it on, the app kept the search index current in the same transaction.
    if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'enterprise_search'").get() !== undefined) {
      sqlite.prepare('INSERT INTO enterprise_search (rowid, folded_text) VALUES (?, ?)').run(
        enterprise,
        enterpriseSearchText({
          unvan: FIXTURE_ENTERPRISE.unvan,
          vkn: FIXTURE_ENTERPRISE.vkn,
          tckn: null,
          naceMain: '14.13.01',
          provinces: [FIXTURE_ENTERPRISE.province],
          personNames: [],
        }),
      );
    }
  })();
  // One self-contained file: no WAL beside it.
  sqlite.pragma('journal_mode = DELETE');
  sqlite.close();
  rmSync(folder, { recursive: true, force: true });
  process.stdout.write(`${path}\n`);
}

function main(): void {
  for (const entry of migrationJournal()) {
    const path = migrationFixturePath(entry);
    if (!existsSync(path)) createFixture(entry, path);
  }
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) main();
