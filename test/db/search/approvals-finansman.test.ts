import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../../../db/repositories/applications';
import { createEnterprise } from '../../../db/repositories/enterprises';
import { createFinansmanApplication, saveFinansmanDecision } from '../../../db/repositories/finansman-applications';
import { createUser } from '../../../db/repositories/users';
import { recordTransition } from '../../../db/repositories/workflow-records';
import { awaitingApproval, FINANSMAN_PROGRAM, type ApprovalRow } from '../../../db/search/approvals';
import { withWrite } from '../../../db/write-context';
import { openTestDatabase, TEST_ACTOR, type TestDatabase } from '../helpers';

/**
 * The müdür's approval query with credit-line applications (finansman_applications): only those in
 * `mudur_onayinda` are listed, with who sent them and who prepared their latest decision record, in the one
 * ordered list (longest waiting first) with the other kinds, and within the limit.
 */
let t: TestDatabase;
const users = { ayse: 0, mehmet: 0 };
const ids: Record<string, number> = {};

/** Each transition in its own transaction, so the stepping clock orders them. */
function move(kind: 'finansman_application' | 'ikdp_application', recordId: number, fromState: string, toState: string, userId: number) {
  withWrite(t.db, TEST_ACTOR, (w) => recordTransition(w, { recordKind: kind, recordId, fromState, toState, userId }));
}

function decide(applicationId: number, userId: number, eligible: boolean) {
  withWrite(t.db, TEST_ACTOR, (w) =>
    saveFinansmanDecision(w, {
      applicationId,
      call: '2026-1',
      eligible,
      payrollLimitTRY: '2500000.00',
      totalSupportTRY: '58333.33',
      snapshot: {},
      rulesVersion: 'test',
      decidedByUserId: userId,
    }),
  );
}

/** The finansman states a credit-line application can be left in, and whether the müdür's list shows it. */
const STATES: readonly (readonly [state: string, path: readonly string[], listed: boolean])[] = [
  ['basvuru_alindi', [], false],
  ['degerlendirmede', ['degerlendirmede'], false],
  ['mudur_onayinda', ['degerlendirmede', 'mudur_onayinda'], true],
  ['onaylandi', ['degerlendirmede', 'mudur_onayinda', 'onaylandi'], false],
  ['reddedildi', ['degerlendirmede', 'mudur_onayinda', 'reddedildi'], false],
  ['sent back', ['degerlendirmede', 'mudur_onayinda', 'degerlendirmede'], false],
  ['iptal_edildi', ['degerlendirmede', 'iptal_edildi'], false],
];

beforeAll(() => {
  t = openTestDatabase();
  const enterpriseId = withWrite(t.db, TEST_ACTOR, (w) => {
    users.ayse = createUser(w, { username: 'ayse.yilmaz', fullName: 'Ayşe Yılmaz', role: 'sorumlu_personel' }).id;
    users.mehmet = createUser(w, { username: 'mehmet.isik', fullName: 'Mehmet Işık', role: 'sorumlu_personel' }).id;
    return createEnterprise(w, {
      vkn: '4391208413',
      unvan: 'Işık Metal Ltd. Şti.',
      legalForm: 'TUZEL_KISI',
      registered: true,
      active: true,
      declarationCurrent: true,
    }).id;
  });
  const finansman = (call: '2026-1' | '2026-2'): number =>
    withWrite(t.db, TEST_ACTOR, (w) =>
      createFinansmanApplication(w, { enterpriseId, call, status: 'SUBMITTED', size: 'KOBI', appliedOn: '2026-03-20' }),
    ).id;
  // An IKDP file sent first, a credit-line file sent second, an IKDP file third: one list by waiting time.
  const ikdpFirst = withWrite(t.db, TEST_ACTOR, (w) =>
    createApplication(w, { enterpriseId, program: 'IKDP-2025', status: 'SUBMITTED' }),
  ).id;
  ids.ikdpFirst = ikdpFirst;
  move('ikdp_application', ikdpFirst, 'degerlendirmede', 'mudur_onayinda', users.ayse);
  for (const [state, path] of STATES) {
    const id = finansman('2026-1');
    ids[state] = id;
    decide(id, users.ayse, true);
    let from = 'basvuru_alindi';
    for (const to of path) {
      move('finansman_application', id, from, to, users.mehmet);
      from = to;
    }
  }
  const ikdpLast = withWrite(t.db, TEST_ACTOR, (w) => createApplication(w, { enterpriseId, program: 'IKDP-2025', status: 'SUBMITTED' })).id;
  ids.ikdpLast = ikdpLast;
  move('ikdp_application', ikdpLast, 'degerlendirmede', 'mudur_onayinda', users.ayse);
  // The latest decision is the one in force: re-evaluated by Ayşe as not eligible after Mehmet's eligible one.
  const reevaluated = finansman('2026-2');
  ids.reevaluated = reevaluated;
  decide(reevaluated, users.mehmet, true);
  decide(reevaluated, users.ayse, false);
  move('finansman_application', reevaluated, 'basvuru_alindi', 'degerlendirmede', users.mehmet);
  move('finansman_application', reevaluated, 'degerlendirmede', 'mudur_onayinda', users.mehmet);
});

afterAll(() => {
  t.dispose();
});

const finansmanRows = (rows: readonly ApprovalRow[]) => rows.filter((row) => row.recordKind === 'finansman_application');

describe('awaitingApproval — credit-line applications', () => {
  it.each(STATES)('%s: listed %s', (state, _path, listed) => {
    const row = finansmanRows(awaitingApproval(t.db)).find((item) => item.recordId === ids[state]);
    expect(row !== undefined).toBe(listed);
  });

  it('lists one in müdür onayında with its call, enterprise, sender and the preparer of its latest decision', () => {
    const row = finansmanRows(awaitingApproval(t.db)).find((item) => item.recordId === ids.mudur_onayinda);
    expect(row).toMatchObject({
      recordKind: 'finansman_application',
      state: 'mudur_onayinda',
      applicationId: ids.mudur_onayinda,
      program: FINANSMAN_PROGRAM,
      call: '2026-1',
      unvan: 'Işık Metal Ltd. Şti.',
      appliedOn: '2026-03-20',
      movedByUserId: users.mehmet,
      movedByName: 'Mehmet Işık',
      evaluationEligible: true,
      evaluatedByUserId: users.ayse,
      evaluatedByName: 'Ayşe Yılmaz',
    });
  });

  it('reads the latest decision record (the one in force)', () => {
    const row = finansmanRows(awaitingApproval(t.db)).find((item) => item.recordId === ids.reevaluated);
    expect(row).toMatchObject({ call: '2026-2', evaluationEligible: false, evaluatedByName: 'Ayşe Yılmaz', movedByName: 'Mehmet Işık' });
  });

  it('keeps one list, the longest waiting first, with the programmes (call null there)', () => {
    const rows = awaitingApproval(t.db);
    expect(rows.map((row) => [row.recordKind, row.recordId])).toEqual([
      ['ikdp_application', ids.ikdpFirst],
      ['finansman_application', ids.mudur_onayinda],
      ['ikdp_application', ids.ikdpLast],
      ['finansman_application', ids.reevaluated],
    ]);
    expect(rows.filter((row) => row.recordKind === 'ikdp_application').map((row) => row.call)).toEqual([null, null]);
  });

  it.each([
    [1, ['ikdp_application']],
    [2, ['ikdp_application', 'finansman_application']],
    [3, ['ikdp_application', 'finansman_application', 'ikdp_application']],
    [4, ['ikdp_application', 'finansman_application', 'ikdp_application', 'finansman_application']],
    [5, ['ikdp_application', 'finansman_application', 'ikdp_application', 'finansman_application']],
  ] as const)('limit %i: the %j waiting longest', (limit, kinds) => {
    expect(awaitingApproval(t.db, limit).map((row) => row.recordKind)).toEqual(kinds);
  });
});
