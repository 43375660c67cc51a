import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../core/inputs/common';
import { itkfdpCaseInput, type ItkfdpCaseInput } from '../../../core/inputs/itkfdp-input';
import { toMoneyString } from '../../../core/lib/money';
import { evaluateItkfdpCase } from '../../../core/rules';
import { checkOf, gkasMan, itkCase, itkRequest, newTurkishWoman, omit } from './builders';

function firstDecision(input: ItkfdpCaseInput) {
  const decision = evaluateItkfdpCase(input).decisions[0];
  if (decision === undefined) throw new Error('test setup: no decision');
  return decision;
}

describe('tax-liability — MADDE 14(11)(a): the tax liability still runs when the eligibility form goes to the müdür', () => {
  it.each([
    [true, 'pass', 'vergi mükellefiyeti devam ediyor (talep 10.11.2025)'],
    [false, 'fail', 'vergi mükellefiyeti sona ermiş (talep 10.11.2025)'],
  ] as const)('taxLiabilityActive %s → %s', (taxLiabilityActive, outcome, phrase) => {
    const decision = firstDecision(itkCase({ requests: [itkRequest({ taxLiabilityActive })] }));
    const check = checkOf(decision.checks, 'tax-liability');
    expect(check).toMatchObject({ outcome, article: 'MADDE 14(11)(a)' });
    expect(check.explanation).toContain(phrase);
    expect(decision.approved).toBe(outcome === 'pass');
    expect(toMoneyString(decision.amountEUR)).toBe(outcome === 'pass' ? '2500.00' : '0.00');
  });

  it('absent means the liability runs (files written before the check existed)', () => {
    const decision = firstDecision(itkCase({ requests: [omit(itkRequest({ taxLiabilityActive: true }), 'taxLiabilityActive')] }));
    expect(checkOf(decision.checks, 'tax-liability')).toMatchObject({ outcome: 'pass', article: 'MADDE 14(11)(a)' });
    expect(checkOf(decision.checks, 'tax-liability').explanation).toContain('devam ettiği kabul edilir');
    expect(decision.approved).toBe(true);
  });

  it('is a request fact: a later request with the liability running is paid', () => {
    const evaluation = evaluateItkfdpCase(
      itkCase({
        requests: [itkRequest({ taxLiabilityActive: false }), itkRequest({ submittedOn: '2025-12-01', taxLiabilityActive: true })],
      }),
    );
    expect(evaluation.decisions.map((decision) => [decision.approved, decision.failed])).toEqual([
      [false, ['tax-liability']],
      [true, []],
    ]);
  });

  it('does not count towards termination (16(3) reads the commitments of 14(3))', () => {
    const requests = [1, 2, 3].map((period) => itkRequest({ periods: [period], submittedOn: '2026-08-10', taxLiabilityActive: false }));
    expect(evaluateItkfdpCase(itkCase({ requests })).terminatedOn).toBeNull();
  });
});

describe('other-programme-staff — MADDE 9(12): no month of the period inside another commitment programme’s support period', () => {
  // Period 1 is Ağustos–Ekim 2025.
  it.each([
    ['ends the month before the period', 'ITKFDP-I', '2024-08', '2025-07', 'pass', 'hiçbir ayını kapsamıyor'],
    ['ends in the period’s first month', 'ITKFDP-I', '2024-08', '2025-08', 'fail', 'bu dönemin Ağustos 2025 ayını kapsıyor'],
    ['starts in the period’s last month', 'FRIT-II-ITKDP', '2025-10', '2027-03', 'fail', 'bu dönemin Ekim 2025 ayını kapsıyor'],
    ['starts the month after the period', 'FRIT-II-ITKDP', '2025-11', '2027-04', 'pass', 'hiçbir ayını kapsamıyor'],
    [
      'covers the whole period',
      'ITKFDP-I',
      '2025-01',
      '2026-06',
      'fail',
      'bu dönemin Ağustos 2025, Eylül 2025, Ekim 2025 aylarını kapsıyor',
    ],
  ] as const)('p2’s other support %s (%s %s – %s) → %s', (_name, program, from, to, outcome, phrase) => {
    const decision = firstDecision(
      itkCase({ personnel: [newTurkishWoman(), gkasMan({ otherProgrammeSupport: [{ program, from, to }] })] }),
    );
    const check = checkOf(decision.checks, 'other-programme-staff');
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(12)' });
    expect(check.explanation).toContain(phrase);
    expect(check.explanation).toContain('1. dönem (Ağustos 2025 – Ekim 2025)');
    if (outcome === 'fail') {
      expect(check.explanation).toContain(
        program === 'ITKFDP-I' ? 'p2 İstihdam Taahhütlü KOBİ Finansman Destek Programı kapsamında' : 'p2 FRIT II-İstihdam Taahhütlü',
      );
    }
    expect(decision.approved).toBe(outcome === 'pass');
  });

  it('passes when no committed person is committed elsewhere', () => {
    const check = checkOf(firstDecision(itkCase()).checks, 'other-programme-staff');
    expect(check).toMatchObject({ outcome: 'pass' });
    expect(check.explanation).toContain('taahhüdü beyan edilmemiş');
  });

  it('fails only the periods that overlap: period 2 of the same case is paid', () => {
    const evaluation = evaluateItkfdpCase(
      itkCase({
        personnel: [newTurkishWoman(), gkasMan({ otherProgrammeSupport: [{ program: 'ITKFDP-I', from: '2024-01', to: '2025-09' }] })],
        requests: [itkRequest(), itkRequest({ periods: [2], submittedOn: '2026-02-02' })],
      }),
    );
    expect(evaluation.decisions.map((decision) => [decision.index, decision.failed])).toEqual([
      [1, ['other-programme-staff']],
      [2, []],
    ]);
    expect(toMoneyString(evaluation.totalEUR)).toBe('2500.00');
  });

  it('ignores a person who left before the period (not declared for it)', () => {
    const check = checkOf(
      firstDecision(
        itkCase({
          personnel: [
            newTurkishWoman(),
            gkasMan({
              leftOn: '2025-07-31',
              primDays: {},
              otherProgrammeSupport: [{ program: 'ITKFDP-I', from: '2025-01', to: '2026-12' }],
            }),
            gkasMan({ id: 'p3', replaces: 'p2', hiredOn: '2025-07-20' }),
          ],
        }),
      ).checks,
      'other-programme-staff',
    );
    expect(check.outcome).toBe('pass');
  });

  it('rejects a support period that ends before it starts, naming the field', () => {
    const input = {
      ...itkCase(),
      personnel: [newTurkishWoman(), gkasMan({ otherProgrammeSupport: [{ program: 'ITKFDP-I', from: '2025-09', to: '2025-08' }] })],
    };
    expect(parseWith(itkfdpCaseInput, input)).toEqual({
      ok: false,
      issues: [{ field: 'personnel[1].otherProgrammeSupport[0].to', message: 'destek süresinin başı sonundan sonra olamaz' }],
    });
  });
});
