import { describe, expect, it } from 'vitest';
import type { EligibilityInput, EnterpriseProfile } from '../../../core/inputs/eligibility-input';
import { evaluateEligibility } from '../../../core/rules';
import { checkOf, ITK_CALENDAR, itkApplication, omit } from './builders';

function checkFor(code: string, overrides: Partial<EligibilityInput> = {}, enterpriseOverrides: Partial<EnterpriseProfile> = {}) {
  return checkOf(evaluateEligibility(itkApplication(overrides, enterpriseOverrides)).checks, code);
}

/** A calendar whose window contains every date used below, so only the check under test varies. */
const WIDE_CALENDAR = { ...ITK_CALENDAR, applicationEnd: '2026-12-31' };

describe('ITKFDP-II eligibility — the default application', () => {
  it('passes every check of MADDE 5, 8, 9 and 10 in the order of the spec', () => {
    const decision = evaluateEligibility(itkApplication());
    expect(decision.checks.map((result) => [result.code, result.article, result.outcome])).toEqual([
      ['legal-form', 'MADDE 9(1)', 'pass'],
      ['registration', 'MADDE 9(1)', 'pass'],
      ['declaration', 'MADDE 9(2)', 'pass'],
      ['province', 'MADDE 9(3)', 'pass'],
      ['nace-sector', 'MADDE 9(3)', 'pass'],
      ['excluded-activity', 'MADDE 9(14)', 'pass'],
      ['sanctions', 'MADDE 9(14)', 'pass'],
      ['env-social', 'MADDE 10(5)', 'pass'],
      ['other-program', 'MADDE 9(13)', 'pass'],
      ['loan-amount', 'MADDE 8(1)', 'pass'],
      ['loan-term', 'MADDE 8(1)', 'pass'],
      ['application-window', 'MADDE 5, 10', 'pass'],
    ]);
    expect(decision.eligible).toBe(true);
  });
});

describe('legal-form — MADDE 9(1)', () => {
  it.each([
    ['GERCEK_KISI', 'pass'],
    ['TUZEL_KISI', 'pass'],
    ['DIGER', 'fail'],
  ] as const)('%s → %s', (legalForm, outcome) => {
    expect(checkFor('legal-form', {}, { legalForm })).toMatchObject({ outcome, article: 'MADDE 9(1)' });
  });
});

describe('registration — MADDE 9(1)', () => {
  it.each([
    [{ registered: false, active: false }, 'fail', 'kayıtlı değil'],
    [{ registered: true, active: false }, 'fail', 'aktif durumda değil'],
    [{ registered: true, active: true }, 'pass', 'kayıtlı ve aktif'],
  ] as const)('%j → %s', (flags, outcome, phrase) => {
    const check = checkFor('registration', {}, flags);
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(1)' });
    expect(check.explanation).toContain(phrase);
  });
});

describe('declaration — MADDE 9(2): İşletme Beyanı current', () => {
  it.each([
    [true, 'pass'],
    [false, 'fail'],
  ] as const)('%s → %s', (declarationCurrent, outcome) => {
    expect(checkFor('declaration', {}, { declarationCurrent })).toMatchObject({ outcome, article: 'MADDE 9(2)' });
  });
});

describe('province — MADDE 9(3): one of the 20 provinces, with HQ or a branch there', () => {
  it.each([
    ['Kayseri', ['Kayseri'], 'pass', 'program illerinden ve işletmenin bu ilde merkezi veya şubesi var'],
    ['KAYSERİ', ['kayseri'], 'pass', 'merkezi veya şubesi var'],
    ['Sanliurfa', ['Şanlıurfa'], 'pass', 'merkezi veya şubesi var'],
    ['istanbul', ['İSTANBUL'], 'pass', 'merkezi veya şubesi var'],
    ['Antalya', ['Antalya'], 'fail', 'Başvuru ili Antalya programın 20 ilinden biri değil.'],
    ['Ankara', ['Kayseri'], 'fail', 'işletmenin bu ilde merkezi veya şubesi yok (Kayseri)'],
    ['Ankara', [], 'fail', 'il kaydı yok'],
  ] as const)('applying in %s with offices in %j → %s', (applicationProvince, provinces, outcome, phrase) => {
    const check = checkFor('province', {}, { applicationProvince, provinces: [...provinces] });
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(3)' });
    expect(check.explanation).toContain(phrase);
  });

  it('is missing-data when no application province is given', () => {
    const input = itkApplication();
    const check = checkOf(evaluateEligibility({ ...input, enterprise: omit(input.enterprise, 'applicationProvince') }).checks, 'province');
    expect(check).toMatchObject({ outcome: 'missing-data', article: 'MADDE 9(3)' });
  });
});

describe('nace-sector — MADDE 9(3): Kısım C (10–33), division 62 or 72', () => {
  it.each([
    ['09.10', 'fail', '09'],
    ['10.11', 'pass', '10'],
    ['33.20', 'pass', '33'],
    ['35.11', 'fail', '35'],
    ['58.11', 'fail', '58'],
    ['61', 'fail', '61'],
    ['62.01', 'pass', '62'],
    ['63.11', 'fail', '63'],
    ['71.12', 'fail', '71'],
    ['72.19', 'pass', '72'],
    ['73.11', 'fail', '73'],
  ] as const)('%s → %s', (naceMain, outcome, division) => {
    const check = checkFor('nace-sector', {}, { naceMain });
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(3)' });
    expect(check.explanation).toContain(`(bölüm ${division})`);
  });
});

describe.each([
  ['excluded-activity — MADDE 9(14): main activity on the excluded table', 'excluded-activity', 'MADDE 9(14)', 'excludedActivity', true],
  ['sanctions — MADDE 9(14): on an EU/UN sanctions list', 'sanctions', 'MADDE 9(14)', 'sanctioned', true],
  ['env-social — MADDE 10(5): environmental and social criteria', 'env-social', 'MADDE 10(5)', 'envSocialCompliant', false],
] as const)('%s', (_title, code, article, field, failsWhen) => {
  it.each([
    [failsWhen, 'fail'],
    [!failsWhen, 'pass'],
  ] as const)(`${field} %s → %s`, (value, outcome) => {
    expect(checkFor(code, {}, { [field]: value })).toMatchObject({ outcome, article });
  });

  it(`is missing-data when ${field} is not in the file`, () => {
    const input = itkApplication();
    const check = checkOf(evaluateEligibility({ ...input, enterprise: omit(input.enterprise, field) }).checks, code);
    expect(check).toMatchObject({ outcome: 'missing-data', article });
  });
});

describe('other-program — MADDE 9(13): not ITKDP-II; from 17/12/2025 only one of FOSTER II / BMZ II', () => {
  it.each([
    ['ITKDP-II beneficiary', '2025-06-10', ['ITKDP-II'], 'fail'],
    ['BMZ II beneficiary applying on the FOSTER II line the day before the amendment', '2025-12-16', ['BMZ-II'], 'pass'],
    ['BMZ II beneficiary applying on the FOSTER II line on the amendment day', '2025-12-17', ['BMZ-II'], 'fail'],
    ['BMZ II beneficiary applying on the FOSTER II line the day after the amendment', '2025-12-18', ['BMZ-II'], 'fail'],
    ['FOSTER II beneficiary applying on the same FOSTER II line after the amendment', '2025-12-18', ['FOSTER-II'], 'pass'],
    ['no other programme', '2025-12-18', [], 'pass'],
  ] as const)('%s (%s) → %s', (_name, asOf, otherPrograms, outcome) => {
    const check = checkFor('other-program', { asOf, calendar: WIDE_CALENDAR }, { otherPrograms: [...otherPrograms] });
    expect(check).toMatchObject({ outcome, article: 'MADDE 9(13)' });
    if (outcome === 'fail' && otherPrograms[0] === 'BMZ-II') {
      expect(check.explanation).toContain('17.12.2025');
      expect(check.explanation).toContain(`başvuru ${asOf.slice(8, 10)}.12.2025`);
    }
  });

  it('is missing-data when the other programmes are not in the file', () => {
    const input = itkApplication();
    const check = checkOf(evaluateEligibility({ ...input, enterprise: omit(input.enterprise, 'otherPrograms') }).checks, 'other-program');
    expect(check.outcome).toBe('missing-data');
  });

  it('is missing-data after the amendment when the loan (its funding line) is not in the file', () => {
    const input = omit(itkApplication({ asOf: '2025-12-17', calendar: WIDE_CALENDAR }, { otherPrograms: ['BMZ-II'] }), 'loan');
    expect(checkOf(evaluateEligibility(input).checks, 'other-program').outcome).toBe('missing-data');
  });
});

describe('loan-amount — MADDE 8(1): 1.750.000 – 2.000.000 TL', () => {
  it.each([
    ['1749999.99', 'fail', '1.749.999,99 ₺'],
    ['1750000.00', 'pass', '1.750.000,00 ₺'],
    ['1750000.01', 'pass', '1.750.000,01 ₺'],
    ['1999999.99', 'pass', '1.999.999,99 ₺'],
    ['2000000.00', 'pass', '2.000.000,00 ₺'],
    ['2000000.01', 'fail', '2.000.000,01 ₺'],
  ] as const)('%s TL → %s', (amountTRY, outcome, shown) => {
    const check = checkFor('loan-amount', { loan: { amountTRY, termMonths: 24, fundingLine: 'FOSTER-II' } });
    expect(check).toMatchObject({ outcome, article: 'MADDE 8(1)' });
    expect(check.explanation).toBe(
      `Kredi tutarı ${shown}, izin verilen 1.750.000,00 ₺ – 2.000.000,00 ₺: ${outcome === 'pass' ? 'sınırlar içinde' : 'sınırlar dışında'}.`,
    );
  });
});

describe('loan-term — MADDE 8(1): 18 – 36 months', () => {
  it.each([
    [17, 'fail'],
    [18, 'pass'],
    [36, 'pass'],
    [37, 'fail'],
  ] as const)('%i months → %s', (termMonths, outcome) => {
    const check = checkFor('loan-term', { loan: { amountTRY: '1800000.00', termMonths, fundingLine: 'BMZ-II' } });
    expect(check).toMatchObject({ outcome, article: 'MADDE 8(1)' });
    expect(check.explanation).toContain(`Kredi vadesi ${termMonths} ay, izin verilen 18 – 36 ay`);
  });

  it('loan-amount and loan-term are missing-data without a loan', () => {
    const decision = evaluateEligibility(omit(itkApplication(), 'loan'));
    expect(checkOf(decision.checks, 'loan-amount').outcome).toBe('missing-data');
    expect(checkOf(decision.checks, 'loan-term').outcome).toBe('missing-data');
    expect(decision.eligible).toBe(false);
    expect(decision.failed).toEqual([]);
  });
});

describe('application-window — MADDE 5, 10: inside the call calendar’s window 15/05/2025 – 31/12/2025', () => {
  it.each([
    ['2025-05-14', 'fail'],
    ['2025-05-15', 'pass'],
    ['2025-12-31', 'pass'],
    ['2026-01-01', 'fail'],
  ] as const)('%s → %s', (asOf, outcome) => {
    const check = checkFor('application-window', { asOf });
    expect(check).toMatchObject({ outcome, article: 'MADDE 5, 10' });
    expect(check.explanation).toContain('15.05.2025 – 31.12.2025');
  });

  it('is missing-data without a calendar', () => {
    const check = checkOf(evaluateEligibility(omit(itkApplication(), 'calendar')).checks, 'application-window');
    expect(check.outcome).toBe('missing-data');
  });
});
