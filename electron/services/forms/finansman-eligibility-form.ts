import { amountInWordsTr } from '../../../core/lib/amount-in-words';
import { formatDateTr } from '../../../core/lib/calendar-date';
import { formatTry, money } from '../../../core/lib/money';
import { formatPercentTr } from '../../../core/programmes/finansman-2026/support-schedule';
import type { KobiDatabase } from '../../../db/connection';
import { getEnterprise } from '../../../db/repositories/enterprises';
import { getFinansmanApplication, getFinansmanLoan, listFinansmanDecisions } from '../../../db/repositories/finansman-applications';
import { finansmanDecisionSnapshot, loadFinansmanCase } from '../../../db/repositories/finansman-case';
import { getUser } from '../../../db/repositories/users';
import { listTransitions } from '../../../db/repositories/workflow-records';
import { evaluateFinansmanCase } from '../../../core/rules';
import { finansmanStateLabel } from '../../contract/finansman';
import type { FormModel, FormSection, SignatureSlot } from '../../pdf/form-model';
import { finansmanApplicationState } from '../workflows/workflow-subject';
import { checkRows, notFound, unsuitable, type FormOutcome, type FormRequest } from './form-context';
import { FINANSMAN_FORM } from './form-catalogue';
import { LEGAL_FORM_TR } from './form-labels';

/**
 * Finansman Desteği Uygunluk Formu (code FIN2026-FRM.01, a code of our own: the credit line's annex is not
 * published): the stored evaluation of a credit-line application — every check with its source, the support
 * schedule per instalment with the running total, the totals in figures and in words — with the call's provisional
 * values and gaps, the preparer (who stored the evaluation) and the approver (the müdür who approved), and the case
 * data, the stored evaluation and today's evaluation attached as JSON. `--case` is the credit-line application's id.
 */

type Snapshot = ReturnType<typeof finansmanDecisionSnapshot>;

const PROGRAMME = 'İMALAT SANAYİ FİNANSMANI VE İSTİHDAMI KORUMA PROGRAMI — FİNANSMAN DESTEĞİ';
const SIZE_TR = { KOBI: 'KOBİ', BUYUK: 'Büyük işletme' } as const;

function tl(amount: string): string {
  return formatTry(money(amount));
}

function words(amount: string): string {
  return amountInWordsTr(money(amount), 'TRY');
}

function scheduleSection(snapshot: Snapshot): FormSection {
  const { support } = snapshot;
  return {
    kind: 'table',
    title: `Destek Tablosu (geçici) — destek = faiz × ${support.points === null ? 'puan (DUYURULMADI)' : String(support.points)} / ${formatPercentTr(support.ratePercent)}, taksit başına kuruşa yuvarlanır`,
    columns: [
      { header: 'No', width: 4 },
      { header: 'Vade', width: 10 },
      { header: 'Anapara', width: 15 },
      { header: 'Faiz', width: 14 },
      { header: 'KOSGEB desteği', width: 14 },
      { header: 'İşletmenin ödediği', width: 14 },
      { header: 'Destek toplamı', width: 15 },
    ],
    rows: [
      ...support.installments.map((row) => [
        String(row.number),
        formatDateTr(row.dueOn),
        tl(row.principalTRY),
        tl(row.interestTRY),
        tl(row.supportTRY),
        tl(row.enterprisePaysTRY),
        tl(row.runningSupportTRY),
      ]),
      ['', 'Toplam', '', tl(support.totalInterestTRY), tl(support.totalSupportTRY), tl(support.totalEnterprisePaysTRY), ''],
    ],
  };
}

function parametersSection(snapshot: Snapshot): FormSection {
  return {
    kind: 'table',
    title: 'Çağrının Değerleri ve Kaynakları (tümü GEÇİCİ; DUYURULMADI = henüz ilan edilmedi)',
    columns: [
      { header: 'Değer', width: 22 },
      { header: 'Yürürlükteki değer', width: 26 },
      { header: 'Kaynak', width: 40 },
      { header: 'Son teyit', width: 12 },
    ],
    rows: snapshot.parameters.map((line) => [
      line.label,
      line.value === null ? 'DUYURULMADI' : `${line.value} (geçici)`,
      [line.source?.article, line.source?.act].filter((part) => part !== undefined).join(' — '),
      line.source?.lastConfirmed === undefined ? '—' : formatDateTr(line.source.lastConfirmed),
    ]),
  };
}

function nameOf(db: KobiDatabase, userId: number | null | undefined): string | null {
  if (userId === null || userId === undefined) return null;
  return getUser(db, userId)?.fullName ?? null;
}

export function buildFinansmanEligibilityForm(db: KobiDatabase, request: FormRequest): FormOutcome<FormModel> {
  const application = getFinansmanApplication(db, request.applicationId);
  if (application === undefined) return notFound(`${request.applicationId} numaralı finansman desteği başvurusu bulunamadı.`);
  const enterprise = getEnterprise(db, application.enterpriseId);
  if (enterprise === undefined) return notFound(`${application.id} numaralı başvurunun işletmesi bulunamadı.`);
  const loan = getFinansmanLoan(db, application.id);
  if (loan === undefined) return unsuitable(`${application.id} numaralı başvurunun kredisi ve ödeme tablosu girilmemiş.`);
  const decision = listFinansmanDecisions(db, application.id)[0];
  if (decision === undefined) {
    return unsuitable(`${application.id} numaralı başvuru henüz değerlendirilmedi: önce değerlendirme kaydedilmeli (finansman:evaluate).`);
  }
  const snapshot = decision.snapshot as Snapshot;
  const loaded = loadFinansmanCase(db, application.id);
  const current = loaded.ok ? finansmanDecisionSnapshot(evaluateFinansmanCase(loaded.value)) : null;
  const stale = current === null || JSON.stringify(current) !== JSON.stringify(snapshot);
  const state = finansmanApplicationState(db, application);
  const approval = listTransitions(db, 'finansman_application', application.id)
    .filter((move) => move.toState === 'onaylandi' || move.toState === 'reddedildi')
    .at(-1);
  const formDate = decision.decidedAt.slice(0, 10);
  const signatures: SignatureSlot[] = [
    {
      label: 'Hazırlayan',
      name: request.preparer ?? nameOf(db, decision.decidedByUserId),
      title: 'KOBİ Uzmanı (Sorumlu Personel)',
      date: formDate,
      field: 'Hazirlayan',
    },
    {
      label: 'Onaylayan',
      name: request.approver ?? nameOf(db, approval?.userId),
      title: 'Uygulama Birimi Müdürü',
      date: approval === undefined ? null : approval.at.slice(0, 10),
      field: 'Onaylayan',
    },
  ];
  const verdict = snapshot.eligible
    ? 'UYGUNDUR'
    : snapshot.failed.length > 0
      ? `UYGUN DEĞİLDİR (${snapshot.failed.join(', ')})`
      : `VERİ EKSİK (${snapshot.missingData.join(', ')})`;
  const limit = snapshot.payrollLimitTRY;
  return {
    ok: true,
    value: {
      code: FINANSMAN_FORM.code,
      title: FINANSMAN_FORM.title,
      programmeName: PROGRAMME,
      editionName: snapshot.callName,
      directorate: 'KOSGEB',
      formDate,
      rulesVersion: decision.rulesVersion,
      identity: [
        { label: 'İşletme unvanı', value: enterprise.unvan },
        { label: enterprise.vkn === null ? 'T.C. kimlik no' : 'Vergi kimlik no', value: enterprise.vkn ?? enterprise.tckn ?? '—' },
        { label: 'Hukuki yapı', value: LEGAL_FORM_TR[enterprise.legalForm] },
        { label: 'Ana faaliyet (NACE)', value: enterprise.naceMain ?? '—' },
        { label: 'Çağrı', value: `${application.call} — ${snapshot.callName}` },
        {
          label: 'Başvuru no / tarihi',
          value: `${application.id} / ${application.appliedOn === null ? '—' : formatDateTr(application.appliedOn)}`,
        },
        { label: 'Ölçek / banka', value: `${SIZE_TR[application.size]} / ${application.bankName ?? '—'}` },
        { label: 'Başvurunun durumu', value: finansmanStateLabel(state) },
      ],
      sections: [
        {
          kind: 'fields',
          title: 'Kredi ve Değerlendirme',
          fields: [
            { label: 'Kredi tutarı', value: tl(loan.amountTRY) },
            { label: 'Yıllık faiz oranı', value: formatPercentTr(loan.annualRatePercent) },
            { label: 'Kullandırım tarihleri', value: loan.drawnOn.map(formatDateTr).join(', ') },
            { label: 'Vade / anapara ödemesiz süre', value: `${loan.termMonths} ay / ${loan.graceMonths} ay` },
            { label: 'Ödeme tablosundaki taksit sayısı', value: String(loan.installments.length) },
            { label: 'Kredi limiti (baz ayların PEK ortalaması)', value: limit === null ? 'HESAPLANAMADI / DUYURULMADI' : tl(limit) },
            { label: 'Değerlendirme sonucu', value: verdict },
            { label: 'Kural sürümü', value: `${decision.rulesVersion} (geçici değerler)` },
          ],
        },
        {
          kind: 'checks',
          title: 'Uygunluk Kontrolleri (dayanaklar geçicidir)',
          checks: checkRows(snapshot.checks),
        },
        scheduleSection(snapshot),
        {
          kind: 'amounts',
          title: 'Destek Tutarı (geçici)',
          rows: [],
          totals: [
            {
              label: 'Toplam KOSGEB desteği (geçici)',
              figure: tl(snapshot.support.totalSupportTRY),
              words: words(snapshot.support.totalSupportTRY),
            },
            {
              label: 'Bankanın toplam faizi',
              figure: tl(snapshot.support.totalInterestTRY),
              words: words(snapshot.support.totalInterestTRY),
            },
            {
              label: 'İşletmenin ödediği toplam faiz',
              figure: tl(snapshot.support.totalEnterprisePaysTRY),
              words: words(snapshot.support.totalEnterprisePaysTRY),
            },
          ],
        },
        parametersSection(snapshot),
        {
          kind: 'text',
          title: 'Açıklamalar',
          paragraphs: [
            'Bu kredi hattının kuralları yalnızca duyurulardan ve ikincil kaynaklardan bilinir: formdaki her değer GEÇİCİDİR ve kaynağıyla gösterilir; DUYURULMADI yazan değerler henüz ilan edilmemiştir.',
            `İstihdamın korunması (yalnızca bilgi için): ${snapshot.employment.baseExplanation} ${snapshot.employment.gap}`,
            ...(stale
              ? [
                  'Not: Dosyanın bugünkü verisiyle yapılan değerlendirme bu kayıtlı değerlendirmeyle aynı değil; form kayıtlı değerlendirmeyi gösterir.',
                ]
              : []),
          ],
        },
      ],
      signatures,
      subjectKey: `${application.id}-${decision.id}`,
      evidence: {
        format: 1,
        form: { code: FINANSMAN_FORM.code, title: FINANSMAN_FORM.title },
        finansmanApplicationId: application.id,
        decisionId: decision.id,
        enterprise: { unvan: enterprise.unvan, vkn: enterprise.vkn, tckn: enterprise.tckn },
        state,
        storedEvaluation: snapshot,
        caseInput: loaded.ok ? loaded.value : null,
        caseIssues: loaded.ok ? [] : loaded.issues,
        currentEvaluation: current,
      },
    },
  };
}
