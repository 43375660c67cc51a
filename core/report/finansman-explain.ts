import { formatDateTr } from '../lib/calendar-date';
import { OUTCOME_LABEL_TR } from '../lib/checks';
import type { FinansmanCall } from '../programmes/finansman-2026/call';
import type { FinansmanEvaluation } from '../programmes/finansman-2026/evaluate';
import { formatKurusTry } from '../programmes/finansman-2026/kurus';
import { employmentMonthText } from '../programmes/finansman-2026/employment-status';
import { parameterLines } from '../programmes/finansman-2026/parameter-report';
import { formatPercentTr, installmentFormula } from '../programmes/finansman-2026/support-schedule';

/**
 * The Turkish report of a credit-line case: the call's provisional values and gaps with their sources, every check,
 * the support of each instalment with its formula, and the employment status for information.
 */
const INDENT = '  ';

function parameterReport(call: FinansmanCall, asOf: string): string[] {
  return parameterLines(call, asOf).map((line) => {
    const source = line.source === null ? 'kaynak yok' : `${line.source.act}; ${line.source.article}`;
    const confirmed = line.source?.lastConfirmed === undefined ? '' : `, son teyit ${formatDateTr(line.source.lastConfirmed)}`;
    return `${INDENT}${line.label}: ${line.value ?? 'BOŞLUK — henüz ilan edilmedi, karar buna dayanmaz'} (${source}${confirmed})`;
  });
}

export function finansmanReport(evaluation: FinansmanEvaluation, call: FinansmanCall): string[] {
  const { schedule, employment } = evaluation;
  const verdict = evaluation.eligible ? 'DESTEKLENEBİLİR' : evaluation.failed.length > 0 ? 'DESTEKLENEMEZ' : 'KARAR İÇİN VERİ EKSİK';
  const lines = [
    `Program: ${evaluation.callName}`,
    'Değerler duyurulardan ve ikincil kaynaklardan alınmış GEÇİCİ değerlerdir; merkez düzeltebilir. Çağrının değerleri:',
    ...parameterReport(call, evaluation.asOf),
    '',
    `Başvuru tarihi: ${formatDateTr(evaluation.asOf)}`,
    `Sonuç: ${verdict}`,
    'Kontroller:',
    ...evaluation.checks.map(
      (result) => `${INDENT}[${OUTCOME_LABEL_TR[result.outcome]}] ${result.code} — ${result.article}: ${result.explanation}`,
    ),
    '',
    `Kredi limiti (PEK): ${evaluation.payrollLimitKurus === null ? 'hesaplanmadı' : formatKurusTry(evaluation.payrollLimitKurus)}`,
    `Destek ödeme planı (${evaluation.supportArticle}): faiz × ${schedule.points ?? '—'} puan / ${formatPercentTr(schedule.ratePercent)} yıllık oran, her taksit kuruşa yuvarlanır${evaluation.eligible ? '' : '; destek uygunluktan bağımsız olarak gösterilir, karar yukarıdaki kontrollere bağlıdır'}.`,
    ...schedule.installments.map((installment) => `${INDENT}${installmentFormula(schedule, installment)}`),
    `Toplam faiz: ${formatKurusTry(schedule.totalInterestKurus)}; toplam destek: ${formatKurusTry(schedule.totalSupportKurus)} (taksit desteklerinin toplamı); işletmenin ödediği faiz: ${formatKurusTry(schedule.totalEnterprisePaysKurus)}.`,
    '',
    'İstihdam durumu (yalnızca bilgi için):',
    `${INDENT}${employment.baseExplanation}`,
    ...employment.months.map((month) => `${INDENT}${employmentMonthText(employment, month)}`),
    `${INDENT}BOŞLUK: ${employment.gap}`,
  ];
  return lines;
}
