import { threadId } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { getApplication } from '../../../db/repositories/applications';
import { listEvaluations } from '../../../db/repositories/evaluations';
import { putProgrammeEdition } from '../../../db/repositories/reference-data';
import { withWrite } from '../../../db/write-context';
import { runImpact } from '../../../electron/services/impact-runner';
import { TEST_ACTOR, TEST_DATABASE_KEY } from '../../db/helpers';
import { createAppFixture, type AppFixture } from '../services/app-fixture';
import { createEvaluatedCase, editionPayload, IKDP_2026_WINDOW_CORRECTED } from './impact-fixture';

/**
 * Issue 18 items 3 and 4: a corrected IKDP-2026 provisional value (the end of
 * the 2026-1 application window, 30.04.2026 → 15.04.2026) lists exactly the
 * open cases whose stored decision it changes, in worker threads, and changes
 * no decision.
 */
describe('impact of a corrected IKDP-2026 value — MADDE 10(1) karşılığı', () => {
  let fixture: AppFixture;
  beforeEach(() => {
    fixture = createAppFixture('2026-05-04');
  });
  afterEach(() => {
    fixture.dispose();
  });

  it('lists exactly the affected open cases, not closed, unevaluated or untouched ones', async () => {
    const { db } = fixture.database;
    const affected = {
      /** Applied after the corrected end, eligible until now: becomes not eligible. */
      late: await createEvaluatedCase(fixture, { name: 'Geç', appliedOn: '2026-04-20' }),
      /** On the day after the corrected end (boundary). */
      dayAfter: await createEvaluatedCase(fixture, { name: 'Ertesi', appliedOn: '2026-04-16', responsible: 'uzman2' }),
      /** Already not eligible (sector), the window check changes outcome: a check that changes is reported. */
      outOfSector: await createEvaluatedCase(fixture, { name: 'Sektördışı', appliedOn: '2026-04-28', naceMain: '25.11.01' }),
      /** Approved and still running: open. */
      approved: await createEvaluatedCase(fixture, { name: 'Onaylı', appliedOn: '2026-04-29', status: 'APPROVED' }),
    };
    const untouched = {
      /** On the corrected end itself (boundary): still inside the window. */
      onEnd: await createEvaluatedCase(fixture, { name: 'Sonda', appliedOn: '2026-04-15' }),
      early: await createEvaluatedCase(fixture, { name: 'Erken', appliedOn: '2026-03-10' }),
      rejected: await createEvaluatedCase(fixture, { name: 'Reddedilmiş', appliedOn: '2026-04-21', status: 'REJECTED' }),
      completed: await createEvaluatedCase(fixture, { name: 'Tamamlanmış', appliedOn: '2026-04-22', status: 'COMPLETED' }),
      notEvaluated: await createEvaluatedCase(fixture, { name: 'Değerlendirilmemiş', appliedOn: '2026-04-23', evaluated: false }),
      otherEdition: await createEvaluatedCase(fixture, { name: 'Önceki', program: 'IKDP-2025', appliedOn: '2025-03-20' }),
    };
    const evaluationsBefore = Object.values({ ...affected, ...untouched }).map((id) => listEvaluations(db, id));

    withWrite(db, TEST_ACTOR, (w) =>
      putProgrammeEdition(w, {
        editionId: 'IKDP-2026',
        version: 2,
        payload: editionPayload(IKDP_2026_WINDOW_CORRECTED),
        provisional: true,
        source: 'test: merkez düzeltmesi',
      }),
    );
    const progress: number[] = [];
    const result = await runImpact(db, TEST_DATABASE_KEY, {
      trigger: 'Test',
      today: '2026-05-04',
      workers: 2,
      onProgress: ({ checked }) => progress.push(checked),
    });

    expect(new Set(result.items.map((item) => item.applicationId))).toEqual(new Set(Object.values(affected)));
    expect(result.items).toHaveLength(4);
    expect(result.casesAffected).toBe(4);
    expect(result.casesChecked).toBe(8);
    expect(result.parameters).toEqual([
      { edition: 'IKDP-2026', key: 'applicationEnd', label: 'IKDP-2026: Başvuru dönemi sonu', before: '30.04.2026', after: '15.04.2026' },
    ]);
    // Workers really ran the rules: two threads, neither of them this one.
    expect(result.workers).toBe(2);
    expect(result.threads).toHaveLength(2);
    expect(result.threads).not.toContain(threadId);
    expect(progress.at(-1)).toBe(8);

    const late = result.items.find((item) => item.applicationId === affected.late);
    expect(late).toMatchObject({
      subject: 'eligibility',
      status: 'acik',
      responsibleUserId: fixture.staff.uzman,
      foundOn: '2026-05-04',
      before: { approved: true },
      after: { approved: false },
    });
    expect(late?.summary[0]).toBe('Uygunluk: UYGUN → UYGUN DEĞİL.');
    expect(late?.summary[1]).toBe(
      'Uygunluk: application-window (MADDE 10(1)) UYGUN → UYGUN DEĞİL — Başvuru tarihi 20.04.2026, başvuru dönemi 02.03.2026 – 15.04.2026: dönem dışında.',
    );
    expect(result.items.find((item) => item.applicationId === affected.dayAfter)?.responsibleUserId).toBe(fixture.staff.uzman2);
    const outOfSector = result.items.find((item) => item.applicationId === affected.outOfSector);
    expect(outOfSector).toMatchObject({ before: { approved: false }, after: { approved: false } });
    expect(outOfSector?.summary).toHaveLength(1);

    // Nothing decided changed: the stored evaluations and the applications are as they were.
    expect(Object.values({ ...affected, ...untouched }).map((id) => listEvaluations(db, id))).toEqual(evaluationsBefore);
    expect(getApplication(db, affected.late)?.status).toBe('SUBMITTED');
    expect(verifyAudit(db).ok).toBe(true);

    // A run with no new reference data finds nothing more.
    const again = await runImpact(db, TEST_DATABASE_KEY, { trigger: 'Test', today: '2026-05-05', workers: 1 });
    expect(again.parameters).toEqual([]);
    expect(again.items).toEqual([]);
  }, 120_000);
});
