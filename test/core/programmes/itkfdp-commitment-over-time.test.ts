import { describe, expect, it } from 'vitest';
import type { CommittedPerson, ItkfdpCaseInput } from '../../../core/inputs/itkfdp-input';
import { toMoneyString } from '../../../core/lib/money';
import { evaluateItkfdpCase } from '../../../core/rules';
import { checkOf, gkasMan, itkCase, itkRequest, newTurkishWoman, person } from './builders';

/**
 * spec/domain-rules.md "Commitment composition": judged on the commitment slots before and after every change of
 * holder; a replacement takes the slot from the day after the leaving date; a leaver with no replacement holds no
 * slot after leaving. Periods: 1 = Ağustos–Ekim 2025, 2 = Kasım 2025–Ocak 2026, 3 = Şubat–Nisan 2026, 4 = Mayıs–Temmuz 2026.
 */
const REQUESTS = [1, 2, 3, 4].map((period) => itkRequest({ periods: [period], submittedOn: '2026-08-10' }));

function staffOutcomes(personnel: readonly CommittedPerson[]): string[] {
  const evaluation = evaluateItkfdpCase(itkCase({ personnel: [...personnel], requests: REQUESTS }));
  return evaluation.decisions.map((decision) => checkOf(decision.checks, 'commitment-staff').outcome);
}

function staffCheck(input: ItkfdpCaseInput, period = 1) {
  const decision = evaluateItkfdpCase(input).decisions.find((entry) => entry.index === period);
  if (decision === undefined) throw new Error('test setup: no decision');
  return checkOf(decision.checks, 'commitment-staff');
}

describe('commitment-staff over time — MADDE 9(5)(a)(b) "destek süresince", 14(5), 14(6)', () => {
  it.each([
    [
      'T.C. new hire replaced by a T.C. new hire on 16.09.2025',
      [newTurkishWoman({ leftOn: '2025-09-15' }), gkasMan(), person('p3', { hiredOn: '2025-09-10', replaces: 'p1' })],
      ['pass', 'pass', 'pass', 'pass'],
    ],
    [
      'T.C. replaced by a GKAS: fails in the period of the change and later ones',
      [newTurkishWoman({ leftOn: '2025-09-15' }), gkasMan(), gkasMan({ id: 'p3', hiredOn: '2025-06-10', replaces: 'p1' })],
      ['fail', 'fail', 'fail', 'fail'],
    ],
    [
      'T.C. replaced by a GKAS, repaired by a T.C. new hire on 01.03.2026',
      [
        newTurkishWoman({ leftOn: '2025-09-15' }),
        gkasMan(),
        gkasMan({ id: 'p3', hiredOn: '2025-06-10', leftOn: '2026-02-28', replaces: 'p1' }),
        person('p4', { hiredOn: '2026-02-20', replaces: 'p3' }),
      ],
      ['fail', 'fail', 'fail', 'pass'],
    ],
    [
      'the only new hire replaced by an employee hired before the announcement',
      [newTurkishWoman({ leftOn: '2025-12-31' }), gkasMan(), person('p3', { hiredOn: '2024-01-01', replaces: 'p1' })],
      ['pass', 'fail', 'fail', 'fail'],
    ],
    [
      'a leaver with no declared replacement leaves the slot empty',
      [newTurkishWoman(), gkasMan({ leftOn: '2026-03-10' })],
      ['pass', 'pass', 'fail', 'fail'],
    ],
  ] as const)('%s → %j', (_name, personnel, outcomes) => {
    expect(staffOutcomes(personnel)).toEqual(outcomes);
  });

  it.each([
    ['the day before the period’s last day', '2025-10-30', 'fail', '31.10.2025–31.10.2025'],
    ['on the period’s last day', '2025-10-31', 'pass', 'Dönemde taahhüt personeli: p1 (T.C.), p2 (GKAS)'],
    ['the day after the period’s last day', '2025-11-01', 'pass', 'Dönemde taahhüt personeli: p1 (T.C.), p2 (GKAS)'],
  ] as const)('GKAS with no replacement leaving %s (%s) → %s for period 1', (_name, leftOn, outcome, phrase) => {
    const check = staffCheck(itkCase({ personnel: [newTurkishWoman(), gkasMan({ leftOn })] }));
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(5)(a)(b)' });
    expect(check.explanation).toContain(phrase);
  });

  it('names each stretch of the period with its holders and says why the composition breaks', () => {
    const check = staffCheck(
      itkCase({
        personnel: [newTurkishWoman({ leftOn: '2025-09-15' }), gkasMan(), gkasMan({ id: 'p3', hiredOn: '2025-06-10', replaces: 'p1' })],
      }),
    );
    expect(check.outcome).toBe('fail');
    expect(check.explanation).toContain('01.08.2025–15.09.2025: taahhüt personeli: p1 (T.C.), p2 (GKAS); yeni istihdam');
    expect(check.explanation).toContain(
      '16.09.2025–31.10.2025: taahhüt personeli: p3 (GKAS), p2 (GKAS); en az 1 T.C. vatandaşı ve 1 GKAS/UKSK gerekir (sağlanmıyor)',
    );
    expect(check.explanation).toContain('MADDE 14(5), 14(6) yalnızca 46 gün hesabını kurtarır');
  });

  it('the 46-day rescue of 14(5) still counts: leaver + replacement reach 46 while the composition fails', () => {
    const decision = evaluateItkfdpCase(
      itkCase({
        personnel: [
          newTurkishWoman({ leftOn: '2025-08-20', primDays: { '2025-08': 20 } }),
          gkasMan(),
          gkasMan({ id: 'p3', hiredOn: '2025-08-21', replaces: 'p1', primDays: { '2025-08': 6, '2025-09': 10, '2025-10': 10 } }),
        ],
      }),
    ).decisions[0];
    expect(decision?.failed).toEqual(['commitment-staff']);
    expect(checkOf(decision?.checks ?? [], 'person-prim-days').explanation).toContain(
      'p1 + p3 (ayrılan ve yerine beyan edilen): 46 gün ≥ 46',
    );
    expect(toMoneyString(decision?.amountEUR ?? evaluateItkfdpCase(itkCase()).totalEUR)).toBe('0.00');
  });

  it('three consecutive periods failing the composition terminate the programme at the end of the third (MADDE 16(3))', () => {
    const evaluation = evaluateItkfdpCase(
      itkCase({
        personnel: [newTurkishWoman({ leftOn: '2025-09-15' }), gkasMan(), gkasMan({ id: 'p3', hiredOn: '2025-06-10', replaces: 'p1' })],
        requests: REQUESTS,
      }),
    );
    expect(evaluation.terminatedOn).toBe('2026-04-30');
    expect(evaluation.terminationReason).toBe('THREE_CONSECUTIVE_FAILURES');
  });
});
