import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constant } from '../../../core/lib/legal-reference';
import { ITKFDP_II } from '../../../core/programmes/itkfdp-ii/edition';
import { IKDP_2026 } from '../../../core/programmes/ikdp/edition-2026';
import { BUILT_IN_REFERENCE, evaluateEligibility, type RuleReference } from '../../../core/rules';
import { writeDemoData } from '../../../db/demo/write-demo';
import { loadEligibility } from '../../../db/repositories/case-loading';
import { loadEligibilityBulk } from '../../../db/repositories/case-loading-bulk';
import { listEvaluations, saveEvaluation } from '../../../db/repositories/evaluations';
import { openApplicationIds } from '../../../db/repositories/impact-items';
import { listActivePaymentRequests } from '../../../db/repositories/payment-requests';
import { withWrite } from '../../../db/write-context';
import { caseImpact, readOpenCases, type OpenCase } from '../../../electron/services/impact-case';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../../db/helpers';

/**
 * Issue 18 item 3: the impact run reads the open cases a chunk at a time
 * (db/repositories/case-loading-bulk.ts). On the varied demo data (IKDP-2025,
 * IKDP-2026 and ITKFDP-II files in every state: missing data, loans, earlier
 * applications of one enterprise, decided payment requests) the bulk loader
 * must give exactly what the per-case loader gives, and the impact of a rule
 * change read in bulk must be exactly the one read case by case.
 */
const CHUNK_SIZES = [1, 7, 64, 10_000];
const MISSING_ID = 987_654;

/** IKDP-2026 with its window reaching the demo's (synthetic) application dates and a lower monthly support; ITKFDP-II with a lower standard amount. */
const CHANGED: RuleReference = {
  ...BUILT_IN_REFERENCE,
  ikdpEditions: {
    ...BUILT_IN_REFERENCE.ikdpEditions,
    'IKDP-2026': {
      ...IKDP_2026,
      applicationEnd: constant('2026-12-31', { article: 'MADDE 10(1) karşılığı', act: 'test düzeltmesi', provisional: true }),
      supportPer30PrimGun: constant('3000.00', { article: 'MADDE 8(2) karşılığı', act: 'test düzeltmesi', provisional: true }),
    },
  },
  itkfdp: { ...ITKFDP_II, amountStandardEur: constant('1500.00', { article: 'MADDE 7(3)(a)', act: 'test düzeltmesi' }) },
};

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** The open case as read one application at a time with the per-case repositories. */
function openCaseOneByOne(t: TestDatabase, applicationId: number): OpenCase {
  const newest = listEvaluations(t.db, applicationId)[0];
  return {
    applicationId,
    evaluated: newest === undefined ? undefined : { evaluationId: newest.id, input: loadEligibility(t.db, applicationId) },
    decidedPayments: listActivePaymentRequests(t.db, applicationId).some((request) => request.status === 'DECIDED'),
  };
}

describe('impact — the open cases read in bulk are the cases read one by one', () => {
  let t: TestDatabase;
  let allIds: number[];
  let openIds: number[];

  beforeAll(() => {
    t = openTestDatabase();
    const demo = writeDemoData(t.db, { seed: 18, enterprises: 40 });
    if (!demo.ok) throw new Error(demo.reason);
    allIds = (t.db.sqlite.prepare('SELECT id FROM applications ORDER BY id').all() as { id: number }[]).map((row) => row.id);
    openIds = openApplicationIds(t.db);
    // Each readable open case evaluated as `case:evaluate` stores it, one twice; one unreadable file (its application
    // date cleared after an evaluation) carries an evaluation too.
    const unreadable = openIds.find((id) => !loadEligibility(t.db, id).ok);
    withWrite(t.db, TEST_ACTOR, (w) => {
      for (const applicationId of [...openIds, openIds[0] ?? 0]) {
        const input = loadEligibility(t.db, applicationId);
        if (!input.ok) {
          if (applicationId === unreadable)
            saveEvaluation(w, { applicationId, eligible: false, result: {}, rulesVersion: 'önceki', preparedByUserId: 1 });
          continue;
        }
        const decision = evaluateEligibility(input.value);
        saveEvaluation(w, {
          applicationId,
          eligible: decision.eligible,
          result: { ...decision },
          rulesVersion: decision.rulesVersion,
          preparedByUserId: 1,
        });
      }
    });
  });
  afterAll(() => {
    t.dispose();
  });

  it('covers every programme, earlier applications, unreadable files and decided payments', () => {
    const programmes = t.db.sqlite.prepare('SELECT DISTINCT program FROM applications ORDER BY program').all();
    expect(programmes).toEqual([{ program: 'IKDP-2025' }, { program: 'IKDP-2026' }, { program: 'ITKFDP-II' }]);
    const inputs = allIds.map((id) => loadEligibility(t.db, id));
    expect(inputs.some((input) => !input.ok)).toBe(true);
    expect(inputs.some((input) => input.ok && input.value.history.length > 0)).toBe(true);
    expect(inputs.some((input) => input.ok && input.value.loan !== undefined)).toBe(true);
    expect(openIds.some((id) => openCaseOneByOne(t, id).decidedPayments)).toBe(true);
  });

  it.each(CHUNK_SIZES)('gives loadEligibility’s input for every application, in chunks of %i', (size) => {
    for (const chunk of chunks([...allIds, MISSING_ID], size)) {
      const bulk = loadEligibilityBulk(t.db, chunk);
      expect([...bulk.keys()]).toEqual(chunk);
      expect(chunk.map((id) => bulk.get(id))).toEqual(chunk.map((id) => loadEligibility(t.db, id)));
    }
  });

  it.each(CHUNK_SIZES)('reads each open case as the per-case repositories do, in chunks of %i', (size) => {
    for (const chunk of chunks(openIds, size)) {
      expect(readOpenCases(t.db, chunk)).toEqual(chunk.map((id) => openCaseOneByOne(t, id)));
    }
  });

  it('finds the same impact of a rule change in bulk as case by case, eligibility and payments', () => {
    const bulk = chunks(openIds, 16).flatMap((chunk) =>
      readOpenCases(t.db, chunk).map((openCase) => caseImpact(t.db, openCase, BUILT_IN_REFERENCE, CHANGED)),
    );
    const oneByOne = openIds.map((id) => caseImpact(t.db, openCaseOneByOne(t, id), BUILT_IN_REFERENCE, CHANGED));
    expect(bulk).toEqual(oneByOne);
    const findings = bulk.flatMap((impact) => impact.findings);
    expect(findings.some((finding) => finding.subject === 'eligibility')).toBe(true);
    expect(findings.some((finding) => finding.subject === 'payment')).toBe(true);
    expect(bulk.some((impact) => impact.unreadable)).toBe(true);
  });
});
