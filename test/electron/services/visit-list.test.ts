import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMonitoringVisit, scheduleMonitoringVisit } from '../../../db/repositories/monitoring-visits';
import { withWrite } from '../../../db/write-context';
import type { ChannelResponse } from '../../../electron/contract';
import { TEST_ACTOR } from '../../db/helpers';
import { createAppFixture, createCaseFile, type AppFixture, type Staff } from './app-fixture';

type Listed = ChannelResponse<'visit:list'>;

let fixture: AppFixture;
const ids: Record<string, number> = {};

beforeAll(() => {
  fixture = createAppFixture('2026-03-02');
  const file = createCaseFile(fixture); // brings one unassigned visit due 01.09.2025 ("ikdpVisit")
  ids['unassigned-old'] = file.ikdpVisit.id;
  withWrite(fixture.database.db, TEST_ACTOR, (w) => {
    const plan = (key: string, dueOn: string, visitor: keyof Staff | null) => {
      ids[key] = scheduleMonitoringVisit(w, {
        applicationId: file.ikdp.id,
        kind: 'ON_SITE',
        dueOn,
        visitorUserId: visitor === null ? null : fixture.staff[visitor],
      }).id;
    };
    plan('monitor-late', '2026-03-01', 'izleyici');
    plan('monitor-today', '2026-03-02', 'izleyici');
    plan('monitor-done', '2026-02-10', 'izleyici');
    plan('officer', '2026-04-01', 'uzman');
    recordMonitoringVisit(w, ids['monitor-done'] ?? 0, { visitedOn: '2026-02-11', outcome: 'COMPLIANT', notes: null });
  });
});

afterAll(() => {
  fixture.dispose();
});

async function list(as: keyof Staff, request: object): Promise<Listed> {
  const answer = await fixture.call(as, 'visit:list', request);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Listed;
}

function keysOf(listed: Listed): string[] {
  return listed.visits.map((visit) => Object.entries(ids).find(([, id]) => id === visit.id)?.[0] ?? `#${visit.id}`);
}

describe('visit:list', () => {
  it.each([
    ['izleyici', { scope: 'mine' }, ['monitor-done', 'monitor-late', 'monitor-today']],
    ['izleyici', { scope: 'mine', state: 'atandi' }, ['monitor-late', 'monitor-today']],
    ['izleyici', { scope: 'mine', state: 'ziyaret_edildi' }, ['monitor-done']],
    ['izleyici', { scope: 'mine', state: 'rapor_imzalandi' }, []],
    ['izleyici', { scope: 'unassigned' }, ['unassigned-old']],
    ['uzman', { scope: 'mine' }, ['officer']],
    ['mudur', { scope: 'all' }, ['unassigned-old', 'monitor-done', 'monitor-late', 'monitor-today', 'officer']],
    ['mudur', { scope: 'all', limit: 2 }, ['unassigned-old', 'monitor-done']],
  ] as const)('%s %j', async (as, request, expected) => {
    expect(keysOf(await list(as, request))).toEqual(expected);
  });

  it('says who is assigned, the state in Turkish, and which open visits are late (planned date before today)', async () => {
    const listed = await list('izleyici', { scope: 'mine' });
    expect(listed.today).toBe('2026-03-02');
    expect(listed.more).toBe(false);
    expect(listed.visits.map((visit) => [visit.dueOn, visit.stateLabel, visit.overdue, visit.visitorName])).toEqual([
      ['2026-02-10', 'Ziyaret edildi', false, 'Test izleyici'],
      ['2026-03-01', 'Atandı', true, 'Test izleyici'],
      ['2026-03-02', 'Atandı', false, 'Test izleyici'],
    ]);
    expect((await list('mudur', { scope: 'all', limit: 2 })).more).toBe(true);
  });

  it('refuses an unknown state', async () => {
    expect(await fixture.call('izleyici', 'visit:list', { scope: 'mine', state: 'bitti' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
