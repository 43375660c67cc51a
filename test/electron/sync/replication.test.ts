import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { getApplication, updateApplication } from '../../../db/repositories/applications';
import { savePaymentDecision } from '../../../db/repositories/payment-decisions';
import { listReplicationConflicts, localIdOfOrigin } from '../../../db/repositories/replica-rows';
import { readSyncState } from '../../../db/repositories/sync-queue';
import { getWorkflowState, listTransitions, recordTransition } from '../../../db/repositories/workflow-records';
import { withWrite } from '../../../db/write-context';
import { makeTempDir } from '../../db/helpers';
import { PG_SKIP_REASON, STORE_KINDS, startTestHq, type TestHq } from '../../hq/hq-test-server';
import { createCaseFile, type AppFixture, itkfdpTestDecision } from '../services/app-fixture';
import { createPc, type Pc } from './replication-fixtures';

/**
 * Issue 18 items 2 and 4: two PCs of one müdürlük and one PC of another,
 * through a real headquarters server on 127.0.0.1 that drops, delays,
 * truncates, duplicates and loses answers. The uzman's work on PC1 reaches
 * the müdür on PC2, who approves through the service with four-eyes checked
 * there; the approval comes back to PC1; PC3 sees none of it. Concurrent
 * edits converge; a transition made from a stale state is a conflict on both
 * PCs; every PC's audit chain verifies.
 */

/** The ids a case file has on the PC that made it, as createCaseFile returns them (its helper wants an AppFixture). */
function caseFileOn(pc: Pc) {
  return createCaseFile({ database: pc.database, staff: pc.staff } as unknown as AppFixture);
}

function deviceOf(pc: Pc): string {
  const state = readSyncState(pc.database.db);
  if (state === null) throw new Error(`${pc.name}: henüz eşitlenmedi`);
  return state.deviceId;
}

/** The id on `on` of the row `from` knows as `id`. */
function idOn(on: Pc, from: Pc, entity: string, id: number): number {
  const local = localIdOfOrigin(on.database.db, entity, deviceOf(from), String(id));
  if (local === undefined) throw new Error(`${on.name}: ${from.name}'in ${entity} ${String(id)} satırı yok`);
  return local;
}

function decide(pc: Pc, requestId: number, approved: boolean): void {
  withWrite(pc.database.db, { kind: 'user', userId: pc.staff.uzman ?? 0 }, (w) => {
    savePaymentDecision(w, requestId, itkfdpTestDecision(approved));
    recordTransition(w, {
      recordKind: 'payment_request',
      recordId: requestId,
      fromState: 'alindi',
      toState: 'incelemede',
      userId: pc.staff.uzman ?? 0,
    });
  });
}

const FACTS = { taxLiabilityActive: true, taxOrSgkDebt: false };

describe.each(STORE_KINDS)(`replication through headquarters (%s store)${PG_SKIP_REASON}`, (kind) => {
  let hq: TestHq;
  let pc1: Pc;
  let pc2: Pc;
  let pc3: Pc;

  beforeAll(async () => {
    hq = await startTestHq(kind, join(makeTempDir(), 'hq'), { faultRate: 0.2, seed: 1807 });
    const kayseri = await hq.registerBranch('kayseri');
    const sivas = await hq.registerBranch('sivas');
    pc1 = createPc('PC1', hq.url, kayseri, ['uzman', 'uzman2', 'mudur', 'mudur2']);
    // Another order: the same people have other ids on PC2, so only names can tie them together.
    pc2 = createPc('PC2', hq.url, kayseri, ['mudur2', 'mudur', 'uzman2', 'uzman'], '2025-06-02T07:30:00.500Z');
    pc3 = createPc('PC3', hq.url, sivas, ['uzman', 'mudur']);
  });

  afterAll(async () => {
    for (const pc of [pc1, pc2, pc3]) pc.dispose();
    await hq.close();
  });

  it('four-eyes across two PCs: prepared on PC1, approved on PC2, seen on PC1, unseen on PC3', async () => {
    const own = caseFileOn(pc3);
    await pc3.sync();
    const { itkfdp, itkfdpRequest } = caseFileOn(pc1);
    decide(pc1, itkfdpRequest.id, true);
    const move = (pc: Pc, as: string, recordId: number, to: string) =>
      pc.call(as, 'workflow:transition', { kind: 'payment_request', recordId, to, facts: FACTS });
    expect(await move(pc1, 'uzman', itkfdpRequest.id, 'uygun')).toMatchObject({ ok: true });
    // The müdür prepares the eligibility form on PC1 (the form's role allows a müdür too)…
    expect(await move(pc1, 'mudur', itkfdpRequest.id, 'uygunluk_formu_hazirlandi')).toMatchObject({ ok: true });
    await pc1.sync();
    await pc2.sync();

    const requestOn2 = idOn(pc2, pc1, 'payment_requests', itkfdpRequest.id);
    expect(getWorkflowState(pc2.database.db, 'payment_request', requestOn2)).toBe('uygunluk_formu_hazirlandi');
    // The müdür's case view on PC2 shows the form waiting for approval.
    const seen = await pc2.call('mudur2', 'case:get', { applicationId: idOn(pc2, pc1, 'applications', itkfdp.id) });
    expect(seen).toMatchObject({ ok: true, value: { paymentRequests: [{ id: requestOn2, state: 'uygunluk_formu_hazirlandi' }] } });
    // …so the same müdür may not approve it on PC2, although PC2 knows them by another id.
    expect(pc2.staff.mudur).not.toBe(pc1.staff.mudur);
    expect(await move(pc2, 'mudur', requestOn2, 'mudur_onayladi')).toMatchObject({ ok: false, error: { code: 'four-eyes' } });
    expect(await move(pc2, 'mudur2', requestOn2, 'mudur_onayladi')).toMatchObject({ ok: true });
    await pc2.sync();
    await pc1.sync();

    expect(getWorkflowState(pc1.database.db, 'payment_request', itkfdpRequest.id)).toBe('mudur_onayladi');
    const transitions = listTransitions(pc1.database.db, 'payment_request', itkfdpRequest.id);
    expect(transitions.map((row) => [row.toState, row.userId])).toEqual([
      ['incelemede', pc1.staff.uzman],
      ['uygun', pc1.staff.uzman],
      ['uygunluk_formu_hazirlandi', pc1.staff.mudur],
      ['mudur_onayladi', pc1.staff.mudur2],
    ]);
    expect(getApplication(pc2.database.db, idOn(pc2, pc1, 'applications', itkfdp.id))?.program).toBe('ITKFDP-II');

    // PC3 (another müdürlük) has only its own case file, and the others never got it.
    expect(getWorkflowState(pc3.database.db, 'payment_request', itkfdpRequest.id)).toBeUndefined();
    const pc3Apps = pc3.database.db.sqlite.prepare('SELECT count(*) AS n FROM applications').get() as { n: number };
    expect(pc3Apps.n).toBe(2);
    expect(pc3.database.db.sqlite.prepare('SELECT count(*) AS n FROM replica_origins WHERE origin_device <> ?').get(deviceOf(pc3))).toEqual(
      {
        n: 0,
      },
    );
    for (const pc of [pc1, pc2])
      expect(pc.database.db.sqlite.prepare('SELECT count(*) AS n FROM enterprises WHERE vkn = ?').get(own.enterprise.vkn)).toEqual({
        n: 0,
      });
  });

  it('concurrent edits of one field converge to the same value on both PCs, the loser kept in the audit trail', async () => {
    const { ikdp } = caseFileOn(pc1);
    await pc1.sync();
    await pc2.sync();
    const onPc2 = idOn(pc2, pc1, 'applications', ikdp.id);
    withWrite(pc1.database.db, { kind: 'user', userId: pc1.staff.uzman ?? 0 }, (w) => {
      updateApplication(w, ikdp.id, { applicationProvince: 'Kayseri' });
    });
    withWrite(pc2.database.db, { kind: 'user', userId: pc2.staff.uzman2 ?? 0 }, (w) => {
      updateApplication(w, onPc2, { applicationProvince: 'Sivas' });
    });
    await pc1.sync();
    await pc2.sync();
    await pc1.sync();
    const on1 = getApplication(pc1.database.db, ikdp.id)?.applicationProvince;
    const on2 = getApplication(pc2.database.db, onPc2)?.applicationProvince;
    expect(on1).toBe(on2);
    expect(['Kayseri', 'Sivas']).toContain(on1);
    const loser = on1 === 'Kayseri' ? 'Sivas' : 'Kayseri';
    for (const pc of [pc1, pc2]) {
      const conflict = listReplicationConflicts(pc.database.db, 50).find(
        (row) => row.kind === 'field' && row.column === 'application_province',
      );
      expect(conflict).toBeDefined();
      expect([conflict?.localValue, conflict?.remoteValue]).toContain(loser);
      const kept = pc.database.db.sqlite
        .prepare("SELECT count(*) AS n FROM audit_log WHERE table_name = 'replication_conflicts' AND after_json LIKE ?")
        .get(`%${loser}%`) as { n: number };
      expect(kept.n).toBeGreaterThan(0);
    }
  });

  it('a transition made from a stale state is a conflict on both PCs, and both end in the same state', async () => {
    const { itkfdpRequest } = caseFileOn(pc1);
    decide(pc1, itkfdpRequest.id, true);
    await pc1.sync();
    await pc2.sync();
    const onPc2 = idOn(pc2, pc1, 'payment_requests', itkfdpRequest.id);
    const before = { 1: listReplicationConflicts(pc1.database.db, 100).length, 2: listReplicationConflicts(pc2.database.db, 100).length };
    expect(
      await pc1.call('uzman', 'workflow:transition', { kind: 'payment_request', recordId: itkfdpRequest.id, to: 'uygun' }),
    ).toMatchObject({
      ok: true,
    });
    expect(await pc2.call('uzman2', 'workflow:transition', { kind: 'payment_request', recordId: onPc2, to: 'reddedildi' })).toMatchObject({
      ok: true,
    });
    await pc1.sync();
    await pc2.sync();
    await pc1.sync();
    const state1 = getWorkflowState(pc1.database.db, 'payment_request', itkfdpRequest.id);
    expect(state1).toBe(getWorkflowState(pc2.database.db, 'payment_request', onPc2));
    for (const [pc, count] of [
      [pc1, before[1]],
      [pc2, before[2]],
    ] as const) {
      const fresh = listReplicationConflicts(pc.database.db, 100).slice(0, listReplicationConflicts(pc.database.db, 100).length - count);
      const transition = fresh.find((row) => row.kind === 'transition');
      expect(transition?.message).toContain('Eski bir durumdan yapılmış bu geçiş kendiliğinden birleştirilmedi');
    }
    // The conflicts are listed for the users through the service.
    const listed = await pc2.call('uzman2', 'sync:conflicts', {});
    expect(JSON.stringify(listed)).toContain('transition');
  });

  it('the audit chain verifies on every PC, and nothing applied was queued for headquarters again', async () => {
    for (const pc of [pc1, pc2, pc3]) {
      expect(verifyAudit(pc.database.db)).toMatchObject({ ok: true });
      const echoes = pc.database.db.sqlite
        .prepare("SELECT count(*) AS n FROM sync_outbox o JOIN audit_log a ON a.seq = o.audit_seq WHERE a.actor LIKE 'system:replica:%'")
        .get() as { n: number };
      expect(echoes.n).toBe(0);
    }
    const stats = await hq.stats();
    expect(Object.values(stats.faults).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
  });
});
