import { updateApplication } from '../../../db/repositories/applications';
import { updateFinansmanApplication } from '../../../db/repositories/finansman-applications';
import { getLoanOfApplication, updateLoan } from '../../../db/repositories/loans';
import { recordMonitoringVisit } from '../../../db/repositories/monitoring-visits';
import { getVisitReport } from '../../../db/repositories/visit-reports';
import { recordTransition } from '../../../db/repositories/workflow-records';
import { withWrite, type WriteContext } from '../../../db/write-context';
import type { SessionUser } from '../../contract/session';
import { stateLabel, type WorkflowKind } from '../../contract/workflow-catalogue';
import { actorOf, type SignedInCall } from '../app-context';
import { ServiceError } from '../service-error';
import { STATUS_OF_APPLICATION_STATE, STATUS_OF_FINANSMAN_STATE } from './current-state';
import { findTransition, transitionsFrom, type Guard } from './transitions';
import { checkGuard, type TransitionFacts } from './workflow-guards';
import { loadSubject, type WorkflowSubject } from './workflow-subject';

/** What the UI may offer: the transitions from the current state that the user's role may make (guards are checked on the call). */
export function allowedTransitions(
  user: SessionUser,
  subject: Pick<WorkflowSubject, 'kind' | 'state'>,
): { to: string; label: string; roles: string[]; needs: Guard[] }[] {
  return transitionsFrom(subject.kind, subject.state)
    .filter((transition) => transition.roles.includes(user.role))
    .map((transition) => ({
      to: transition.to,
      label: stateLabel(subject.kind, transition.to),
      roles: [...transition.roles],
      needs: [...transition.guards],
    }));
}

export type TransitionRequest = {
  readonly kind: WorkflowKind;
  readonly recordId: number;
  readonly to: string;
  readonly note?: string | undefined;
  readonly facts?: TransitionFacts | undefined;
};

function applyEffects(
  w: WriteContext,
  subject: WorkflowSubject,
  to: string,
  facts: TransitionFacts,
  user: SessionUser,
  today: string,
): void {
  const day = facts.on ?? today;
  switch (subject.kind) {
    case 'ikdp_application':
    case 'itkfdp_application': {
      const { application } = subject;
      const status = STATUS_OF_APPLICATION_STATE[to];
      if (status === undefined) throw new Error(`Durumun başvuru karşılığı yok: ${to}`);
      updateApplication(w, application.id, {
        status,
        ...(to === 'degerlendirmede' && application.appliedOn === null ? { appliedOn: day } : {}),
        ...(to === 'onaylandi' ? { approvedOn: day, decision: 'APPROVED' as const, decidedOn: day } : {}),
        ...(to === 'reddedildi' ? { decision: 'REJECTED' as const, decidedOn: day } : {}),
        ...(to === 'sonlandirildi' ? { terminatedOn: day } : {}),
      });
      if (to === 'kredi_kullandirildi') {
        const loan = getLoanOfApplication(w.db, application.id);
        if (loan === undefined) throw new ServiceError('conflict', 'Başvurunun kredi bilgisi yok; önce kredi kaydedilmeli.');
        updateLoan(w, loan.id, { creditUsedOn: facts.creditUsedOn ?? null });
      }
      return;
    }
    case 'monitoring_visit':
      if (to === 'ziyaret_edildi') {
        const report = getVisitReport(w.db, subject.recordId);
        const compliant = report?.checklist.every((item) => item.answer !== 'hayir') ?? true;
        recordMonitoringVisit(w, subject.recordId, {
          visitedOn: day,
          outcome: compliant ? 'COMPLIANT' : 'NON_COMPLIANT',
          notes: report?.notes ?? null,
          visitorUserId: user.id,
        });
      }
      return;
    case 'payment_request':
      return;
    case 'finansman_application': {
      const status = STATUS_OF_FINANSMAN_STATE[to];
      if (status === undefined) throw new Error(`Durumun başvuru karşılığı yok: ${to}`);
      const decided = to === 'onaylandi' || to === 'reddedildi';
      if (status !== subject.finansman.status || decided) {
        updateFinansmanApplication(w, subject.recordId, { status, ...(decided ? { decidedOn: day } : {}) });
      }
      return;
    }
  }
}

/** Makes one transition: legal in the table, the user's role, every guard; stored with who, when and the facts, with its effects, in one transaction. */
export function transition(call: SignedInCall, request: TransitionRequest): { state: string; stateLabel: string } {
  return withWrite(call.app.db, actorOf(call.user), (w) => transitionWithin(w, call, request));
}

/** The same inside the caller's write transaction (a conflict resolved by a transition records both together). */
export function transitionWithin(w: WriteContext, call: SignedInCall, request: TransitionRequest): { state: string; stateLabel: string } {
  const { app, user } = call;
  const facts = request.facts ?? {};
  const subject = loadSubject(w.db, request.kind, request.recordId);
  const row = findTransition(request.kind, subject.state, request.to);
  if (row === undefined) {
    throw new ServiceError(
      'conflict',
      `Geçersiz geçiş: "${stateLabel(request.kind, subject.state)}" durumundan "${stateLabel(request.kind, request.to)}" durumuna geçilemez.`,
    );
  }
  if (!row.roles.includes(user.role)) {
    throw new ServiceError('forbidden', `Bu geçişi yalnızca ${row.roles.map((role) => ROLE_NAMES[role]).join(' ya da ')} yapabilir.`);
  }
  for (const guard of row.guards) checkGuard(guard, { db: w.db, user, subject, facts, note: request.note });
  applyEffects(w, subject, request.to, facts, user, app.today());
  const recordedFacts = {
    ...facts,
    ...(request.kind === 'payment_request' && facts.taxOrSgkDebt !== undefined ? { recordedOn: app.today() } : {}),
  };
  recordTransition(w, {
    recordKind: request.kind,
    recordId: request.recordId,
    fromState: subject.state,
    toState: request.to,
    userId: user.id,
    note: request.note ?? null,
    facts: Object.keys(recordedFacts).length === 0 ? null : recordedFacts,
  });
  return { state: request.to, stateLabel: stateLabel(request.kind, request.to) };
}

const ROLE_NAMES: Readonly<Record<string, string>> = {
  sorumlu_personel: 'sorumlu personel',
  mudur: 'müdür',
  izleyici: 'izleyici',
  yonetici: 'yönetici',
};
