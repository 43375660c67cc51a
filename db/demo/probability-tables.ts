import { ITKFDP_II } from '../../core/programmes/itkfdp-ii/edition';
import type { DemoApplicationStatus, DemoCall, DemoProgram } from './demo-types';
import { type Random, weightedTable } from './random';
import { PROVINCES, type TradeGroup, TRADES } from './word-lists';

/** Demo data: the named probability tables — which programmes, states, provinces and trades, how often, and why an application is rejected. */

/**
 * Two ITKFDP-II calls: one announced before the 17/12/2025 amendment, one
 * after it, so both new-hire definitions occur (spec/domain-rules.md "Rule versions").
 */
export const DEMO_ITKFDP_CALLS: readonly DemoCall[] = [
  {
    key: 'ITKFDP-II-2025-1',
    program: 'ITKFDP-II',
    name: 'ITKFDP-II 2025 yılı 1. çağrı',
    calendar: {
      announcedOn: '2025-05-15',
      applicationStart: '2025-05-15',
      applicationEnd: '2025-12-31',
      referenceMonths: ['2025-02', '2025-03', '2025-04'],
      lastRequestOn: '2027-12-31',
    },
  },
  {
    key: 'ITKFDP-II-2026-1',
    program: 'ITKFDP-II',
    name: 'ITKFDP-II 2026 yılı 1. çağrı',
    calendar: {
      announcedOn: '2026-01-20',
      applicationStart: '2026-02-02',
      applicationEnd: '2026-07-31',
      referenceMonths: ['2025-10', '2025-11', '2025-12'],
      lastRequestOn: '2028-12-29',
    },
  },
];

/**
 * The states an application of each edition can be in on DEMO_AS_OF.
 * COMPLETED needs the programme period to have ended: IKDP-2025's 12 months
 * from an approval in 2025 have; IKDP-2026 runs to 31/12/2026, and ITKFDP-II's
 * 18 months of support began on 01/06/2025 at the earliest (ending
 * 30/11/2026), so neither has a completed case yet.
 */
export const DEMO_STATUSES: Readonly<Record<DemoProgram, readonly DemoApplicationStatus[]>> = {
  'IKDP-2025': ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'TERMINATED', 'COMPLETED'],
  'IKDP-2026': ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'TERMINATED'],
  'ITKFDP-II': ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'TERMINATED'],
};

export const STATUS_WEIGHTS: Readonly<Record<DemoProgram, Readonly<Partial<Record<DemoApplicationStatus, number>>>>> = {
  'IKDP-2025': { DRAFT: 2, SUBMITTED: 5, APPROVED: 10, REJECTED: 15, CANCELLED: 5, TERMINATED: 3, COMPLETED: 60 },
  'IKDP-2026': { DRAFT: 5, SUBMITTED: 20, APPROVED: 55, REJECTED: 12, CANCELLED: 5, TERMINATED: 3 },
  'ITKFDP-II': { DRAFT: 4, SUBMITTED: 14, APPROVED: 62, REJECTED: 12, CANCELLED: 4, TERMINATED: 4 },
};

/** Every (edition, state) pair, given to the first enterprises so that any run of this many or more has all of them. */
export const GUARANTEED_CASES: readonly { readonly program: DemoProgram; readonly status: DemoApplicationStatus }[] = (
  Object.entries(DEMO_STATUSES) as [DemoProgram, readonly DemoApplicationStatus[]][]
).flatMap(([program, statuses]) => statuses.map((status) => ({ program, status })));

export const DEMO_ENTERPRISES_FOR_EVERY_STATE = GUARANTEED_CASES.length;

export const ITKFDP_PROVINCES: ReadonlySet<string> = new Set(ITKFDP_II.provinces[0]?.value ?? []);

export const pickProvince = weightedTable(PROVINCES, (province) => province.weight);
export const pickTrade = weightedTable(TRADES, (trade) => trade.weight);
export const ikdpTrades = TRADES.filter((trade) => trade.group === 'ikdp');
export const manufacturingTrades = TRADES.filter((trade) => trade.group === 'manufacturing');
export const itkfdpProvinceList = PROVINCES.filter((province) => ITKFDP_PROVINCES.has(province.name));
export const pickItkfdpProvince = weightedTable(itkfdpProvinceList, (province) => province.weight);

export type ApplicationPlan = { readonly program: DemoProgram; readonly status: DemoApplicationStatus };

/** Which trade groups each edition takes (MADDE 7(3) IKDP; MADDE 9(3) ITKFDP-II). */
export function fits(program: DemoProgram, group: TradeGroup): boolean {
  switch (program) {
    case 'IKDP-2025':
      return group === 'ikdp';
    case 'IKDP-2026':
      return group === 'ikdp' || group === 'ikdp-2026-only';
    case 'ITKFDP-II':
      return group === 'ikdp' || group === 'ikdp-2026-only' || group === 'manufacturing' || group === 'it-rd';
  }
}

export function naturalStatus(random: Random, program: DemoProgram): DemoApplicationStatus {
  const weights = STATUS_WEIGHTS[program];
  return random.weighted(DEMO_STATUSES[program], (status) => weights[status] ?? 0);
}

export function planApplications(random: Random, group: TradeGroup, inItkfdpProvince: boolean): ApplicationPlan[] {
  const plans: ApplicationPlan[] = [];
  const apply = (program: DemoProgram, probability: number): void => {
    if (!random.chance(probability)) return;
    plans.push({ program, status: fits(program, group) ? naturalStatus(random, program) : 'REJECTED' });
  };
  switch (group) {
    case 'ikdp':
      apply('IKDP-2025', 0.55);
      apply('IKDP-2026', 0.4);
      if (inItkfdpProvince) apply('ITKFDP-II', 0.08);
      break;
    case 'ikdp-2026-only':
      apply('IKDP-2025', 0.1);
      apply('IKDP-2026', 0.45);
      if (inItkfdpProvince) apply('ITKFDP-II', 0.1);
      break;
    case 'manufacturing':
    case 'it-rd':
      apply('IKDP-2025', 0.03);
      if (inItkfdpProvince) apply('ITKFDP-II', 0.3);
      break;
    case 'other':
      apply('IKDP-2025', 0.03);
      if (inItkfdpProvince) apply('ITKFDP-II', 0.02);
      break;
  }
  return plans;
}

/** Rejection reasons an officer writes, by the check that failed; the enterprise's data is made to match. */
export type Rejection = { readonly code: string; readonly text: string };

export function rejectionFor(random: Random, program: DemoProgram, group: TradeGroup): Rejection {
  if (!fits(program, group)) {
    return program === 'ITKFDP-II'
      ? { code: 'nace-sector', text: "MADDE 9(3): Ana faaliyet kodu Kısım C, Bölüm 62 veya Bölüm 72'de değil." }
      : { code: 'nace-sector', text: 'MADDE 7(3), 7(4): Ana faaliyet kodu programın sektörlerinde (NACE 13, 14, 15, 31) değil.' };
  }
  if (program === 'ITKFDP-II') {
    return random.pick([
      { code: 'loan-amount', text: 'MADDE 8(1): Kredi tutarı 1.750.000 TL – 2.000.000 TL aralığında değil.' },
      { code: 'env-social', text: 'MADDE 10(5): Çevresel ve sosyal kriterler karşılanmıyor.' },
      { code: 'declaration', text: 'MADDE 9(2): İşletme Beyanı güncel değil.' },
    ]);
  }
  if (program === 'IKDP-2026') return { code: 'registration', text: 'MADDE 7(1): İşletme sistemde kayıtlı ve aktif değil.' };
  return random.pick([
    { code: 'declaration', text: 'MADDE 7(1): İşletme Beyanı güncel değil.' },
    { code: 'registration', text: 'MADDE 7(1): İşletme sistemde kayıtlı ve aktif değil.' },
  ]);
}
