import { getApplication } from '../../db/repositories/applications';
import { scheduleMonitoringVisit } from '../../db/repositories/monitoring-visits';
import { getUser, listUsers } from '../../db/repositories/users';
import { listVisits } from '../../db/repositories/visit-list';
import { getMonitoringVisit, getVisitReport, putVisitReport } from '../../db/repositories/visit-reports';
import { withWrite } from '../../db/write-context';
import type { ChannelRequest, ChannelResponse } from '../contract';
import { stateLabel } from '../contract/workflow-catalogue';
import { actorOf, type SignedInCall } from './app-context';
import { notFound, ServiceError } from './service-error';
import { loadSubject } from './workflows/workflow-subject';

/** Monitoring visits: planning, and the on-site form (checklist, notes, drawn signatures, photos). */

export function visitors(call: SignedInCall): ChannelResponse<'visit:visitors'> {
  return {
    visitors: listUsers(call.app.db)
      .filter((user) => user.active && user.role === 'izleyici')
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'tr'))
      .map((user) => ({ id: user.id, fullName: user.fullName, username: user.username })),
  };
}

export function schedule(call: SignedInCall, request: ChannelRequest<'visit:schedule'>): ChannelResponse<'visit:schedule'> {
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    if (getApplication(w.db, request.applicationId) === undefined) throw notFound('Başvuru');
    if (request.visitorUserId !== undefined) {
      const visitor = getUser(w.db, request.visitorUserId);
      if (visitor === undefined || !visitor.active || !['izleyici', 'sorumlu_personel'].includes(visitor.role)) {
        throw new ServiceError('invalid-input', 'Ziyareti yapacak kişi etkin bir izleyici ya da sorumlu personel olmalı.');
      }
    }
    const visit = scheduleMonitoringVisit(w, {
      applicationId: request.applicationId,
      kind: request.kind,
      dueOn: request.dueOn,
      visitorUserId: request.visitorUserId ?? null,
    });
    return { visitId: visit.id, state: 'atandi' };
  });
}

export function saveReport(call: SignedInCall, request: ChannelRequest<'visit:save-report'>): ChannelResponse<'visit:save-report'> {
  return withWrite(call.app.db, actorOf(call.user), (w) => {
    const subject = loadSubject(w.db, 'monitoring_visit', request.visitId);
    if (subject.state === 'rapor_imzalandi' || subject.state === 'merkeze_gonderildi') {
      throw new ServiceError('conflict', 'Rapor imzalandıktan sonra ziyaret formu değiştirilemez.');
    }
    const saved = putVisitReport(w, {
      visitId: request.visitId,
      checklist: request.checklist,
      notes: request.notes,
      signatures: request.signatures,
      photos: request.photos,
    });
    return { updatedAt: saved.updatedAt };
  });
}

export function getReport(call: SignedInCall, request: ChannelRequest<'visit:get-report'>): ChannelResponse<'visit:get-report'> {
  if (getMonitoringVisit(call.app.db, request.visitId) === undefined) throw notFound('İzleme ziyareti');
  const report = getVisitReport(call.app.db, request.visitId);
  return {
    report:
      report === undefined
        ? null
        : {
            visitId: report.visitId,
            checklist: [...report.checklist],
            notes: report.notes,
            signatures: [...report.signatures],
            photos: [...report.photos],
            updatedAt: report.updatedAt,
          },
  };
}

/** The field monitor's list of visits, filtered by assignment and state (issue 14). */
export function list(call: SignedInCall, request: ChannelRequest<'visit:list'>): ChannelResponse<'visit:list'> {
  const today = call.app.today();
  const scope = request.scope === 'mine' ? { kind: 'mine' as const, userId: call.user.id } : { kind: request.scope };
  const found = listVisits(call.app.db, { scope, state: request.state ?? null, limit: request.limit ?? 200 });
  return {
    today,
    more: found.more,
    visits: found.rows.map((row) => ({
      ...row,
      stateLabel: stateLabel('monitoring_visit', row.state),
      overdue: row.state === 'atandi' && row.dueOn !== null && row.dueOn < today,
    })),
  };
}
