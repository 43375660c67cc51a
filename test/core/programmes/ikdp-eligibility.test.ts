import { describe, expect, it } from 'vitest';
import type { EligibilityInput } from '../../../core/inputs/eligibility-input';
import { evaluateEligibility } from '../../../core/rules';
import { resolve } from '../../../core/lib/legal-reference';
import { IKDP_2026 } from '../../../core/programmes/ikdp/edition-2026';
import { checkOf, enterprise, ikdp2026Application, ikdpApplication } from './builders';

function decide(input: EligibilityInput, code: string) {
  const decision = evaluateEligibility(input);
  return { decision, check: checkOf(decision.checks, code) };
}

describe('IKDP-2025 eligibility — the default application', () => {
  it('passes every check of MADDE 7, 10 and 11 in the order of the spec', () => {
    const decision = evaluateEligibility(ikdpApplication());
    expect(decision.checks.map((result) => [result.code, result.article, result.outcome])).toEqual([
      ['legal-form', 'MADDE 7(2)', 'pass'],
      ['registration', 'MADDE 7(1)', 'pass'],
      ['declaration', 'MADDE 7(1)', 'pass'],
      ['nace-sector', 'MADDE 7(3), 7(4)', 'pass'],
      ['once-only', 'MADDE 7(5)', 'pass'],
      ['rejected-before', 'MADDE 11(4)', 'pass'],
      ['application-window', 'MADDE 10(1)', 'pass'],
    ]);
    expect(decision.eligible).toBe(true);
    expect(decision.failed).toEqual([]);
    expect(decision.missingData).toEqual([]);
    expect(decision.provisional).toBe(false);
  });
});

describe('legal-form — MADDE 7(2)', () => {
  it.each([
    ['GERCEK_KISI', 'pass', 'gerçek kişi'],
    ['TUZEL_KISI', 'pass', 'tüzel kişi'],
    ['DIGER', 'fail', 'gerçek veya tüzel kişi değil'],
  ] as const)('%s → %s', (legalForm, outcome, phrase) => {
    const { decision, check } = decide(ikdpApplication({ enterprise: enterprise({ legalForm }) }), 'legal-form');
    expect(check.outcome).toBe(outcome);
    expect(check.article).toBe('MADDE 7(2)');
    expect(check.explanation).toContain(phrase);
    expect(decision.eligible).toBe(outcome === 'pass');
  });
});

describe('registration — MADDE 7(1)', () => {
  it.each([
    ['fails when not registered in the system', { registered: false, active: false }, 'fail', 'kayıtlı değil'],
    ['fails when registered but not active', { registered: true, active: false }, 'fail', 'aktif durumda değil'],
    ['passes when registered and active', { registered: true, active: true }, 'pass', 'kayıtlı ve aktif'],
  ] as const)('%s', (_name, flags, outcome, phrase) => {
    const { check } = decide(ikdpApplication({ enterprise: enterprise(flags) }), 'registration');
    expect(check).toMatchObject({ outcome, article: 'MADDE 7(1)' });
    expect(check.explanation).toContain(phrase);
  });
});

describe('declaration — MADDE 7(1)', () => {
  it.each([
    [true, 'pass', 'İşletme Beyanı güncel.'],
    [false, 'fail', 'İşletme Beyanı güncel değil.'],
  ] as const)('İşletme Beyanı current: %s → %s', (declarationCurrent, outcome, text) => {
    const { decision, check } = decide(ikdpApplication({ enterprise: enterprise({ declarationCurrent }) }), 'declaration');
    expect(check).toEqual({ code: 'declaration', article: 'MADDE 7(1)', outcome, explanation: text });
    expect(decision.failed).toEqual(outcome === 'fail' ? ['declaration'] : []);
  });
});

describe('nace-sector — MADDE 7(3), 7(4): main NACE division 13, 14, 15 or 31 as of 31/12/2024', () => {
  it.each([
    ['13', 'pass', '13'],
    ['14.13.01', 'pass', '14.13.01'],
    ['1520', 'pass', '15.20'],
    ['31.09', 'pass', '31.09'],
    ['31', 'pass', '31'],
    ['12', 'fail', '12'],
    ['16.10', 'fail', '16.10'],
    ['30.99', 'fail', '30.99'],
    ['32', 'fail', '32'],
    ['32.99.02', 'fail', '32.99.02'],
  ] as const)('%s → %s', (naceMain, outcome, formatted) => {
    const { check } = decide(ikdpApplication({ enterprise: enterprise({ naceMain }) }), 'nace-sector');
    expect(check.outcome).toBe(outcome);
    expect(check.article).toBe('MADDE 7(3), 7(4)');
    expect(check.explanation).toContain(`Ana faaliyet kodu ${formatted} (31.12.2024 itibarıyla)`);
    if (outcome === 'fail') expect(check.explanation).toContain('(13, 14, 15, 31)');
  });
});

describe('once-only — MADDE 7(5): one approved IKDP-2025 application per enterprise', () => {
  it.each([
    ['an approved IKDP-2025 application', [{ program: 'IKDP-2025', outcome: 'APPROVED' }], 'fail'],
    ['a terminated (so once approved) IKDP-2025 application', [{ program: 'IKDP-2025', outcome: 'TERMINATED' }], 'fail'],
    ['a cancelled IKDP-2025 application', [{ program: 'IKDP-2025', outcome: 'CANCELLED' }], 'pass'],
    ['an approved application to the other edition', [{ program: 'IKDP-2026', outcome: 'APPROVED' }], 'pass'],
    ['no history', [], 'pass'],
  ] as const)('%s → %s', (_name, history, outcome) => {
    const { check } = decide(ikdpApplication({ history: [...history] }), 'once-only');
    expect(check).toMatchObject({ outcome, article: 'MADDE 7(5)' });
    expect(check.explanation).toContain('IKDP-2025');
  });
});

describe('rejected-before — MADDE 11(4): a rejected enterprise may not apply again', () => {
  it.each([
    ['a rejected IKDP-2025 application', [{ program: 'IKDP-2025', outcome: 'REJECTED' }], 'fail'],
    ['a rejected IKDP-2026 application', [{ program: 'IKDP-2026', outcome: 'REJECTED' }], 'pass'],
    ['a cancelled IKDP-2025 application', [{ program: 'IKDP-2025', outcome: 'CANCELLED' }], 'pass'],
  ] as const)('%s → %s', (_name, history, outcome) => {
    const { decision, check } = decide(ikdpApplication({ history: [...history] }), 'rejected-before');
    expect(check).toMatchObject({ outcome, article: 'MADDE 11(4)' });
    expect(decision.failed).toEqual(outcome === 'fail' ? ['rejected-before'] : []);
  });
});

describe('application-window — MADDE 10(1): 31/01/2025 – 31/03/2025', () => {
  it.each([
    ['2025-01-30', 'fail', '30.01.2025'],
    ['2025-01-31', 'pass', '31.01.2025'],
    ['2025-03-31', 'pass', '31.03.2025'],
    ['2025-04-01', 'fail', '01.04.2025'],
  ] as const)('application on %s → %s', (asOf, outcome, shown) => {
    const { check } = decide(ikdpApplication({ asOf }), 'application-window');
    expect(check).toMatchObject({ outcome, article: 'MADDE 10(1)' });
    expect(check.explanation).toBe(
      `Başvuru tarihi ${shown}, başvuru dönemi 31.01.2025 – 31.03.2025: ${outcome === 'pass' ? 'dönem içinde' : 'dönem dışında'}.`,
    );
  });

  it.each([
    ['2025-01-31', 'fail'],
    ['2025-02-01', 'pass'],
    ['2025-02-28', 'pass'],
    ['2025-03-01', 'fail'],
  ] as const)('a calendar window 01/02–28/02/2025 overrides the default: %s → %s', (asOf, outcome) => {
    const { check } = decide(
      ikdpApplication({ asOf, calendar: { applicationStart: '2025-02-01', applicationEnd: '2025-02-28' } }),
      'application-window',
    );
    expect(check.outcome).toBe(outcome);
    expect(check.explanation).toContain('01.02.2025 – 28.02.2025');
  });

  it('a calendar end set to null (not announced) leaves the window open from its start', () => {
    const { check } = decide(ikdpApplication({ asOf: '2025-12-31', calendar: { applicationEnd: null } }), 'application-window');
    expect(check.outcome).toBe('pass');
    expect(check.explanation).toContain('31.01.2025 tarihinden itibaren (bitiş tarihi henüz ilan edilmedi)');
  });
});

describe('IKDP-2026 eligibility (provisional edition)', () => {
  it('is marked provisional', () => {
    const decision = evaluateEligibility(ikdp2026Application());
    expect(decision.provisional).toBe(true);
    expect(decision.editionName).toContain('geçici');
    expect(decision.eligible).toBe(true);
  });

  it('declaration — no İşletme Beyanı check: large enterprises may apply', () => {
    const { decision, check } = decide(ikdp2026Application({ enterprise: enterprise({ declarationCurrent: false }) }), 'declaration');
    expect(check.outcome).toBe('pass');
    expect(check.explanation).toContain('İşletme Beyanı koşulu aranmaz');
    expect(decision.eligible).toBe(true);
  });

  it.each([
    ['13', 'pass'],
    ['31.01', 'pass'],
    ['32.99.02', 'pass'],
    ['329902', 'pass'],
    ['32.99.01', 'fail'],
    ['32.99', 'fail'],
    ['32', 'fail'],
    ['16', 'fail'],
  ] as const)('nace-sector — 32.99.02 matches only that 6-digit code: %s → %s', (naceMain, outcome) => {
    const { check } = decide(ikdp2026Application({ enterprise: enterprise({ naceMain }) }), 'nace-sector');
    expect(check.outcome).toBe(outcome);
    expect(check.explanation).toContain('(31.12.2025 itibarıyla)');
  });

  it.each([
    ['2026-03-01', 'fail'],
    ['2026-03-02', 'pass'],
    ['2026-03-03', 'pass'],
    ['2026-04-29', 'pass'],
    ['2026-04-30', 'pass'],
    ['2026-05-01', 'fail'],
  ] as const)('application-window — 02/03/2026 – 30/04/2026 (the end provisional): %s → %s', (asOf, outcome) => {
    const { check } = decide(ikdp2026Application({ asOf }), 'application-window');
    expect(check.outcome).toBe(outcome);
    expect(check.explanation).toContain('başvuru dönemi 02.03.2026 – 30.04.2026');
  });

  it('marks the window’s end as provisional, from the 2026-1 notice', () => {
    const resolved = resolve(IKDP_2026.applicationEnd, '2026-03-10');
    expect(resolved).toMatchObject({ status: 'announced', value: '2026-04-30', source: { provisional: true } });
    if (resolved.status === 'announced') expect(resolved.source.act).toContain('2026-1 dönemi');
  });

  it('once-only and rejected-before look at IKDP-2026 history only', () => {
    const decision = evaluateEligibility(
      ikdp2026Application({
        history: [
          { program: 'IKDP-2025', outcome: 'APPROVED' },
          { program: 'IKDP-2025', outcome: 'REJECTED' },
        ],
      }),
    );
    expect(decision.failed).toEqual([]);
    const again = evaluateEligibility(
      ikdp2026Application({
        history: [
          { program: 'IKDP-2026', outcome: 'APPROVED' },
          { program: 'IKDP-2026', outcome: 'REJECTED' },
        ],
      }),
    );
    expect([...again.failed].sort()).toEqual(['once-only', 'rejected-before']);
  });
});
