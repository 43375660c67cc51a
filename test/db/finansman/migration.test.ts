import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { closeDatabase, openDatabase, type KobiDatabase } from '../../../db/connection';
import { MIGRATIONS_FOLDER, pendingMigrationCount } from '../../../db/migrate';
import { createApplication } from '../../../db/repositories/applications';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { putEnterpriseMonthlyPek } from '../../../db/repositories/enterprise-pek';
import { createFinansmanApplication, putFinansmanLoan } from '../../../db/repositories/finansman-applications';
import { decideFinansmanApplication } from '../../../db/repositories/finansman-case';
import { enterpriseMonthlyTotals, putEnterpriseMonthlyPrimDays } from '../../../db/repositories/prim-days';
import { withWrite } from '../../../db/write-context';
import { makeTempDir, steppingClock, TEST_ACTOR, TEST_DATABASE_KEY } from '../helpers';

type Journal = { readonly entries: readonly { readonly idx: number; readonly tag: string }[] };

const FINANSMAN_TABLES = [
  'enterprise_monthly_pek',
  'finansman_applications',
  'finansman_decisions',
  'finansman_installments',
  'finansman_loans',
];

/** The migrations folder as it was before the credit line's migration: that migration and every later one left out. */
function foldersBeforeFinansman(dir: string): string {
  const folder = join(dir, 'migrations-before');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal & Record<string, unknown>;
  const index = journal.entries.findIndex((entry) => entry.tag.endsWith('finansman-2026'));
  if (index < 1) throw new Error('the finansman-2026 migration is not in the journal');
  for (const entry of journal.entries.slice(index)) rmSync(join(folder, `${entry.tag}.sql`));
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }));
  return folder;
}

describe('migration finansman-2026 — upgrading a file of the previous schema', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  function open(path: string, migrationsFolder?: string): KobiDatabase {
    const opened = openDatabase(path, {
      key: TEST_DATABASE_KEY,
      create: true,
      now: steppingClock(),
      ...(migrationsFolder === undefined ? {} : { migrationsFolder }),
    });
    if (!opened.ok) throw new Error(`${opened.error.message} ${opened.error.detail ?? ''}`);
    cleanups.unshift(() => {
      if (opened.db.sqlite.open) closeDatabase(opened.db);
    });
    return opened.db;
  }

  function tables(db: KobiDatabase): string[] {
    return (db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (row) => row.name,
    );
  }

  it('adds the credit line’s tables, keeps the data and the audit chain, and takes the new writes', () => {
    const dir = makeTempDir();
    cleanups.push(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    const path = join(dir, 'eski.sqlite');
    const before = foldersBeforeFinansman(dir);

    const old = open(path, before);
    expect(tables(old)).not.toContain('finansman_applications');
    // Not queued for headquarters: today's write path readies outbox messages with tables of later migrations.
    const enterpriseId = withWrite(
      old,
      TEST_ACTOR,
      (w) => {
        const enterprise = createEnterprise(w, {
          vkn: '4391208413',
          unvan: 'Örnek Metal',
          legalForm: 'TUZEL_KISI',
          registered: true,
          active: true,
          declarationCurrent: true,
          naceMain: '25.62',
        });
        createApplication(w, { enterpriseId: enterprise.id, program: 'IKDP-2026', status: 'REJECTED' });
        putEnterpriseMonthlyPrimDays(w, { enterpriseId: enterprise.id, province: 'Kayseri', month: '2025-11', primDays: 300 });
        return enterprise.id;
      },
      { queueOutbox: false },
    );
    const entriesBefore = verifyAudit(old);
    closeDatabase(old);

    const upgraded = open(path);
    expect(pendingMigrationCount(upgraded)).toBe(0);
    expect(tables(upgraded)).toEqual(expect.arrayContaining(FINANSMAN_TABLES));
    expect(verifyAudit(upgraded)).toEqual(entriesBefore);
    expect(enterpriseMonthlyTotals(upgraded, enterpriseId)).toEqual({ '2025-11': 300 });

    const decided = withWrite(upgraded, TEST_ACTOR, (w) => {
      putEnterpriseMonthlyPek(w, { enterpriseId, month: '2025-11', pekTRY: '3000000.00', workplaces: 1 });
      putEnterpriseMonthlyPek(w, { enterpriseId, month: '2025-12', pekTRY: '3000000.00', workplaces: 1 });
      const application = createFinansmanApplication(w, {
        enterpriseId,
        call: '2026-1',
        status: 'SUBMITTED',
        size: 'KOBI',
        appliedOn: '2026-03-20',
      });
      putFinansmanLoan(w, application.id, {
        amountTRY: '3000000.00',
        annualRatePercent: '33',
        drawnOn: ['2026-04-10'],
        termMonths: 1,
        graceMonths: 0,
        installments: [{ dueOn: '2026-05-10', principalTRY: '3000000.00', interestTRY: '82500.00' }],
      });
      return decideFinansmanApplication(w, application.id);
    });
    expect(decided).toMatchObject({ ok: true, decision: { eligible: true, totalSupportTRY: '25000.00', payrollLimitTRY: '3000000.00' } });
    expect(verifyAudit(upgraded)).toMatchObject({ ok: true });
  });
});
