import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../db/repositories/users';
import { withWrite } from '../../../db/write-context';
import type { ContractResult } from '../../../electron/contract';
import type { CaseDto } from '../../../electron/contract/cases';
import { dispatch } from '../../../electron/services/dispatcher';
import { TEST_ACTOR } from '../../db/helpers';
import { createAppFixture, createCaseFile, slotOf, type AppFixture, type Staff } from './app-fixture';

/**
 * The visit assignment form's choice (issue 13): the active field monitors to assign a visit to, and the visit
 * assigned to the one chosen — on the case file and in that monitor's own list — through the real dispatcher.
 */
let fixture: AppFixture;
let second: number;
let inactive: number;
beforeAll(() => {
  fixture = createAppFixture();
  ({ second, inactive } = withWrite(fixture.database.db, TEST_ACTOR, (w) => ({
    second: createUser(w, { username: 'izleyici2', fullName: 'Çağla Demir', role: 'izleyici' }).id,
    inactive: createUser(w, { username: 'izleyici3', fullName: 'Ayten Kurt', role: 'izleyici', active: false }).id,
  })));
});
afterAll(() => {
  fixture.dispose();
});

async function value<T>(as: keyof Staff, channel: string, request: unknown): Promise<T> {
  const result = await fixture.call(as, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

describe('visit:visitors and visit:schedule with the chosen monitor', () => {
  it('lists the active izleyici users by Turkish name order, for the officer and the müdür only', async () => {
    const expected = [
      { id: second, fullName: 'Çağla Demir', username: 'izleyici2' },
      { id: fixture.staff.izleyici, fullName: 'Test izleyici', username: 'izleyici' },
    ];
    for (const as of ['uzman', 'mudur'] as const) expect(await value(as, 'visit:visitors', {})).toEqual({ visitors: expected });
    for (const as of ['izleyici', 'yonetici'] as const) {
      expect(await fixture.call(as, 'visit:visitors', {}), as).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('assigns the visit to the monitor chosen: shown on the case file and in that monitor’s own list', async () => {
    const { ikdp } = createCaseFile(fixture);
    const { visitId } = await value<{ visitId: number }>('uzman', 'visit:schedule', {
      applicationId: ikdp.id,
      kind: 'ON_SITE',
      dueOn: '2026-04-14',
      visitorUserId: second,
    });
    const caseFile = await value<CaseDto>('mudur', 'case:get', { applicationId: ikdp.id });
    expect(caseFile.visits.find((visit) => visit.id === visitId)).toMatchObject({ visitorUserId: second, visitorName: 'Çağla Demir' });
    const unassigned = caseFile.visits.find((visit) => visit.id !== visitId);
    expect(unassigned).toMatchObject({ visitorUserId: null, visitorName: null });

    const mine = async (answer: Promise<ContractResult<unknown>>) => {
      const result = await answer;
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as { visits: { id: number; visitorName: string | null }[] }).visits.filter((visit) => visit.id === visitId);
    };
    const asSecond = slotOf(fixture.app.sessions.create(second).id);
    expect(await mine(dispatch(fixture.app, asSecond, 'visit:list', { scope: 'mine' }))).toMatchObject([{ visitorName: 'Çağla Demir' }]);
    expect(await mine(fixture.call('izleyici', 'visit:list', { scope: 'mine' }))).toEqual([]);
    expect(await mine(fixture.call('izleyici', 'visit:list', { scope: 'unassigned' }))).toEqual([]);
  });

  it('refuses a visitor who is not an active monitor or officer', async () => {
    const { ikdp } = createCaseFile(fixture);
    for (const visitorUserId of [inactive, fixture.staff.mudur, fixture.staff.yonetici, 999_999]) {
      expect(
        await fixture.call('mudur', 'visit:schedule', { applicationId: ikdp.id, kind: 'ON_SITE', dueOn: '2026-04-14', visitorUserId }),
        String(visitorUserId),
      ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});
