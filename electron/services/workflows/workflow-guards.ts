import type { KobiDatabase } from '../../../db/connection';
import { listEvaluations } from '../../../db/repositories/evaluations';
import { getVisitReport } from '../../../db/repositories/visit-reports';
import { listTransitions } from '../../../db/repositories/workflow-records';
import type { SessionUser } from '../../contract/session';
import { ServiceError } from '../service-error';
import type { Guard } from './transitions';
import { applicationState, type WorkflowSubject } from './workflow-subject';
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
};

/** The user who last moved the record into `state`, if any. */
function movedInto(db: KobiDatabase, subject: WorkflowSubject, state: string): number | undefined {
  return listTransitions(db, subject.kind, subject.recordId)
    .filter((transition) => transition.toState === state)
    .at(-1)?.userId;
}

function latestEvaluation(input: GuardInput) {
  return listEvaluations(input.db, input.subject.application.id)[0];
}

const isItkfdp = (subject: WorkflowSubject): boolean => subject.application.program === 'ITKFDP-II';

/** Checks one guard; a refusal is a typed ServiceError with a Turkish message naming the rule. */
export function checkGuard(guard: Guard, input: GuardInput): void {
  const { db, user, subject, facts } = input;
  switch (guard) {
    case 'evaluation-stored':
      if (latestEvaluation(input) === undefined) {
        throw new ServiceError('conflict', 'Önce başvurunun uygunluk değerlendirmesi yapılıp kaydedilmeli.');
      }
      return;
    case 'four-eyes-evaluation': {
      const evaluation = latestEvaluation(input);
      const sender = movedInto(db, subject, 'mudur_onayinda');
      if (evaluation?.preparedByUserId === user.id || sender === user.id) {
        throw new ServiceError('four-eyes', 'Dört göz ilkesi: değerlendirmeyi hazırlayan kişi onu onaylayamaz ya da reddedemez.');
      }
      return;
    }
    case 'evaluation-eligible':
      if (latestEvaluation(input)?.eligible !== true) {
        throw new ServiceError('conflict', 'Son değerlendirmeye göre başvuru uygun değil; onaylanamaz.');
      }
      return;
    case 'payment-decided':
      if (subject.paymentRequest?.status !== 'DECIDED') {
        throw new ServiceError('conflict', 'Önce talep değerlendirilmeli (kuralların kararı kaydedilmeli).');
      }
      return;
    case 'payment-approved':
      if (subject.paymentRequest?.approved !== true) {
        throw new ServiceError('conflict', 'Kuralların kararına göre talep uygun değil; "uygun" yapılamaz.');
      }
      return;
    case 'day-facts':
      if (isItkfdp(subject) && (facts.taxLiabilityActive === undefined || facts.taxOrSgkDebt === undefined)) {
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
      if (isItkfdp(subject) && facts.taxOrSgkDebt === true) {
        throw new ServiceError(
          'conflict',
          'İşletmenin bugün vadesi geçmiş vergi veya SGK borcu var: ödeme merkeze gönderilemez (MADDE 14(11), 14(17)).',
        );
      }
      return;
    case 'programme-running': {
      const { application } = subject;
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
