import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { closeDatabase } from '../../../db/connection';
import { DEMO_ENTERPRISES_FOR_EVERY_STATE, DEMO_STATUSES } from '../../../db/demo/generate';
import { writeDemoData, type DemoSummary } from '../../../db/demo/write-demo';
import { loadCase } from '../../../db/repositories/case-loading';
import { searchEnterprises } from '../../../db/search/search-enterprises';
import { openTestDatabase, type TestDatabase } from '../helpers';
import { stringsOf } from '../secrets';

const opened: TestDatabase[] = [];

function demoDatabase(seed: number, enterprises: number): { readonly t: TestDatabase; readonly summary: DemoSummary } {
  const t = openTestDatabase();
  opened.push(t);
  const result = writeDemoData(t.db, { seed, enterprises, batchSize: 7 });
  if (!result.ok) throw new Error(result.reason);
  return { t, summary: result.summary };
}

/** Every row of the tables the demo writes, in id order. */
function contents(t: TestDatabase): Record<string, unknown[]> {
  const tables = [
    'users',
    'call_calendars',
    'enterprises',
    'enterprise_sites',
    'applications',
    'loans',
    'loan_installments',
    'committed_personnel',
    'enterprise_monthly_prim_days',
    'person_monthly_days',
    'payment_requests',
    'termination_events',
    'monitoring_visits',
    'clawbacks',
    'documents',
    'attachments',
    'exchange_rates',
    'audit_log',
  ];
  return Object.fromEntries(tables.map((table) => [table, t.db.sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
}

afterEach(() => {
  for (const t of opened.splice(0)) t.dispose();
});

describe('demo-data — determinism', () => {
  it('writes the same summary and the same rows for the same seed', () => {
    const first = demoDatabase(11, 20);
    const second = demoDatabase(11, 20);
    expect(second.summary).toEqual(first.summary);
    expect(contents(second.t)).toEqual(contents(first.t));
  });

  it('writes other data for another seed', () => {
    const first = demoDatabase(11, 20);
    const other = demoDatabase(12, 20);
    expect(contents(other.t).enterprises).not.toEqual(contents(first.t).enterprises);
  });
});

describe('demo-data — a database like any other', () => {
  it('has every edition in every state, its audit chain verifies and its cases load', () => {
    const { t, summary } = demoDatabase(3, DEMO_ENTERPRISES_FOR_EVERY_STATE);
    for (const [program, statuses] of Object.entries(DEMO_STATUSES) as [keyof DemoSummary['applications'], readonly string[]][]) {
      expect(Object.keys(summary.applications[program]).sort()).toEqual([...statuses].sort());
    }
    expect(summary.enterprises).toBe(DEMO_ENTERPRISES_FOR_EVERY_STATE);
    expect(summary.paymentRequests.decided).toBeGreaterThan(0);
    expect(verifyAudit(t.db)).toMatchObject({ ok: true });
    const approved = t.db.sqlite
      .prepare("SELECT id FROM applications WHERE status IN ('APPROVED', 'COMPLETED', 'TERMINATED') AND approved_on IS NOT NULL")
      .all() as { id: number }[];
    const failures = approved.map(({ id }) => ({ id, loaded: loadCase(t.db, id) })).filter(({ loaded }) => !loaded.ok);
    expect(failures).toEqual([]);
  });

  it('is found by search, and neither its file nor its WAL holds a readable TCKN, VKN or unvan', () => {
    const { t } = demoDatabase(5, 40);
    const enterprise = t.db.sqlite.prepare('SELECT id, unvan, vkn FROM enterprises ORDER BY id LIMIT 1').get() as {
      id: number;
      unvan: string;
      vkn: string;
    };
    expect(searchEnterprises(t.db, enterprise.vkn).map((hit) => hit.id)).toEqual([enterprise.id]);
    expect(searchEnterprises(t.db, enterprise.unvan, 200).map((hit) => hit.id)).toContain(enterprise.id);
    const secrets = [
      ...(t.db.sqlite.prepare('SELECT unvan AS value FROM enterprises ORDER BY id LIMIT 10').all() as { value: string }[]).map((row) =>
        row.value.slice(0, 10),
      ),
      ...(t.db.sqlite.prepare('SELECT vkn AS value FROM enterprises ORDER BY id LIMIT 10').all() as { value: string }[]).map(
        (row) => row.value,
      ),
      ...(t.db.sqlite.prepare('SELECT DISTINCT tckn AS value FROM person_monthly_days LIMIT 10').all() as { value: string }[]).map(
        (row) => row.value,
      ),
    ];
    expect(secrets.length).toBeGreaterThanOrEqual(25);
    const readable = (path: string): string[] => {
      const bytes = readFileSync(path).toString('latin1');
      const strings = stringsOf(path) ?? '';
      return secrets.filter((secret) => bytes.includes(Buffer.from(secret, 'utf8').toString('latin1')) || strings.includes(secret));
    };
    expect(existsSync(`${t.path}-wal`)).toBe(true);
    expect(readable(`${t.path}-wal`)).toEqual([]);
    closeDatabase(t.db);
    expect(readable(t.path)).toEqual([]);
  });

  it('refuses a database that already holds enterprises', () => {
    const { t } = demoDatabase(5, 3);
    expect(writeDemoData(t.db, { seed: 5, enterprises: 3 })).toEqual({
      ok: false,
      reason: 'Veritabanında zaten 3 işletme var; demo verisi yalnızca boş bir veritabanına yazılır.',
    });
  });
});
