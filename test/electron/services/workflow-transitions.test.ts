import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveEvaluation } from '../../../db/repositories/evaluations';
import { decideFinansmanApplication } from '../../../db/repositories/finansman-case';
import { putVisitReport } from '../../../db/repositories/visit-reports';
import { recordTransition } from '../../../db/repositories/workflow-records';
import { savePaymentDecision } from '../../../db/repositories/payment-decisions';
import { withWrite } from '../../../db/write-context';
import { WORKFLOW_STATES, type WorkflowKind } from '../../../electron/contract/workflow-catalogue';
import { createFinansmanCase } from '../../../electron/services/finansman/finansman-service';
import { findTransition, TRANSITIONS, type Transition } from '../../../electron/services/workflows/transitions';
import { TEST_ACTOR } from '../../db/helpers';
import { createAppFixture, createCaseFile, ROLE_OF, type AppFixture, type Staff, itkfdpTestDecision } from './app-fixture';
import { finansmanCaseRequest, newFinansmanEnterprise } from './finansman-fixture';

/**
 * issue 13 "Done when": every allowed and forbidden transition for every role,
 * through the real dispatcher on a real encrypted database. For each row of
 * the transition table, a fresh record is put in the row's `from` state with
 * its guards satisfied by someone else (uzman2), and each role tries the move.
 */
const ACTORS: readonly (keyof Staff)[] = ['uzman', 'mudur', 'izleyici', 'yonetici'];
const FACTS = { taxLiabilityActive: true, taxOrSgkDebt: false, creditUsedOn: '2025-04-01' };
/** Steps with the `reason` guard carry one; the note is stored with any other step too. */
const NOTE = 'Gerekçe yazıldı.';
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let fixture: AppFixture;
beforeAll(() => {
  fixture = createAppFixture();
});
afterAll(() => {
  fixture.dispose();
});

/** A record of `kind` in state `from`, with every guard of the table satisfied by uzman2. */
function recordIn(kind: WorkflowKind, from: string): number {
  const file = createCaseFile(fixture);
  const { db } = fixture.database;
  const finansman = createFinansmanCase(db, TEST_ACTOR, finansmanCaseRequest(newFinansmanEnterprise(db)));
  const recordId = {
    ikdp_application: file.ikdp.id,
    itkfdp_application: file.itkfdp.id,
    payment_request: file.itkfdpRequest.id,
    monitoring_visit: file.ikdpVisit.id,
    finansman_application: finansman,
  }[kind];
  withWrite(db, TEST_ACTOR, (w) => {
    const preparer = fixture.staff.uzman2;
    decideFinansmanApplication(w, finansman, { decidedByUserId: preparer });
    for (const application of [file.ikdp, file.itkfdp]) {
      saveEvaluation(w, {
        applicationId: application.id,
        eligible: true,
        result: { checks: [] },
        rulesVersion: 'test',
        preparedByUserId: preparer,
      });
    }
    savePaymentDecision(w, file.itkfdpRequest.id, itkfdpTestDecision());
    putVisitReport(w, {
      visitId: file.ikdpVisit.id,
      checklist: [{ code: 'istihdam', label: 'Taahhüt edilen istihdam korunuyor mu?', answer: 'evet' }],
      notes: 'Yerinde görüldü.',
      signatures: [{ signer: 'Test uzman2', role: 'İzleyici', pngDataUrl: SIGNATURE }],
      photos: [],
    });
    recordTransition(w, { recordKind: kind, recordId, fromState: 'test', toState: from, userId: preparer });
  });
  return recordId;
}

const rows = TRANSITIONS.flatMap((row) => ACTORS.map((actor) => ({ ...row, actor, allowed: row.roles.includes(ROLE_OF[actor]) })));

describe('every transition of the table, for every role', () => {
  it.each(rows)('$kind: $from → $to as $actor (allowed: $allowed)', async (row: Transition & { actor: keyof Staff; allowed: boolean }) => {
    const recordId = recordIn(row.kind, row.from);
    const result = await fixture.call(row.actor, 'workflow:transition', { kind: row.kind, recordId, to: row.to, note: NOTE, facts: FACTS });
    if (row.allowed) {
      expect(result).toEqual({ ok: true, value: { state: row.to, stateLabel: expect.any(String) as string } });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

const illegal = (Object.keys(WORKFLOW_STATES) as WorkflowKind[]).flatMap((kind) => {
  const states = Object.keys(WORKFLOW_STATES[kind]);
  return states.map((from) => ({ kind, from, targets: states.filter((to) => findTransition(kind, from, to) === undefined) }));
});

describe('every transition not in the table is a conflict, whoever asks', () => {
  it.each(illegal)('$kind: from $from', async ({ kind, from, targets }) => {
    const recordId = recordIn(kind, from);
    for (const to of targets) {
      for (const actor of ['uzman', 'mudur', 'izleyici'] as const) {
        const result = await fixture.call(actor, 'workflow:transition', { kind, recordId, to, note: NOTE, facts: FACTS });
        expect(result, `${from} → ${to} as ${actor}`).toMatchObject({ ok: false, error: { code: 'conflict' } });
      }
    }
  });
});
