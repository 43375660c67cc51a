import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_REFERENCE,
  comparableIkdpRequest,
  comparableItkfdpRequest,
  compareDecisions,
  evaluateIkdpCase,
  evaluateItkfdpCase,
  type ComparableDecision,
} from '../../../core/rules';
import { RULES_VERSION } from '../../../core/version';
import { ikdpDecisionSnapshots, itkfdpDecisionSnapshots } from '../../../db/repositories/payment-decisions';
import { gkasMan, ikdpCase, itkCase, newTurkishWoman, TEST_SOURCE, withIkdpEdition } from '../programmes/builders';

function comparable(decision: ComparableDecision | null): ComparableDecision {
  if (decision === null) throw new Error('test setup: no decision');
  return decision;
}

/** The T.C. new hire leaves on 15.09.2025 and a GKAS is declared in her place. */
const TR_REPLACED_BY_GKAS = itkCase({
  personnel: [newTurkishWoman({ leftOn: '2025-09-15' }), gkasMan(), gkasMan({ id: 'p3', hiredOn: '2025-06-10', replaces: 'p1' })],
});

/**
 * The decision stored under rules 2026.11.0, which let the leaver satisfy the composition for the whole period: the
 * period was approved at 2.500 €, without the checks added since, and period-already-paid cited 14(16) alone.
 */
function storedUnderOldReading(): ComparableDecision {
  const now = comparable(comparableItkfdpRequest(evaluateItkfdpCase(itkCase()), 0));
  const [part] = now.parts;
  if (part === undefined) throw new Error('test setup: no part');
  return {
    ...now,
    rulesVersion: '2026.11.0',
    parts: [
      {
        ...part,
        checks: part.checks
          .filter((result) => result.code !== 'tax-liability' && result.code !== 'other-programme-staff')
          .map((result) => (result.code === 'period-already-paid' ? { ...result, article: 'MADDE 14(16)' } : result)),
      },
    ],
  };
}

describe('compareDecisions — re-evaluating a stored decision shows what changed (issue 16 item 9)', () => {
  it('lists the approval, the amount, each check whose outcome or article changed, and checks added', () => {
    const stored = storedUnderOldReading();
    const today = comparable(comparableItkfdpRequest(evaluateItkfdpCase(TR_REPLACED_BY_GKAS), 0));
    const difference = compareDecisions(stored, today);
    expect(difference).toMatchObject({ rulesVersionBefore: '2026.11.0', rulesVersionAfter: RULES_VERSION, changed: true });
    expect(difference.changes.map((change) => [change.kind, change.part, 'code' in change ? change.code : null])).toEqual([
      ['approval', null, null],
      ['amount', null, null],
      ['check', '1. dönem', 'commitment-staff'],
      ['check', '1. dönem', 'other-programme-staff'],
      ['check', '1. dönem', 'tax-liability'],
      ['check', '1. dönem', 'period-already-paid'],
    ]);
    expect(difference.summary).toEqual([
      `Kural sürümü 2026.11.0 → ${RULES_VERSION}.`,
      'Karar: ONAYLANIR → REDDEDİLİR.',
      'Karar: tutar 2.500,00 € → 0,00 €.',
      expect.stringMatching(
        /^1\. dönem: commitment-staff \(MADDE 9\(5\)\(a\)\(b\)\) UYGUN → UYGUN DEĞİL — Dönem içinde taahhüt personeli değişti: /,
      ),
      expect.stringMatching(/^1\. dönem: yeni kontrol other-programme-staff \(MADDE 9\(12\)\) UYGUN — /),
      expect.stringMatching(/^1\. dönem: yeni kontrol tax-liability \(MADDE 14\(11\)\(a\)\) UYGUN — /),
      expect.stringMatching(/^1\. dönem: period-already-paid \(MADDE 14\(16\) → MADDE 14\(15\), 14\(16\)\) UYGUN → UYGUN — /),
    ]);
  });

  it('leaves the stored decision as it was (pure: nothing is rewritten)', () => {
    const stored = storedUnderOldReading();
    const copy = structuredClone(stored);
    compareDecisions(stored, comparable(comparableItkfdpRequest(evaluateItkfdpCase(TR_REPLACED_BY_GKAS), 0)));
    expect(stored).toEqual(copy);
  });

  it('finds nothing to show when the same rules decide the same way, whatever the wording', () => {
    const today = comparable(comparableItkfdpRequest(evaluateItkfdpCase(itkCase()), 0));
    const reworded = {
      ...today,
      parts: today.parts.map((part) => ({ ...part, checks: part.checks.map((c) => ({ ...c, explanation: 'x' })) })),
    };
    expect(compareDecisions(reworded, today)).toEqual({
      rulesVersionBefore: RULES_VERSION,
      rulesVersionAfter: RULES_VERSION,
      changed: false,
      changes: [],
      summary: [],
    });
  });

  it('shows an İstihdamı Koruma amount changed by a corrected parameter, one kuruş exact', () => {
    const edition = BUILT_IN_REFERENCE.ikdpEditions['IKDP-2025'];
    const corrected = withIkdpEdition({ ...edition, supportPer30PrimGun: [{ from: '2000-01-01', value: '2500.03', source: TEST_SOURCE }] });
    const before = comparable(comparableIkdpRequest(evaluateIkdpCase(ikdpCase()), 0));
    const after = comparable(comparableIkdpRequest(evaluateIkdpCase(ikdpCase(), corrected), 0));
    // 305 / 30 × 2.500,03 = 25.416,97 a month (kuruş), two months 50.833,94.
    expect(compareDecisions(before, after).summary).toEqual(['Karar: tutar 50.833,34 ₺ → 50.833,94 ₺.']);
  });

  it('names periods per part when a request asks for several, and periods added or removed', () => {
    const twoPeriods = itkCase({
      requests: [{ periods: [1, 2], submittedOn: '2026-02-02', overdueTaxOrSgkDebt: false, commitmentDeclared: true }],
    });
    const both = comparable(comparableItkfdpRequest(evaluateItkfdpCase(twoPeriods), 0));
    const onlyFirst = { ...both, amount: '2500.00', parts: both.parts.slice(0, 1) };
    const difference = compareDecisions(onlyFirst, both);
    expect(difference.summary).toEqual([
      'Karar: tutar 2.500,00 € → 5.000,00 €.',
      '2. dönem: yeni değerlendirmede var, kayıtlı kararda yok.',
    ]);
    expect(compareDecisions(both, onlyFirst).summary).toContain('2. dönem: kayıtlı kararda var, yeni değerlendirmede yok.');
  });

  it('takes the decision snapshots the database stores as they are (same labels, same shape)', () => {
    const input = itkCase({
      requests: [{ periods: [1, 2], submittedOn: '2026-02-02', overdueTaxOrSgkDebt: false, commitmentDeclared: true }],
    });
    const evaluation = evaluateItkfdpCase(input);
    const [stored] = itkfdpDecisionSnapshots(evaluation, input.requests);
    if (stored === undefined) throw new Error('test setup: no snapshot');
    expect(compareDecisions(stored, comparable(comparableItkfdpRequest(evaluation, 0))).changed).toBe(false);
    const changed = evaluateItkfdpCase({ ...input, personnel: TR_REPLACED_BY_GKAS.personnel });
    expect(compareDecisions(stored, comparable(comparableItkfdpRequest(changed, 0))).summary).toContain(
      'Karar: tutar 5.000,00 € → 0,00 €.',
    );
    const [ikdpStored] = ikdpDecisionSnapshots(evaluateIkdpCase(ikdpCase()));
    if (ikdpStored === undefined) throw new Error('test setup: no snapshot');
    expect(compareDecisions(ikdpStored, comparable(comparableIkdpRequest(evaluateIkdpCase(ikdpCase()), 0))).changed).toBe(false);
  });
});
