import { describe, expect, it } from 'vitest';
import type { ItkfdpCaseInput, TerminationEvent } from '../../../core/inputs/itkfdp-input';
import { toMoneyString } from '../../../core/lib/money';
import { evaluateItkfdpCase } from '../../../core/rules';
import { checkOf, gkasMan, ITK_ENTERPRISE_DAYS, itkCase, itkRequest, newTurkishWoman, SUPPORT_MONTHS } from './builders';

/** The months of payment period `index` (credit used 10/07/2025). */
function periodMonths(index: number): string[] {
  return SUPPORT_MONTHS.slice((index - 1) * 3, index * 3);
}

/** Enterprise prim gün with the given periods at 17 a month: 51 < minimum 54, so min-prim-days fails there. */
function failingMinimumIn(periods: readonly number[]): Record<string, number> {
  const days: Record<string, number> = { ...ITK_ENTERPRISE_DAYS };
  for (const index of periods) for (const month of periodMonths(index)) days[month] = 17;
  return days;
}

/** Enterprise prim gün without the months of the given periods (their commitments cannot be evaluated yet). */
function withoutDataFor(periods: readonly number[], days: Record<string, number>): Record<string, number> {
  const dropped = new Set(periods.flatMap(periodMonths));
  return Object.fromEntries(Object.entries(days).filter(([month]) => !dropped.has(month)));
}

describe('terminated — MADDE 16(3): three consecutive periods failing the commitments', () => {
  it('terminates at the end of the third failing period; a later period fails `terminated`', () => {
    const evaluation = evaluateItkfdpCase(
      itkCase({ primDays: failingMinimumIn([1, 2, 3]), requests: [itkRequest({ periods: [3, 4], submittedOn: '2026-08-05' })] }),
    );
    expect(evaluation.terminatedOn).toBe('2026-04-30');
    expect(evaluation.terminationReason).toBe('THREE_CONSECUTIVE_FAILURES');
    expect(evaluation.terminationExplanation).toContain('1, 2, 3. ödeme dönemlerinde');
    const [third, fourth] = evaluation.periods;
    expect(third?.failed).toEqual(['min-prim-days']);
    expect(fourth?.failed).toEqual(['terminated']);
    const check = checkOf(fourth?.checks ?? [], 'terminated');
    expect(check.article).toBe('MADDE 16');
    expect(check.explanation).toContain('30.04.2026');
  });

  it.each<[string, Partial<ItkfdpCaseInput>]>([
    ['min-prim-days (enterprise total 51 < 54)', { primDays: failingMinimumIn([1, 2, 3]) }],
    [
      'person-prim-days (p1 has 45 days)',
      {
        personnel: [
          newTurkishWoman({ primDays: Object.fromEntries(SUPPORT_MONTHS.map((month, index) => [month, index < 9 ? 15 : 30])) }),
          gkasMan(),
        ],
      },
    ],
    ['commitment-staff (two T.C. citizens, no GKAS/UKSK)', { personnel: [newTurkishWoman(), gkasMan({ citizenship: 'TR' })] }],
  ])('counts a failure of %s', (_name, overrides) => {
    const evaluation = evaluateItkfdpCase(itkCase({ ...overrides, requests: [itkRequest({ periods: [4], submittedOn: '2026-08-05' })] }));
    expect(evaluation.terminatedOn).toBe('2026-04-30');
    expect(evaluation.terminationReason).toBe('THREE_CONSECUTIVE_FAILURES');
    expect(evaluation.periods[0]?.failed).toContain('terminated');
  });

  it('does not terminate when the failures are not consecutive (1, 2 fail; 3 meets; 4, 5 fail)', () => {
    const evaluation = evaluateItkfdpCase(
      itkCase({ primDays: failingMinimumIn([1, 2, 4, 5]), requests: [itkRequest({ periods: [6], submittedOn: '2027-02-05' })] }),
    );
    expect(evaluation.terminatedOn).toBeNull();
    expect(evaluation.terminationReason).toBeNull();
    expect(evaluation.periods[0]?.approved).toBe(true);
  });

  it('does not terminate after two failures while the third period’s data is not in the file', () => {
    const evaluation = evaluateItkfdpCase(
      itkCase({
        primDays: withoutDataFor([3, 4, 5, 6], failingMinimumIn([1, 2])),
        requests: [itkRequest({ periods: [2], submittedOn: '2026-02-02' })],
      }),
    );
    expect(evaluation.terminatedOn).toBeNull();
  });

  it.each<[string, Partial<ItkfdpCaseInput>]>([
    ['an unpaid instalment', { installmentsPaid: [4, 5, 6] }],
    [
      'overdue tax/SGK debt on the requests',
      { requests: [itkRequest({ periods: [1, 2, 3], submittedOn: '2026-05-04', overdueTaxOrSgkDebt: true })] },
    ],
    [
      'requests without the commitment declaration',
      { requests: [itkRequest({ periods: [1, 2, 3], submittedOn: '2026-05-04', commitmentDeclared: false })] },
    ],
  ])('does not count request-level failures (%s) as commitment failures', (_name, overrides) => {
    const evaluation = evaluateItkfdpCase(itkCase(overrides));
    expect(evaluation.terminatedOn).toBeNull();
  });

  it('keeps an earlier period that met its commitments payable after the termination (MADDE 16(6))', () => {
    const evaluation = evaluateItkfdpCase(
      itkCase({ primDays: failingMinimumIn([2, 3, 4]), requests: [itkRequest({ periods: [1, 5], submittedOn: '2026-11-05' })] }),
    );
    expect(evaluation.terminatedOn).toBe('2026-07-31');
    const [first, fifth] = evaluation.periods;
    expect(first?.approved).toBe(true);
    expect(checkOf(first?.checks ?? [], 'terminated').explanation).toContain('Sonlandırma bu dönemin ödenmesine engel değil');
    expect(fifth?.failed).toEqual(['terminated']);
    expect(toMoneyString(evaluation.totalEUR)).toBe('2500.00');
  });
});

describe('terminated — MADDE 16(2), 16(5): LIQUIDATION / CLOSURE: no request decided on or after the event is paid', () => {
  it.each([
    ['LIQUIDATION', '2025-11-11', 'pass'],
    ['LIQUIDATION', '2025-11-10', 'fail'],
    ['LIQUIDATION', '2025-11-09', 'fail'],
    ['CLOSURE', '2025-11-11', 'pass'],
    ['CLOSURE', '2025-11-10', 'fail'],
    ['CLOSURE', '2025-11-09', 'fail'],
  ] as const)('%s on %s, period 1 requested on 10/11/2025 → %s', (type, on, outcome) => {
    const evaluation = evaluateItkfdpCase(itkCase({ events: [{ type, on }] }));
    const check = checkOf(evaluation.decisions[0]?.checks ?? [], 'terminated');
    expect(check).toMatchObject({ outcome, article: 'MADDE 16' });
    expect(evaluation.terminatedOn).toBe(on);
    expect(evaluation.terminationReason).toBe(type);
    if (outcome === 'fail') expect(check.explanation).toContain(`${on.slice(8, 10)}.11.2025`);
  });
});

describe('terminated — MADDE 16(1), 16(6): TRANSFER_MERGER_TERMINATED: periods ending before the event stay payable', () => {
  it.each([
    ['2025-10-30', 'fail'],
    ['2025-10-31', 'fail'],
    ['2025-11-01', 'pass'],
  ] as const)('event on %s, period 1 (ends 31/10/2025) requested afterwards → %s', (on, outcome) => {
    const evaluation = evaluateItkfdpCase(
      itkCase({ events: [{ type: 'TRANSFER_MERGER_TERMINATED', on }], requests: [itkRequest({ submittedOn: '2025-11-20' })] }),
    );
    expect(checkOf(evaluation.decisions[0]?.checks ?? [], 'terminated').outcome).toBe(outcome);
    expect(evaluation.terminationReason).toBe('TRANSFER_MERGER_TERMINATED');
  });
});

describe('terminated — MADDE 16(4), 18(9): LOAN_RESTRUCTURED: no payment for the period containing the closing date or later', () => {
  it.each([
    ['2025-08-01', 1, 'fail'],
    ['2025-10-31', 1, 'fail'],
    ['2025-11-01', 1, 'pass'],
    ['2025-11-01', 2, 'fail'],
    ['2026-01-31', 2, 'fail'],
    ['2026-02-01', 2, 'pass'],
  ] as const)('closing on %s: period %i → %s', (on, period, outcome) => {
    const evaluation = evaluateItkfdpCase(
      itkCase({ events: [{ type: 'LOAN_RESTRUCTURED', on }], requests: [itkRequest({ periods: [period], submittedOn: '2026-03-02' })] }),
    );
    const decision = evaluation.decisions[0];
    expect(decision?.index).toBe(period);
    expect(checkOf(decision?.checks ?? [], 'terminated').outcome).toBe(outcome);
    expect(evaluation.terminatedOn).toBe(on);
    expect(evaluation.terminationReason).toBe('LOAN_RESTRUCTURED');
  });
});

describe('termination — the earliest of the events and the three-failure termination wins', () => {
  const closure: TerminationEvent = { type: 'CLOSURE', on: '2026-01-10' };
  const restructured: TerminationEvent = { type: 'LOAN_RESTRUCTURED', on: '2026-02-15' };

  it.each([
    ['closure first', [closure, restructured]],
    ['closure listed second', [restructured, closure]],
  ] as const)('%s → CLOSURE on 10/01/2026', (_name, events) => {
    const evaluation = evaluateItkfdpCase(itkCase({ events: [...events] }));
    expect(evaluation.terminatedOn).toBe('2026-01-10');
    expect(evaluation.terminationReason).toBe('CLOSURE');
  });

  it.each([
    ['2026-05-01', '2026-04-30', 'THREE_CONSECUTIVE_FAILURES'],
    ['2026-04-29', '2026-04-29', 'LIQUIDATION'],
  ] as const)('three failures ending 30/04/2026 and liquidation on %s → %s %s', (on, terminatedOn, reason) => {
    const evaluation = evaluateItkfdpCase(itkCase({ primDays: failingMinimumIn([1, 2, 3]), events: [{ type: 'LIQUIDATION', on }] }));
    expect(evaluation.terminatedOn).toBe(terminatedOn);
    expect(evaluation.terminationReason).toBe(reason);
  });

  it('never claws back support paid before the termination (MADDE 16(7))', () => {
    const evaluation = evaluateItkfdpCase(
      itkCase({
        events: [{ type: 'LIQUIDATION', on: '2025-12-01' }],
        requests: [itkRequest(), itkRequest({ periods: [2], submittedOn: '2026-02-02' })],
      }),
    );
    expect(evaluation.decisions.map((decision) => [decision.index, decision.approved, toMoneyString(decision.amountEUR)])).toEqual([
      [1, true, '2500.00'],
      [2, false, '0.00'],
    ]);
    expect(toMoneyString(evaluation.totalEUR)).toBe('2500.00');
  });
});
