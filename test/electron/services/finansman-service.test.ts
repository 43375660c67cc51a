import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../db/audit/verify-audit';
import { createApplication } from '../../../db/repositories/applications';
import { putEnterpriseMonthlyPek } from '../../../db/repositories/enterprise-pek';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { getFinansmanApplication, listFinansmanDecisions } from '../../../db/repositories/finansman-applications';
import { decideFinansmanApplication } from '../../../db/repositories/finansman-case';
import { createUser } from '../../../db/repositories/users';
import { listTransitions } from '../../../db/repositories/workflow-records';
import { syntheticVkn } from '../../../db/scenario-import/synthetic-identifiers';
import { withWrite } from '../../../db/write-context';
import type { SessionUser } from '../../../electron/contract/session';
import { createAppContext, type AppContext, type SignedInCall } from '../../../electron/services/app-context';
import { sessionUserOf } from '../../../electron/services/auth-service';
import { transition } from '../../../electron/services/workflows/workflow-service';
import {
  createFinansmanCase,
  decideFinansmanCase,
  evaluateFinansmanApplication,
  supportScheduleTable,
  type NewFinansmanCase,
} from '../../../electron/services/finansman/finansman-service';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../../db/helpers';
import { finansmanCaseRequest } from './finansman-fixture';

let t: TestDatabase;
let enterpriseId: number;
let app: AppContext;
let users: Record<'uzman' | 'mudur', SessionUser>;

/** The service as a signed-in user calls it (the dispatcher's checks are another test's). */
function as(username: 'uzman' | 'mudur'): SignedInCall {
  return { app, slot: { id: null, set: () => undefined }, user: users[username] };
}

/** A case moved to "Müdür onayında" by the officer, with an evaluation stored by `evaluator`. */
function sentToMudur(fields: NewFinansmanCase, evaluator: 'uzman' | 'mudur' = 'uzman'): number {
  const applicationId = createFinansmanCase(t.db, TEST_ACTOR, fields);
  transition(as('uzman'), { kind: 'finansman_application', recordId: applicationId, to: 'degerlendirmede' });
  withWrite(t.db, TEST_ACTOR, (w) => decideFinansmanApplication(w, applicationId, { decidedByUserId: users[evaluator].id }));
  transition(as('uzman'), { kind: 'finansman_application', recordId: applicationId, to: 'mudur_onayinda' });
  return applicationId;
}

beforeEach(() => {
  t = openTestDatabase();
  app = createAppContext(t.db, { today: () => '2026-03-26' });
  users = withWrite(t.db, TEST_ACTOR, (w) => ({
    uzman: sessionUserOf(createUser(w, { username: 'uzman', fullName: 'Test uzman', role: 'sorumlu_personel' })),
    mudur: sessionUserOf(createUser(w, { username: 'mudur', fullName: 'Test mudur', role: 'mudur' })),
  }));
  enterpriseId = withWrite(t.db, TEST_ACTOR, (w) => {
    const enterprise = createEnterprise(w, {
      vkn: '4391208413',
      unvan: 'Örnek Metal',
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
      naceMain: '25.62',
    });
    putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month: '2025-11', pekTRY: '2400000.00', workplaces: 1 });
    putEnterpriseMonthlyPek(w, { enterpriseId: enterprise.id, month: '2025-12', pekTRY: '2600000.00', workplaces: 1 });
    return enterprise.id;
  });
});

afterEach(() => {
  t.dispose();
});

function newCase(amountTRY = '2400000.00'): NewFinansmanCase {
  return finansmanCaseRequest(enterpriseId, amountTRY);
}

describe('finansman service — enter, evaluate, show the schedule, decide', () => {
  it('shows the schedule with the running total, the formulas and the provisional values with their gap', () => {
    const applicationId = createFinansmanCase(t.db, TEST_ACTOR, newCase());
    const evaluation = evaluateFinansmanApplication(t.db, applicationId);
    if (!evaluation.ok) throw new Error('not evaluated');
    const table = supportScheduleTable(evaluation.value);
    expect(table.rows.map((row) => [row.supportTRY, row.runningSupportTRY, row.shown.enterprisePays])).toEqual([
      ['20000.00', '20000.00', '46.000,00 ₺'],
      ['20000.00', '40000.00', '46.000,00 ₺'],
      ['18333.33', '58333.33', '42.166,67 ₺'],
    ]);
    expect(table.totals).toEqual({ interestTRY: '192500.00', supportTRY: '58333.33', enterprisePaysTRY: '134166.67' });
    expect(table.rows[2]?.formula).toContain('60.500,00 ₺ × 10 / 33 = 18.333,33 ₺');
    expect(table.provisional).toBe(true);
    expect(table.parameters.filter((line) => line.value === null).map((line) => line.key)).toEqual(['employmentConsequence']);
  });

  it('approves an eligible case on its stored evaluation, through the workflow, with the day of the decision', () => {
    const applicationId = sentToMudur(newCase());
    expect(decideFinansmanCase(as('mudur'), applicationId, '2026-03-25')).toEqual({ state: 'onaylandi', stateLabel: 'Onaylandı' });
    expect(getFinansmanApplication(t.db, applicationId)).toMatchObject({ status: 'APPROVED', decidedOn: '2026-03-25' });
    expect(listTransitions(t.db, 'finansman_application', applicationId).map((move) => [move.toState, move.userId, move.facts])).toEqual([
      ['degerlendirmede', users.uzman.id, null],
      ['mudur_onayinda', users.uzman.id, null],
      ['onaylandi', users.mudur.id, { on: '2026-03-25' }],
    ]);
    expect(verifyAudit(t.db)).toMatchObject({ ok: true });
  });

  it('rejects one kuruş over the PEK limit, and a case of an enterprise with a pending IKDP-2026 application', () => {
    const over = sentToMudur(newCase('2500000.01'));
    expect(listFinansmanDecisions(t.db, over)[0]?.snapshot).toMatchObject({ failed: ['loan-payroll-limit', 'loan-schedule'] });
    expect(decideFinansmanCase(as('mudur'), over)).toEqual({ state: 'reddedildi', stateLabel: 'Reddedildi' });
    expect(getFinansmanApplication(t.db, over)).toMatchObject({ status: 'REJECTED', decidedOn: '2026-03-26' });
    withWrite(t.db, TEST_ACTOR, (w) => createApplication(w, { enterpriseId, program: 'IKDP-2026', status: 'SUBMITTED' }));
    const blocked = sentToMudur(newCase());
    expect(listFinansmanDecisions(t.db, blocked)[0]?.snapshot).toMatchObject({ failed: ['one-line-only'] });
    expect(decideFinansmanCase(as('mudur'), blocked, '2026-03-25').state).toBe('reddedildi');
    expect(getFinansmanApplication(t.db, blocked)?.status).toBe('REJECTED');
    expect(listFinansmanDecisions(t.db, blocked)).toHaveLength(1);
  });

  it('decides nothing the workflow refuses: not in the müdür’s hands, four-eyes, a stale or an undecided evaluation', () => {
    const early = createFinansmanCase(t.db, TEST_ACTOR, newCase());
    expect(() => decideFinansmanCase(as('mudur'), early)).toThrow('Önce başvuru değerlendirilip');
    const own = sentToMudur(newCase(), 'mudur');
    expect(() => decideFinansmanCase(as('mudur'), own)).toThrow(expect.objectContaining({ code: 'four-eyes' }) as Error);
    expect(() => decideFinansmanCase(as('uzman'), sentToMudur(newCase()))).toThrow(expect.objectContaining({ code: 'forbidden' }) as Error);
    const stale = sentToMudur(newCase());
    withWrite(t.db, TEST_ACTOR, (w) => {
      putEnterpriseMonthlyPek(w, { enterpriseId, month: '2025-12', pekTRY: '2700000.00', workplaces: 1 });
    });
    expect(() => decideFinansmanCase(as('mudur'), stale)).toThrow('yeniden değerlendirin');
    const unknownPek = withWrite(t.db, TEST_ACTOR, (w) =>
      createEnterprise(w, {
        vkn: syntheticVkn('pek-yok'),
        unvan: 'PEK Yok Metal',
        legalForm: 'TUZEL_KISI',
        registered: true,
        active: true,
        declarationCurrent: true,
        naceMain: '25.62',
      }),
    ).id;
    const undecided = sentToMudur({ ...newCase(), enterpriseId: unknownPek });
    expect(() => decideFinansmanCase(as('mudur'), undecided)).toThrow('verisi eksik');
    for (const id of [early, own, stale, undecided]) expect(getFinansmanApplication(t.db, id)?.status).toBe('SUBMITTED');
  });
});
