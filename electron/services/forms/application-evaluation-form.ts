import { formatDateTr } from '../../../core/lib/calendar-date';
import { formatCountTr, money } from '../../../core/lib/money';
import { formatIssues } from '../../../core/lib/validation';
import type { EligibilityDecision } from '../../../core/programmes/eligibility-decision';
import { paymentPosition } from '../../../core/report/payment-position';
import { evaluateEligibility, evaluateIkdpCase, evaluateItkfdpCase } from '../../../core/rules';
import { loadCase, loadEligibility } from '../../../db/repositories/case-loading';
import { getLoanOfApplication } from '../../../db/repositories/loans';
import type { FormModel, FormSection } from '../../pdf/form-model';
import {
  amountTotal,
  checkRows,
  directorateOf,
  earlierPayments,
  identityFields,
  positionSection,
  preparerAndApprover,
  programmeTitle,
  unsuitable,
  type CaseFile,
  type FormOutcome,
} from './form-context';
import { yesNo } from './form-labels';
import { personnelTable, scheduleTable } from './itkfdp-sections';

/**
 * Başvuru Değerlendirme Formu (IKDP FRM.39.00.03, MADDE 11(1)) and ITKFDP-II
 * Başvuru Kontrol Tablosu (ITKFDP2-TAB.01, MADDE 11(1)): the eligibility
 * decision of the application as core makes it on the application date, with
 * what the programme's later amounts rest on (the IKDP base average; the
 * ITKFDP-II loan, support periods and committed personnel).
 */

function resultText(decision: EligibilityDecision): string {
  if (decision.eligible) return 'Değerlendirme sonucu: BAŞVURU PROGRAM ŞARTLARINA UYGUNDUR.';
  if (decision.failed.length > 0)
    return `Değerlendirme sonucu: BAŞVURU UYGUN DEĞİLDİR (sağlanmayan şartlar: ${decision.failed.join(', ')}).`;
  return `Değerlendirme sonucu: KARAR İÇİN VERİ EKSİK (${decision.missingData.join(', ')}).`;
}

const DECISION_TR = { APPROVED: 'Onaylandı', REJECTED: 'Reddedildi' } as const;

function ikdpSections(file: CaseFile): { sections: FormSection[]; caseInput: unknown; evaluation: unknown } {
  const loaded = loadCase(file.db, file.application.id);
  if (!loaded.ok || loaded.value.program === 'ITKFDP-II') return { sections: [], caseInput: null, evaluation: null };
  const evaluation = evaluateIkdpCase(loaded.value);
  const section: FormSection = {
    kind: 'fields',
    title: 'Destek Hesabına Esas Bilgiler',
    fields: [
      {
        label: `Baz ortalama prim gün (${evaluation.base.article})`,
        value: evaluation.base.value === null ? 'hesaplanamadı' : formatCountTr(evaluation.base.value),
      },
      { label: 'Hesaplama', value: evaluation.base.explanation },
      { label: 'Program başlangıcı (onay)', value: formatDateTr(evaluation.programStart) },
      { label: 'Program bitişi', value: evaluation.programEnd === null ? 'henüz ilan edilmedi' : formatDateTr(evaluation.programEnd) },
      {
        label: 'Program sonrası izleme',
        value: evaluation.postMonitoringDue === null ? 'henüz ilan edilmedi' : formatDateTr(evaluation.postMonitoringDue),
      },
    ],
  };
  return { sections: [section], caseInput: loaded.value, evaluation };
}

function itkfdpSections(file: CaseFile): { sections: FormSection[]; caseInput: unknown; evaluation: unknown } {
  const sections: FormSection[] = [];
  const loan = getLoanOfApplication(file.db, file.application.id);
  if (loan !== undefined) {
    sections.push({
      kind: 'fields',
      title: 'Kredi Bilgileri',
      fields: [
        { label: 'Banka', value: loan.bankName ?? '—' },
        { label: 'Vade', value: loan.termMonths === null ? '—' : `${loan.termMonths} ay` },
        { label: 'Fon kaynağı', value: loan.fundingLine ?? '—' },
        { label: 'Kredi kullanım tarihi', value: loan.creditUsedOn === null ? '—' : formatDateTr(loan.creditUsedOn) },
      ],
    });
    if (loan.amountTRY !== null)
      sections.push({
        kind: 'amounts',
        title: 'Kredi Tutarı',
        rows: [],
        totals: [amountTotal('Kredi tutarı', money(loan.amountTRY), 'TRY')],
      });
  }
  sections.push(personnelTable(file));
  const loaded = loadCase(file.db, file.application.id);
  if (!loaded.ok || loaded.value.program !== 'ITKFDP-II') return { sections, caseInput: null, evaluation: null };
  const evaluation = evaluateItkfdpCase(loaded.value);
  sections.push(scheduleTable(evaluation));
  return { sections, caseInput: loaded.value, evaluation };
}

export function buildApplicationEvaluationForm(file: CaseFile): FormOutcome<FormModel> {
  const loaded = loadEligibility(file.db, file.application.id);
  if (!loaded.ok) return unsuitable(`Başvuru değerlendirilemiyor: ${formatIssues(loaded.issues)}`);
  const decision = evaluateEligibility(loaded.value);
  const { application } = file;
  const formDate = application.decidedOn ?? application.approvedOn ?? file.today;
  const extra = application.program === 'ITKFDP-II' ? itkfdpSections(file) : ikdpSections(file);
  const position = paymentPosition({
    program: application.program,
    submittedOn: decision.asOf,
    earlierPayments: earlierPayments(file),
    thisPayment: '0.00',
  });
  const stored =
    application.decision === null
      ? 'henüz karar verilmedi'
      : `${DECISION_TR[application.decision]} (${application.decidedOn === null ? '—' : formatDateTr(application.decidedOn)})`;
  return {
    ok: true,
    value: {
      code: file.definition.code,
      title: file.definition.title,
      programmeName: programmeTitle(file),
      editionName: `${decision.editionName}${decision.provisional ? ' (geçici değerler)' : ''}`,
      directorate: directorateOf(application),
      formDate,
      rulesVersion: decision.rulesVersion,
      identity: identityFields(file, decision.editionName),
      sections: [
        {
          kind: 'fields',
          title: 'Başvuru Bilgileri',
          fields: [
            { label: 'Başvuru tarihi (değerlendirme esası)', value: formatDateTr(decision.asOf) },
            { label: 'Başvuru ili', value: application.applicationProvince ?? '—' },
            { label: 'Yaptırım kararı', value: yesNo(application.sanctioned) },
            { label: 'Destek dışı faaliyet', value: yesNo(application.excludedActivity) },
            { label: 'Çevresel ve sosyal uygunluk', value: yesNo(application.envSocialCompliant) },
            { label: 'Kayıtlı karar', value: stored },
          ],
        },
        { kind: 'checks', title: 'Uygunluk Kontrolleri', checks: checkRows(decision.checks) },
        { kind: 'text', title: 'Değerlendirme Sonucu', paragraphs: [resultText(decision)] },
        ...extra.sections,
        positionSection(position, false),
      ],
      signatures: preparerAndApprover(file, formDate),
      subjectKey: String(application.id),
      evidence: {
        format: 1,
        form: { code: file.definition.code, title: file.definition.title },
        applicationId: application.id,
        enterprise: { unvan: file.enterprise.unvan, vkn: file.enterprise.vkn, tckn: file.enterprise.tckn },
        eligibilityInput: loaded.value,
        eligibilityDecision: decision,
        caseInput: extra.caseInput,
        evaluation: extra.evaluation,
        paymentPosition: position,
      },
    },
  };
}
