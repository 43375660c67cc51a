import { formatDateTr, formatMonthTr } from '../../../core/lib/calendar-date';
import { formatIssues } from '../../../core/lib/validation';
import { money } from '../../../core/lib/money';
import { paymentPosition } from '../../../core/report/payment-position';
import { evaluateIkdpCase, evaluateItkfdpCase } from '../../../core/rules';
import { loadCase } from '../../../db/repositories/case-loading';
import {
  ikdpDecisionSnapshots,
  itkfdpDecisionSnapshots,
  loadPaymentDecision,
  type PaymentDecisionSnapshot,
} from '../../../db/repositories/payment-decisions';
import { listActivePaymentRequests, listPaymentRequests, type PaymentRequestRecord } from '../../../db/repositories/payment-requests';
import type { FormModel, FormSection } from '../../pdf/form-model';
import {
  amountTotal,
  checkRows,
  directorateOf,
  earlierPayments,
  identityFields,
  notFound,
  positionSection,
  preparerAndApprover,
  programmeTitle,
  unsuitable,
  type CaseFile,
  type FormOutcome,
} from './form-context';
import { yesNo } from './form-labels';

/**
 * Destek Ödeme Uygunluk Formu (IKDP FRM.39.00.05) and ITKFDP-II Ödeme Uygunluk
 * Formu (ITKFDP2-FRM.04): the stored decision of one payment request — every
 * check, every amount line with its formula — with the amount in figures and
 * words, paid so far and the remaining cap. The form prints the decision as
 * it was stored when the request was decided; the evidence also carries the
 * case data and today's evaluation of it, so headquarters can re-run it.
 */

/** A request that pays something: approved, or (ITKFDP-II, several periods) approved in part. */
function pays(request: PaymentRequestRecord): boolean {
  return request.status === 'DECIDED' && (request.approved === true || (request.amount !== null && money(request.amount).gt(0)));
}

function chooseRequest(file: CaseFile): FormOutcome<PaymentRequestRecord> {
  const requests = listPaymentRequests(file.db, file.application.id);
  const wanted = file.request.requestId;
  if (wanted === undefined) {
    const latest = [...requests].reverse().find(pays);
    return latest === undefined
      ? unsuitable(`${file.application.id} numaralı dosyada uygun bulunmuş (onaylanmış) ödeme talebi yok.`)
      : { ok: true, value: latest };
  }
  const request = requests.find((candidate) => candidate.id === wanted);
  if (request === undefined) return notFound(`${file.application.id} numaralı dosyada ${wanted} numaralı ödeme talebi yok.`);
  if (request.status !== 'DECIDED') return unsuitable(`${wanted} numaralı ödeme talebi henüz karara bağlanmadı.`);
  if (!pays(request)) {
    return unsuitable(
      `${wanted} numaralı ödeme talebi uygun bulunmadı; ödeme uygunluk formu yalnızca uygun bulunan talep için hazırlanır.`,
    );
  }
  return { ok: true, value: request };
}

function requestFields(request: PaymentRequestRecord, decision: PaymentDecisionSnapshot): FormSection {
  const subject =
    request.months === null
      ? {
          label: 'Ödeme dönemleri',
          value: decision.parts
            .map((part) =>
              part.period === null ? part.label : `${part.label} (${formatDateTr(part.period.start)} – ${formatDateTr(part.period.end)})`,
            )
            .join('; '),
        }
      : { label: 'Talep edilen aylar', value: request.months.map(formatMonthTr).join(', ') };
  const statements =
    request.program === 'ITKFDP-II'
      ? [
          { label: 'Vadesi geçmiş vergi/SGK borcu', value: yesNo(request.overdueTaxOrSgkDebt) },
          { label: 'İstihdam taahhüdü beyanı', value: yesNo(request.commitmentDeclared) },
          { label: 'Mazeret kabulü', value: yesNo(request.excuseAccepted) },
        ]
      : [
          { label: 'Vergi mükellefiyeti devam ediyor', value: yesNo(request.taxLiabilityActive) },
          { label: 'Vadesi geçmiş KOSGEB borcu', value: yesNo(request.overdueKosgebDebt) },
        ];
  return {
    kind: 'fields',
    title: 'Ödeme Talebi ve Karar',
    fields: [
      { label: 'Ödeme talebi no', value: String(request.id) },
      { label: 'Talep tarihi', value: formatDateTr(request.submittedOn) },
      subject,
      ...statements,
      { label: 'Karar tarihi', value: request.decidedAt === null ? '—' : formatDateTr(request.decidedAt.slice(0, 10)) },
      { label: 'Karar', value: decision.approved ? 'ÖDEME UYGUNDUR' : 'KISMEN UYGUNDUR (yalnızca uygun bulunan dönemler ödenir)' },
      {
        label: 'Kural sürümü / program sürümü',
        value: `${decision.rulesVersion} / ${decision.editionName}${decision.provisional ? ' (geçici değerler)' : ''}`,
      },
    ],
  };
}

/** Today's decision of the same request from the case as it is now, to flag a file changed after the decision. */
function currentDecision(file: CaseFile, request: PaymentRequestRecord) {
  const loaded = loadCase(file.db, file.application.id);
  if (!loaded.ok) return { caseInput: null, caseIssues: loaded.issues, evaluation: null, current: null };
  const index = listActivePaymentRequests(file.db, file.application.id).findIndex((candidate) => candidate.id === request.id);
  const input = loaded.value;
  if (input.program === 'ITKFDP-II') {
    const evaluation = evaluateItkfdpCase(input);
    return { caseInput: input, caseIssues: [], evaluation, current: itkfdpDecisionSnapshots(evaluation, input.requests)[index] ?? null };
  }
  const evaluation = evaluateIkdpCase(input);
  return { caseInput: input, caseIssues: [], evaluation, current: ikdpDecisionSnapshots(evaluation)[index] ?? null };
}

export function buildPaymentEligibilityForm(file: CaseFile): FormOutcome<FormModel> {
  const chosen = chooseRequest(file);
  if (!chosen.ok) return chosen;
  const request = chosen.value;
  const stored = loadPaymentDecision(file.db, request.id);
  if (stored === undefined) return unsuitable(`${request.id} numaralı talebin kayıtlı kararı yok.`);
  if (!stored.ok) return unsuitable(`${request.id} numaralı talebin kayıtlı kararı okunamadı: ${formatIssues(stored.issues)}`);
  const decision = stored.value;
  const position = paymentPosition({
    program: request.program,
    submittedOn: request.submittedOn,
    earlierPayments: earlierPayments(file, request.id),
    thisPayment: decision.amount,
  });
  const current = currentDecision(file, request);
  const changed =
    current.current !== null && JSON.stringify(current.current.parts) !== JSON.stringify(decision.parts)
      ? ['Not: Dosyanın bugünkü verisiyle yapılan değerlendirme bu kayıtlı kararla aynı sonucu vermiyor; form kayıtlı kararı gösterir.']
      : [];
  const formDate = request.decidedAt?.slice(0, 10) ?? file.today;
  const several = decision.parts.length > 1;
  const checkSections: FormSection[] = decision.parts.map((part) => ({
    kind: 'checks',
    title: several || part.period !== null ? `Kontroller — ${part.label}` : 'Kontroller',
    checks: checkRows(part.checks),
  }));
  const amounts: FormSection = {
    kind: 'amounts',
    title: 'Destek Tutarı',
    rows: decision.parts.flatMap((part) =>
      part.amountLines.map((line) => ({
        label: several || part.period !== null ? `${part.label}: ${line.label}` : line.label,
        figure: amountTotal('', money(line.amount), line.currency).figure,
        formula: line.formula,
      })),
    ),
    totals: [amountTotal('Ödenecek destek tutarı', money(decision.amount), decision.currency)],
  };
  return {
    ok: true,
    value: {
      code: file.definition.code,
      title: file.definition.title,
      programmeName: programmeTitle(file),
      editionName: decision.editionName,
      directorate: directorateOf(file.application),
      formDate,
      rulesVersion: decision.rulesVersion,
      identity: identityFields(file, decision.editionName),
      sections: [
        requestFields(request, decision),
        ...checkSections,
        amounts,
        positionSection(position, true),
        { kind: 'text', title: 'Açıklamalar', paragraphs: [...decision.notes, position.explanation, ...changed] },
      ],
      signatures: preparerAndApprover(file, formDate, request.decidedByUserId),
      subjectKey: `${file.application.id}-${request.id}`,
      evidence: {
        format: 1,
        form: { code: file.definition.code, title: file.definition.title },
        applicationId: file.application.id,
        paymentRequestId: request.id,
        enterprise: { unvan: file.enterprise.unvan, vkn: file.enterprise.vkn, tckn: file.enterprise.tckn },
        storedDecision: decision,
        paymentPosition: position,
        caseInput: current.caseInput,
        caseIssues: current.caseIssues,
        evaluation: current.evaluation,
        currentDecision: current.current,
      },
    },
  };
}
