import type { KobiDatabase } from '../../../db/connection';
import { listEvaluations } from '../../../db/repositories/evaluations';
import { listFinansmanDecisions } from '../../../db/repositories/finansman-applications';
import { getVisitReport } from '../../../db/repositories/visit-reports';
import { listTransitions } from '../../../db/repositories/workflow-records';
import type { SessionUser } from '../../contract/session';
import { ServiceError } from '../service-error';
import type { Guard } from './transitions';
import { decisionIsCurrent } from '../finansman/finansman-decisions';
import { applicationState, type ProgrammeSubject, type WorkflowSubject } from './workflow-subject';
import { applicationWorkflow } from './current-state';

export type TransitionFacts = {
  readonly taxLiabilityActive?: boolean | undefined;
  readonly taxOrSgkDebt?: boolean | undefined;
  readonly creditUsedOn?: string | undefined;
  readonly on?: string | undefined;
};

type GuardInput = {
  readonly db: KobiDatabase;
  readonly user: SessionUser;
  readonly subject: WorkflowSubject;
  readonly facts: TransitionFacts;
  readonly note: string | undefined;
};

/** The user who last moved the record into `state`, if any. */
function movedInto(db: KobiDatabase, subject: WorkflowSubject, state: string): number | undefined {
  return listTransitions(db, subject.kind, subject.recordId)
    .filter((transition) => transition.toState === state)
    .at(-1)?.userId;
}

type StoredEvaluation = { readonly preparedBy: number | null; readonly eligible: boolean };

/** The latest eligibility evaluation stored for the record (a programme's `evaluations`, the credit line's decision records). */
function latestEvaluation({ db, subject }: GuardInput): StoredEvaluation | undefined {
  if (subject.kind === 'finansman_application') {
    const decision = listFinansmanDecisions(db, subject.recordId)[0];
    return decision === undefined ? undefined : { preparedBy: decision.decidedByUserId, eligible: decision.eligible };
  }
  const evaluation = listEvaluations(db, subject.application.id)[0];
  return evaluation === undefined ? undefined : { preparedBy: evaluation.preparedByUserId, eligible: evaluation.eligible };
}

/** The programme subject a programme guard reads; a credit-line row naming one is an error in the table. */
function programme(subject: WorkflowSubject, guard: Guard): ProgrammeSubject {
  if (subject.kind === 'finansman_application') throw new Error(`"${guard}" koşulu finansman desteği başvurusuna uygulanmaz.`);
  return subject;
}

const isItkfdp = (subject: ProgrammeSubject): boolean => subject.application.program === 'ITKFDP-II';

/** Checks one guard; a refusal is a typed ServiceError with a Turkish message naming the rule. */
export function checkGuard(guard: Guard, input: GuardInput): void {
  const { db, user, subject, facts, note } = input;
  switch (guard) {
    case 'evaluation-stored':
      if (latestEvaluation(input) === undefined) {
        throw new ServiceError('conflict', 'Önce başvurunun uygunluk değerlendirmesi yapılıp kaydedilmeli.');
      }
      return;
    case 'evaluation-current': {
      if (subject.kind !== 'finansman_application') throw new Error(`"${guard}" koşulu yalnızca finansman desteği başvurusuna uygulanır.`);
      const decision = listFinansmanDecisions(db, subject.recordId)[0];
      if (decision !== undefined && !decisionIsCurrent(db, decision)) {
        throw new ServiceError(
          'conflict',
          'Başvurunun verileri (kredi, ödeme tablosu, PEK ya da işletme bilgileri) son değerlendirmeden sonra değişti: yeniden değerlendirin.',
        );
      }
      return;
    }
    case 'reason':
      if (note === undefined || note.trim() === '') {
        throw new ServiceError('invalid-input', 'Bu adım için gerekçe yazılmalı.');
      }
      return;
    case 'four-eyes-evaluation': {
      const evaluation = latestEvaluation(input);
      const sender = movedInto(db, subject, 'mudur_onayinda');
      if (evaluation?.preparedBy === user.id || sender === user.id) {
        throw new ServiceError(
          'four-eyes',
          'Dört göz ilkesi: değerlendirmeyi hazırlayan ya da onaya gönderen kişi onu onaylayamaz ya da reddedemez.',
        );
      }
      return;
    }
    case 'evaluation-eligible':
      if (latestEvaluation(input)?.eligible !== true) {
        throw new ServiceError('conflict', 'Son değerlendirmeye göre başvuru uygun değil; onaylanamaz.');
      }
      return;
    case 'payment-decided':
      if (programme(subject, guard).paymentRequest?.status !== 'DECIDED') {
        throw new ServiceError('conflict', 'Önce talep değerlendirilmeli (kuralların kararı kaydedilmeli).');
      }
      return;
    case 'payment-approved':
      if (programme(subject, guard).paymentRequest?.approved !== true) {
        throw new ServiceError('conflict', 'Kuralların kararına göre talep uygun değil; "uygun" yapılamaz.');
      }
      return;
    case 'day-facts':
      if (isItkfdp(programme(subject, guard)) && (facts.taxLiabilityActive === undefined || facts.taxOrSgkDebt === undefined)) {
        throw new ServiceError(
          'invalid-input',
          'Uygunluk formu bu günkü vergi mükellefiyetini ve vergi/SGK borcu durumunu kaydetmeli (MADDE 14(11), 14(17)).',
        );
      }
      return;
    case 'four-eyes-form':
      if (movedInto(db, subject, 'uygunluk_formu_hazirlandi') === user.id) {
        throw new ServiceError('four-eyes', 'Dört göz ilkesi: ödeme uygunluk formunu hazırlayan kişi onu onaylayamaz.');
      }
      return;
    case 'no-debt':
      if (isItkfdp(programme(subject, guard)) && facts.taxOrSgkDebt === true) {
        throw new ServiceError(
          'conflict',
          'İşletmenin bugün vadesi geçmiş vergi veya SGK borcu var: ödeme merkeze gönderilemez (MADDE 14(11), 14(17)).',
        );
      }
      return;
    case 'programme-running': {
      const { application } = programme(subject, guard);
      if (applicationWorkflow(application) === 'ikdp_application' && applicationState(db, application) === 'sonlandirildi') {
        throw new ServiceError('conflict', 'Program sonlandırıldı: bekleyen ödeme talepleri işleme alınmaz (MADDE 13(2)).');
      }
      return;
    }
    case 'credit-used-on':
      if (facts.creditUsedOn === undefined) {
        throw new ServiceError('invalid-input', 'Kredinin kullandırıldığı tarih girilmeli (MADDE 12(2)).');
      }
      return;
    case 'visit-report':
      if (getVisitReport(db, subject.recordId) === undefined) {
        throw new ServiceError('conflict', 'Önce ziyaret formu (kontrol listesi ve notlar) kaydedilmeli.');
      }
      return;
    case 'visit-signed':
      if ((getVisitReport(db, subject.recordId)?.signatures.length ?? 0) === 0) {
        throw new ServiceError('conflict', 'Rapor imzalanmadan "rapor imzalandı" yapılamaz: en az bir imza gerekli.');
      }
      return;
  }
}
