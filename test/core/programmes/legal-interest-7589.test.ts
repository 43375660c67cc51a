import { describe, expect, it } from 'vitest';
import type { ClawbackInput } from '../../../core/inputs/clawback-input';
import { toMoneyString } from '../../../core/lib/money';
import type { ClawbackResult } from '../../../core/programmes/clawback/clawback';
import { LEGAL_INTEREST_RATES, type LegalInterestRateTable } from '../../../core/reference/legal-interest-rates';
import { BUILT_IN_REFERENCE, evaluateClawbackCase, type RuleReference } from '../../../core/rules';
import { clawbackCase } from './builders';

/**
 * 3095 s. Kanun m.1 as rewritten by 7589 s. Kanun m.10 (from 31/07/2026): 80 % of the TCMB reeskont rate of the
 * previous 31 December (38,75 % on 31/12/2025 → 31 %), 80 % of the 30 June rate from 1 July when it differs by 5
 * points or more. 2.500 € × 40 = 100.000,00 TL in every case below; one day at 24 % = 65,75 TL, at 31 % = 84,93 TL.
 */
function evaluated(input: ClawbackInput, reference: RuleReference = BUILT_IN_REFERENCE): ClawbackResult {
  const result = evaluateClawbackCase(input, reference);
  if (!result.ok) throw new Error(`unexpected validation issues: ${JSON.stringify(result.issues)}`);
  return result.value;
}

function at40(paidOn: string, repaidOn: string, notifiedOn = '2026-06-01'): ClawbackInput {
  return clawbackCase({ paidOn, notifiedOn, repaidOn, rates: { [paidOn]: '40.0000' } });
}

describe('legal interest under Law 7589 — built-in table (provisional)', () => {
  it.each([
    ['2026-07-29', '2026-07-30', '24', '65.75'],
    ['2026-07-30', '2026-07-31', '24', '65.75'],
    ['2026-07-31', '2026-08-01', '31', '84.93'],
    ['2026-12-31', '2027-01-01', '31', '84.93'],
  ] as const)('one day from %s to %s is charged at %s %%', (paidOn, repaidOn, percent, interestTRY) => {
    const result = evaluated(at40(paidOn, repaidOn));
    expect(result.segments).toMatchObject([{ from: paidOn, to: repaidOn, days: 1, percent, provisional: percent === '31' }]);
    expect(toMoneyString(result.interestTRY)).toBe(interestTRY);
  });

  it('splits at 31/07/2026 and names each rate period with its days and its source', () => {
    // 100.000 × (11 × 24 % + 46 × 31 %) / 365 = 100.000 × 16,90 / 365 = 4.630,14 TL.
    const result = evaluated(at40('2026-07-20', '2026-09-15', '2026-07-21'));
    expect(result.segments.map((segment) => [segment.from, segment.to, segment.days, segment.percent])).toEqual([
      ['2026-07-20', '2026-07-31', 11, '24'],
      ['2026-07-31', '2026-09-15', 46, '31'],
    ]);
    expect(toMoneyString(result.interestTRY)).toBe('4630.14');
    expect(result.explanation).toContain(
      'Kanuni faiz oranları: 20.07.2026–31.07.2026 (11 gün) %24: 3095 sayılı Kanun m.1, Cumhurbaşkanı Kararı 8485',
    );
    expect(result.explanation).toContain(
      '31.07.2026–15.09.2026 (46 gün) %31: 7589 sayılı Kanun m.10 ile değişik 3095 sayılı Kanun m.1 (Resmî Gazete 31/07/2026, sayı 33326): 31.12.2025 TCMB reeskont oranı %38,75 × %80 = %31; geçici, merkez teyidi bekleniyor',
    );
    expect(result.lines[1]?.formula).toContain('20.07.2026–31.07.2026: 11 gün × %24 + 31.07.2026–15.09.2026: 46 gün × %31');
  });

  it('a 2027 day needs the reeskont rate of 31/12/2026, which the table does not have yet: missing data, not a guess', () => {
    const result = evaluateClawbackCase(at40('2026-08-03', '2027-01-05', '2026-08-04'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.field).toBe('legalInterest');
    expect(result.issues[0]?.message).toContain('31.12.2026 tarihli TCMB reeskont oranı tabloda yok (tablo 31.12.2025 tarihine kadar)');
  });
});

describe('legal interest under Law 7589 — a table headquarters would ship', () => {
  function withJune2027(june: string): RuleReference {
    const rule = LEGAL_INTEREST_RATES.reeskontLinked;
    if (rule === null) throw new Error('test setup: the built-in table has no reeskont rule');
    const legalInterest: LegalInterestRateTable = {
      ...LEGAL_INTEREST_RATES,
      reeskontLinked: {
        ...rule,
        reeskontRates: [
          ...rule.reeskontRates,
          { from: '2026-12-26', percent: '30', source: 'test' },
          { from: '2027-06-20', percent: june, source: 'test' },
        ],
        reeskontKnownUntil: '2027-12-31',
      },
    };
    return { ...BUILT_IN_REFERENCE, legalInterest };
  }

  it.each([
    ['25.01', 'differs by 4,99 points: no switch', '24'],
    ['25', 'differs by exactly 5 points: 80 % of the June rate', '20'],
    ['24.99', 'differs by 5,01 points', '19.992'],
    ['35', 'higher by 5 points', '28'],
  ] as const)('30/06/2027 reeskont %s %% (%s) → %s %% from 01/07/2027', (june, _why, percent) => {
    const result = evaluated(at40('2026-12-01', '2027-09-01'), withJune2027(june));
    expect(result.segments.map((segment) => [segment.from, segment.percent])).toEqual([
      ['2026-12-01', '31'],
      ['2027-01-01', '24'],
      ...(percent === '24' ? [] : [['2027-07-01', percent]]),
    ]);
    expect(result.days).toBe(274);
  });

  it('with no reeskont rule the typed rates apply unchanged', () => {
    const reference = { ...BUILT_IN_REFERENCE, legalInterest: { ...LEGAL_INTEREST_RATES, reeskontLinked: null } };
    expect(evaluated(at40('2026-07-31', '2026-08-01'), reference).segments).toMatchObject([{ percent: '24' }]);
  });
});
