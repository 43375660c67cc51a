import { getApplication, type Application } from '../../../db/repositories/applications';
import { getFinansmanApplication, type FinansmanApplication } from '../../../db/repositories/finansman-applications';
import { getLoanOfApplication } from '../../../db/repositories/loans';
import { getPaymentRequest, type PaymentRequestRecord } from '../../../db/repositories/payment-requests';
import { getMonitoringVisit } from '../../../db/repositories/visit-reports';
import type { MonitoringVisit } from '../../../db/repositories/monitoring-visits';
import { getWorkflowState } from '../../../db/repositories/workflow-records';
import type { KobiDatabase } from '../../../db/connection';
import { WORKFLOW_KIND_LABELS, type WorkflowKind } from '../../contract/workflow-catalogue';
import { ServiceError } from '../service-error';
import {
  applicationWorkflow,
  impliedApplicationState,
  impliedFinansmanState,
  impliedPaymentState,
  impliedVisitState,
} from './current-state';

/** A record of a programme's workflow: its state and the application it belongs to. */
export type ProgrammeSubject = {
  readonly kind: Exclude<WorkflowKind, 'finansman_application'>;
  readonly recordId: number;
  readonly state: string;
  readonly application: Application;
  readonly paymentRequest?: PaymentRequestRecord;
  readonly visit?: MonitoringVisit;
};

/** A credit-line application (its own table, `finansman_applications`) in its workflow. */
export type FinansmanSubject = {
  readonly kind: 'finansman_application';
  readonly recordId: number;
  readonly state: string;
  readonly finansman: FinansmanApplication;
};

export type WorkflowSubject = ProgrammeSubject | FinansmanSubject;

function missing(kind: WorkflowKind): ServiceError {
  return new ServiceError('not-found', `${WORKFLOW_KIND_LABELS[kind]} bulunamadı.`);
}

export function applicationState(db: KobiDatabase, application: Application): string {
  const kind = applicationWorkflow(application);
  return (
    getWorkflowState(db, kind, application.id) ??
    impliedApplicationState(
      application,
      application.program === 'ITKFDP-II' && getLoanOfApplication(db, application.id)?.creditUsedOn != null,
    )
  );
}

export function finansmanApplicationState(db: KobiDatabase, application: FinansmanApplication): string {
  return getWorkflowState(db, 'finansman_application', application.id) ?? impliedFinansmanState(application.status);
}

export function loadSubject(db: KobiDatabase, kind: WorkflowKind, recordId: number): WorkflowSubject {
  switch (kind) {
    case 'ikdp_application':
    case 'itkfdp_application': {
      const application = getApplication(db, recordId);
      if (application === undefined || applicationWorkflow(application) !== kind) throw missing(kind);
      return { kind, recordId, state: applicationState(db, application), application };
    }
    case 'payment_request': {
      const paymentRequest = getPaymentRequest(db, recordId);
      const application = paymentRequest === undefined ? undefined : getApplication(db, paymentRequest.applicationId);
      if (paymentRequest === undefined || application === undefined) throw missing(kind);
      const state = getWorkflowState(db, kind, recordId) ?? impliedPaymentState(paymentRequest);
      return { kind, recordId, state, application, paymentRequest };
    }
    case 'monitoring_visit': {
      const visit = getMonitoringVisit(db, recordId);
      const application = visit === undefined ? undefined : getApplication(db, visit.applicationId);
      if (visit === undefined || application === undefined) throw missing(kind);
      const state = getWorkflowState(db, kind, recordId) ?? impliedVisitState(visit);
      return { kind, recordId, state, application, visit };
    }
    case 'finansman_application': {
      const finansman = getFinansmanApplication(db, recordId);
      if (finansman === undefined) throw missing(kind);
      return { kind, recordId, state: finansmanApplicationState(db, finansman), finansman };
    }
  }
}
