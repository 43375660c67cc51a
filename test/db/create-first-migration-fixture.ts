import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { auditEntryHash, GENESIS_HASH } from '../../db/audit/audit-chain';
import { asStoredRow, canonicalRowJson } from '../../db/audit/canonical-json';
import { applyKey } from '../../db/connection';
import { applyMigrations, MIGRATIONS_FOLDER } from '../../db/migrate';
import * as schema from '../../db/schema';
import { makeTempDir, TEST_DATABASE_KEY } from './helpers';

/**
 * Writes test/fixtures/db/first-migration.sqlite: a database created by the
 * FIRST migration only (0000), with a little data and its audit entries, as
 * the app of that time wrote them. The migration test upgrades a copy to the
 * latest schema. Encrypted with the documented test key
 * (`TEST_DATABASE_KEY_HEX` in helpers.ts).
 *
 * The fixture is committed and never regenerated once a release has shipped
 * with it: run `npx tsx test/db/create-first-migration-fixture.ts` only to
 * create it. Rows are inserted with plain SQL, not the repositories, because
 * the repositories follow the latest schema.
 */
export const FIRST_MIGRATION_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'db', 'first-migration.sqlite');

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

function firstMigrationOnly(): string {
  const folder = makeTempDir('kobi-dosya-first-migration-');
  mkdirSync(join(folder, 'meta'));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const first = journal.entries[0];
  if (first === undefined) throw new Error('migration yok');
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: [first] }));
  copyFileSync(join(MIGRATIONS_FOLDER, `${first.tag}.sql`), join(folder, `${first.tag}.sql`));
  return folder;
}

function main(): void {
  if (existsSync(FIRST_MIGRATION_FIXTURE)) throw new Error(`Fixture zaten var, yeniden üretilmez: ${FIRST_MIGRATION_FIXTURE}`);
  mkdirSync(join(FIRST_MIGRATION_FIXTURE, '..'), { recursive: true });
  const folder = firstMigrationOnly();
  const sqlite = new Database(FIRST_MIGRATION_FIXTURE);
  applyKey(sqlite, TEST_DATABASE_KEY);
  sqlite.pragma('foreign_keys = ON');
  applyMigrations({ path: FIRST_MIGRATION_FIXTURE, sqlite, orm: drizzle(sqlite, { schema }), now: () => AT }, folder);
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
  })();
  // One self-contained file: no WAL beside it.
  sqlite.pragma('journal_mode = DELETE');
  sqlite.close();
  rmSync(folder, { recursive: true, force: true });
  process.stdout.write(`${FIRST_MIGRATION_FIXTURE}\n`);
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) main();
