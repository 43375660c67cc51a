import { formatDateTr, formatMonthTr } from '../../../core/lib/calendar-date';
import { formatCountTr, formatTry } from '../../../core/lib/money';
import { formatIssues } from '../../../core/lib/validation';
import { paymentPosition } from '../../../core/report/payment-position';
import { evaluateIkdpCase, evaluateItkfdpCase } from '../../../core/rules';
import { loadCase } from '../../../db/repositories/case-loading';
import { listMonitoringVisits, type MonitoringVisit } from '../../../db/repositories/monitoring-visits';
import type { MonitoringVisitKind } from '../../../db/schema/enums';
import type { FormModel, FormSection, SignatureSlot } from '../../pdf/form-model';
import {
  checkRows,
  directorateOf,
  earlierPayments,
  identityFields,
  notFound,
  positionSection,
  preparerAndApprover,
  programmeTitle,
  unsuitable,
  userName,
  type CaseFile,
  type FormOutcome,
} from './form-context';
import { VISIT_OUTCOME_TR } from './form-labels';
import { personnelTable, scheduleTable } from './itkfdp-sections';

/**
 * Program Sonrası İzleme Formu (IKDP FRM.39.00.06, MADDE 14) and ITKFDP-II
 * Yerinde İzleme Formu (ITKFDP2-FRM.05, MADDE 15): what the visit found, with
 * the programme dates, payments and (ITKFDP-II) commitments as core decides
 * them. The Yerinde İzleme Formu carries the drawn signatures of the field
 * monitor and the enterprise's representative.
 */

const KIND_TR: Readonly<Record<MonitoringVisitKind, string>> = {
  ON_SITE: 'yerinde izleme',
  POST_PROGRAMME: 'program sonrası izleme',
};

function chooseVisit(file: CaseFile, kind: MonitoringVisitKind, required: boolean): FormOutcome<MonitoringVisit | null> {
  const visits = listMonitoringVisits(file.db, file.application.id).filter((visit) => visit.kind === kind);
  const wanted = file.request.visitId;
  if (wanted !== undefined) {
    const visit = visits.find((candidate) => candidate.id === wanted);
    return visit === undefined
      ? notFound(`${file.application.id} numaralı dosyada ${wanted} numaralı ${KIND_TR[kind]} ziyareti yok.`)
      : { ok: true, value: visit };
  }
  const latest = visits.at(-1) ?? null;
  if (latest === null && required) return unsuitable(`${file.application.id} numaralı dosyada ${KIND_TR[kind]} ziyareti kaydı yok.`);
  return { ok: true, value: latest };
}

function visitSection(file: CaseFile, visit: MonitoringVisit | null, kind: MonitoringVisitKind): FormSection {
  if (visit === null) return { kind: 'text', title: 'İzleme Ziyareti', paragraphs: [`Dosyada kayıtlı ${KIND_TR[kind]} ziyareti yok.`] };
  const visitor = userName(file.db, visit.visitorUserId);
  return {
    kind: 'fields',
    title: 'İzleme Ziyareti',
    fields: [
      { label: 'Ziyaret no', value: String(visit.id) },
      { label: 'Planlanan tarih', value: visit.dueOn === null ? '—' : formatDateTr(visit.dueOn) },
      { label: 'Ziyaret tarihi', value: visit.visitedOn === null ? 'henüz yapılmadı' : formatDateTr(visit.visitedOn) },
      { label: 'İzleyici', value: visitor?.name ?? '—' },
      { label: 'Tespit', value: visit.outcome === null ? '—' : VISIT_OUTCOME_TR[visit.outcome] },
      { label: 'Açıklama', value: visit.notes ?? '—' },
    ],
  };
}

function model(file: CaseFile, parts: Omit<FormModel, 'code' | 'title' | 'programmeName' | 'directorate'>): FormModel {
  return {
    code: file.definition.code,
    title: file.definition.title,
    programmeName: programmeTitle(file),
    directorate: directorateOf(file.application),
    ...parts,
  };
}

/** The evidence attached to both monitoring forms: the visit, the case as core read it, and core's decision. */
function visitEvidence(file: CaseFile, visit: MonitoringVisit | null, caseInput: unknown, evaluation: unknown, position: unknown) {
  return {
    format: 1,
    form: { code: file.definition.code, title: file.definition.title },
    applicationId: file.application.id,
    monitoringVisit: visit,
    enterprise: { unvan: file.enterprise.unvan, vkn: file.enterprise.vkn, tckn: file.enterprise.tckn },
    caseInput,
    evaluation,
    paymentPosition: position,
  };
}

export function buildPostProgrammeMonitoringForm(file: CaseFile): FormOutcome<FormModel> {
  const chosen = chooseVisit(file, 'POST_PROGRAMME', false);
  if (!chosen.ok) return chosen;
  const visit = chosen.value;
  const loaded = loadCase(file.db, file.application.id);
  if (!loaded.ok) return unsuitable(`Dosya değerlendirilemiyor: ${formatIssues(loaded.issues)}`);
  if (loaded.value.program === 'ITKFDP-II') return unsuitable('Program Sonrası İzleme Formu İstihdamı Koruma dosyaları içindir.');
  const evaluation = evaluateIkdpCase(loaded.value);
  const formDate = visit?.visitedOn ?? file.today;
  const months = Object.keys(loaded.value.primDays).sort().slice(-24);
  const position = paymentPosition({
    program: evaluation.program,
    submittedOn: evaluation.programStart,
    earlierPayments: earlierPayments(file),
    thisPayment: '0.00',
  });
  const lastRequest = evaluation.requests.at(-1);
  const visitor = visit === null ? null : userName(file.db, visit.visitorUserId);
  const signatures = preparerAndApprover(file, formDate);
  const preparer = signatures[0];
  return {
    ok: true,
    value: model(file, {
      editionName: evaluation.editionName,
      formDate,
      rulesVersion: evaluation.rulesVersion,
      identity: identityFields(file, evaluation.editionName),
      sections: [
        {
          kind: 'fields',
          title: 'Program Bilgileri',
          fields: [
            { label: 'Program başlangıcı (onay)', value: formatDateTr(evaluation.programStart) },
            {
              label: 'Program bitişi',
              value: evaluation.programEnd === null ? 'henüz ilan edilmedi' : formatDateTr(evaluation.programEnd),
            },
            {
              label: 'İzleme tarihi (bitişten 1 yıl sonra)',
              value: evaluation.postMonitoringDue === null ? 'henüz ilan edilmedi' : formatDateTr(evaluation.postMonitoringDue),
            },
            {
              label: `Baz ortalama prim gün (${evaluation.base.article})`,
              value: evaluation.base.value === null ? 'hesaplanamadı' : formatCountTr(evaluation.base.value),
            },
            { label: 'Program sonlandırma', value: loaded.value.terminatedOn == null ? 'yok' : formatDateTr(loaded.value.terminatedOn) },
          ],
        },
        visitSection(file, visit, 'POST_PROGRAMME'),
        {
          kind: 'table',
          title: 'Aylık Prim Gün Sayıları (SGK idari kayıtları, son 24 ay)',
          columns: [
            { header: 'Ay', width: 1 },
            { header: 'Toplam prim gün', width: 1 },
          ],
          rows: months.map((month) => [formatMonthTr(month), formatCountTr(loaded.value.primDays[month] ?? 0)]),
        },
        {
          kind: 'table',
          title: 'Ödeme Kararları',
          columns: [
            { header: 'Talep tarihi', width: 60 },
            { header: 'Talep edilen aylar', width: 170 },
            { header: 'Karar', width: 60 },
            { header: 'Tutar', width: 70 },
          ],
          rows: evaluation.requests.map((request) => [
            formatDateTr(request.submittedOn),
            request.months.map(formatMonthTr).join(', '),
            request.approved ? 'Uygun' : 'Uygun değil',
            formatTry(request.amountTRY),
          ]),
        },
        ...(lastRequest === undefined
          ? []
          : [{ kind: 'checks' as const, title: 'Son Ödeme Talebinin Kontrolleri', checks: checkRows(lastRequest.checks) }]),
        positionSection(position, false),
      ],
      signatures: [
        {
          ...(preparer ?? { label: 'Hazırlayan', title: 'KOBİ Uzmanı', date: formDate, field: 'Hazirlayan' }),
          name: file.request.preparer ?? visitor?.name ?? preparer?.name ?? null,
        },
        ...signatures.slice(1),
      ],
      subjectKey: `${file.application.id}-${visit?.id ?? 0}`,
      evidence: visitEvidence(file, visit, loaded.value, evaluation, position),
    }),
  };
}

export function buildOnSiteMonitoringForm(file: CaseFile): FormOutcome<FormModel> {
  const chosen = chooseVisit(file, 'ON_SITE', true);
  if (!chosen.ok) return chosen;
  const visit = chosen.value;
  if (visit === null) return unsuitable('Yerinde izleme ziyareti kaydı yok.');
  const loaded = loadCase(file.db, file.application.id);
  if (!loaded.ok) return unsuitable(`Dosya değerlendirilemiyor: ${formatIssues(loaded.issues)}`);
  if (loaded.value.program !== 'ITKFDP-II') return unsuitable('Yerinde İzleme Formu ITKFDP-II dosyaları içindir.');
  const evaluation = evaluateItkfdpCase(loaded.value);
  const formDate = visit.visitedOn ?? visit.dueOn ?? file.today;
  const position = paymentPosition({
    program: 'ITKFDP-II',
    submittedOn: evaluation.supportStart,
    earlierPayments: earlierPayments(file),
    thisPayment: '0.00',
  });
  const lastPeriod = evaluation.periods.at(-1);
  const visitor = userName(file.db, visit.visitorUserId);
  const approver = preparerAndApprover(file, formDate)[1];
  const signatures: SignatureSlot[] = [
    {
      label: 'İzleyici',
      name: file.request.preparer ?? visitor?.name ?? null,
      title: visitor?.title ?? 'İzleyici',
      date: visit.visitedOn,
      field: 'Izleyici',
      ...(file.request.monitorSignaturePng === undefined ? {} : { image: file.request.monitorSignaturePng }),
    },
    {
      label: 'İşletme Yetkilisi',
      name: file.request.representative ?? null,
      title: `${file.enterprise.unvan} adına`,
      date: visit.visitedOn,
      ...(file.request.representativeSignaturePng === undefined ? {} : { image: file.request.representativeSignaturePng }),
    },
    ...(approver === undefined ? [] : [approver]),
  ];
  return {
    ok: true,
    value: model(file, {
      editionName: evaluation.editionName,
      formDate,
      rulesVersion: evaluation.rulesVersion,
      identity: identityFields(file, evaluation.editionName),
      sections: [
        visitSection(file, visit, 'ON_SITE'),
        {
          kind: 'fields',
          title: 'Destek Bilgileri',
          fields: [
            {
              label: 'Destek başlangıcı / bitişi (MADDE 7(1), 7(2))',
              value: `${formatDateTr(evaluation.supportStart)} / ${formatDateTr(evaluation.supportEnd)}`,
            },
            {
              label: `Dönem başına asgari prim gün (${evaluation.minPrimDays.article})`,
              value: evaluation.minPrimDays.value === null ? 'hesaplanamadı' : formatCountTr(evaluation.minPrimDays.value),
            },
            { label: 'Hesaplama', value: evaluation.minPrimDays.explanation },
            {
              label: 'Sonlandırma',
              value:
                evaluation.terminatedOn === null
                  ? 'yok'
                  : `${formatDateTr(evaluation.terminatedOn)} — ${evaluation.terminationExplanation ?? ''}`,
            },
          ],
        },
        scheduleTable(evaluation),
        ...(lastPeriod === undefined
          ? []
          : [
              {
                kind: 'checks' as const,
                title: `Kontroller — son talep edilen dönem (${lastPeriod.index}. dönem)`,
                checks: checkRows(lastPeriod.checks),
              },
            ]),
        personnelTable(file),
        positionSection(position, false),
      ],
      signatures,
      subjectKey: `${file.application.id}-${visit.id}`,
      evidence: visitEvidence(file, visit, loaded.value, evaluation, position),
    }),
  };
}
