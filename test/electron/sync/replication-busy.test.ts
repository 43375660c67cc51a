import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import type { KobiDatabase } from '../../../db/connection';
import { closeDatabase } from '../../../db/connection';
import { countReplicationConflicts, readReplicationState } from '../../../db/repositories/replica-rows';
import { SyncClient } from '../../../electron/sync/sync-client';
import { makeTempDir, reopenTestDatabase } from '../../db/helpers';
import { startTestHq, type TestHq } from '../../hq/hq-test-server';
import { createCaseFile, type AppFixture } from '../services/app-fixture';
import { createPc, type Pc } from './replication-fixtures';

/**
 * Issue 18 item 2 (h31): another connection holding the write lock while a
 * PC applies the other PCs' changes. The apply waits and tries the rest of
 * the page again; the lock released in time, the round completes; held
 * longer, the round stops with a Turkish, transient reason, the cursor after
 * the last committed change, and the next round resumes there. Either way
 * every change arrives once: the PC ends with exactly the first PC's rows.
 */
const TABLES = ['enterprises', 'applications', 'loans', 'payment_requests'] as const;
const PAGE = 10;

function rowCounts(db: KobiDatabase): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((table) => [table, (db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  );
}

describe('replication apply while another connection writes', () => {
  let hq: TestHq;
  let pc1: Pc;
  /** Called when PC2 asks for a page of changes: the test takes the write lock there. */
  let onChangesPage: ((page: number) => void) | null = null;
  let pages = 0;

  beforeAll(async () => {
    hq = await startTestHq('sqlite', join(makeTempDir(), 'hq'), {
      onReceived: (method, url) => {
        if (method !== 'GET' || !url.startsWith('/v1/changes')) return;
        pages += 1;
        onChangesPage?.(pages);
      },
    });
    const token = await hq.registerBranch('kayseri');
    pc1 = createPc('PC1', hq.url, token, ['uzman', 'mudur']);
    for (let index = 0; index < 4; index += 1) createCaseFile({ database: pc1.database, staff: pc1.staff } as unknown as AppFixture);
    await pc1.sync();
  });

  afterAll(async () => {
    pc1.dispose();
    await hq.close();
  });

  /** A fresh PC of the müdürlük whose own writes wait only 50 ms for a lock, and a second connection to its file. */
  async function secondPc(name: string): Promise<{ pc: Pc; client: SyncClient; other: KobiDatabase }> {
    const token = await hq.registerBranch('kayseri');
    const pc = createPc(name, hq.url, token, ['uzman', 'mudur']);
    pc.database.db.sqlite.pragma('busy_timeout = 50');
    const client = new SyncClient({ db: pc.database.db, hqUrl: hq.url, token, changesPageSize: PAGE, requestTimeoutMs: 5_000 });
    return { pc, client, other: reopenTestDatabase(pc.database.path) };
  }

  it('completes the round when the lock is released while it waits', async () => {
    const { pc, client, other } = await secondPc('PC2');
    try {
      pages = 0;
      onChangesPage = (page) => {
        if (page !== 2) return;
        other.sqlite.exec('BEGIN IMMEDIATE');
        setTimeout(() => other.sqlite.exec('COMMIT'), 300);
      };
      const outcome = await client.round();
      onChangesPage = null;
      expect(outcome).toMatchObject({ kind: 'drained' });
      expect(client.lastReplication?.pages).toBeGreaterThan(2);
      expect(rowCounts(pc.database.db)).toEqual(rowCounts(pc1.database.db));
      expect(countReplicationConflicts(pc.database.db)).toEqual({ field: 0, transition: 0, apply: 0 });
      expect(verifyAudit(pc.database.db)).toMatchObject({ ok: true });
    } finally {
      onChangesPage = null;
      closeDatabase(other);
      pc.dispose();
    }
  });

  it('stops the round with a Turkish reason when the lock stays, and the next round resumes without loss or duplicate', async () => {
    const { pc, client, other } = await secondPc('PC3');
    try {
      pages = 0;
      let cursorAtLock = -1;
      onChangesPage = (page) => {
        if (page !== 3) return;
        cursorAtLock = readReplicationState(pc.database.db).cursor;
        other.sqlite.exec('BEGIN IMMEDIATE');
      };
      const stopped = await client.round();
      onChangesPage = null;
      expect(stopped).toMatchObject({ kind: 'failed', failure: { code: 'replication-busy', transient: true } });
      if (stopped.kind !== 'failed') throw new Error('tur durmadı');
      expect(stopped.failure.message).toContain('Veritabanına başka bir işlem yazdığı için');
      expect(stopped.failure.message).toContain('bir sonraki eşitlemede kaldığı yerden');
      // Two pages applied before the lock, none after: the cursor is where the lock found it.
      expect(cursorAtLock).toBeGreaterThan(0);
      expect(readReplicationState(pc.database.db).cursor).toBe(cursorAtLock);
      expect(rowCounts(pc.database.db)).not.toEqual(rowCounts(pc1.database.db));

      other.sqlite.exec('COMMIT');
      expect(await client.round()).toMatchObject({ kind: 'drained' });
      expect(rowCounts(pc.database.db)).toEqual(rowCounts(pc1.database.db));
      expect(countReplicationConflicts(pc.database.db)).toEqual({ field: 0, transition: 0, apply: 0 });
      expect(verifyAudit(pc.database.db)).toMatchObject({ ok: true });
    } finally {
      onChangesPage = null;
      if (other.sqlite.inTransaction) other.sqlite.exec('ROLLBACK');
      closeDatabase(other);
      pc.dispose();
    }
  });
});
