import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../../../db/repositories/applications';
import { createCallCalendar } from '../../../db/repositories/call-calendars';
import { putEnterpriseMonthlyPrimDays } from '../../../db/repositories/prim-days';
import { withWrite } from '../../../db/write-context';
import type { ChannelResponse } from '../../../electron/contract';
import { TEST_ACTOR } from '../../db/helpers';
import { createAppFixture, createCaseFile, type AppFixture } from './app-fixture';

type Series = ChannelResponse<'sgk:get-series'>;

let fixture: AppFixture;
let ikdpId: number;
let itkfdpId: number;
let emptyId: number;

/** Ankara and İzmir rows of one enterprise: IKDP adds the provinces, ITKFDP-II reads the application province. */
const ANKARA: Readonly<Record<string, number>> = {
  '2024-10': 300,
  '2024-11': 310,
  '2024-12': 320, // ITKFDP-II reference months: lowest 300, so 900 a period and 300 a month
  '2025-01': 309,
  '2025-02': 310,
  '2025-04': 400, // 2025-03 has no row
  '2025-05': 299, // one below the ITKFDP-II monthly share
};
// IKDP base with İzmir: (330 + 340 + 350) / 3 = 340; February 2025 is exactly 340 (not below).
const IZMIR: Readonly<Record<string, number>> = { '2024-10': 30, '2024-11': 30, '2024-12': 30, '2025-01': 1, '2025-02': 30 };

beforeAll(() => {
  fixture = createAppFixture();
  const file = createCaseFile(fixture);
  ikdpId = file.ikdp.id;
  withWrite(fixture.database.db, TEST_ACTOR, (w) => {
    for (const [province, days] of [
      ['Ankara', ANKARA],
      ['İzmir', IZMIR],
    ] as const) {
      for (const [month, primDays] of Object.entries(days)) {
        putEnterpriseMonthlyPrimDays(w, { enterpriseId: file.enterprise.id, province, month, primDays });
      }
    }
    const calendar = createCallCalendar(w, {
      program: 'ITKFDP-II',
      name: 'Deneme çağrısı',
      calendar: { announcedOn: '2025-06-02', referenceMonths: ['2024-10', '2024-11', '2024-12'] },
    });
    itkfdpId = createApplication(w, {
      enterpriseId: file.enterprise.id,
      program: 'ITKFDP-II',
      status: 'APPROVED',
      appliedOn: '2025-01-10',
      applicationProvince: 'Ankara',
      callCalendarId: calendar.id,
    }).id;
    emptyId = createApplication(w, {
      enterpriseId: file.enterprise.id,
      program: 'ITKFDP-II',
      status: 'APPROVED',
      appliedOn: '2025-01-10',
    }).id;
  });
});

afterAll(() => {
  fixture.dispose();
});

async function series(applicationId: number, as: 'uzman' | 'izleyici' = 'uzman'): Promise<Series> {
  const answer = await fixture.call(as, 'sgk:get-series', { applicationId });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Series;
}

describe('sgk:get-series', () => {
  it('IKDP: all provinces added, the base average from core, months below it marked', async () => {
    const value = await series(ikdpId);
    expect(value.program).toBe('IKDP-2025');
    expect(value.province).toBeNull();
    // (330 + 340 + 350) / 3 = 340 with İzmir added.
    expect(value.line).toMatchObject({ kind: 'ikdp-base', monthly: 340, perPeriod: null, article: 'MADDE 5(1), 9(1), 9(4)' });
    expect(value.line.label).toBe('Baz ortalama 340 prim gün');
    expect(value.line.explanation).toContain('330 + 340 + 350 = 1.020');
    expect(value.months).toEqual([
      { month: '2024-10', primDays: 330, role: 'base', belowLine: null },
      { month: '2024-11', primDays: 340, role: 'base', belowLine: null },
      { month: '2024-12', primDays: 350, role: 'base', belowLine: null },
      { month: '2025-01', primDays: 310, role: 'other', belowLine: true },
      { month: '2025-02', primDays: 340, role: 'other', belowLine: false },
      { month: '2025-03', primDays: null, role: 'other', belowLine: null },
      { month: '2025-04', primDays: 400, role: 'other', belowLine: false },
      { month: '2025-05', primDays: 299, role: 'other', belowLine: true },
    ]);
  });

  it('ITKFDP-II: the application province only, the period minimum and its monthly share', async () => {
    const value = await series(itkfdpId, 'izleyici');
    expect(value.province).toBe('Ankara');
    expect(value.line).toMatchObject({ kind: 'itkfdp-minimum', monthly: 300, perPeriod: 900, monthsPerPeriod: 3 });
    expect(value.line.label).toBe('Dönem asgarisi 900 prim gün (aylık 300)');
    const table = value.months.map((month) => [month.month, month.primDays, month.role, month.belowLine]);
    expect(table).toEqual([
      ['2024-10', 300, 'reference', null],
      ['2024-11', 310, 'reference', null],
      ['2024-12', 320, 'reference', null],
      ['2025-01', 309, 'other', false],
      ['2025-02', 310, 'other', false],
      ['2025-03', null, 'other', null],
      ['2025-04', 400, 'other', false],
      ['2025-05', 299, 'other', true],
    ]);
  });

  it('says why there is no line when the calendar is missing, and nothing is compared', async () => {
    const value = await series(emptyId);
    expect(value.line.monthly).toBeNull();
    expect(value.line.explanation).toContain('referans aylar yok');
    expect(value.months).toEqual([]);
  });

  it('an unknown application is not-found', async () => {
    const answer = await fixture.call('uzman', 'sgk:get-series', { applicationId: 999_999 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
