import type { Application } from '../../../db/repositories/applications';
import type { MonitoringVisit } from '../../../db/repositories/monitoring-visits';
import type { PaymentRequestRecord } from '../../../db/repositories/payment-requests';
import type { ApplicationStatus } from '../../../db/schema/enums';
import type { FinansmanApplicationStatus } from '../../../db/schema/finansman-applications';
import type { WorkflowKind } from '../../contract/workflow-catalogue';

/**
 * The state of a record that has made no transition in the app yet (entered
 * by an import, the demo set or an earlier version): read from its own status.
 */
export function applicationWorkflow(application: Pick<Application, 'program'>): WorkflowKind {
  return application.program === 'ITKFDP-II' ? 'itkfdp_application' : 'ikdp_application';
}

const IKDP_FROM_STATUS: Readonly<Record<ApplicationStatus, string>> = {
  DRAFT: 'taslak',
  SUBMITTED: 'degerlendirmede',
  APPROVED: 'onaylandi',
  REJECTED: 'reddedildi',
  CANCELLED: 'reddedildi',
  TERMINATED: 'sonlandirildi',
  COMPLETED: 'tamamlandi',
};

const ITKFDP_FROM_STATUS: Readonly<Record<ApplicationStatus, string>> = {
  DRAFT: 'banka_onayli',
  SUBMITTED: 'banka_onayli',
  APPROVED: 'onaylandi',
  REJECTED: 'reddedildi',
  CANCELLED: 'reddedildi',
  TERMINATED: 'sonlandirildi',
  COMPLETED: 'tamamlandi',
};

export function impliedApplicationState(application: Pick<Application, 'program' | 'status'>, creditUsed: boolean): string {
  if (application.program !== 'ITKFDP-II') return IKDP_FROM_STATUS[application.status];
  if (application.status === 'APPROVED' && creditUsed) return 'destek_suresinde';
  return ITKFDP_FROM_STATUS[application.status];
}

export function impliedPaymentState(request: Pick<PaymentRequestRecord, 'status' | 'approved'>): string {
  switch (request.status) {
    case 'SUBMITTED':
      return 'alindi';
    case 'DECIDED':
      return request.approved === true ? 'uygun' : 'reddedildi';
    case 'WITHDRAWN':
      return 'reddedildi';
  }
}

export function impliedVisitState(visit: Pick<MonitoringVisit, 'visitedOn'>): string {
  return visit.visitedOn === null ? 'atandi' : 'ziyaret_edildi';
}

/** The application status a workflow state stands for (the rules read the status as the enterprise's history). */
export const STATUS_OF_APPLICATION_STATE: Readonly<Record<string, ApplicationStatus>> = {
  taslak: 'DRAFT',
  banka_onayli: 'SUBMITTED',
  degerlendirmede: 'SUBMITTED',
  mudur_onayinda: 'SUBMITTED',
  kontrolde: 'SUBMITTED',
  duzeltmede: 'SUBMITTED',
  onaylandi: 'APPROVED',
  kredi_kullandirildi: 'APPROVED',
  destek_suresinde: 'APPROVED',
  reddedildi: 'REJECTED',
  sonlandirildi: 'TERMINATED',
  tamamlandi: 'COMPLETED',
};

/** A credit-line application that made no move in the app yet (entered by the CLI, a scenario or the demo set). */
const FINANSMAN_FROM_STATUS: Readonly<Record<FinansmanApplicationStatus, string>> = {
  DRAFT: 'basvuru_alindi',
  SUBMITTED: 'basvuru_alindi',
  APPROVED: 'onaylandi',
  REJECTED: 'reddedildi',
  CANCELLED: 'iptal_edildi',
};

export function impliedFinansmanState(status: FinansmanApplicationStatus): string {
  return FINANSMAN_FROM_STATUS[status];
}

/** The credit-line application status a state stands for (the rules read it as the enterprise's history, `one-line-only`). */
export const STATUS_OF_FINANSMAN_STATE: Readonly<Record<string, FinansmanApplicationStatus>> = {
  basvuru_alindi: 'SUBMITTED',
  degerlendirmede: 'SUBMITTED',
  mudur_onayinda: 'SUBMITTED',
  onaylandi: 'APPROVED',
  reddedildi: 'REJECTED',
  iptal_edildi: 'CANCELLED',
};
