import { describe, expect, it } from 'vitest';
import type { AmountLine } from '../../../core/lib/amount-line';
import type { CheckResult } from '../../../core/lib/checks';
import { formatEur, formatTry } from '../../../core/lib/money';
import { explainScenario } from '../../../core/report/explain-text';
import { evaluateClawbackCase, evaluateEligibility, evaluateIkdpCase, evaluateItkfdpCase } from '../../../core/rules';
import { parseScenario } from '../../../core/scenarios/run-scenario';
import type { Scenario } from '../../../core/scenarios/scenario-schema';
import { RULES_VERSION } from '../../../core/version';
import {
  clawbackCase,
  enterprise,
  ikdp2026Case,
  ikdpApplication,
  ikdpCase,
  ikdpRequest,
  itkCase,
  itkRequest,
} from '../programmes/builders';

/** The Turkish outcome labels of the report, written out here. */
const LABEL = { pass: 'UYGUN', fail: 'UYGUN DEĞİL', 'missing-data': 'VERİ EKSİK' } as const;

function scenario(value: Record<string, unknown>): Scenario {
  const parsed = parseScenario(JSON.stringify({ expect: {}, ...value }), 'report-test.json');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.scenario;
}

function reportLines(value: Record<string, unknown>): string[] {
  return explainScenario(scenario(value)).split('\n');
}

/** Every check appears as `[LABEL] code — article: explanation`, and the report prints no other check lines. */
function expectEveryCheck(lines: readonly string[], checks: readonly CheckResult[]): void {
  const printed = lines.map((line) => line.trim()).filter((line) => /^\[(UYGUN|UYGUN DEĞİL|VERİ EKSİK)\] /.test(line));
  expect(printed).toHaveLength(checks.length);
  for (const result of checks) {
    expect(printed).toContain(`[${LABEL[result.outcome]}] ${result.code} — ${result.article}: ${result.explanation}`);
  }
}

/** Every amount appears as `label: amount — formula`. */
function expectEveryAmount(lines: readonly string[], amounts: readonly AmountLine[]): void {
  for (const amount of amounts) {
    const shown = amount.currency === 'TRY' ? formatTry(amount.amount) : formatEur(amount.amount);
    expect(lines.map((printed) => printed.trim())).toContain(`${amount.label}: ${shown} — ${amount.formula}`);
  }
}

describe('explainScenario — header', () => {
  it('names the rules version, the scenario id and its title', () => {
    const lines = reportLines({
      id: 'dl-1',
      title: 'Beş gün',
      kind: 'deadline',
      start: '2025-03-28',
      amount: 5,
      unit: 'day',
      channel: 'electronic',
    });
    expect(lines.slice(0, 2)).toEqual([`KOBİ Dosya — kural değerlendirmesi (kural sürümü ${RULES_VERSION})`, 'Senaryo: dl-1 — Beş gün']);
  });
});

describe('explainScenario — eligibility', () => {
  const input = ikdpApplication({ enterprise: enterprise({ legalForm: 'DIGER' }) });
  const lines = reportLines({ id: 'elig', kind: 'eligibility', ...input });

  it('prints the result and every check with its article and Turkish outcome', () => {
    expect(lines).toContain('Program: İstihdamı Koruma Destek Programı (2025)');
    expect(lines).toContain('Başvuru tarihi: 10.02.2025');
    expect(lines).toContain('Sonuç: BAŞVURAMAZ');
    expect(lines).toContain(
      '  [UYGUN DEĞİL] legal-form — MADDE 7(2): İşletmenin statüsü (gerçek veya tüzel kişi dışında bir statü) Türk Ticaret Kanununda tanımlı gerçek veya tüzel kişi değil.',
    );
    expect(lines).toContain('  [UYGUN] declaration — MADDE 7(1): İşletme Beyanı güncel.');
    expect(lines).toContain(
      '  [UYGUN] application-window — MADDE 10(1): Başvuru tarihi 10.02.2025, başvuru dönemi 31.01.2025 – 31.03.2025: dönem içinde.',
    );
    expectEveryCheck(lines, evaluateEligibility(input).checks);
  });

  it('says the data is missing when nothing failed but something is unknown', () => {
    const itk = reportLines({
      id: 'itk-elig',
      kind: 'eligibility',
      program: 'ITKFDP-II',
      asOf: '2025-06-10',
      enterprise: enterprise({ naceMain: '25.11', provinces: ['Kayseri'] }),
    });
    expect(itk).toContain('Sonuç: KARAR İÇİN VERİ EKSİK');
    expect(itk).toContain('  [VERİ EKSİK] province — MADDE 9(3): Başvuru ili belirtilmemiş.');
  });
});

describe('explainScenario — ikdp-payments', () => {
  const input = ikdpCase();
  const lines = reportLines({ id: 'ikdp', kind: 'ikdp-payments', ...input });

  it('prints the base, the programme dates, each request with every check and every amount line', () => {
    expect(lines).toContain('Baz ortalama (MADDE 5(1), 9(1), 9(4)): 305');
    expect(lines).toContain('Program başlangıcı (onay): 20.02.2025');
    expect(lines).toContain('Program bitişi: 20.02.2026');
    expect(lines).toContain('Program sonrası izleme: 20.02.2027');
    expect(lines).toContain('Ödeme talebi 1 — 15.04.2025 — Ocak 2025, Şubat 2025: ONAYLANIR');
    expect(lines).toContain('  Talep edilen ayların ortalaması: 305');
    expect(lines).toContain('  Tutar: 50.833,34 ₺');
    expect(lines).toContain('    Ocak 2025: 25.416,67 ₺ — 305 / 30 × 2.500,00 ₺ = 25.416,67 ₺ (kuruşa yuvarlanır; MADDE 15(6))');
    expect(lines).toContain('    Talep toplamı: 50.833,34 ₺ — 2 ay × 25.416,67 ₺ = 50.833,34 ₺ (MADDE 15(7))');
    expect(lines).toContain('Onaylanan toplam destek: 50.833,34 ₺');
    const evaluation = evaluateIkdpCase(input);
    expect(evaluation.requests[0]?.checks).toHaveLength(8);
    expectEveryCheck(
      lines,
      evaluation.requests.flatMap((request) => request.checks),
    );
    expectEveryAmount(
      lines,
      evaluation.requests.flatMap((request) => request.amountLines),
    );
  });

  it('prints a rejected request with its failing check and the zero line', () => {
    const rejected = reportLines({
      id: 'ikdp-r',
      kind: 'ikdp-payments',
      ...ikdpCase({ requests: [ikdpRequest({ submittedOn: '2026-04-01' })] }),
    });
    expect(rejected).toContain('Ödeme talebi 1 — 01.04.2026 — Ocak 2025, Şubat 2025: REDDEDİLİR');
    expect(rejected).toContain(
      '    [UYGUN DEĞİL] request-deadline — MADDE 15(3): Talep tarihi 01.04.2026, son ödeme talep tarihi 31.03.2026: süre geçmiş.',
    );
    expect(rejected).toContain('  Tutar: 0,00 ₺');
  });

  it('marks the 2026 edition provisional and its gaps as not announced', () => {
    const provisional = reportLines({ id: 'ikdp-2026', kind: 'ikdp-payments', ...ikdp2026Case() });
    expect(provisional).toContain(
      'Program: İstihdamı Koruma Destek Programı (2026, geçici değerler) (geçici değerler; merkez düzeltebilir)',
    );
    expect(provisional).toContain('Program bitişi: 31.12.2026');
    expect(provisional).toContain('Program sonrası izleme: henüz ilan edilmedi');
    expect(provisional).toContain(
      '    [UYGUN] request-deadline — MADDE 15(3): Son ödeme talep tarihi henüz ilan edilmedi; talep süresinde kabul edilir.',
    );
  });
});

describe('explainScenario — itkfdp-periods', () => {
  // Period 2 is requested without the commitment declaration: missing data.
  const input = itkCase({ requests: [itkRequest(), { periods: [2], submittedOn: '2026-02-02', overdueTaxOrSgkDebt: false }] });
  const lines = reportLines({ id: 'itk', kind: 'itkfdp-periods', ...input });

  it('prints the schedule, the minimum, each period with every check and every amount line', () => {
    expect(lines).toContain('Destek başlangıcı: 01.08.2025; destek bitişi: 31.01.2027 (MADDE 7(1), 7(2))');
    expect(lines).toContain('  1. dönem: 01.08.2025 – 31.10.2025');
    expect(lines).toContain('  6. dönem: 01.11.2026 – 31.01.2027');
    expect(lines).toContain('Dönem başına asgari prim gün (MADDE 9(5)(c), 14(3)(a)): 54');
    expect(lines).toContain('Sonlandırma: yok');
    expect(lines).toContain('1. dönem (01.08.2025 – 31.10.2025), talep 10.11.2025: ONAYLANIR');
    expect(lines).toContain('2. dönem (01.11.2025 – 31.01.2026), talep 02.02.2026: REDDEDİLİR');
    expect(lines).toContain('    [VERİ EKSİK] commitment-not-declared — MADDE 9(9): Ödeme talebinde istihdam taahhüdü beyanı bilgisi yok.');
    expect(lines).toContain('  Tutar: 2.500,00 €');
    expect(lines).toContain(
      '    1. dönem destek tutarı: 2.500,00 € — Taahhüt personeli p1 kadın ve dönemde 90 ≥ 46 gün: 2.500,00 € (MADDE 7(3), 14(14)).',
    );
    expect(lines).toContain('Onaylanan toplam destek: 2.500,00 € (üst limit 15.000,00 €, MADDE 7(3), 14(14))');
    const evaluation = evaluateItkfdpCase(input);
    expect(evaluation.decisions.map((decision) => decision.checks.length)).toEqual([12, 12]);
    expectEveryCheck(
      lines,
      evaluation.decisions.flatMap((decision) => decision.checks),
    );
    expectEveryAmount(
      lines,
      evaluation.decisions.flatMap((decision) => decision.amountLines),
    );
  });

  it('prints a termination with its date and reason', () => {
    const terminated = reportLines({
      id: 'itk-t',
      kind: 'itkfdp-periods',
      ...itkCase({ events: [{ type: 'LIQUIDATION', on: '2025-11-10' }] }),
    });
    expect(terminated).toContain('Sonlandırma: 10.11.2025 — 10.11.2025: tasfiyenin başlaması.');
    expect(
      terminated.some((line) => line.startsWith('    [UYGUN DEĞİL] terminated — MADDE 16: 10.11.2025 tarihinde tasfiyenin başlaması')),
    ).toBe(true);
  });
});

describe('explainScenario — deadline', () => {
  it('prints the rule, the skipped days and the last moment', () => {
    const lines = reportLines({ id: 'dl', kind: 'deadline', start: '2025-07-04', amount: 30, unit: 'day', channel: 'electronic' });
    expect(lines.some((line) => line.startsWith('Süre (IKDP MADDE 16(8), ITKFDP-II MADDE 18(7)): '))).toBe(true);
    expect(lines).toContain('  03.08.2025 atlandı: Pazar');
    expect(lines).toContain('Son an: 04.08.2025 23:59');
  });

  it('prints why a time limit cannot be computed', () => {
    const lines = reportLines({ id: 'dl-x', kind: 'deadline', start: '2023-01-02', amount: 5, unit: 'day', channel: 'electronic' });
    expect(lines.some((line) => line.startsWith('Süre hesaplanamadı: alan "start": '))).toBe(true);
  });
});

describe('explainScenario — clawback', () => {
  const input = clawbackCase({
    paidOn: '2024-05-20',
    notifiedOn: '2024-06-01',
    repaidOn: '2024-07-10',
    rates: { '2024-05-20': '34.9876', '2024-07-10': '35.1234' },
  });
  const lines = reportLines({ id: 'cb', kind: 'clawback', ...input });

  it('prints the explanation and every amount line', () => {
    expect(
      lines.some((line) =>
        line.startsWith('Geri tahsil (ITKFDP-II MADDE 17): Tebliğ 01.06.2024, faizsiz ödeme süresi 01.07.2024 sonu, iade 10.07.2024'),
      ),
    ).toBe(true);
    expect(lines).toContain('  Anapara (TL): 87.469,00 ₺ — 2.500,00 € × 34,9876 (20.05.2024 kuru) = 87.469,00 ₺ (ITKFDP-II MADDE 17(4))');
    expect(lines).toContain('  Toplam iade (Avro): 2.571,23 € — 2.500,00 € + 71,23 € = 2.571,23 € (ITKFDP-II MADDE 17(4))');
    const result = evaluateClawbackCase(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.lines).toHaveLength(4);
      expectEveryAmount(lines, result.value.lines);
    }
  });

  it('prints why the clawback cannot be computed', () => {
    const failed = reportLines({ id: 'cb-x', kind: 'clawback', ...input, rates: { '2024-07-10': '35.1234' } });
    expect(failed).toContain('Geri tahsil hesaplanamadı: alan "rates": Ödeme tarihi 20.05.2024 veya öncesi için TCMB kuru yok.');
  });
});

describe('explainScenario — identifiers', () => {
  it('prints each identifier with GEÇERLİ / GEÇERSİZ and the reason', () => {
    const lines = reportLines({
      id: 'ids',
      kind: 'identifiers',
      values: [
        { type: 'tckn', value: '10000000146' },
        { type: 'vkn', value: '1234567891' },
      ],
    });
    expect(lines).toContain('TCKN 10000000146: GEÇERLİ — T.C. kimlik numarası geçerli.');
    expect(lines).toContain('VKN 1234567891: GEÇERSİZ — Vergi kimlik numarası geçersiz (10 hane, Gelir İdaresi kontrol hanesi tutmuyor).');
  });
});
