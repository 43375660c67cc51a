import { formatDateTr, formatMonthTr } from '../lib/calendar-date';
import type { AmountLine } from '../lib/amount-line';
import { OUTCOME_LABEL_TR, type CheckResult } from '../lib/checks';
import { formatCountTr, formatEur, formatTry } from '../lib/money';
import { formatIssues } from '../lib/validation';
import type { EligibilityDecision } from '../programmes/eligibility-decision';
import type { IkdpEvaluation } from '../programmes/ikdp/evaluate-payments';
import type { ItkfdpEdition } from '../programmes/itkfdp-ii/edition';
import type { ItkfdpEvaluation } from '../programmes/itkfdp-ii/evaluate-periods';
import {
  checkIdentifier,
  evaluateClawbackCase,
  evaluateDeadline,
  evaluateEligibility,
  evaluateFinansmanCase,
  evaluateIkdpCase,
  evaluateItkfdpCase,
  BUILT_IN_REFERENCE,
  type RuleReference,
} from '../rules';
import { scenarioReference } from '../scenarios/scenario-reference';
import type { Scenario } from '../scenarios/scenario-schema';
import { RULES_VERSION } from '../version';
import { finansmanReport } from './finansman-explain';

/**
 * The Turkish report of `explain`: every check with its article, outcome and explanation, and every amount with how
 * it was computed. Plain text, so the CLI, the PDF forms and the UI can all show the same sentences.
 */

const INDENT = '  ';

function checkLines(checks: readonly CheckResult[], indent: string): string[] {
  return checks.map((result) => `${indent}[${OUTCOME_LABEL_TR[result.outcome]}] ${result.code} — ${result.article}: ${result.explanation}`);
}

function amountLines(lines: readonly AmountLine[], indent: string): string[] {
  return lines.map(
    (line) => `${indent}${line.label}: ${line.currency === 'TRY' ? formatTry(line.amount) : formatEur(line.amount)} — ${line.formula}`,
  );
}

function eligibilityReport(decision: EligibilityDecision): string[] {
  return [
    `Başvuru tarihi: ${formatDateTr(decision.asOf)}`,
    `Sonuç: ${decision.eligible ? 'BAŞVURABİLİR' : decision.failed.length > 0 ? 'BAŞVURAMAZ' : 'KARAR İÇİN VERİ EKSİK'}`,
    'Kontroller:',
    ...checkLines(decision.checks, INDENT),
  ];
}

function ikdpReport(evaluation: IkdpEvaluation): string[] {
  const lines = [
    `Baz ortalama (${evaluation.base.article}): ${evaluation.base.value === null ? 'hesaplanamadı' : formatCountTr(evaluation.base.value)}`,
    `${INDENT}${evaluation.base.explanation}`,
    `Program başlangıcı (onay): ${formatDateTr(evaluation.programStart)}`,
    `Program bitişi: ${evaluation.programEnd === null ? 'henüz ilan edilmedi' : formatDateTr(evaluation.programEnd)}`,
    `Program sonrası izleme: ${evaluation.postMonitoringDue === null ? 'henüz ilan edilmedi' : formatDateTr(evaluation.postMonitoringDue)}`,
    ...evaluation.dateNotes.map((note) => `${INDENT}${note}`),
  ];
  evaluation.requests.forEach((request, index) => {
    lines.push(
      '',
      `Ödeme talebi ${index + 1} — ${formatDateTr(request.submittedOn)} — ${request.months.map(formatMonthTr).join(', ')}: ${request.approved ? 'ONAYLANIR' : 'REDDEDİLİR'}`,
      `${INDENT}Talep edilen ayların ortalaması: ${request.average === null ? 'veri eksik' : formatCountTr(request.average)}`,
      `${INDENT}Kontroller:`,
      ...checkLines(request.checks, INDENT + INDENT),
      `${INDENT}Tutar: ${formatTry(request.amountTRY)}`,
      ...amountLines(request.amountLines, INDENT + INDENT),
    );
  });
  lines.push('', `Onaylanan toplam destek: ${formatTry(evaluation.totalTRY)}`);
  return lines;
}

function itkfdpReport(evaluation: ItkfdpEvaluation, edition: ItkfdpEdition): string[] {
  const lines = [
    `Destek başlangıcı: ${formatDateTr(evaluation.supportStart)}; destek bitişi: ${formatDateTr(evaluation.supportEnd)} (${edition.articles.supportDates})`,
    'Ödeme dönemleri:',
    ...evaluation.schedule.map((period) => `${INDENT}${period.index}. dönem: ${formatDateTr(period.start)} – ${formatDateTr(period.end)}`),
    `Dönem başına asgari prim gün (${evaluation.minPrimDays.article}): ${evaluation.minPrimDays.value === null ? 'hesaplanamadı' : formatCountTr(evaluation.minPrimDays.value)}`,
    `${INDENT}${evaluation.minPrimDays.explanation}`,
    `Sonlandırma: ${evaluation.terminatedOn === null ? 'yok' : `${formatDateTr(evaluation.terminatedOn)} — ${evaluation.terminationExplanation ?? ''}`}`,
  ];
  for (const decision of evaluation.decisions) {
    lines.push(
      '',
      `${decision.index}. dönem (${formatDateTr(decision.start)} – ${formatDateTr(decision.end)}), talep ${formatDateTr(decision.submittedOn)}: ${decision.approved ? 'ONAYLANIR' : 'REDDEDİLİR'}`,
      `${INDENT}Kontroller:`,
      ...checkLines(decision.checks, INDENT + INDENT),
      `${INDENT}Tutar: ${formatEur(decision.amountEUR)}`,
      ...amountLines(decision.amountLines, INDENT + INDENT),
    );
  }
  lines.push(
    '',
    `Onaylanan toplam destek: ${formatEur(evaluation.totalEUR)} (üst limit ${formatEur(evaluation.totalCap.amount)}, ${evaluation.totalCap.article})`,
  );
  return lines;
}

function body(scenario: Scenario, reference: RuleReference | undefined): string[] {
  const { ikdpEditions, itkfdp, finansmanCalls } = reference ?? BUILT_IN_REFERENCE;
  switch (scenario.kind) {
    case 'identifiers':
      return scenario.values.map((entry) => {
        const result = checkIdentifier(entry.type, entry.value);
        return `${entry.type.toUpperCase()} ${entry.value}: ${result.valid ? 'GEÇERLİ' : 'GEÇERSİZ'} — ${result.reason}`;
      });
    case 'eligibility': {
      const decision = evaluateEligibility(scenario, reference);
      return [`Program: ${decision.editionName}${decision.provisional ? ' (geçici değerler)' : ''}`, ...eligibilityReport(decision)];
    }
    case 'ikdp-payments': {
      const evaluation = evaluateIkdpCase(scenario, reference);
      return [
        `Program: ${evaluation.editionName}${evaluation.provisional ? ' (geçici değerler; merkez düzeltebilir)' : ''}`,
        ...ikdpReport(evaluation),
      ];
    }
    case 'itkfdp-periods': {
      const evaluation = evaluateItkfdpCase(scenario, reference);
      return [`Program: ${evaluation.editionName}`, ...itkfdpReport(evaluation, itkfdp)];
    }
    case 'deadline': {
      const result = evaluateDeadline(scenario, reference);
      if (!result.ok) return [`Süre hesaplanamadı: ${formatIssues(result.issues)}`];
      return [
        `Süre (IKDP ${ikdpEditions['IKDP-2025'].articles.timeLimit}, ${itkfdp.id} ${itkfdp.articles.timeLimit}): ${result.value.explanation}`,
        ...result.value.skipped.map((day) => `${INDENT}${formatDateTr(day.date)} atlandı: ${day.reason}`),
        `Son an: ${formatDateTr(result.value.due)} ${result.value.dueAt.slice(11)}`,
      ];
    }
    case 'clawback': {
      const result = evaluateClawbackCase(scenario, scenarioReference(scenario, reference));
      if (!result.ok) return [`Geri tahsil hesaplanamadı: ${formatIssues(result.issues)}`];
      return [
        `Geri tahsil (${itkfdp.id} ${itkfdp.articles.clawback}): ${result.value.explanation}`,
        ...amountLines(result.value.lines, INDENT),
      ];
    }
    case 'finansman-2026': {
      return finansmanReport(evaluateFinansmanCase(scenario, reference), finansmanCalls[scenario.call]);
    }
  }
}

export function explainScenario(scenario: Scenario, reference?: RuleReference): string {
  return [
    `KOBİ Dosya — kural değerlendirmesi (kural sürümü ${RULES_VERSION})`,
    `Senaryo: ${scenario.id}${scenario.title === undefined ? '' : ` — ${scenario.title}`}`,
    '',
    ...body(scenario, reference),
  ].join('\n');
}
