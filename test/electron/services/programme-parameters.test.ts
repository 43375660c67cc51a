import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../../../db/repositories/applications';
import { withWrite } from '../../../db/write-context';
import type { ChannelResponse } from '../../../electron/contract';
import { TEST_ACTOR } from '../../db/helpers';
import { createAppFixture, createCaseFile, type AppFixture } from './app-fixture';

type Parameters = ChannelResponse<'programme:get-parameters'>;

let fixture: AppFixture;
let ikdp2025: number;
let ikdp2026: number;
let itkfdp: number;

beforeAll(() => {
  fixture = createAppFixture('2026-03-20');
  const file = createCaseFile(fixture);
  ikdp2025 = file.ikdp.id;
  itkfdp = file.itkfdp.id;
  ikdp2026 = withWrite(fixture.database.db, TEST_ACTOR, (w) =>
    createApplication(w, { enterpriseId: file.enterprise.id, program: 'IKDP-2026', status: 'SUBMITTED', appliedOn: '2026-03-10' }),
  ).id;
});

afterAll(() => {
  fixture.dispose();
});

async function parameters(applicationId: number): Promise<Parameters> {
  const answer = await fixture.call('izleyici', 'programme:get-parameters', { applicationId });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Parameters;
}

describe('programme:get-parameters', () => {
  it('IKDP-2026: every value provisional with its last confirmation, the unannounced ones as gaps', async () => {
    const value = await parameters(ikdp2026);
    expect(value).toMatchObject({ program: 'IKDP-2026', provisional: true, asOf: '2026-03-10' });
    expect(value.lines.every((line) => line.provisional)).toBe(true);
    const byKey = new Map(value.lines.map((line) => [line.key, line]));
    expect
      .soft(byKey.get('supportPer30PrimGun'))
      .toMatchObject({ value: '3.500,00 ₺', article: 'MADDE 8(2) karşılığı', lastConfirmed: '2026-03-06' });
    expect.soft(byKey.get('baseMonths')?.value).toBe('Kasım 2025, Aralık 2025');
    expect.soft(byKey.get('applicationEnd')).toMatchObject({ value: '30.04.2026', lastConfirmed: '2026-11-22' });
    expect.soft(byKey.get('requestDeadline')).toMatchObject({ value: null, provisional: true });
    expect.soft(byKey.get('requestDeadline')?.act).toContain('henüz ilan edilmedi');
    expect.soft(byKey.get('postMonitoringAfterYears')?.value).toBeNull();
    expect(value.lines.filter((line) => line.value === null).map((line) => line.key)).toEqual([
      'requestDeadline',
      'postMonitoringAfterYears',
    ]);
    expect(value.provisionalArticles).toEqual(expect.arrayContaining(['MADDE 5(1)', 'MADDE 8(2)', 'MADDE 10(1)', 'MADDE 15(3)']));
  });

  it("IKDP-2025: the regulation's values, nothing provisional", async () => {
    const value = await parameters(ikdp2025);
    expect(value).toMatchObject({ program: 'IKDP-2025', provisional: false, provisionalArticles: [] });
    expect(value.lines.some((line) => line.provisional)).toBe(false);
    expect(value.lines.find((line) => line.key === 'programmePeriod')?.value).toMatch(/^onaydan itibaren \d+ ay$/);
  });

  it('ITKFDP-II: no provisional values', async () => {
    expect(await parameters(itkfdp)).toMatchObject({ program: 'ITKFDP-II', provisional: false, lines: [], provisionalArticles: [] });
  });
});
