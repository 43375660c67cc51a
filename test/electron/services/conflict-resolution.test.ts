import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { getApplication, updateApplication } from '../../../db/repositories/applications';
import { savePaymentDecision } from '../../../db/repositories/payment-decisions';
import { getWorkflowState, recordTransition } from '../../../db/repositories/workflow-records';
import { withWrite } from '../../../db/write-context';
import type { InboxTaskDto } from '../../../electron/contract/inbox';
import type { ReplicationConflictDto } from '../../../electron/contract/sync';
import { seedApplyConflict, seedFieldConflict, seedTransitionConflict } from '../sync/conflict-seed';
import { createAppFixture, createCaseFile, type AppFixture, type Staff, itkfdpTestDecision } from './app-fixture';

/**
 * Resolving replication conflicts through the contract (issue 18 item 2):
 * who may (per role, and a sorumlu personel only on their own case files),
 * what each action writes (audited, queued for headquarters so the
 * resolution replicates), the refusals (`forbidden`, `conflict` when already
 * resolved or when the field changed again, `invalid-input`), the workflow's
 * own rules on a transition made from the conflict, and the inbox task.
 */
type Listing = { conflicts: ReplicationConflictDto[]; open: number; summary: string };

let fixture: AppFixture;
let field: number;
let transition: number;
let stale: number;
let apply: number;
let ikdpId: number;
let itkfdpId: number;
let requestId: number;

async function listing(as: keyof Staff): Promise<Listing> {
  const answer = await fixture.call(as, 'sync:conflicts', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Listing;
}

async function conflict(as: keyof Staff, id: number): Promise<ReplicationConflictDto> {
  const found = (await listing(as)).conflicts.find((row) => row.id === id);
  if (found === undefined) throw new Error(`çakışma ${String(id)} yok`);
  return found;
}

async function conflictTasks(as: keyof Staff, scope: 'mine' | 'all'): Promise<InboxTaskDto[]> {
  const answer = await fixture.call(as, 'inbox:list', { scope, limit: 200 });
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as { tasks: InboxTaskDto[] }).tasks.filter((task) => task.kind === 'sync-conflict');
}

function outboxCount(entity: string): number {
  return (fixture.database.db.sqlite.prepare('SELECT count(*) AS n FROM sync_outbox WHERE entity = ?').get(entity) as { n: number }).n;
}

beforeAll(() => {
  fixture = createAppFixture();
  const { ikdp, itkfdp, itkfdpRequest } = createCaseFile(fixture);
  ikdpId = ikdp.id;
  itkfdpId = itkfdp.id;
  requestId = itkfdpRequest.id;
  const uzman = fixture.staff.uzman;
  withWrite(fixture.database.db, { kind: 'user', userId: uzman }, (w) => {
    savePaymentDecision(w, requestId, itkfdpTestDecision());
    recordTransition(w, { recordKind: 'payment_request', recordId: requestId, fromState: 'alindi', toState: 'incelemede', userId: uzman });
    recordTransition(w, { recordKind: 'payment_request', recordId: requestId, fromState: 'incelemede', toState: 'uygun', userId: uzman });
  });
  const db = fixture.database.db;
  field = seedFieldConflict(db, {
    entity: 'applications',
    rowId: ikdpId,
    column: 'application_province',
    inForce: 'Ankara',
    other: 'Sivas',
  });
  stale = seedFieldConflict(db, {
    entity: 'applications',
    rowId: itkfdpId,
    column: 'application_province',
    inForce: 'Ankara',
    other: 'Kayseri',
  });
  transition = seedTransitionConflict(db, { kind: 'payment_request', recordId: requestId, localState: 'uygun', remoteState: 'reddedildi' });
  apply = seedApplyConflict(db, 'hq-item-404');
});

afterAll(() => {
  fixture.dispose();
});

describe('replication conflicts in the app', () => {
  it('lists both sides with who and when, which is in force and why, and what each role may do', async () => {
    const shown = await conflict('uzman', field);
    expect(shown).toMatchObject({
      open: true,
      recordLabel: `Başvuru ${String(ikdpId)}`,
      fieldLabel: 'Başvuru ili',
      applicationId: ikdpId,
      local: { value: 'Ankara', inForce: true, at: '2026-03-02T09:15:00.000Z' },
      remote: { value: 'Sivas', inForce: false, by: 'Test uzman2', at: '2026-03-02T09:14:00.000Z' },
      actions: ['keep', 'apply-other'],
      resolution: null,
    });
    expect(shown.local.by).toBe('sistem');
    expect(shown.inForce).toContain('saati daha sonra olan değişiklik geçerli olur');
    const state = await conflict('mudur', transition);
    expect(state).toMatchObject({
      recordLabel: `Ödeme talebi ${String(requestId)}`,
      local: { shown: expect.any(String) as unknown, inForce: true },
      currentState: 'uygun',
      actions: ['acknowledge', 'transition'],
    });
    expect(state.remote.shown).not.toBe('reddedildi');
    expect(state.transitions.map((row) => row.to)).toEqual(['uygunluk_formu_hazirlandi']);
    expect((await listing('izleyici')).open).toBe(4);
    const actionsByRole = await Promise.all(
      (['uzman', 'uzman2', 'mudur', 'izleyici', 'yonetici'] as const).map(async (as) => [as, (await conflict(as, field)).actions]),
    );
    expect(Object.fromEntries(actionsByRole)).toEqual({
      uzman: ['keep', 'apply-other'],
      uzman2: [],
      mudur: ['keep', 'apply-other'],
      izleyici: [],
      yonetici: [],
    });
  });

  it('is an inbox task for the case’s sorumlu personel and the müdür, not for another officer', async () => {
    expect((await conflictTasks('uzman', 'mine')).map((task) => task.subjectId).sort()).toEqual([field, stale, transition].sort());
    expect(await conflictTasks('uzman2', 'mine')).toEqual([]);
    const all = await conflictTasks('mudur', 'all');
    expect(all.map((task) => task.subjectId).sort()).toEqual([field, stale, transition].sort());
    expect(all.find((task) => task.subjectId === transition)).toMatchObject({
      applicationId: itkfdpId,
      kindLabel: 'Eşitleme çakışması',
      overdue: false,
      explanation: expect.stringMatching(/^\d{2}\.\d{2}\.\d{4} tarihinde başka bir bilgisayardan/) as unknown,
    });
  });

  it.each([
    ['izleyici', 'forbidden'],
    ['yonetici', 'forbidden'],
    ['uzman2', 'forbidden'],
  ] as const)('refuses %s (%s) and leaves the conflict open', async (as, code) => {
    const answer = await fixture.call(as, 'sync:resolve-conflict', { id: field, action: 'keep' });
    expect(answer).toMatchObject({ ok: false, error: { code } });
    expect((await conflict('mudur', field)).open).toBe(true);
  });

  it.each([
    ['acknowledging a field conflict', { id: 0, action: 'acknowledge', note: 'Gördüm, böyle kalsın.' }, 'field', 'invalid-input'],
    ['keeping a transition conflict', { id: 0, action: 'keep' }, 'transition', 'invalid-input'],
    ['a note shorter than 3 characters', { id: 0, action: 'acknowledge', note: ' a ' }, 'transition', 'invalid-input'],
    ['an unknown conflict', { id: 999_999, action: 'keep' }, 'none', 'not-found'],
  ] as const)('refuses %s', async (_name, request, target, code) => {
    const id = target === 'field' ? field : target === 'transition' ? transition : request.id;
    const answer = await fixture.call('uzman', 'sync:resolve-conflict', { ...request, id });
    expect(answer).toMatchObject({ ok: false, error: { code } });
  });

  it('applies the other value as a new edit of the müdür (audited, queued, so it replicates), once', async () => {
    const queued = { applications: outboxCount('applications'), resolutions: outboxCount('conflict_resolutions') };
    const answer = await fixture.call('mudur', 'sync:resolve-conflict', { id: field, action: 'apply-other' });
    expect(answer).toMatchObject({
      ok: true,
      value: {
        conflict: {
          open: false,
          actions: [],
          resolution: { action: 'apply-other', actionLabel: 'Diğer değer uygulandı', value: 'Sivas', resolvedBy: 'Test mudur' },
        },
      },
    });
    expect(getApplication(fixture.database.db, ikdpId)?.applicationProvince).toBe('Sivas');
    expect(outboxCount('applications')).toBe(queued.applications + 1);
    expect(outboxCount('conflict_resolutions')).toBe(queued.resolutions + 1);
    const audited = fixture.database.db.sqlite
      .prepare("SELECT actor FROM audit_log WHERE table_name = 'applications' AND row_id = ? ORDER BY seq DESC LIMIT 1")
      .get(String(ikdpId)) as { actor: string };
    expect(audited.actor).toBe(`user:${String(fixture.staff.mudur)}`);
    const again = await fixture.call('uzman', 'sync:resolve-conflict', { id: field, action: 'keep' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(again.ok ? '' : again.error.message).toContain('Test mudur tarafından çözülmüş');
    expect(await conflictTasks('uzman', 'mine')).toHaveLength(2);
  });

  it('refuses to write the other value over a later change of the field', async () => {
    withWrite(fixture.database.db, { kind: 'user', userId: fixture.staff.uzman }, (w) => {
      updateApplication(w, itkfdpId, { applicationProvince: 'Konya' });
    });
    const answer = await fixture.call('uzman', 'sync:resolve-conflict', { id: stale, action: 'apply-other' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(getApplication(fixture.database.db, itkfdpId)?.applicationProvince).toBe('Konya');
    expect(await fixture.call('uzman', 'sync:resolve-conflict', { id: stale, action: 'keep' })).toMatchObject({
      ok: true,
      value: { conflict: { open: false, resolution: { action: 'keep', value: 'Ankara' } } },
    });
  });

  it('makes a transition from the current state through the workflow, with its guards, and only then closes the conflict', async () => {
    const refused = await fixture.call('uzman', 'sync:resolve-conflict', { id: transition, action: 'transition', to: 'mudur_onayladi' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const unguarded = await fixture.call('uzman', 'sync:resolve-conflict', {
      id: transition,
      action: 'transition',
      to: 'uygunluk_formu_hazirlandi',
    });
    expect(unguarded.ok).toBe(false);
    expect((await conflict('uzman', transition)).open).toBe(true);
    expect(getWorkflowState(fixture.database.db, 'payment_request', requestId)).toBe('uygun');
    const done = await fixture.call('uzman', 'sync:resolve-conflict', {
      id: transition,
      action: 'transition',
      to: 'uygunluk_formu_hazirlandi',
      note: 'Reddi diğer bilgisayarda görüldü; talep uygun, form hazırlandı.',
      facts: { taxLiabilityActive: true, taxOrSgkDebt: false },
    });
    expect(done).toMatchObject({
      ok: true,
      value: { conflict: { open: false, resolution: { action: 'transition', toState: 'uygunluk_formu_hazirlandi' } } },
    });
    expect(getWorkflowState(fixture.database.db, 'payment_request', requestId)).toBe('uygunluk_formu_hazirlandi');
  });

  it('acknowledges an apply conflict with a note, and the audit chain verifies', async () => {
    expect(
      await fixture.call('uzman', 'sync:resolve-conflict', { id: apply, action: 'acknowledge', note: 'Belge merkezden yeniden istendi.' }),
    ).toMatchObject({
      ok: true,
      value: { conflict: { open: false, resolution: { action: 'acknowledge', note: 'Belge merkezden yeniden istendi.' } } },
    });
    const after = await listing('mudur');
    expect(after.open).toBe(0);
    expect(after.summary).toContain('(0 açık)');
    expect(await conflictTasks('mudur', 'all')).toEqual([]);
    expect(verifyAudit(fixture.database.db)).toMatchObject({ ok: true });
  });
});
