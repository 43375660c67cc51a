import { describe, expect, it } from 'vitest';
import { toMoneyString } from '../../../core/lib/money';
import { evaluateClawbackCase, evaluateItkfdpCase } from '../../../core/rules';
import { checkOf, clawbackCase, ITK_CALENDAR, itkCase, itkRequest } from './builders';

/**
 * spec/domain-rules.md "Time limits": a request on or before the weekend-shifted last day is in time whatever the
 * holidays of that year; only a later act is missing-data. The built-in holiday table ends on 31.12.2027.
 */
describe('request-deadline — MADDE 14(21) with a last request date in 2028 (calls announced in 2026)', () => {
  // 30.06.2028 + 2 months = 30.08.2028, a Wednesday: the excuse window ends then unless a 2028 holiday moves it.
  const calendar = { ...ITK_CALENDAR, lastRequestOn: '2028-06-30' };

  it.each([
    ['2028-06-30', false, 'pass', 'son ödeme talep tarihi 30.06.2028: süresinde'],
    ['2028-07-01', false, 'fail', 'kabul edilmiş bir mazeret yok'],
    ['2028-08-29', true, 'pass', 'mazeretli talep süresi 30.08.2028 içinde ve mazeret uygun bulunmuş'],
    ['2028-08-30', true, 'pass', 'mazeretli talep süresi 30.08.2028 içinde ve mazeret uygun bulunmuş'],
    ['2028-08-31', true, 'missing-data', 'resmî tatil tablosu 2028 yılını henüz kapsamadığından'],
    ['2028-08-31', false, 'fail', 'mazeretli talep süresi 30.08.2028, hafta sonuna göre); kabul edilmiş bir mazeret yok'],
  ] as const)('request on %s, excuse accepted %s → %s', (submittedOn, excuseAccepted, outcome, phrase) => {
    const decision = evaluateItkfdpCase(itkCase({ calendar, requests: [itkRequest({ submittedOn, excuseAccepted })] })).decisions[0];
    const check = checkOf(decision?.checks ?? [], 'request-deadline');
    expect(check).toMatchObject({ outcome, article: 'MADDE 14(21)' });
    expect(check.explanation).toContain(phrase);
    expect(decision?.approved).toBe(outcome === 'pass');
    if (outcome === 'missing-data') expect(decision?.missingData).toEqual(['request-deadline']);
  });
});

describe('clawback — MADDE 17(1): the 30 interest-free days ending past the holiday table', () => {
  // Notified 10.12.2027: + 30 days = 09.01.2028, a Sunday → Monday 10.01.2028 (2028 holidays unknown).
  const base = { notifiedOn: '2027-12-10', rates: { '2025-03-10': '39.1234' } };

  it.each([
    ['the Friday before', '2028-01-07'],
    ['the weekend-shifted last day', '2028-01-10'],
  ] as const)('repaid %s (%s): no interest, whatever the holidays of 2028', (_which, repaidOn) => {
    const result = evaluateClawbackCase(clawbackCase({ ...base, repaidOn }));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.interestApplies).toBe(false);
    expect(result.value.interestFreeUntil).toBe('2028-01-10');
    expect(toMoneyString(result.value.totalEUR)).toBe('2500.00');
  });

  it('repaid the day after: undecided until the 2028 holiday table is in, never guessed', () => {
    const result = evaluateClawbackCase(clawbackCase({ ...base, repaidOn: '2028-01-11' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.field).toBe('repaidOn');
    expect(result.issues[0]?.message).toContain('hafta sonuna göre 10.01.2028; resmî tatil tablosu 2028 yılını henüz kapsamadığından');
  });
});
