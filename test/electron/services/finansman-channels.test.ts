import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putEnterpriseMonthlyPek } from '../../../db/repositories/enterprise-pek';
import { decideFinansmanApplication } from '../../../db/repositories/finansman-case';
import { getFinansmanApplication } from '../../../db/repositories/finansman-applications';
import { recordTransition } from '../../../db/repositories/workflow-records';
import { withWrite } from '../../../db/write-context';
import { FINANSMAN_WORKFLOW_STATES, type FinansmanCaseDto } from '../../../electron/contract/finansman';
import { TRANSITIONS } from '../../../electron/services/workflows/transitions';
import { TEST_ACTOR } from '../../db/helpers';
import { createAppFixture, ROLE_OF, type AppFixture, type Staff } from './app-fixture';
import { finansmanCaseRequest, newFinansmanEnterprise } from './finansman-fixture';

/**
 * The credit line through the real dispatcher on a real encrypted database: entering a case, importing the PEK,
 * the case with its schedule and its provisional values, storing an evaluation, and every move of the workflow for
 * every role, with four-eyes and the stale-evaluation guard.
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/imports');
const GOOD_PEK = readFileSync(join(FIXTURES, 'finansman-pek-2025-kasim-aralik.csv')).toString('base64');
const BROKEN_PEK = readFileSync(join(FIXTURES, 'finansman-pek-hatali.csv')).toString('base64');

let fixture: AppFixture;
beforeAll(() => {
  fixture = createAppFixture('2026-03-25');
});
afterAll(() => {
  fixture.dispose();
});

function newEnterprise(withPek = true): number {
  return newFinansmanEnterprise(fixture.database.db, withPek);
}

const createRequest = finansmanCaseRequest;

async function ok<T>(as: keyof Staff, channel: string, request: unknown): Promise<T> {
  const result = await fixture.call(as, channel, request);
  if (!result.ok) throw new Error(`${channel} as ${as}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function errorCode(as: keyof Staff, channel: string, request: unknown): Promise<string> {
  const result = await fixture.call(as, channel, request);
  return result.ok ? 'ok' : result.error.code;
}

async function newCase(amountTRY?: string): Promise<number> {
  const created = await ok<{ applicationId: number; state: string }>(
    'uzman',
    'finansman:create',
    createRequest(newEnterprise(), amountTRY),
  );
  expect(created.state).toBe('basvuru_alindi');
  return created.applicationId;
}

describe('finansman:create and finansman:import-pek', () => {
  it('enters a case for the staff and refuses the read-only roles and a broken loan', async () => {
    const enterpriseId = newEnterprise();
    expect(await errorCode('izleyici', 'finansman:create', createRequest(enterpriseId))).toBe('forbidden');
    expect(await errorCode('yonetici', 'finansman:create', createRequest(enterpriseId))).toBe('forbidden');
    const broken = createRequest(enterpriseId);
    broken.loan.annualRatePercent = '0';
    const refused = await fixture.call('uzman', 'finansman:create', broken);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(refused.ok ? '' : refused.error.message).toContain('oran sıfırdan büyük olmalı');
    expect(await errorCode('uzman', 'finansman:create', { ...createRequest(enterpriseId), enterpriseId: 999_999 })).toBe('not-found');
    const listed = await ok<{ applications: unknown[] }>('izleyici', 'finansman:list', { enterpriseId });
    expect(listed.applications).toEqual([]);
    await ok('mudur', 'finansman:create', createRequest(enterpriseId));
    expect((await ok<{ applications: unknown[] }>('izleyici', 'finansman:list', { enterpriseId })).applications).toMatchObject([
      {
        call: '2026-1',
        appliedOn: '2026-03-20',
        bankName: 'Örnek Bankası',
        state: 'basvuru_alindi',
        stateLabel: 'Başvuru alındı',
        amountTRY: '2400000.00',
      },
    ]);
  });

  it('imports the PEK file once, all or nothing, as the CLI does', async () => {
    const enterpriseId = newEnterprise(false);
    const file = { enterpriseId, fileName: 'pek.csv', contentBase64: GOOD_PEK };
    expect(await ok('uzman', 'finansman:import-pek', file)).toMatchObject({ outcome: 'imported', months: ['2025-11', '2025-12'] });
    expect(await ok('uzman', 'finansman:import-pek', file)).toMatchObject({ outcome: 'already-imported', months: [] });
    const broken = await fixture.call('uzman', 'finansman:import-pek', { enterpriseId, fileName: 'hatali.csv', contentBase64: BROKEN_PEK });
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(broken.ok ? '' : broken.error.message).toContain('hiçbir satırı içe aktarılmadı');
    expect(await errorCode('izleyici', 'finansman:import-pek', file)).toBe('forbidden');
  });
});

describe('finansman:get', () => {
  it('shows every check, the schedule with its running total and formulas, and the provisional values and gaps', async () => {
    const applicationId = await newCase();
    const shown = await ok<FinansmanCaseDto>('izleyici', 'finansman:get', { applicationId });
    expect(shown.application).toMatchObject({ call: '2026-1', state: 'basvuru_alindi', stateLabel: 'Başvuru alındı', allowed: [] });
    const evaluation = shown.evaluation;
    if (evaluation === null) throw new Error(`not evaluable: ${shown.notEvaluable ?? ''}`);
    expect(evaluation.provisional).toBe(true);
    expect(evaluation.checks.map((check) => [check.code, check.outcome])).toContainEqual(['loan-payroll-limit', 'pass']);
    expect(evaluation.schedule.rows.map((row) => [row.supportTRY, row.runningSupportTRY])).toEqual([
      ['20000.00', '20000.00'],
      ['20000.00', '40000.00'],
      ['18333.33', '58333.33'],
    ]);
    expect(evaluation.schedule.rows[2]?.formula).toContain('60.500,00 ₺ × 10 / 33 = 18.333,33 ₺');
    expect(evaluation.schedule.totalSupportTRY).toBe('58333.33');
    expect(shown.parameters.filter((line) => line.value === null).map((line) => line.key)).toEqual(['employmentConsequence']);
    expect(shown.parameters.every((line) => line.provisional)).toBe(true);
    const uzmanView = await ok<FinansmanCaseDto>('uzman', 'finansman:get', { applicationId });
    expect(uzmanView.application.allowed.map((move) => move.to)).toEqual(['degerlendirmede', 'iptal_edildi']);
  });

  it('names the missing data instead of evaluating a case without its PEK basis', async () => {
    const created = await ok<{ applicationId: number }>('uzman', 'finansman:create', createRequest(newEnterprise(false)));
    const shown = await ok<FinansmanCaseDto>('uzman', 'finansman:get', { applicationId: created.applicationId });
    expect(shown.evaluation?.checks.find((check) => check.code === 'loan-payroll-limit')?.outcome).toBe('missing-data');
  });

  it('answers not-found for an unknown application', async () => {
    expect(await errorCode('uzman', 'finansman:get', { applicationId: 999_999 })).toBe('not-found');
  });
});

describe('the workflow, walked as the müdürlük works', () => {
  it('evaluates, sends, refuses the preparer approving, and approves with another müdür', async () => {
    const applicationId = await newCase();
    expect(await errorCode('uzman', 'finansman:transition', { applicationId, to: 'mudur_onayinda' })).toBe('conflict');
    await ok('uzman', 'finansman:transition', { applicationId, to: 'degerlendirmede' });
    expect(await errorCode('uzman', 'finansman:transition', { applicationId, to: 'mudur_onayinda' })).toBe('conflict');
    const evaluated = await ok<{ decision: { eligible: boolean; current: boolean; decidedBy: string } }>('mudur', 'finansman:evaluate', {
      applicationId,
    });
    expect(evaluated.decision).toMatchObject({ eligible: true, current: true, decidedBy: 'Test mudur' });
    await ok('uzman', 'finansman:transition', { applicationId, to: 'mudur_onayinda' });
    expect(await errorCode('uzman', 'finansman:evaluate', { applicationId })).toBe('conflict');
    expect(await errorCode('uzman', 'finansman:transition', { applicationId, to: 'onaylandi' })).toBe('forbidden');
    expect(await errorCode('mudur', 'finansman:transition', { applicationId, to: 'onaylandi' })).toBe('four-eyes');
    expect(await ok('mudur2', 'finansman:transition', { applicationId, to: 'onaylandi', note: 'Uygun.' })).toEqual({
      state: 'onaylandi',
      stateLabel: 'Onaylandı',
    });
    expect(getFinansmanApplication(fixture.database.db, applicationId)).toMatchObject({ status: 'APPROVED', decidedOn: '2026-03-25' });
    const shown = await ok<FinansmanCaseDto>('uzman', 'finansman:get', { applicationId });
    expect(shown.transitions.map((move) => [move.to, move.userName])).toEqual([
      ['degerlendirmede', 'Test uzman'],
      ['mudur_onayinda', 'Test uzman'],
      ['onaylandi', 'Test mudur2'],
    ]);
  });

  it('refuses approving an ineligible case and a stale evaluation', async () => {
    const over = await newCase('2500000.01');
    await ok('uzman', 'finansman:transition', { applicationId: over, to: 'degerlendirmede' });
    expect(await ok<{ decision: { eligible: boolean } }>('uzman', 'finansman:evaluate', { applicationId: over })).toMatchObject({
      decision: { eligible: false },
    });
    await ok('uzman', 'finansman:transition', { applicationId: over, to: 'mudur_onayinda' });
    expect(await errorCode('mudur', 'finansman:transition', { applicationId: over, to: 'onaylandi' })).toBe('conflict');
    await ok('mudur', 'finansman:transition', { applicationId: over, to: 'reddedildi' });
    expect(getFinansmanApplication(fixture.database.db, over)?.status).toBe('REJECTED');

    const stale = await newCase();
    await ok('uzman', 'finansman:transition', { applicationId: stale, to: 'degerlendirmede' });
    await ok('uzman', 'finansman:evaluate', { applicationId: stale });
    const enterpriseId = getFinansmanApplication(fixture.database.db, stale)?.enterpriseId ?? 0;
    withWrite(fixture.database.db, TEST_ACTOR, (w) => {
      putEnterpriseMonthlyPek(w, { enterpriseId, month: '2025-12', pekTRY: '2700000.00', workplaces: 1 });
    });
    const refused = await fixture.call('uzman', 'finansman:transition', { applicationId: stale, to: 'mudur_onayinda' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(refused.ok ? '' : refused.error.message).toContain('yeniden değerlendirin');
    const shown = await ok<FinansmanCaseDto>('uzman', 'finansman:get', { applicationId: stale });
    expect(shown.decisions[0]?.current).toBe(false);
  });

  it('is one workflow: workflow:transition moves the same application, and finansman:get offers the catalogue’s steps', async () => {
    const applicationId = await newCase();
    await ok('uzman', 'workflow:transition', { kind: 'finansman_application', recordId: applicationId, to: 'degerlendirmede' });
    await ok('uzman2', 'finansman:evaluate', { applicationId });
    await ok('uzman', 'workflow:transition', { kind: 'finansman_application', recordId: applicationId, to: 'mudur_onayinda' });
    const shown = await ok<FinansmanCaseDto>('mudur', 'finansman:get', { applicationId });
    expect(shown.application.allowed).toEqual([
      { to: 'degerlendirmede', label: 'Değerlendirmede', roles: ['mudur'], needs: ['reason'] },
      {
        to: 'onaylandi',
        label: 'Onaylandı',
        roles: ['mudur'],
        needs: ['evaluation-stored', 'evaluation-current', 'four-eyes-evaluation', 'evaluation-eligible'],
      },
      {
        to: 'reddedildi',
        label: 'Reddedildi',
        roles: ['mudur'],
        needs: ['evaluation-stored', 'evaluation-current', 'four-eyes-evaluation'],
      },
    ]);
    const approved = await fixture.call('mudur', 'workflow:transition', {
      kind: 'finansman_application',
      recordId: applicationId,
      to: 'onaylandi',
      facts: { on: '2026-03-24' },
    });
    expect(approved).toEqual({ ok: true, value: { state: 'onaylandi', stateLabel: 'Onaylandı' } });
    expect(getFinansmanApplication(fixture.database.db, applicationId)).toMatchObject({ status: 'APPROVED', decidedOn: '2026-03-24' });
    expect(await errorCode('mudur', 'workflow:transition', { kind: 'finansman_application', recordId: 999_999, to: 'onaylandi' })).toBe(
      'not-found',
    );
  });

  it('cancels only with a reason', async () => {
    const applicationId = await newCase();
    expect(await errorCode('uzman', 'finansman:transition', { applicationId, to: 'iptal_edildi' })).toBe('invalid-input');
    await ok('uzman', 'finansman:transition', { applicationId, to: 'iptal_edildi', note: 'İşletme başvurusunu geri çekti.' });
    expect(getFinansmanApplication(fixture.database.db, applicationId)?.status).toBe('CANCELLED');
  });
});

/** An application put in `from`, with an evaluation stored by uzman2 and the file sent by uzman2. */
async function applicationIn(from: string): Promise<number> {
  const applicationId = await newCase();
  withWrite(fixture.database.db, TEST_ACTOR, (w) => {
    decideFinansmanApplication(w, applicationId, { decidedByUserId: fixture.staff.uzman2 });
    if (from !== 'basvuru_alindi') {
      recordTransition(w, {
        recordKind: 'finansman_application',
        recordId: applicationId,
        fromState: 'degerlendirmede',
        toState: from,
        userId: fixture.staff.uzman2,
      });
    }
  });
  return applicationId;
}

const ROLES: readonly (keyof Staff)[] = ['uzman', 'mudur', 'izleyici', 'yonetici'];
const STATES = Object.keys(FINANSMAN_WORKFLOW_STATES);
const FINANSMAN_TRANSITIONS = TRANSITIONS.filter((row) => row.kind === 'finansman_application');

describe('every move for every role (the table row by row)', () => {
  const cases = FINANSMAN_TRANSITIONS.flatMap((row) => ROLES.map((as) => [`${row.from} → ${row.to} as ${as}`, row, as] as const));
  it.each(cases)('%s', async (_name, row, as) => {
    const applicationId = await applicationIn(row.from);
    const expected = row.roles.includes(ROLE_OF[as]) ? 'ok' : 'forbidden';
    expect(await errorCode(as, 'finansman:transition', { applicationId, to: row.to, note: 'Gerekçe.' })).toBe(expected);
  });

  const illegal = STATES.flatMap((from) =>
    STATES.filter((to) => !FINANSMAN_TRANSITIONS.some((row) => row.from === from && row.to === to)).map((to) => [from, to] as const),
  );
  it.each(illegal)('refuses %s → %s as conflict', async (from, to) => {
    const applicationId = await applicationIn(from);
    const as = from === 'mudur_onayinda' ? 'mudur' : 'uzman';
    expect(await errorCode(as, 'finansman:transition', { applicationId, to, note: 'Gerekçe.' })).toBe('conflict');
  });
});
